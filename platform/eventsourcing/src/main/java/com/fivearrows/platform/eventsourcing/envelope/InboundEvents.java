package com.fivearrows.platform.eventsourcing.envelope;

import com.fivearrows.platform.eventsourcing.store.EventMetadata;
import java.time.Instant;
import java.util.UUID;

/** What a service's consumers write into the metadata of the events that a consumed CloudEvent causes. */
public final class InboundEvents {

    private InboundEvents() {
    }

    /**
     * The metadata of work caused by {@code event}: its correlation id (its own id when it carries none, or one
     * that is not a UUID), caused by the event's id, its {@code actor} or else {@code defaultActor}, stamped
     * {@code now}, continuing its {@code traceparent} when it has one.
     */
    public static EventMetadata causedBy(CloudEvent event, String defaultActor, Instant now) {
        UUID eventId = CloudEventCodec.eventId(event);
        UUID correlationId = uuidOr(event.correlationId(), eventId);
        String actor = event.actor() == null || event.actor().isBlank() ? defaultActor : event.actor();
        return new EventMetadata(correlationId, eventId, actor, now, null, event.traceParent());
    }

    private static UUID uuidOr(String text, UUID fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
