package com.fivearrows.network.closeness;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Scores decay and trends slide with time alone, without any new input. So that consumers still hear of it, every
 * subject is marked for re-evaluation at a fixed interval ({@code network.publication.decay-pass-interval}, one hour
 * by default); the publisher then publishes only the subjects whose scores moved a point or whose flags changed, with
 * the trigger {@code TIME_PASSED}.
 */
@ApplicationScoped
public class DecayPass {
    private final ClosenessInputsRepository inputs;
    private final ClosenessPublisher publisher;

    public DecayPass(ClosenessInputsRepository inputs, ClosenessPublisher publisher) {
        this.inputs = inputs;
        this.publisher = publisher;
    }

    @Scheduled(identity = "closeness-decay-pass", every = "${network.publication.decay-pass-interval:PT1H}",
            delayed = "${network.publication.decay-pass-interval:PT1H}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> run() {
        return markAll().invoke(publisher::wake);
    }

    /** Marks every subject whose scores can change with time; the publisher takes it from there. */
    public Uni<Void> markAll() {
        return inputs.markAllDirty();
    }
}
