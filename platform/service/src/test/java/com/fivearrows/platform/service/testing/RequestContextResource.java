package com.fivearrows.platform.service.testing;

import com.fivearrows.platform.service.request.RequestContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.Map;

/** Echoes what the events of this request would carry. */
@Path("/test-request-context")
@Produces(MediaType.APPLICATION_JSON)
public class RequestContextResource {
    private final RequestContext request;

    public RequestContextResource(RequestContext request) {
        this.request = request;
    }

    @GET
    public Map<String, Object> get() {
        Map<String, Object> context = new HashMap<>();
        context.put("actor", request.actor());
        context.put("correlationId", request.correlationId().toString());
        context.put("traceParent", request.traceParent());
        return context;
    }
}
