package com.fivearrows.network.readmodel;

import com.fivearrows.platform.eventsourcing.store.StoredEvent;
import com.fivearrows.platform.service.sql.SqlTime;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** Reads event data fields into the types the read model's columns take; a missing field reads as null. */
final class EventData {

    private EventData() {
    }

    static UUID uuid(JsonObject data, String field) {
        String value = data.getString(field);
        return value == null ? null : UUID.fromString(value);
    }

    static OffsetDateTime time(JsonObject data, String field) {
        Instant value = data.getInstant(field);
        return value == null ? null : time(value);
    }

    /** When the event happened: the time periods of the temporal tables start and end at. */
    static OffsetDateTime occurredAt(StoredEvent event) {
        return time(event.metadata().occurredAt());
    }

    static OffsetDateTime time(Instant instant) {
        return SqlTime.utc(instant);
    }

    static String[] strings(JsonObject data, String field) {
        JsonArray values = data.getJsonArray(field);
        if (values == null) {
            return null;
        }
        String[] strings = new String[values.size()];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = values.getString(i);
        }
        return strings;
    }

    /** The ids of a list, each once, in their first order. */
    static Set<UUID> uuids(JsonObject data, String field) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (Object value : data.getJsonArray(field)) {
            ids.add(UUID.fromString((String) value));
        }
        return ids;
    }

    /** A decimal from a JSON number, or from a string holding one. */
    static BigDecimal decimal(JsonObject data, String field) {
        Object value = data.getValue(field);
        return value == null ? null : new BigDecimal(value.toString());
    }
}
