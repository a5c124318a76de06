package com.fivearrows.platform.eventsourcing.envelope;

import com.fivearrows.contracts.EventTypeName;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Objects;

/**
 * A CloudEvents 1.0 envelope as Five Arrows puts it on Kafka (structured mode: the whole envelope is the
 * record value, {@code content-type: application/cloudevents+json}). The type reads
 * {@code five-arrows.<context>.<EventName>.v<N>}, the subject is the aggregate id and the record key.
 * {@code streamversion}, {@code correlationid}, {@code causationid} and {@code actor} are extensions, and
 * {@code traceparent} is the CloudEvents distributed-tracing extension (also sent as the Kafka header of
 * that name, which OpenTelemetry's Kafka instrumentation continues).
 */
public record CloudEvent(
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        Long streamVersion,
        String correlationId,
        String causationId,
        String actor,
        String traceParent,
        JsonObject data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
    }

    /** The type read as context, event name and version, e.g. {@code network}, {@code KeyPersonRegistered}, 1. */
    public EventTypeName typeName() {
        try {
            return EventTypeName.parse(type);
        } catch (IllegalArgumentException e) {
            throw new InvalidCloudEvent(e.getMessage(), e);
        }
    }
}
