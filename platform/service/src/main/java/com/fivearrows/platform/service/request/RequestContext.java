package com.fivearrows.platform.service.request;

import com.fivearrows.platform.domain.ValidationFailed;
import com.fivearrows.platform.service.security.Actor;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * What the events of one request should say about their cause: who is calling, the correlation id of
 * the flow ({@value #CORRELATION_HEADER} when the caller sends one, else a new one) and the W3C trace
 * context of the current span, so the trace continues wherever the events are consumed.
 *
 * <pre>{@code
 * @Inject RequestContext request;
 * ...
 * EventMetadata metadata = EventMetadata.forRequest(request.correlationId(), request.actor(), clock.instant(),
 *         request.traceParent());
 * }</pre>
 */
@RequestScoped
public class RequestContext {
    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    private final Actor actor;
    private final UUID correlationId;

    @Inject
    public RequestContext(Actor actor, HttpServerRequest request) {
        this.actor = actor;
        this.correlationId = correlationId(request.getHeader(CORRELATION_HEADER));
    }

    /** The caller's principal name, or null for an anonymous caller. */
    public String actor() {
        return actor.name();
    }

    public UUID correlationId() {
        return correlationId;
    }

    /** The current span as a {@code traceparent} value, or null when tracing is off. */
    public String traceParent() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }

    private static UUID correlationId(String header) {
        if (header == null || header.isBlank()) {
            return UUID.randomUUID();
        }
        try {
            return UUID.fromString(header.trim());
        } catch (IllegalArgumentException e) {
            throw ValidationFailed.of(CORRELATION_HEADER, "must be a UUID, was '" + header + "'");
        }
    }
}
