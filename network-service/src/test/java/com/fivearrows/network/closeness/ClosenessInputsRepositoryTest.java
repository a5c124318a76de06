package com.fivearrows.network.closeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.fivearrows.network.interaction.InteractionType;
import com.fivearrows.network.interaction.Outcome;
import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.keyperson.PriceStance;
import com.fivearrows.network.keyperson.RelationshipLevel;
import com.fivearrows.network.keyperson.Scope;
import com.fivearrows.network.keyperson.Seniority;
import com.fivearrows.network.keyperson.SolutionStance;
import com.fivearrows.network.readmodel.NetworkEvents;
import com.fivearrows.network.relation.RelationType;
import com.fivearrows.platform.domain.NotFound;
import com.fivearrows.platform.eventsourcing.projection.Projections;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClosenessInputsRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration HALF_LIFE = Duration.ofDays(60);

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
    void aBackDatedInteractionCountsFromTheTimeItOccurredNotFromWhenItWasRecorded() {
        String account = NetworkEvents.newId("acc");
        UUID person = events.registerPerson(account, Scope.COMPANY, Kind.EVALUATOR, 3, T0);
        Instant occurred = T0.plus(Duration.ofDays(5));
        Instant recorded = T0.plus(Duration.ofDays(15));
        events.recordInteraction(List.of(person), InteractionType.MEETING, Outcome.POSITIVE, occurred, recorded);
        events.awaitProjected();

        assertThat(breakdown(person, occurred.minusMillis(1))).isEmpty();
        assertThat(inputs(person, occurred.minusMillis(1)).weightedActivity()).isZero();
        assertThat(breakdown(person, occurred))
                .extracting(ActivityTotal::type, ActivityTotal::outcome, ActivityTotal::count)
                .containsExactly(tuple(InteractionType.MEETING, Outcome.POSITIVE, 1L));
        // Read at recording time, 10 days after it occurred, with H = 60 days: 2^(-10/60) = 2^(-1/6) = 0.890899.
        Instant readAt = recorded;
        ActivityTotal total = breakdown(person, readAt).get(0);
        assertThat(total.scaledSum() / new DecayScale(HALF_LIFE).factor(readAt)).isCloseTo(0.890899, within(1e-6));
        // weighed: MEETING 4 × POSITIVE 1.0 × 0.890899
        assertThat(inputs(person, readAt).weightedActivity() / new DecayScale(HALF_LIFE).factor(readAt))
                .isCloseTo(4 * 0.890899, within(1e-5));
    }

    @Test
    void activityAsOfAnyInstantEqualsARecomputationFromEveryInteraction() {
        String account = NetworkEvents.newId("acc");
        UUID ada = events.registerPerson(account, Scope.COMPANY, Kind.DECISION_MAKER, 5, T0);
        UUID bob = events.registerPerson(account, Scope.COMPANY, Kind.USER, 2, T0);
        Random random = new Random(42);
        List<Recorded> recorded = new ArrayList<>();
        Instant start = T0.minus(Duration.ofDays(400));
        for (int i = 0; i < 150; i++) {
            Instant occurred = start.plusMillis((long) (random.nextDouble() * Duration.ofDays(400).toMillis()));
            List<UUID> persons = switch (random.nextInt(3)) {
                case 0 -> List.of(ada);
                case 1 -> List.of(bob);
                default -> List.of(ada, bob);
            };
            InteractionType type = InteractionType.values()[random.nextInt(10)];
            Outcome outcome = Outcome.values()[random.nextInt(3)];
            events.recordInteraction(persons, type, outcome, occurred, T0);
            recorded.add(new Recorded(persons, type, outcome, occurred));
        }
        events.awaitProjected();

        List<Instant> instants = new ArrayList<>(List.of(start.minusSeconds(1), T0, recorded.get(17).occurred(),
                recorded.get(99).occurred().minusMillis(1)));
        for (int i = 0; i < 6; i++) {
            instants.add(start.plusMillis((long) (random.nextDouble() * Duration.ofDays(420).toMillis())));
        }
        DecayScale scale = new DecayScale(HALF_LIFE);
        ActivityWeighing weighing = new ActivityWeighing(ClosenessSettings.defaults(), scale);
        for (Instant t : instants) {
            Map<UUID, List<ActivityTotal>> read = repository.activityBreakdown(List.of(ada, bob), t).await().indefinitely();
            for (UUID person : List.of(ada, bob)) {
                assertThat(read.getOrDefault(person, List.of())).as("%s at %s", person, t)
                        .containsExactlyInAnyOrderElementsOf(recompute(recorded, person, t, scale));
            }
        }
        List<Instant> sorted = instants.stream().sorted().toList();
        for (int i = 1; i < sorted.size(); i++) {
            Instant then = sorted.get(i - 1);
            Instant now = sorted.get(i);
            NowAndThen<Map<UUID, PersonInputs>> read = repository.personInputs(List.of(ada, bob), now, then)
                    .await().indefinitely();
            for (UUID person : List.of(ada, bob)) {
                assertThat(read.now().get(person).weightedActivity()).as("%s now at %s", person, now)
                        .isEqualTo(reweigh(recorded, person, now, weighing));
                assertThat(read.then().get(person).weightedActivity()).as("%s then at %s", person, then)
                        .isEqualTo(reweigh(recorded, person, then, weighing));
            }
        }
    }

    @Test
    void theLatestAssessmentIsTheLatestAssessedAndOfTwoAtTheSameTimeTheLaterRecorded() {
        UUID person = events.registerPerson(NetworkEvents.newId("acc"), Scope.COMPANY, Kind.APPROVER, 4, T0);
        Instant t1 = T0.plus(Duration.ofDays(1));
        Instant t2 = T0.plus(Duration.ofDays(2));
        events.assess(person, "RelationshipLevelAssessed", "FAMILIAR", t2, t2);
        events.assess(person, "RelationshipLevelAssessed", "TRUSTED", t1, t2.plusSeconds(60));
        events.assess(person, "RelationshipLevelAssessed", "ALLY", t2, t2.plusSeconds(120));
        events.assess(person, "PriceStanceAssessed", "NEGOTIABLE", t1, t1);
        events.awaitProjected();

        PersonInputs beforeAny = inputs(person, t1.minusSeconds(1));
        assertThat(beforeAny.level()).isNull();
        assertThat(beforeAny.priceStance()).isNull();
        PersonInputs atT1 = inputs(person, t1);
        assertThat(atT1.level()).as("back-dated to t1, recorded after the t2 one").isEqualTo(RelationshipLevel.TRUSTED);
        assertThat(atT1.priceStance()).isEqualTo(PriceStance.NEGOTIABLE);
        assertThat(inputs(person, t2.minusSeconds(1)).level()).isEqualTo(RelationshipLevel.TRUSTED);
        assertThat(inputs(person, t2).level()).as("same time: the later recorded wins").isEqualTo(RelationshipLevel.ALLY);
        assertThat(inputs(person, t2).solutionStance()).as("never assessed").isNull();
        NowAndThen<Map<UUID, PersonInputs>> both = repository.personInputs(List.of(person), t2, t1.minusSeconds(1))
                .await().indefinitely();
        assertThat(both.now().get(person)).isEqualTo(inputs(person, t2));
        assertThat(both.then().get(person)).isEqualTo(beforeAny);
    }

    @Test
    void personsAreReadTogetherAndUnknownOnesAreLeftOut() {
        String account = NetworkEvents.newId("acc");
        UUID assessed = events.registerPerson(account, Scope.COMPANY, Kind.COACH, 1, T0);
        UUID quiet = events.registerPerson(account, Scope.COMPANY, Kind.USER, 2, T0);
        events.assess(assessed, "SolutionStanceAssessed", "CHAMPION", T0, T0);
        events.awaitProjected();

        Map<UUID, PersonInputs> read = repository.personInputs(List.of(assessed, quiet, UUID.randomUUID()), T0)
                .await().indefinitely();

        assertThat(read).containsOnlyKeys(assessed, quiet);
        assertThat(read.get(assessed).solutionStance()).isEqualTo(SolutionStance.CHAMPION);
        assertThat(read.get(quiet)).isEqualTo(new PersonInputs(quiet, null, null, null, 0, List.of()));
        assertThatThrownBy(() -> repository.personInputs(List.of(assessed), T0, T0.plusMillis(1)))
                .as("then after now").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aChainIsReadWithItsMembersRolesInfluenceAndEdgesAsTheyWereAtTheInstant() {
        String account = NetworkEvents.newId("acc");
        String opportunity = NetworkEvents.newId("opp");
        UUID boss = events.registerPerson(account, Scope.COMPANY, Kind.DECISION_MAKER, 5, T0);
        UUID coach = events.registerPerson(account, Scope.OPPORTUNITY, Kind.COACH, 1, T0);
        Instant t1 = T0.plus(Duration.ofDays(1));
        Instant t2 = T0.plus(Duration.ofDays(2));
        Instant t3 = T0.plus(Duration.ofDays(3));
        events.startChain(opportunity, account, T0);
        events.changeContext(opportunity, "QUALIFY", new BigDecimal("125000.50"), "OPEN", List.of("seller-1"), T0);
        events.addMember(opportunity, boss, Kind.DECISION_MAKER, 5, t1);
        events.addMember(opportunity, coach, Kind.COACH, 1, t1);
        UUID influence = events.addChainRelation(opportunity, RelationType.INFLUENCES, coach, boss, 3, t1);
        events.addChainRelation(opportunity, RelationType.REPORTS_TO, coach, boss, null, t1);
        events.changeMember(opportunity, boss, Kind.APPROVER, 3, t2);
        events.removeChainRelation(opportunity, influence, t3);
        events.awaitProjected();

        assertThat(repository.chainAt(opportunity, T0).await().indefinitely().members()).isEmpty();
        GroupStructure atT1 = repository.chainAt(opportunity, t1).await().indefinitely();
        assertThat(atT1.accountId()).isEqualTo(account);
        assertThat(atT1.stage()).isEqualTo("QUALIFY");
        assertThat(atT1.members()).containsExactlyInAnyOrder(new GroupMember(boss, Kind.DECISION_MAKER, 5),
                new GroupMember(coach, Kind.COACH, 1));
        assertThat(atT1.influences()).containsExactly(new InfluenceEdge(coach, boss, 3));
        assertThat(atT1.reportsTo()).containsExactly(new ReportsToRow(coach, boss));
        GroupStructure atT2 = repository.chainAt(opportunity, t2).await().indefinitely();
        assertThat(atT2.members()).contains(new GroupMember(boss, Kind.APPROVER, 3));
        assertThat(atT2.influences()).hasSize(1);
        GroupStructure atT3 = repository.chainAt(opportunity, t3).await().indefinitely();
        assertThat(atT3.influences()).isEmpty();
        assertThat(atT3.reportsTo()).containsExactly(new ReportsToRow(coach, boss));
        assertThat(repository.chainAt(pool, opportunity, t3, t1).await().indefinitely())
                .isEqualTo(new NowAndThen<>(atT3, atT1));
        assertThat(repository.chainAt(pool, opportunity, t2, T0).await().indefinitely().then().members()).isEmpty();
    }

    @Test
    void aMemberRemovedLeavesTheChainFromThatInstantOn() {
        String account = NetworkEvents.newId("acc");
        String opportunity = NetworkEvents.newId("opp");
        UUID stays = events.registerPerson(account, Scope.COMPANY, Kind.EVALUATOR, 3, T0);
        UUID leaves = events.registerPerson(account, Scope.COMPANY, Kind.USER, 2, T0);
        Instant removedAt = T0.plus(Duration.ofDays(4));
        events.startChain(opportunity, account, T0);
        events.addMember(opportunity, stays, Kind.EVALUATOR, 3, T0);
        events.addMember(opportunity, leaves, Kind.USER, 2, T0);
        UUID edge = events.addChainRelation(opportunity, RelationType.INFLUENCES, leaves, stays, 5, T0);
        events.removeChainRelation(opportunity, edge, removedAt);
        events.removeMember(opportunity, leaves, removedAt);
        events.awaitProjected();

        GroupStructure before = repository.chainAt(opportunity, removedAt.minusMillis(1)).await().indefinitely();
        assertThat(before.members()).extracting(GroupMember::keyPersonId).containsExactlyInAnyOrder(stays, leaves);
        assertThat(before.influences()).containsExactly(new InfluenceEdge(leaves, stays, 5));
        GroupStructure after = repository.chainAt(opportunity, removedAt).await().indefinitely();
        assertThat(after.members()).containsExactly(new GroupMember(stays, Kind.EVALUATOR, 3));
        assertThat(after.influences()).isEmpty();
        assertThat(repository.chainAt(pool, opportunity, removedAt, removedAt.minusMillis(1)).await().indefinitely())
                .isEqualTo(new NowAndThen<>(after, before));
    }

    @Test
    void anUnknownChainIsNotFound() {
        assertThatThrownBy(() -> repository.chainAt(NetworkEvents.newId("opp"), T0).await().indefinitely())
                .isInstanceOf(NotFound.class);
    }

    @Test
    void anEnterpriseRelationHasTheStrengthItHadAtTheInstantAndIsGoneOnceRemoved() {
        String account = NetworkEvents.newId("acc");
        UUID cfo = events.registerPerson(account, Scope.COMPANY, Kind.APPROVER, 4, T0);
        UUID ceo = events.registerPerson(account, Scope.COMPANY, Kind.DECISION_MAKER, 5, T0);
        Instant t1 = T0.plus(Duration.ofDays(1));
        Instant t2 = T0.plus(Duration.ofDays(2));
        Instant t3 = T0.plus(Duration.ofDays(3));
        UUID influence = events.addEnterpriseRelation(account, RelationType.INFLUENCES, cfo, ceo, 2, t1);
        events.addEnterpriseRelation(account, RelationType.REPORTS_TO, cfo, ceo, null, t1);
        events.changeEnterpriseRelationStrength(account, influence, 5, t2);
        events.removeEnterpriseRelation(account, influence, t3);
        events.awaitProjected();

        GroupStructure beforeAny = repository.accountAt(account, T0).await().indefinitely();
        assertThat(beforeAny.members()).hasSize(2);
        assertThat(beforeAny.influences()).isEmpty();
        assertThat(beforeAny.reportsTo()).isEmpty();
        assertThat(repository.accountAt(account, t2.minusMillis(1)).await().indefinitely().influences())
                .containsExactly(new InfluenceEdge(cfo, ceo, 2));
        assertThat(repository.accountAt(account, t2).await().indefinitely().influences())
                .containsExactly(new InfluenceEdge(cfo, ceo, 5));
        GroupStructure removed = repository.accountAt(account, t3).await().indefinitely();
        assertThat(removed.influences()).isEmpty();
        assertThat(removed.reportsTo()).containsExactly(new ReportsToRow(cfo, ceo));
    }

    @Test
    void theAccountGroupHoldsOnlyCompanyPersonsActiveAtTheInstant() {
        String account = NetworkEvents.newId("acc");
        Instant t1 = T0.plus(Duration.ofDays(1));
        Instant t2 = T0.plus(Duration.ofDays(2));
        UUID company = events.registerPerson(account, Scope.COMPANY, Kind.DECISION_MAKER, 5, T0);
        UUID opportunityOnly = events.registerPerson(account, Scope.OPPORTUNITY, Kind.EVALUATOR, 3, T0);
        UUID leaving = events.registerPerson(account, Scope.COMPANY, Kind.APPROVER, 4, T0);
        UUID promoted = events.registerPerson(account, Scope.OPPORTUNITY, Kind.USER, 2, T0);
        events.addEnterpriseRelation(account, RelationType.INFLUENCES, opportunityOnly, company, 4, T0);
        events.addEnterpriseRelation(account, RelationType.INFLUENCES, leaving, company, 3, T0);
        events.deactivatePerson(leaving, t1);
        events.updatePerson(promoted, NetworkEvents.profile("Promoted", Scope.COMPANY, Kind.EVALUATOR, 4), t2);
        events.awaitProjected();

        GroupStructure atT0 = repository.accountAt(account, T0).await().indefinitely();
        assertThat(atT0.members()).containsExactlyInAnyOrder(new GroupMember(company, Kind.DECISION_MAKER, 5),
                new GroupMember(leaving, Kind.APPROVER, 4));
        assertThat(atT0.influences()).as("only edges between members").containsExactly(new InfluenceEdge(leaving, company, 3));
        GroupStructure atT1 = repository.accountAt(account, t1).await().indefinitely();
        assertThat(atT1.members()).containsExactly(new GroupMember(company, Kind.DECISION_MAKER, 5));
        assertThat(atT1.influences()).isEmpty();
        GroupStructure atT2 = repository.accountAt(account, t2).await().indefinitely();
        assertThat(atT2.members()).containsExactlyInAnyOrder(
                new GroupMember(company, Kind.DECISION_MAKER, 5), new GroupMember(promoted, Kind.EVALUATOR, 4));
        assertThat(repository.accountAt(pool, account, t2, T0).await().indefinitely())
                .isEqualTo(new NowAndThen<>(atT2, atT0));
        assertThat(repository.accountAt(pool, account, t1, t1).await().indefinitely())
                .isEqualTo(new NowAndThen<>(atT1, atT1));
    }

    @Test
    void aPersonIsReadAsItWasAtTheInstant() {
        String account = NetworkEvents.newId("acc");
        UUID person = events.registerPerson(account, Scope.OPPORTUNITY, Kind.USER, 2, T0);
        Instant t1 = T0.plus(Duration.ofDays(1));
        Instant t2 = T0.plus(Duration.ofDays(2));
        events.updatePerson(person, NetworkEvents.profile("Changed", Scope.COMPANY, Kind.EVALUATOR, 3), t1);
        events.deactivatePerson(person, t2);
        events.awaitProjected();

        assertThat(repository.personAt(person, T0).await().indefinitely()).isEqualTo(new PersonStructure(person, account,
                Kind.USER, Scope.OPPORTUNITY, 2, true, "Procurement", Seniority.MANAGER));
        assertThat(repository.personAt(person, t1).await().indefinitely()).isEqualTo(new PersonStructure(person, account,
                Kind.EVALUATOR, Scope.COMPANY, 3, true, "Procurement", Seniority.MANAGER));
        assertThat(repository.personAt(person, t2).await().indefinitely().active()).isFalse();
        assertThatThrownBy(() -> repository.personAt(person, T0.minusSeconds(1)).await().indefinitely())
                .as("not registered yet").isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> repository.personAt(UUID.randomUUID(), T0).await().indefinitely())
                .isInstanceOf(NotFound.class);
    }

    private PersonInputs inputs(UUID person, Instant t) {
        return repository.personInputs(List.of(person), t).await().indefinitely().get(person);
    }

    private List<ActivityTotal> breakdown(UUID person, Instant t) {
        return repository.activityBreakdown(List.of(person), t).await().indefinitely().getOrDefault(person, List.of());
    }

    /** Σ of each interaction's weighed value up to t, summed exactly as the read model sums them. */
    private static double reweigh(List<Recorded> recorded, UUID person, Instant t, ActivityWeighing weighing) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Recorded interaction : recorded) {
            if (interaction.persons().contains(person) && !interaction.occurred().isAfter(t)) {
                sum = sum.add(new BigDecimal(weighing.weighted(interaction.type(), interaction.outcome(), interaction.occurred())));
            }
        }
        return sum.doubleValue();
    }

    private static List<ActivityTotal> recompute(List<Recorded> recorded, UUID person, Instant t, DecayScale scale) {
        Map<Bucket, BigDecimal> sums = new HashMap<>();
        Map<Bucket, Long> counts = new HashMap<>();
        for (Recorded interaction : recorded) {
            if (interaction.persons().contains(person) && !interaction.occurred().isAfter(t)) {
                Bucket bucket = new Bucket(interaction.type(), interaction.outcome());
                sums.merge(bucket, new BigDecimal(scale.factor(interaction.occurred())), BigDecimal::add);
                counts.merge(bucket, 1L, Long::sum);
            }
        }
        List<ActivityTotal> expected = new ArrayList<>();
        sums.forEach((bucket, sum) -> expected.add(new ActivityTotal(bucket.type(), bucket.outcome(), counts.get(bucket),
                sum.doubleValue())));
        return expected;
    }

    private record Bucket(InteractionType type, Outcome outcome) {
    }

    private record Recorded(List<UUID> persons, InteractionType type, Outcome outcome, Instant occurred) {
    }
}
