package com.fivearrows.platform.eventsourcing.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fivearrows.platform.domain.ConcurrencyConflict;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:15:30Z");

    @Inject
    EventStore store;

    @Test
    void exactlyOneOfTwoConcurrentAppendsAtTheSameVersionWins() {
        String stream = "counter-" + UUID.randomUUID();
        append(stream, EventStore.NO_STREAM, 1);

        Uni<Object> first = slowAppend(stream, 1);
        Uni<Object> second = slowAppend(stream, 1);
        List<Object> outcomes = Uni.join().all(first, second).andFailFast().await().indefinitely();

        assertThat(outcomes).filteredOn(AppendResult.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(ConcurrencyConflict.class::isInstance).hasSize(1)
                .first().extracting(c -> ((ConcurrencyConflict) c).actualVersion()).isEqualTo(2L);
        assertThat(store.load(stream).await().indefinitely()).extracting(StoredEvent::version).containsExactly(1L, 2L);
    }

    @Test
    void appendAtAStaleVersionIsAConflictNamingTheActualVersion() {
        String stream = "counter-" + UUID.randomUUID();
        append(stream, EventStore.NO_STREAM, 3);

        ConcurrencyConflict conflict = assertThrows(ConcurrencyConflict.class, () -> append(stream, 2, 1));

        assertThat(conflict.expectedVersion()).isEqualTo(2);
        assertThat(conflict.actualVersion()).isEqualTo(3);
        assertThat(store.load(stream).await().indefinitely()).hasSize(3);
    }

    @Test
    void aStreamCannotBeCreatedTwiceNorAppendedAheadOfItsVersion() {
        String stream = "counter-" + UUID.randomUUID();
        append(stream, EventStore.NO_STREAM, 1);

        assertThrows(ConcurrencyConflict.class, () -> append(stream, EventStore.NO_STREAM, 1));
        assertThrows(ConcurrencyConflict.class, () -> append(stream, 5, 1));
        assertThat(store.load(stream).await().indefinitely()).hasSize(1);
    }

    @Test
    void aStreamStartedInOneStatementHoldsItsEventAtVersionOneWithItsMetadata() {
        String stream = "counter-" + UUID.randomUUID();
        UUID correlation = UUID.randomUUID();
        EventMetadata metadata = new EventMetadata(correlation, null, "seller-1", NOW, null, null);
        NewEvent event = NewEvent.of("Incremented", 1, new JsonObject().put("amount", 4));

        AppendResult result = store.start("Counter", stream, event, metadata).await().indefinitely();

        assertThat(result.version()).isEqualTo(1);
        assertThat(store.currentVersion(store.pool(), stream).await().indefinitely()).isEqualTo(1);
        StoredEvent stored = store.load(stream).await().indefinitely().get(0);
        assertThat(stored.eventId()).isEqualTo(event.eventId());
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.data()).isEqualTo(new JsonObject().put("amount", 4));
        assertThat(stored.metadata().correlationId()).isEqualTo(correlation);
        assertThat(stored.metadata().occurredAt()).isEqualTo(NOW);
    }

    @Test
    void startingAStreamThatExistsIsAConflictAndWritesNothing() {
        String stream = "counter-" + UUID.randomUUID();
        append(stream, EventStore.NO_STREAM, 2);

        ConcurrencyConflict conflict = assertThrows(ConcurrencyConflict.class, () -> store.start("Counter", stream,
                NewEvent.of("Incremented", 1, new JsonObject().put("amount", 1)), EventMetadata.command("seller-1", NOW))
                .await().indefinitely());

        assertThat(conflict.expectedVersion()).isEqualTo(EventStore.NO_STREAM);
        assertThat(conflict.actualVersion()).isEqualTo(2);
        assertThat(store.load(stream).await().indefinitely()).hasSize(2);
    }

    @Test
    void anyVersionAppendsAfterWhateverIsThere() {
        String stream = "counter-" + UUID.randomUUID();
        append(stream, EventStore.ANY, 2);
        AppendResult result = append(stream, EventStore.ANY, 3);

        assertThat(result.version()).isEqualTo(5);
        assertThat(store.load(stream).await().indefinitely()).extracting(StoredEvent::version).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void loadReturnsTheStreamInVersionOrderWithItsMetadata() {
        String stream = "counter-" + UUID.randomUUID();
        UUID correlation = UUID.randomUUID();
        UUID causation = UUID.randomUUID();
        String traceParent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        EventMetadata metadata = new EventMetadata(correlation, causation, "seller-1", NOW, null, traceParent);
        store.append("Counter", stream, EventStore.NO_STREAM, List.of(
                NewEvent.of("Incremented", 1, new JsonObject().put("amount", 2)),
                NewEvent.of("Incremented", 1, new JsonObject().put("amount", 3))), metadata).await().indefinitely();

        List<StoredEvent> events = store.load(stream).await().indefinitely();

        assertThat(events).extracting(e -> e.data().getLong("amount")).containsExactly(2L, 3L);
        StoredEvent first = events.get(0);
        assertThat(first.streamType()).isEqualTo("Counter");
        assertThat(first.metadata().correlationId()).isEqualTo(correlation);
        assertThat(first.metadata().causationId()).isEqualTo(causation);
        assertThat(first.metadata().actor()).isEqualTo("seller-1");
        assertThat(first.metadata().occurredAt()).isEqualTo(NOW);
        assertThat(first.metadata().traceParent()).isEqualTo(traceParent);
        assertThat(first.metadata().recordedAt()).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));
    }

    @Test
    void anOldEventVersionIsUpcastWhenRead() {
        String stream = "person-" + UUID.randomUUID();
        store.append("Person", stream, EventStore.NO_STREAM,
                        List.of(NewEvent.of("Renamed", 1, new JsonObject().put("name", "Ada Lovelace"))),
                        EventMetadata.command("ops", NOW))
                .await().indefinitely();

        StoredEvent renamed = store.load(stream).await().indefinitely().get(0);

        assertThat(renamed.typeVersion()).isEqualTo(2);
        assertThat(renamed.data()).isEqualTo(new JsonObject().put("givenName", "Ada").put("familyName", "Lovelace"));
    }

    @Test
    void anAppendAfterAnotherWriteInItsTransactionIsRefusedAndNothingIsStored() {
        String first = "counter-" + UUID.randomUUID();
        String second = "counter-" + UUID.randomUUID();
        List<NewEvent> one = List.of(NewEvent.of("Incremented", 1, new JsonObject().put("amount", 1)));

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> store.pool().withTransaction(tx ->
                store.append(tx, "Counter", first, EventStore.NO_STREAM, one, EventMetadata.command("test", NOW))
                        .flatMap(ignored -> store.append(tx, "Counter", second, EventStore.NO_STREAM, one, EventMetadata.command("test", NOW))))
                .await().indefinitely());

        assertThat(refused).hasMessageContaining("first write of its transaction");
        assertThat(store.load(first).await().indefinitely()).isEmpty();
        assertThat(store.load(second).await().indefinitely()).isEmpty();
    }

    @Test
    void oneAppendToSeveralStreamsMovesEachFromItsOwnVersion() {
        String existing = "counter-" + UUID.randomUUID();
        String fresh = "counter-" + UUID.randomUUID();
        append(existing, EventStore.NO_STREAM, 2);

        List<AppendResult> results = store.pool().withTransaction(tx -> store.appendToEach(tx, "Counter", List.of(
                        new StreamAppend(existing, 2, incremented(1)), new StreamAppend(fresh, EventStore.NO_STREAM, incremented(2))),
                EventMetadata.command("test", NOW))).await().indefinitely();

        assertThat(results).extracting(AppendResult::streamId, AppendResult::version)
                .containsExactly(tuple(existing, 3L), tuple(fresh, 2L));
        assertThat(store.load(existing).await().indefinitely()).extracting(StoredEvent::version).containsExactly(1L, 2L, 3L);
        assertThat(store.load(fresh).await().indefinitely()).extracting(StoredEvent::eventId)
                .containsExactlyElementsOf(results.get(1).eventIds());
    }

    @Test
    void aStaleVersionInAnAppendToSeveralStreamsNamesThatStreamAndNothingIsStored() {
        String current = "counter-" + UUID.randomUUID();
        String stale = "counter-" + UUID.randomUUID();
        String fresh = "counter-" + UUID.randomUUID();
        append(current, EventStore.NO_STREAM, 1);
        append(stale, EventStore.NO_STREAM, 3);

        ConcurrencyConflict conflict = assertThrows(ConcurrencyConflict.class, () -> store.pool().withTransaction(tx ->
                store.appendToEach(tx, "Counter", List.of(new StreamAppend(current, 1, incremented(1)),
                        new StreamAppend(stale, 2, incremented(1)), new StreamAppend(fresh, EventStore.NO_STREAM, incremented(1))),
                        EventMetadata.command("test", NOW))).await().indefinitely());

        assertThat(conflict.streamId()).isEqualTo(stale);
        assertThat(conflict.expectedVersion()).isEqualTo(2);
        assertThat(conflict.actualVersion()).isEqualTo(3);
        assertThat(store.currentVersion(store.pool(), current).await().indefinitely()).isEqualTo(1);
        assertThat(store.load(fresh).await().indefinitely()).isEmpty();
        assertThrows(IllegalArgumentException.class, () -> store.pool().withTransaction(tx -> store.appendToEach(tx, "Counter",
                List.of(new StreamAppend(fresh, 0, incremented(1)), new StreamAppend(fresh, 0, incremented(1))),
                EventMetadata.command("test", NOW))).await().indefinitely());
    }

    private static List<NewEvent> incremented(int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> NewEvent.of("Incremented", 1, new JsonObject().put("amount", 1)))
                .toList();
    }

    private AppendResult append(String stream, long expectedVersion, int count) {
        return store.append("Counter", stream, expectedVersion, incremented(count), EventMetadata.command("test", NOW)).await().indefinitely();
    }

    /** Appends and holds the transaction open a moment, so that two of these overlap in the database. */
    private Uni<Object> slowAppend(String stream, long expectedVersion) {
        return store.pool().withTransaction(tx -> store.append(tx, "Counter", stream, expectedVersion,
                                List.of(NewEvent.of("Incremented", 1, new JsonObject().put("amount", 1))), EventMetadata.command("test", NOW))
                        .call(() -> tx.query("SELECT pg_sleep(0.3)").execute()))
                .<Object>map(result -> result)
                .onFailure(ConcurrencyConflict.class).recoverWithItem(conflict -> conflict);
    }
}
