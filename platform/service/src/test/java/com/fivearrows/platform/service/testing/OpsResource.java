package com.fivearrows.platform.service.testing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** An operations endpoint, only in tests, guarded by the platform's /ops/* permission alone. */
@Path("/ops/ping")
public class OpsResource {

    @GET
    public String ping() {
        return "pong";
    }
}
