package com.fivearrows.platform.eventsourcing.store;

import java.util.HashMap;
import java.util.Map;

/** The registered upcasters, applied in a chain to every event read from the store. */
public final class Upcasters {
    private final Map<String, Upcaster> byTypeAndVersion = new HashMap<>();

    public Upcasters(Iterable<Upcaster> upcasters) {
        for (Upcaster upcaster : upcasters) {
            Upcaster previous = byTypeAndVersion.put(key(upcaster.eventType(), upcaster.fromVersion()), upcaster);
            if (previous != null) {
                throw new IllegalStateException("two upcasters read " + upcaster.eventType() + " v" + upcaster.fromVersion()
                        + ": " + previous.getClass().getName() + " and " + upcaster.getClass().getName());
            }
        }
    }

    public StoredEvent upcast(StoredEvent event) {
        StoredEvent current = event;
        Upcaster next;
        while ((next = byTypeAndVersion.get(key(current.type(), current.typeVersion()))) != null) {
            current = current.withData(current.typeVersion() + 1, next.upcast(current.data()));
        }
        return current;
    }

    private static String key(String type, int version) {
        return type + "#" + version;
    }
}
