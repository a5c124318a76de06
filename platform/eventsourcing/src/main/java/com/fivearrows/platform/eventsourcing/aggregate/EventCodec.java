package com.fivearrows.platform.eventsourcing.aggregate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fivearrows.platform.eventsourcing.store.NewEvent;
import com.fivearrows.platform.eventsourcing.store.StoredEvent;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps an aggregate's event records to and from the store: each record class has a type name and its
 * current schema version. Older versions are turned into the current one by upcasters before decoding.
 *
 * <pre>{@code
 * EventCodec<CounterEvent> codec = EventCodec.of(objectMapper, List.of(
 *         EventCodec.type(Incremented.class, "Incremented", 1),
 *         EventCodec.type(Reset.class, "Reset", 1)));
 * }</pre>
 */
public final class EventCodec<E> {

    /** One event record class, its type name and its current schema version. */
    public record EventType<T>(Class<T> javaType, String name, int version) {
    }

    private final ObjectMapper mapper;
    private final Map<Class<?>, EventType<? extends E>> byClass = new HashMap<>();
    private final Map<String, EventType<? extends E>> byName = new HashMap<>();

    private EventCodec(ObjectMapper mapper, List<EventType<? extends E>> types) {
        this.mapper = mapper;
        for (EventType<? extends E> type : types) {
            if (byClass.put(type.javaType(), type) != null || byName.put(type.name(), type) != null) {
                throw new IllegalArgumentException("event type registered twice: " + type);
            }
        }
    }

    public static <E> EventCodec<E> of(ObjectMapper mapper, List<EventType<? extends E>> types) {
        return new EventCodec<>(mapper, types);
    }

    public static <T> EventType<T> type(Class<T> javaType, String name, int version) {
        return new EventType<>(javaType, name, version);
    }

    public NewEvent encode(E event) {
        EventType<? extends E> type = byClass.get(event.getClass());
        if (type == null) {
            throw new IllegalArgumentException("no event type registered for " + event.getClass().getName());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> data = mapper.convertValue(event, Map.class);
        return NewEvent.of(type.name(), type.version(), new JsonObject(data));
    }

    public E decode(StoredEvent stored) {
        EventType<? extends E> type = byName.get(stored.type());
        if (type == null) {
            throw new IllegalStateException("stream " + stored.streamId() + " holds an unknown event type " + stored.type());
        }
        if (type.version() != stored.typeVersion()) {
            throw new IllegalStateException(stored.type() + " v" + stored.typeVersion() + " has no upcaster to v" + type.version());
        }
        return mapper.convertValue(stored.data().getMap(), type.javaType());
    }
}
