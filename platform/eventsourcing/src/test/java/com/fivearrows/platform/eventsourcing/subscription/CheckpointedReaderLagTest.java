package com.fivearrows.platform.eventsourcing.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import com.fivearrows.platform.eventsourcing.store.EventMetadata;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import com.fivearrows.platform.eventsourcing.store.NewEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CheckpointedReaderLagTest {
    private static final Instant NOW = Instant.parse("2026-11-28T05:00:00Z");

    @Inject
    EventStore store;

    @Test
    void theLagIsCountedBelowTheLimitAndEstimatedFromPositionsAbove() {
        CheckpointedReader reader = new CheckpointedReader("lag-test-" + UUID.randomUUID(), store, 1_000,
                (tx, batch) -> Uni.createFrom().voidItem());
        reader.register().await().indefinitely();
        // Caught up with whatever the store holds already.
        while (reader.runOnce().await().indefinitely().handled() > 0) {
            // next batch
        }
        assertThat(reader.lag(5).await().indefinitely()).isZero();

        appendEvents(3);
        assertThat(reader.lag(5).await().indefinitely()).as("counted below the limit").isEqualTo(3);

        appendEvents(5);
        // Nothing rolled back in between, so the positions are consecutive and the estimate is the true lag.
        assertThat(reader.lag(5).await().indefinitely()).as("estimated at the limit").isEqualTo(8);
        assertThat(reader.lag(100).await().indefinitely()).as("counted").isEqualTo(8);

        reader.runOnce().await().indefinitely();
        assertThat(reader.lag(5).await().indefinitely()).isZero();
    }

    private void appendEvents(int count) {
        IntStream.range(0, count).forEach(i -> store.append("Counter", "counter-" + UUID.randomUUID(), EventStore.NO_STREAM,
                List.of(NewEvent.of("Incremented", 1, new JsonObject().put("amount", 1))),
                EventMetadata.command("test", NOW)).await().indefinitely());
    }
}
