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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs every {@link Projection} bean of the service as a store subscription, reports where each stands
 * (also as the {@code five_arrows_projection_lag} metric), and rebuilds one on request by resetting it
 * and replaying the store.
 */
@ApplicationScoped
public class Projections {
    private static final String PREFIX = "projection:";

    private final EventStore store;
    private final StoreSubscriptions subscriptions;
    private final MeterRegistry meters;
    private final ProjectionsConfig config;
    private final Map<String, Projection> projections = new LinkedHashMap<>();
    private final Map<String, StoreSubscription> running = new ConcurrentHashMap<>();
    private final Set<String> rebuilding = ConcurrentHashMap.newKeySet();

    @Inject
    public Projections(EventStore store, StoreSubscriptions subscriptions, MeterRegistry meters, ProjectionsConfig config,
                       Instance<Projection> projections) {
        this.store = store;
        this.subscriptions = subscriptions;
        this.meters = meters;
        this.config = config;
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

    /** Where a projection stands now; a rebuild counts as done once nothing is left to apply. */
    public Uni<ProjectionStatus> status(String name) {
        StoreSubscription subscription = subscription(name);
        CheckpointedReader reader = subscription.reader();
        return reader.position().flatMap(position -> reader.lag().map(lag -> {
            if (lag == 0) {
                rebuilding.remove(name);
            }
            return new ProjectionStatus(name, position.position(), lag, rebuilding.contains(name), subscription.lastError());
        }));
    }

    /**
     * Whether a rebuild of the projection is running: asks the database only while one requested here has not caught
     * up yet, so it can be asked before every piece of work that must wait for a rebuild.
     */
    public Uni<Boolean> rebuilding(String name) {
        return rebuilding.contains(name) ? status(name).map(ProjectionStatus::rebuilding) : Uni.createFrom().item(false);
    }

    /**
     * Drops the projection's read model and replays the store into it from the start, in the background.
     * Returns at once; follow {@link #status} for progress.
     */
    public Uni<ProjectionStatus> rebuild(String name) {
        Projection projection = projection(name);
        StoreSubscription subscription = subscription(name);
        return subscription.reader().restart(projection::reset)
                .invoke(() -> {
                    rebuilding.add(name);
                    subscription.wake();
                })
                .flatMap(ignored -> status(name));
    }

    private void start(Projection projection) {
        CheckpointedReader reader = new CheckpointedReader(PREFIX + projection.name(), store, config.batchSize(), projection::applyBatch);
        StoreSubscription subscription = subscriptions.start(reader, config.pollInterval());
        running.put(projection.name(), subscription);
        Gauge.builder("five.arrows.projection.lag", subscription, StoreSubscription::lag)
                .description("Events in the store not yet applied to the projection")
                .tag("projection", projection.name())
                .register(meters);
    }

    private Projection projection(String name) {
        Projection projection = projections.get(name);
        if (projection == null) {
            throw new NotFound("Projection", name);
        }
        return projection;
    }

    private StoreSubscription subscription(String name) {
        projection(name);
        return running.get(name);
    }
}
