package com.fivearrows.platform.eventsourcing.store;

import io.vertx.core.json.JsonObject;

/**
 * Turns the data of one event type from one schema version into the next, when events are read.
 * Register an implementation as a CDI bean; the store chains upcasters until no more apply, so a v1
 * event passes through the v1→v2 and then the v2→v3 upcaster.
 *
 * <pre>{@code
 * @ApplicationScoped
 * class InteractionRecordedV1 implements Upcaster {
 *     public String eventType() { return "InteractionRecorded"; }
 *     public int fromVersion() { return 1; }
 *     public JsonObject upcast(JsonObject v1) { return v1.copy().put("source", "SELLER"); }
 * }
 * }</pre>
 */
public interface Upcaster {

    String eventType();

    /** The version this upcaster reads; it produces {@code fromVersion() + 1}. */
    int fromVersion();

    JsonObject upcast(JsonObject data);
}
