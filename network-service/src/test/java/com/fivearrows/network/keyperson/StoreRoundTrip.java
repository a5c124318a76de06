package com.fivearrows.network.keyperson;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fivearrows.platform.eventsourcing.aggregate.EventCodec;
import com.fivearrows.platform.eventsourcing.store.NewEvent;
import com.fivearrows.platform.eventsourcing.store.StoredEvent;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * Sends events through an aggregate's codec and back via JSON text, as the event store does, with an object mapper
 * configured like Quarkus's (ISO-8601 instants, unknown properties ignored).
 */
public final class StoreRoundTrip {
    /** Configured like Quarkus's mapper, which the service's codecs use. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private StoreRoundTrip() {
    }

    public static <E> List<E> roundTrip(List<EventCodec.EventType<? extends E>> types, List<? extends E> events) {
        EventCodec<E> codec = EventCodec.of(MAPPER, types);
        return events.stream().map(event -> {
            NewEvent encoded = codec.encode(event);
            JsonObject stored = new JsonObject(encoded.data().encode());
            return codec.decode(new StoredEvent(null, encoded.eventId(), "stream", "Type", 1, encoded.type(),
                    encoded.typeVersion(), stored, null));
        }).toList();
    }
}
