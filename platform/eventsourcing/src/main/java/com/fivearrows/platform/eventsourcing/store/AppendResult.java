package com.fivearrows.platform.eventsourcing.store;

import java.util.List;
import java.util.UUID;

/** What an append did: the stream's version after it and the ids of the events written, in order. */
public record AppendResult(String streamId, long version, List<UUID> eventIds) {
    public AppendResult {
        eventIds = List.copyOf(eventIds);
    }
}
