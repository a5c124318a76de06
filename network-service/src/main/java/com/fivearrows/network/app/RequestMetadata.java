package com.fivearrows.network.app;

import com.fivearrows.platform.eventsourcing.store.EventMetadata;
import com.fivearrows.platform.service.request.RequestContext;
import jakarta.enterprise.context.RequestScoped;
import java.time.Clock;
import java.time.Instant;

/** The metadata of the events a REST request causes: caller, correlation id and trace context, stamped now. */
@RequestScoped
public class RequestMetadata {
    private final RequestContext request;
    private final Clock clock;

    public RequestMetadata(RequestContext request, Clock clock) {
        this.request = request;
        this.clock = clock;
    }

    /** The instant the request's commands are decided at. */
    public Instant now() {
        return clock.instant();
    }

    public String actor() {
        return request.actor();
    }

    public EventMetadata metadata() {
        return EventMetadata.forRequest(request.correlationId(), request.actor(), clock.instant(), request.traceParent());
    }
}
