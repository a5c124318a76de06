package com.fivearrows.platform.eventsourcing.relay;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Where and how a service publishes its events.
 *
 * <pre>
 * five-arrows.relay.topic=five-arrows.network.events
 * five-arrows.relay.source=/five-arrows/network-service
 * five-arrows.relay.context=network
 * </pre>
 */
@ConfigMapping(prefix = "five-arrows.relay")
public interface RelayConfig {

    /** Whether this process relays; a read-only replica may turn it off. */
    @WithDefault("true")
    boolean enabled();

    /** The service's event topic, e.g. {@code five-arrows.network.events}. */
    Optional<String> topic();

    /** The CloudEvents source, e.g. {@code /five-arrows/network-service}. */
    Optional<String> source();

    /** The context in CloudEvents types, e.g. {@code network} in {@code five-arrows.network.KeyPersonRegistered.v1}. */
    Optional<String> context();

    /** Events read and published per round (here 1,000 moved about 20,000 events/s, 500 about 16,500). */
    @WithDefault("1000")
    int batchSize();

    /** How often the relay looks for events when no commit notification arrives. */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long the relay may fail (Kafka unreachable) before readiness reports it down. */
    @WithDefault("30s")
    Duration unhealthyAfter();

    /** Extra Kafka producer properties, e.g. {@code five-arrows.relay.producer."linger.ms"=10}. */
    Map<String, String> producer();
}
