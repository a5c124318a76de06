package com.fivearrows.network.closeness;

import com.fivearrows.network.readmodel.NetworkReadModel;
import com.fivearrows.platform.eventsourcing.projection.Projections;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

/**
 * The read model keeps interactions scaled with the half-life configured when they were applied
 * ({@link DecayScale}) and weighed with the type weights and outcome multipliers configured then
 * ({@link ActivityWeighing}); sums made with another half-life or other weights mean nothing. So when the service
 * starts with a different {@code network.closeness.half-life}, {@code type-weights} or {@code outcome-multipliers}
 * than the read model was built with, it rebuilds the read model by replaying the store, and the publisher waits
 * for the rebuild (it pauses while the projection rebuilds).
 */
@ApplicationScoped
public class ScaleCheck {
    private static final Logger LOG = Logger.getLogger(ScaleCheck.class);

    private final ClosenessInputsRepository inputs;
    private final Projections projections;
    private final ActivityWeighing weighing;

    public ScaleCheck(ClosenessInputsRepository inputs, Projections projections, ActivityWeighing weighing) {
        this.inputs = inputs;
        this.projections = projections;
        this.weighing = weighing;
    }

    // After the platform has started the projections (default observer priority).
    void check(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) StartupEvent event) {
        rebuildIfRescaled().await().indefinitely();
    }

    /** Starts a rebuild when the read model was scaled with another half-life or weighed otherwise; whether it did. */
    Uni<Boolean> rebuildIfRescaled() {
        ClosenessInputsRepository.Scaling configured = new ClosenessInputsRepository.Scaling(weighing.scale().halfLife(),
                weighing.description());
        return inputs.scaledWith().flatMap(recorded -> {
            if (recorded.isEmpty() || recorded.get().equals(configured)) {
                return Uni.createFrom().item(false);
            }
            LOG.warnf("the read model's activity was projected with %s but the configuration is %s:"
                    + " rebuilding the %s projection", recorded.get(), configured, NetworkReadModel.NAME);
            return projections.rebuild(NetworkReadModel.NAME).replaceWith(true);
        });
    }
}
