package com.fivearrows.platform.service.request;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The clock every command and scheduled pass reads (UTC), so that a test can move time by producing its own
 * {@link Clock}: this one is only the default.
 */
@ApplicationScoped
public class SystemClock {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
