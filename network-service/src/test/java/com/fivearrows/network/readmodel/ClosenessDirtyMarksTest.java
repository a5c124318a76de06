package com.fivearrows.network.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fivearrows.network.closeness.ClosenessInputsRepository;
import com.fivearrows.network.closeness.ClosenessTrigger;
import com.fivearrows.network.closeness.DirtySubject;
import com.fivearrows.network.closeness.Subject;
import com.fivearrows.network.interaction.InteractionType;
import com.fivearrows.network.interaction.Outcome;
import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.keyperson.Scope;
import com.fivearrows.network.relation.RelationType;
import com.fivearrows.platform.eventsourcing.projection.Projections;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import com.fivearrows.network.testing.PublisherPaused;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(PublisherPaused.class)
class ClosenessDirtyMarksTest {
    private static final Instant T0 = Instant.parse("2026-04-01T08:00:00Z");

    @Inject
    EventStore store;

    @Inject
    Projections projections;

    @Inject
    ClosenessInputsRepository repository;

    @Inject
    Pool pool;

    private NetworkEvents events;

    @BeforeEach
    void setUp() {
        events = new NetworkEvents(store, projections);
    }

    @Test
    void anInteractionMarksItsPersonTheAccountAndTheChainsThePersonIsAMemberOfNow() {
        String account = NetworkEvents.newId("acc");
        String current = NetworkEvents.newId("opp");
        String former = NetworkEvents.newId("opp");
        UUID person = events.registerPerson(account, Scope.OPPORTUNITY, Kind.USER, 2, T0);
        events.startChain(current, account, T0);
        events.startChain(former, account, T0);
        events.addMember(current, person, Kind.USER, 2, T0);
        events.addMember(former, person, Kind.USER, 2, T0);
        events.removeMember(former, person, T0.plusSeconds(60));
        events.awaitProjected();
        Map<String, DirtySubject> before = marks(person.toString(), account, current, former);
        assertThat(before).as("each event marked what it touched").containsOnlyKeys(person.toString(), account, current, former);
        repository.clearDirty(pool, before.values()).await().indefinitely();
        assertThat(marks(person.toString(), account, current, former)).isEmpty();

        Instant later = T0.plusSeconds(120);
        events.recordInteraction(List.of(person), InteractionType.CALL, Outcome.POSITIVE, later, later);
        events.awaitProjected();

        Map<String, DirtySubject> after = marks(person.toString(), account, current, former);
        assertThat(after).containsOnlyKeys(person.toString(), account, current);
        assertThat(after.get(person.toString()).subject().kind()).isEqualTo(Subject.Kind.PERSON);
        assertThat(after.get(account).subject().kind()).isEqualTo(Subject.Kind.ACCOUNT);
        assertThat(after.get(current).subject().kind()).isEqualTo(Subject.Kind.DECISION_CHAIN);
    }

    @Test
    void aMarkRenewedAfterItWasTakenSurvivesTheClearOfTheEvaluationThatTookIt() {
        UUID person = events.registerPerson(NetworkEvents.newId("acc"), Scope.COMPANY, Kind.COACH, 1, T0);
        events.awaitProjected();
        DirtySubject taken = marks(person.toString()).get(person.toString());

        events.assess(person, "SolutionStanceAssessed", "SUPPORTER", T0, T0.plusSeconds(30));
        events.awaitProjected();
        repository.clearDirty(pool, List.of(taken)).await().indefinitely();

        DirtySubject renewed = marks(person.toString()).get(person.toString());
        assertThat(renewed).as("marked again after it was taken").isNotNull();
        assertThat(renewed.markedAt()).isAfter(taken.markedAt());
        repository.clearDirty(pool, List.of(renewed)).await().indefinitely();
        assertThat(marks(person.toString())).isEmpty();
    }

