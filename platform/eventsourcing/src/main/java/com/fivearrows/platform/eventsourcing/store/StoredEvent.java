package com.fivearrows.platform.eventsourcing.store;

import io.vertx.core.json.JsonObject;
import java.util.UUID;

/** An event as the store holds it, already upcast to its current type version when it was read. */
public record StoredEvent(
        GlobalPosition globalPosition,
        UUID eventId,
        String streamId,
        String streamType,
        long version,
        String type,
        int typeVersion,
        JsonObject data,
        EventMetadata metadata) {

    /** The same event with other data and type version: what an upcaster returns. */
    public StoredEvent withData(int newTypeVersion, JsonObject newData) {
        return new StoredEvent(globalPosition, eventId, streamId, streamType, version, type, newTypeVersion, newData, metadata);
    }
}
