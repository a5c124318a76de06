package com.fivearrows.platform.eventsourcing.aggregate;

/** An aggregate's state rebuilt from its stream, with the stream version it reflects (0: no events yet). */
public record Aggregate<S>(String id, long version, S state) {
}
