package com.fivearrows.platform.eventsourcing.store;

import java.time.Instant;
import java.util.UUID;

/**
 * Who caused an event and why: the correlation id ties together everything one request or flow caused,
 * the causation id names the command or event that caused this one, the actor is the authenticated
 * principal (or the service itself). {@code occurredAt} is the business time; {@code recordedAt} is set
 * by the store and is null until the event is stored. {@code traceParent}, a W3C {@code traceparent}
 * value or null, lets the trace of the request that caused the event continue in its consumers.
 */
public record EventMetadata(UUID correlationId, UUID causationId, String actor, Instant occurredAt, Instant recordedAt,
                            String traceParent) {

    /** Metadata for a new command: a fresh correlation id, caused by nothing earlier. */
    public static EventMetadata command(String actor, Instant occurredAt) {
        return new EventMetadata(UUID.randomUUID(), null, actor, occurredAt, null, null);
    }

    /** Metadata for a command from a request: its correlation id, caller and trace context (any may be null but the time). */
    public static EventMetadata forRequest(UUID correlationId, String actor, Instant occurredAt, String traceParent) {
        return new EventMetadata(correlationId != null ? correlationId : UUID.randomUUID(), null, actor, occurredAt, null, traceParent);
    }

    /** Metadata for work caused by an earlier event: same correlation and trace, caused by that event. */
    public static EventMetadata causedBy(StoredEvent cause, String actor, Instant occurredAt) {
        UUID correlation = cause.metadata().correlationId() != null ? cause.metadata().correlationId() : cause.eventId();
        return new EventMetadata(correlation, cause.eventId(), actor, occurredAt, null, cause.metadata().traceParent());
    }

    /** The same metadata continuing the given trace (a W3C {@code traceparent}, or null for none). */
    public EventMetadata withTraceParent(String traceParent) {
        return new EventMetadata(correlationId, causationId, actor, occurredAt, recordedAt, traceParent);
    }
}
