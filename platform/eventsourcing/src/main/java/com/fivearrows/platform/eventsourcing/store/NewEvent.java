package com.fivearrows.platform.eventsourcing.store;

import io.vertx.core.json.JsonObject;
import java.util.Objects;
import java.util.UUID;

/**
 * An event about to be appended: its id (unique in the store; consumers recognise a redelivery by it),
 * its type name and schema version, and its JSON data.
 */
public record NewEvent(UUID eventId, String type, int typeVersion, JsonObject data) {
    public NewEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
        if (typeVersion < 1) {
            throw new IllegalArgumentException("typeVersion starts at 1");
        }
    }

    public static NewEvent of(String type, int typeVersion, JsonObject data) {
        return new NewEvent(UUID.randomUUID(), type, typeVersion, data);
    }
}