    @Test
    void theDecayPassKeepsAPendingInputChangeFirstInLine() {
        UUID changed = events.registerPerson(NetworkEvents.newId("acc"), Scope.COMPANY, Kind.APPROVER, 4, T0);
        events.recordInteraction(List.of(changed), InteractionType.CALL, Outcome.POSITIVE, T0, T0);
        events.awaitProjected();
        DirtySubject pending = marks(changed.toString()).get(changed.toString());

        repository.markAllDirty().await().indefinitely();

        DirtySubject after = marks(changed.toString()).get(changed.toString());
        assertThat(after).as("neither re-dated nor relabelled by the pass").isEqualTo(pending);
        List<DirtySubject> queue = repository.takeDirty(pool, 100_000).await().indefinitely();
        int firstTimePassed = queue.stream().map(DirtySubject::cause).toList().indexOf(ClosenessTrigger.TIME_PASSED);
        assertThat(queue.subList(0, firstTimePassed)).extracting(mark -> mark.subject().id()).contains(changed.toString());
        assertThat(queue.subList(firstTimePassed, queue.size())).extracting(DirtySubject::cause)
                .containsOnly(ClosenessTrigger.TIME_PASSED);
    }

    @Test
    void relationEventsMarkTheAccountAndChainEventsTheChain() {
        String account = NetworkEvents.newId("acc");
        String opportunity = NetworkEvents.newId("opp");
        UUID a = events.registerPerson(account, Scope.COMPANY, Kind.APPROVER, 4, T0);
        UUID b = events.registerPerson(account, Scope.COMPANY, Kind.DECISION_MAKER, 5, T0);
        events.startChain(opportunity, account, T0);
        events.awaitProjected();
        repository.clearDirty(pool, marks(account, opportunity).values()).await().indefinitely();

        events.addEnterpriseRelation(account, RelationType.REPORTS_TO, a, b, null, T0.plusSeconds(10));
        events.awaitProjected();
        assertThat(marks(account, opportunity)).containsOnlyKeys(account);

        events.addMember(opportunity, a, Kind.APPROVER, 4, T0.plusSeconds(20));
        events.awaitProjected();
        assertThat(marks(account, opportunity)).containsOnlyKeys(account, opportunity);
    }

    @Test
    void theDecayPassMarksEveryPersonWithInputsEveryChainAndEveryAccountWithCompanyPersons() {
        String account = NetworkEvents.newId("acc");
        String opportunityAccount = NetworkEvents.newId("acc");
        String opportunity = NetworkEvents.newId("opp");
        UUID active = events.registerPerson(account, Scope.COMPANY, Kind.EVALUATOR, 3, T0);
        UUID quiet = events.registerPerson(opportunityAccount, Scope.OPPORTUNITY, Kind.USER, 2, T0);
        events.startChain(opportunity, account, T0);
        events.recordInteraction(List.of(active), InteractionType.DEMO, Outcome.NEUTRAL, T0, T0);
        events.awaitProjected();
        String[] subjects = {active.toString(), quiet.toString(), account, opportunityAccount, opportunity};
        repository.clearDirty(pool, marks(subjects).values()).await().indefinitely();

        repository.markAllDirty().await().indefinitely();

        assertThat(marks(subjects)).as("a person without activity or assessments and an account without COMPANY persons"
                + " do not decay").containsOnlyKeys(active.toString(), account, opportunity);
    }

    /** The current marks of these subjects, by subject id. */
    private Map<String, DirtySubject> marks(String... subjectIds) {
        Map<String, DirtySubject> marks = new HashMap<>();
        String query = "SELECT subject_kind, subject_id, marked_at, cause FROM closeness_dirty WHERE subject_id = ANY($1)";
        for (Row row : pool.preparedQuery(query).execute(Tuple.of(subjectIds)).await().indefinitely()) {
            marks.put(row.getString("subject_id"), new DirtySubject(
                    new Subject(Subject.Kind.valueOf(row.getString("subject_kind")), row.getString("subject_id")),
                    row.getOffsetDateTime("marked_at").toInstant(), ClosenessTrigger.valueOf(row.getString("cause"))));
        }
        return marks;
    }
}
