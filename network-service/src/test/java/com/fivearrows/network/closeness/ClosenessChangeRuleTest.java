package com.fivearrows.network.closeness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.keyperson.PriceStance;
import com.fivearrows.network.keyperson.RelationshipLevel;
import com.fivearrows.network.keyperson.SolutionStance;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClosenessChangeRuleTest {
    private static final ClosenessSettings SETTINGS = ClosenessSettings.defaults();
    private static final Map<String, Object> FLAGS = Map.of("band", "FAIR", "trend", "STEADY");

    @Test
    void theFirstEvaluationIsPublished() {
        assertThat(ClosenessChangeRule.shouldPublish(null, snapshot(50, FLAGS), SETTINGS)).isTrue();
    }

    @Test
    void aMoveOfLessThanOnePointIsNotPublished() {
        // C 50 → 50.99: moved 0.99 < 1
        assertThat(ClosenessChangeRule.shouldPublish(snapshot(50, FLAGS), snapshot(50.99, FLAGS), SETTINGS)).isFalse();
    }

    @Test
    void slowDriftIsPublishedOnceItAddsUpToOnePointAgainstTheLastPublished() {
        // published at 50; 50.5 is not published (0.5), so 51.0 is compared with 50: moved 1.0 ≥ 1
        ClosenessSnapshot published = snapshot(50, FLAGS);
        ClosenessSnapshot halfWay = snapshot(50.5, FLAGS);
        ClosenessSnapshot onePoint = snapshot(51.0, FLAGS);

        assertThat(ClosenessChangeRule.shouldPublish(published, halfWay, SETTINGS)).isFalse();
        assertThat(ClosenessChangeRule.shouldPublish(published, onePoint, SETTINGS)).isTrue();
    }

    @Test
    void aChangedFlagIsPublishedEvenWhenNoScoreMoved() {
        assertThat(ClosenessChangeRule.shouldPublish(snapshot(50, FLAGS),
                snapshot(50, Map.of("band", "FAIR", "trend", "UP")), SETTINGS)).isTrue();
    }

    @Test
    void anyOfTheFourScoresMovingIsPublished() {
        ClosenessSnapshot before = new ClosenessSnapshot(40, 50, 60, 50, FLAGS);

        assertThat(ClosenessChangeRule.shouldPublish(before, new ClosenessSnapshot(40, 50, 61, 50, FLAGS), SETTINGS))
                .isTrue();
        assertThat(ClosenessChangeRule.shouldPublish(before, new ClosenessSnapshot(39, 50, 60, 50, FLAGS), SETTINGS))
                .isTrue();
    }

    @Test
    void groupFlagsHoldWhatTheEventCarriesRounded() {
        // coach (1): FAMILIAR, NEUTRAL, NEGOTIABLE → R = 30, C = 12 + 15 + 15 = 42 → bestCoachC 42
        // decider (5): TRUSTED, OPPONENT, no price → R = 45, C = 18; gap (e 5, C < 40), blocker (OPPONENT)
        // user (2): ALLY → R = 60 (covered); coverage 1 of 3 = 33.3 % → 33
        UUID coach = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID decider = UUID.fromString("00000000-0000-0000-0000-000000000002");
        UUID user = UUID.fromString("00000000-0000-0000-0000-000000000003");
        Instant now = Instant.parse("2026-03-01T00:00:00Z");
        DecayScale scale = new DecayScale(Duration.ofDays(60));
        Map<UUID, PersonScores> scores = Map.of(
                coach, PersonCloseness.compute(new PersonInputs(coach, RelationshipLevel.FAMILIAR,
                        SolutionStance.NEUTRAL, PriceStance.NEGOTIABLE, 0, List.of()), now, SETTINGS, scale),
                decider, PersonCloseness.compute(new PersonInputs(decider, RelationshipLevel.TRUSTED,
                        SolutionStance.OPPONENT, null, 0, List.of()), now, SETTINGS, scale),
                user, PersonCloseness.compute(new PersonInputs(user, RelationshipLevel.ALLY, null, null, 0, List.of()),
                        now, SETTINGS, scale));
        GroupScores group = GroupCloseness.compute(List.of(new GroupMember(coach, Kind.COACH, 1),
                new GroupMember(decider, Kind.DECISION_MAKER, 5), new GroupMember(user, Kind.USER, 2)),
                List.of(), scores, SETTINGS);

        Map<String, Object> flags = ClosenessSnapshot.of(group, Trend.DOWN).flags();

        assertThat(flags).containsEntry("trend", "DOWN")
                .containsEntry("band", "POOR")
                .containsEntry("coverage", 33L)
                .containsEntry("bestCoachC", 42L)
                .containsEntry("decisionMakerCovered", false)
                .containsEntry("approverCovered", false)
                .containsEntry("gaps", List.of(decider.toString()))
                .containsEntry("blockers", Map.of(decider.toString(), List.of("SOLUTION_OPPONENT")))
                .containsEntry("rolesPresent", List.of("COACH", "DECISION_MAKER", "USER"))
                .containsEntry("supporters", 0L)
                .containsEntry("members", 3L)
                .containsEntry("unassessedMembers", 2L);
    }

    @Test
    void aSnapshotReadBackFromJsonEqualsTheOneItWasMadeFromSoNothingIsRepublished() {
        // JSON gives back Integers, Lists and Maps where the scores gave longs, sets and UUIDs
        UUID gap = UUID.fromString("00000000-0000-0000-0000-000000000009");
        ClosenessSnapshot made = new ClosenessSnapshot(50, 50, 50, 50, Map.of(
                "coverage", 67L, "gaps", Set.of(gap), "band", Band.FAIR, "approverCovered", true));
        ClosenessSnapshot readBack = new ClosenessSnapshot(50, 50, 50, 50, Map.of(
                "coverage", 67, "gaps", List.of(gap.toString()), "band", "FAIR", "approverCovered", true));

        assertThat(readBack).isEqualTo(made);
        assertThat(ClosenessChangeRule.shouldPublish(readBack, made, SETTINGS)).isFalse();
    }

    @Test
    void personFlagsCarryBandTrendAssessmentsAndTheGivenAttributes() {
        PersonScores scores = PersonCloseness.compute(new PersonInputs(UUID.randomUUID(), RelationshipLevel.ALLY,
                        SolutionStance.CHAMPION, null, 0, List.of()), Instant.parse("2026-03-01T00:00:00Z"), SETTINGS,
                new DecayScale(Duration.ofDays(60)));

        // C = 0.4 × 60 + 0.3 × 100 + 0 = 54 → FAIR
        Map<String, Object> flags = ClosenessSnapshot.of(scores, Trend.UP,
                Map.of("kind", Kind.EVALUATOR, "seniority", "MANAGER")).flags();

        assertThat(flags).containsOnly(Map.entry("band", "FAIR"), Map.entry("trend", "UP"),
                Map.entry("levelAssessed", true), Map.entry("solutionAssessed", true),
                Map.entry("priceAssessed", false), Map.entry("kind", "EVALUATOR"), Map.entry("seniority", "MANAGER"));
    }

    private static ClosenessSnapshot snapshot(double c, Map<String, Object> flags) {
        return new ClosenessSnapshot(c, c, c, c, flags);
    }
}
