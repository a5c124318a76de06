package com.fivearrows.network.closeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.keyperson.Scope;
import com.fivearrows.network.readmodel.NetworkEvents;
import com.fivearrows.network.testing.PublisherPaused;
import com.fivearrows.platform.eventsourcing.projection.Projections;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import com.fivearrows.platform.eventsourcing.store.StoredEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The publisher evaluates a round's subjects together, many to a transaction: every marked subject gets its own
 * event at its own version, and a subject that cannot be published (its closeness stream moved under it) keeps its
 * mark without holding up the others of its transaction. The publisher is paused, so each round is the test's.
 */
@QuarkusTest
@TestProfile(PublisherPaused.class)
class ClosenessPublisherRoundTest {
    @Inject
    EventStore store;
    @Inject
    Projections projections;
    @Inject
    Pool pool;
    @Inject
    ClosenessPublisher publisher;

    NetworkEvents events;

    @BeforeEach
    void events() {
        events = new NetworkEvents(store, projections);
    }

    @Test
    void everyMarkedSubjectOfARoundGetsItsOwnEvent() {
        String account = NetworkEvents.newId("acct");
        Instant now = Instant.now();
        List<UUID> persons = new ArrayList<>();
        // More than one transaction's worth (50 by default), so the round spans several.
        for (int i = 0; i < 70; i++) {
            persons.add(events.registerPerson(account, Scope.COMPANY, Kind.USER, 1 + i % 5, now));
        }
        events.assess(persons.get(0), "SolutionStanceAssessed", "CHAMPION", now, now);
        events.awaitProjected();

        publishEverythingMarked();

        for (UUID person : persons) {
            List<StoredEvent> stream = store.load("closeness:person:" + person).await().indefinitely();
            assertThat(stream).hasSize(1);
            assertThat(stream.get(0).data().getString("keyPersonId")).isEqualTo(person.toString());
            assertThat(marked("PERSON", person.toString())).isFalse();
        }
        // S = 100 (CHAMPION), C = 0.3 × 100 = 30 for the one assessed; nothing for the others.
        assertThat(closeness(persons.get(0)).getDouble("c")).isCloseTo(30.0, within(1e-9));
        assertThat(closeness(persons.get(1)).getDouble("c")).isZero();
        List<StoredEvent> accountStream = store.load("closeness:account:" + account).await().indefinitely();
        assertThat(accountStream).hasSize(1);
        assertThat(accountStream.get(0).data().getJsonObject("group").getInteger("members")).isEqualTo(70);
    }

    @Test
    void aSubjectWhoseStreamMovedKeepsItsMarkAndTheOthersArePublished() {
        String account = NetworkEvents.newId("acct");
        Instant now = Instant.now();
        UUID moved = events.registerPerson(account, Scope.COMPANY, Kind.DECISION_MAKER, 5, now);
        UUID other = events.registerPerson(account, Scope.COMPANY, Kind.APPROVER, 4, now);
        events.awaitProjected();
        publishEverythingMarked();
        // As if another writer had appended to the stream since: what was published is one version behind it.
        setPublishedVersion(moved, 0);
        try {
            events.assess(moved, "SolutionStanceAssessed", "CHAMPION", now, now);
            events.assess(other, "SolutionStanceAssessed", "CHAMPION", now, now);
            events.awaitProjected();

            publishEverythingMarked();

            assertThat(store.currentVersion(pool, "closeness:person:" + moved).await().indefinitely()).isEqualTo(1);
            assertThat(marked("PERSON", moved.toString())).isTrue();
            assertThat(store.currentVersion(pool, "closeness:person:" + other).await().indefinitely()).isEqualTo(2);
            assertThat(closeness(other).getDouble("s")).isEqualTo(100.0);
            assertThat(marked("PERSON", other.toString())).isFalse();
            assertThat(store.currentVersion(pool, "closeness:account:" + account).await().indefinitely()).isEqualTo(2);
            assertThat(marked("ACCOUNT", account)).isFalse();
        } finally {
            // Other tests share the database: the moved subject must not stay unpublishable.
            setPublishedVersion(moved, 1);
        }
    }

    /** Rounds until one evaluates nothing: this test's subjects, and whatever other tests left marked. */
    private void publishEverythingMarked() {
        while (publisher.round().await().indefinitely() > 0) {
            // next round
        }
    }

    private JsonObject closeness(UUID person) {
        List<StoredEvent> stream = store.load("closeness:person:" + person).await().indefinitely();
        return stream.get(stream.size() - 1).data();
    }

    private boolean marked(String kind, String id) {
        return pool.preparedQuery("SELECT 1 FROM closeness_dirty WHERE subject_kind = $1 AND subject_id = $2")
                .execute(Tuple.of(kind, id)).await().indefinitely().size() > 0;
    }

    private void setPublishedVersion(UUID person, long version) {
        pool.preparedQuery("UPDATE closeness_published SET version = $2 WHERE subject_kind = 'PERSON' AND subject_id = $1")
                .execute(Tuple.of(person.toString(), version)).await().indefinitely();
    }
}
