package com.fivearrows.platform.eventsourcing.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fivearrows.platform.domain.ConcurrencyConflict;
import com.fivearrows.platform.domain.RuleViolated;
import com.fivearrows.platform.domain.ValidationFailed;
import com.fivearrows.platform.eventsourcing.sample.Counter;
import com.fivearrows.platform.eventsourcing.store.EventMetadata;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import com.fivearrows.platform.eventsourcing.store.StoredEvent;
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
class AggregateStoreTest {
    private static final EventMetadata BY_SELLER = EventMetadata.command("seller-1", Instant.parse("2026-11-27T10:15:30Z"));

    @Inject
    AggregateStore<Counter.Increment, Counter.State, Counter.Event> counters;

    @Inject
    EventStore store;

    @Test
    void aCommandIsDecidedOnTheRebuiltStateAndItsEventsStoredAsTheirRegisteredType() {
        String id = "counter-" + UUID.randomUUID();
        counters.handle(id, EventStore.ANY, new Counter.Increment(5), BY_SELLER).await().indefinitely();

        Decision<Counter.State, Counter.Event> decision = counters.handle(id, 1, new Counter.Increment(7), BY_SELLER).await().indefinitely();

        assertThat(decision.aggregate().version()).isEqualTo(2);
        assertThat(decision.aggregate().state().total()).isEqualTo(12);
        assertThat(decision.events()).containsExactly(new Counter.Incremented(7));
        StoredEvent stored = store.load(id).await().indefinitely().get(1);
        assertThat(stored.type()).isEqualTo("Incremented");
        assertThat(stored.typeVersion()).isEqualTo(1);
        assertThat(stored.data()).isEqualTo(new JsonObject().put("amount", 7));
        assertThat(counters.load(id).await().indefinitely().state().total()).isEqualTo(12);
    }

    @Test
    void aStaleIfMatchVersionIsAConflictBeforeAnythingIsDecided() {
        String id = "counter-" + UUID.randomUUID();
        counters.handle(id, EventStore.ANY, new Counter.Increment(5), BY_SELLER).await().indefinitely();
        counters.handle(id, EventStore.ANY, new Counter.Increment(5), BY_SELLER).await().indefinitely();

        // Amount 0 would fail validation: the conflict is reported first, because the caller decided on old state.
        ConcurrencyConflict conflict = assertThrows(ConcurrencyConflict.class,
                () -> counters.handle(id, 1, new Counter.Increment(0), BY_SELLER).await().indefinitely());

        assertThat(conflict.expectedVersion()).isEqualTo(1);
        assertThat(conflict.actualVersion()).isEqualTo(2);
        assertThat(store.load(id).await().indefinitely()).hasSize(2);
    }

    @Test
    void aCommandForANewStreamIsDecidedOnTheInitialStateAndRefusedWhenTheStreamExists() {
        String id = "counter-" + UUID.randomUUID();

        Decision<Counter.State, Counter.Event> created = counters.handle(id, EventStore.NO_STREAM, new Counter.Increment(5), BY_SELLER)
                .await().indefinitely();

        assertThat(created.aggregate().version()).isEqualTo(1);
        assertThat(created.aggregate().state().total()).isEqualTo(5);
        ConcurrencyConflict conflict = assertThrows(ConcurrencyConflict.class,
                () -> counters.handle(id, EventStore.NO_STREAM, new Counter.Increment(3), BY_SELLER).await().indefinitely());
        assertThat(conflict.actualVersion()).isEqualTo(1);
        // Amount 0 is refused by the decider: for a stream that exists, the conflict still comes first.
        assertThrows(ConcurrencyConflict.class,
                () -> counters.handle(id, EventStore.NO_STREAM, new Counter.Increment(0), BY_SELLER).await().indefinitely());
        assertThat(counters.load(id).await().indefinitely().state().total()).isEqualTo(5);
    }

    @Test
    void aRefusedCommandAppendsNothing() {
        String id = "counter-" + UUID.randomUUID();
        counters.handle(id, EventStore.ANY, new Counter.Increment(999_999), BY_SELLER).await().indefinitely();

        assertThrows(RuleViolated.class, () -> counters.handle(id, EventStore.ANY, new Counter.Increment(2), BY_SELLER).await().indefinitely());
        assertThrows(ValidationFailed.class, () -> counters.handle(id, EventStore.ANY, new Counter.Increment(-1), BY_SELLER).await().indefinitely());

        assertThat(counters.load(id).await().indefinitely().version()).isEqualTo(1);
    }

    @Test
    void commandsWithoutAVersionRacingOnOneStreamAreEachDecidedAgainOnTheNewStateNoneLost() {
        String id = "counter-" + UUID.randomUUID();
        List<Uni<Decision<Counter.State, Counter.Event>>> racing = IntStream.rangeClosed(1, 4)
                .mapToObj(amount -> counters.handle(id, EventStore.ANY, new Counter.Increment(amount), BY_SELLER))
                .toList();

        Uni.join().all(racing).andFailFast().await().indefinitely();

        Counter.State state = counters.load(id).await().indefinitely().state();
        assertThat(state.total()).as("1 + 2 + 3 + 4").isEqualTo(10);
        assertThat(counters.load(id).await().indefinitely().version()).isEqualTo(4);
    }
}
