package com.fivearrows.network.closeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fivearrows.network.interaction.InteractionType;
import com.fivearrows.network.interaction.Outcome;
import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.keyperson.Scope;
import com.fivearrows.network.readmodel.NetworkEvents;
import com.fivearrows.network.readmodel.NetworkReadModel;
import com.fivearrows.platform.eventsourcing.projection.ProjectionStatus;
import com.fivearrows.platform.eventsourcing.projection.Projections;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A read model scaled with another half-life than the one configured is rebuilt, so no score mixes two scales. */
@QuarkusTest
class ScaleCheckTest {
    @Inject
    ScaleCheck check;
    @Inject
    ClosenessInputsRepository inputs;
    @Inject
    ClosenessReader reader;
    @Inject
    Projections projections;
    @Inject
    EventStore store;
    @Inject
    Pool pool;
    @Inject
    ActivityWeighing weighing;

    @Test
    void aReadModelScaledWithAnotherHalfLifeIsRebuiltWithTheConfiguredOne() {
        Instant now = Instant.now();
        UUID person = personWithADemo(now, Duration.ofDays(60));
        double before = reader.person(person, now).await().indefinitely().scores().r();
        // As if the read model had been built while network.closeness.half-life was 30 days.
        pool.query("UPDATE activity_scale SET half_life_ms = " + Duration.ofDays(30).toMillis()).execute().await().indefinitely();

        assertThat(check.rebuildIfRescaled().await().indefinitely()).isTrue();

        awaitRebuilt();
        assertThat(inputs.scaledWith().await().indefinitely().map(ClosenessInputsRepository.Scaling::halfLife))
                .isEqualTo(Optional.of(Duration.ofDays(60)));
        assertThat(reader.person(person, now).await().indefinitely().scores().r()).isEqualTo(before);
        assertThat(check.rebuildIfRescaled().await().indefinitely()).as("nothing to do once rebuilt").isFalse();
    }

    @Test
    void aReadModelWeighedWithOtherWeightsIsRebuiltWithTheConfiguredOnes() {
        Instant now = Instant.now();
        UUID person = personWithADemo(now, Duration.ofDays(5));
        double before = reader.person(person, now).await().indefinitely().scores().r();
        // As if the read model had been built while DEMO weighed more: its totals are off until rebuilt.
        pool.query("UPDATE activity_scale SET weighing = replace(weighing, 'DEMO 4.0', 'DEMO 9.0')").execute().await().indefinitely();
        pool.query("UPDATE person_activity_total SET weighted_sum = weighted_sum * 9 / 4").execute().await().indefinitely();

        assertThat(check.rebuildIfRescaled().await().indefinitely()).isTrue();

        awaitRebuilt();
        assertThat(inputs.scaledWith().await().indefinitely().map(ClosenessInputsRepository.Scaling::weighing))
                .isEqualTo(Optional.of(weighing.description()));
        assertThat(reader.person(person, now).await().indefinitely().scores().r()).isEqualTo(before);
    }

    private UUID personWithADemo(Instant now, Duration ago) {
        NetworkEvents events = new NetworkEvents(store, projections);
        UUID person = events.registerPerson(NetworkEvents.newId("acct"), Scope.COMPANY, Kind.USER, 2, now);
        events.recordInteraction(List.of(person), InteractionType.DEMO, Outcome.POSITIVE, now.minus(ago), now);
        events.awaitProjected();
        return person;
    }

    private void awaitRebuilt() {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            ProjectionStatus status = projections.status(NetworkReadModel.NAME).await().indefinitely();
            return !status.rebuilding() && status.lag() == 0;
        });
    }
}
