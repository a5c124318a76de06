package com.fivearrows.platform.eventsourcing.relay;

import com.fivearrows.platform.eventsourcing.store.EventStore;
import com.fivearrows.platform.eventsourcing.subscription.CheckpointedReader;
import com.fivearrows.platform.eventsourcing.subscription.StoreSubscription;
import com.fivearrows.platform.eventsourcing.subscription.StoreSubscriptions;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes every committed event of the store to the service's topic as a CloudEvent, in commit order,
 * at least once: a round reads a batch after the relay's checkpoint, sends it, waits for the broker to
 * acknowledge every record, and only then moves the checkpoint (in the same transaction that read the
 * batch). If Kafka is down the round fails and is retried with back-off; commands keep being accepted
 * because they only write to PostgreSQL. The record key is the stream id, so one aggregate's events stay
 * in one partition and in order.
 */
@ApplicationScoped
public class EventRelay {
    public static final String SUBSCRIBER = "relay";
    private static final Logger LOG = Logger.getLogger(EventRelay.class);

    private final EventStore store;
    private final RelayConfig config;
    private final StoreSubscriptions subscriptions;
    private final MeterRegistry meters;
    private final String bootstrapServers;
    private KafkaEventPublisher publisher;
    private StoreSubscription subscription;

    @Inject
    public EventRelay(EventStore store, RelayConfig config, StoreSubscriptions subscriptions, MeterRegistry meters,
                      @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers) {
        this.store = store;
        this.config = config;
        this.subscriptions = subscriptions;
        this.meters = meters;
        this.bootstrapServers = bootstrapServers;
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("Event relay disabled (five-arrows.relay.enabled=false)");
            return;
        }
        publisher = new KafkaEventPublisher(bootstrapServers, config.producer(),
                required(config.topic().orElse(null), "topic", "five-arrows.network.events"),
                required(config.source().orElse(null), "source", "/five-arrows/network-service"),
                required(config.context().orElse(null), "context", "network"));
        CheckpointedReader reader = new CheckpointedReader(SUBSCRIBER, store, config.batchSize(), (tx, batch) -> publisher.publish(batch));
        subscription = subscriptions.start(reader, config.pollInterval());
        Gauge.builder("five.arrows.relay.backlog", subscription, StoreSubscription::lag)
                .description("Events in the store not yet published to Kafka")
                .tag("topic", publisher.topic())
                .register(meters);
        LOG.infof("Relaying events to %s at %s", publisher.topic(), bootstrapServers);
    }

    void stop(@Observes ShutdownEvent event) {
        if (subscription != null) {
            subscription.close();
        }
        if (publisher != null) {
            publisher.close();
        }
    }

    /** The running relay, empty when it is turned off or not started yet. */
    public Optional<StoreSubscription> subscription() {
        return Optional.ofNullable(subscription);
    }

    /** Events in the store not yet published, as counted at most a second ago. */
    public long backlog() {
        return subscription == null ? 0 : subscription.lag();
    }

    private static String required(String value, String key, String example) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("five-arrows.relay." + key + " must be set (e.g. " + example
                    + "), or the relay turned off with five-arrows.relay.enabled=false");
        }
        return value;
    }
}
