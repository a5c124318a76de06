package com.fivearrows.platform.eventsourcing.relay;

import com.fivearrows.platform.eventsourcing.subscription.StoreSubscription;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the path to Kafka: down once the relay has failed to publish for longer than
 * {@code five-arrows.relay.unhealthy-after}. A shorter outage keeps the service ready, since commands
 * only need PostgreSQL and the relay catches up when the broker returns.
 */
@Readiness
@ApplicationScoped
public class RelayHealthCheck implements HealthCheck {
    private final EventRelay relay;
    private final RelayConfig config;

    public RelayHealthCheck(EventRelay relay, RelayConfig config) {
        this.relay = relay;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder health = HealthCheckResponse.named("event-relay").up();
        Optional<StoreSubscription> subscription = relay.subscription();
        if (subscription.isEmpty()) {
            return health.withData("relay", config.enabled() ? "starting" : "disabled").build();
        }
        health.withData("backlog", relay.backlog());
        Instant failingSince = subscription.get().failingSince();
        if (failingSince != null) {
            health.withData("failingSince", failingSince.toString()).withData("lastError", subscription.get().lastError());
            if (Duration.between(failingSince, Instant.now()).compareTo(config.unhealthyAfter()) > 0) {
                health.down();
            }
        }
        return health.build();
    }
}
