package com.fivearrows.platform.eventsourcing.projection;

import com.fivearrows.platform.domain.NotFound;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import com.fivearrows.platform.eventsourcing.subscription.CheckpointedReader;
import com.fivearrows.platform.eventsourcing.subscription.StoreSubscription;
import com.fivearrows.platform.eventsourcing.subscription.StoreSubscriptions;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs every {@link Projection} bean of the service as a store subscription, reports where each stands,
 * and rebuilds one on request by resetting it and replaying the store.
 */
@ApplicationScoped
public class Projections {
    private static final String PREFIX = "projection:";

    private final EventStore store;
    private final StoreSubscriptions subscriptions;
    private final MeterRegistry meters;
    private final Map<String, Projection> projections = new LinkedHashMap<>();
    private final Map<String, CheckpointedReader> readers = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> lags = new ConcurrentHashMap<>();
    private final Map<String, Long> rebuildTargets = new ConcurrentHashMap<>();
    private final int batchSize;
    private final Duration pollInterval;

    @Inject
    public Projections(EventStore store, StoreSubscriptions subscriptions, MeterRegistry meters, Instance<Projection> projections,
                       @ConfigProperty(name = "five-arrows.projections.batch-size", defaultValue = "500") int batchSize,
                       @ConfigProperty(name = "five-arrows.projections.poll-interval", defaultValue = "1s") Duration pollInterval) {
        this.store = store;
        this.subscriptions = subscriptions;
        this.meters = meters;
        this.batchSize = batchSize;
        this.pollInterval = pollInterval;
        for (Projection projection : projections) {
            if (this.projections.put(projection.name(), projection) != null) {
                throw new IllegalStateException("two projections are named " + projection.name());
            }
        }
    }

    void start(@Observes StartupEvent event) {
        projections.values().forEach(this::start);
    }

    /** The names of this service's projections. */
    public Set<String> names() {
        return Collections.unmodifiableSet(projections.keySet());
    }

    /** The status of every projection, in registration order. */
    public Uni<List<ProjectionStatus>> statuses() {
        return Multi.createFrom().iterable(projections.keySet())
                .onItem().transformToUniAndConcatenate(this::status)
                .collect().asList();
    }

    public Uni<ProjectionStatus> status(String name) {
        CheckpointedReader reader = reader(name);
        return reader.position().flatMap(position -> store.headPosition(store.pool()).map(head -> {
            long lag = Math.max(0, head - position.position());
            lags.get(name).set(lag);
            Long target = rebuildTargets.get(name);
            if (target != null && position.position() >= target) {
                rebuildTargets.remove(name, target);
                target = null;
            }
            String lastError = subscriptions.find(PREFIX + name).map(StoreSubscription::lastError).orElse(null);
            return new ProjectionStatus(name, position.position(), head, lag, target != null, target, lastError);
        }));
    }

    /**
     * Drops the projection's read model and replays the store into it from the start. Returns at once;
     * follow {@link #status} for progress.
     */
    public Uni<ProjectionStatus> rebuild(String name) {
        Projection projection = projection(name);
        return store.headPosition(store.pool())
                .invoke(head -> rebuildTargets.put(name, head))
                .flatMap(head -> reader(name).restart(projection::reset))
                .invoke(() -> subscriptions.find(PREFIX + name).ifPresent(StoreSubscription::wake))
                .flatMap(ignored -> status(name));
    }

    private void start(Projection projection) {
        CheckpointedReader reader = new CheckpointedReader(PREFIX + projection.name(), store, batchSize,
                (tx, batch) -> Multi.createFrom().iterable(batch)
                        .onItem().transformToUniAndConcatenate(event -> projection.apply(tx, event))
                        .collect().last().replaceWithVoid());
        readers.put(projection.name(), reader);
        AtomicLong lag = new AtomicLong();
        lags.put(projection.name(), lag);
        Gauge.builder("five.arrows.projection.lag", lag, AtomicLong::get)
                .description("Events in the store not yet applied to the projection (as of the last status read)")
                .tag("projection", projection.name())
                .register(meters);
        subscriptions.start(reader, pollInterval);
    }

    private Projection projection(String name) {
        Projection projection = projections.get(name);
        if (projection == null) {
            throw new NotFound("Projection", name);
        }
        return projection;
    }

    private CheckpointedReader reader(String name) {
        projection(name);
        return readers.get(name);
    }
}
