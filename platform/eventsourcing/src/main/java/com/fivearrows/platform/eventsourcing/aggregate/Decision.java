package com.fivearrows.platform.eventsourcing.aggregate;

import java.util.List;

/** What handling a command did: the events it appended and the aggregate after them. */
public record Decision<S, E>(Aggregate<S> aggregate, List<E> events) {
    public Decision {
        events = List.copyOf(events);
    }
}
