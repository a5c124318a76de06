package com.fivearrows.network.closeness;

import com.fivearrows.network.readmodel.NetworkReadModel;
import com.fivearrows.platform.eventsourcing.projection.Projections;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * The read model keeps interactions scaled with the half-life configured when they were applied
 * ({@link DecayScale}); sums made with another half-life mean nothing. So when the service starts with a different
 * {@code network.closeness.half-life} than the read model was built with, it rebuilds the read model by replaying
 * the store, and the publisher waits for the rebuild (it pauses while the projection rebuilds).
 */
@ApplicationScoped
public class ScaleCheck {
    private static final Logger LOG = Logger.getLogger(ScaleCheck.class);

    private final ClosenessInputsRepository inputs;
    private final Projections projections;
    private final DecayScale scale;

    public ScaleCheck(ClosenessInputsRepository inputs, Projections projections, DecayScale scale) {
        this.inputs = inputs;
        this.projections = projections;
        this.scale = scale;
    }

    // After the platform has started the projections (default observer priority).
    void check(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) StartupEvent event) {
        rebuildIfRescaled().await().indefinitely();
    }

    /** Starts a rebuild when the read model was scaled with another half-life; whether it did. */
    Uni<Boolean> rebuildIfRescaled() {
        Duration configured = scale.halfLife();
        return inputs.scaledWithHalfLife().flatMap(recorded -> {
            if (recorded.isEmpty() || recorded.get().equals(configured)) {
                return Uni.createFrom().item(false);
            }
            LOG.warnf("the read model is scaled with a half-life of %s but network.closeness.half-life is %s:"
                    + " rebuilding the %s projection", recorded.get(), configured, NetworkReadModel.NAME);
            return projections.rebuild(NetworkReadModel.NAME).replaceWith(true);
        });
    }
}
