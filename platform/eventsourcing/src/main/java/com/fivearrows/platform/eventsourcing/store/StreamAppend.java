package com.fivearrows.platform.eventsourcing.store;

import java.util.List;
import java.util.Objects;

/**
 * Events for one stream in an append to several streams at once ({@link EventStore#appendToEach}).
 *
 * @param expectedVersion the version the caller last saw: {@link EventStore#NO_STREAM} for a new stream; never
 *                        {@link EventStore#ANY}, since a batch is judged stream by stream against what was read
 */
public record StreamAppend(String streamId, long expectedVersion, List<NewEvent> events) {
    public StreamAppend {
        Objects.requireNonNull(streamId, "streamId");
        events = List.copyOf(events);
        if (expectedVersion < EventStore.NO_STREAM) {
            throw new IllegalArgumentException("expected version " + expectedVersion + " of " + streamId
                    + ": an append to several streams needs each stream's version");
        }
        if (events.isEmpty()) {
            throw new IllegalArgumentException("no events for " + streamId);
        }
    }
}
