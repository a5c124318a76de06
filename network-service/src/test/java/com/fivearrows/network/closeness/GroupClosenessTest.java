package com.fivearrows.network.closeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.keyperson.PriceStance;
import com.fivearrows.network.keyperson.RelationshipLevel;
import com.fivearrows.network.keyperson.SolutionStance;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GroupClosenessTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final ClosenessSettings SETTINGS = ClosenessSettings.defaults();
    private static final DecayScale SCALE = new DecayScale(Duration.ofDays(60));
    private static final UUID DECIDER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID COACH = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final UUID APPROVER = UUID.fromString("00000000-0000-0000-0000-000000000003");
    private static final UUID EVALUATOR = UUID.fromString("00000000-0000-0000-0000-000000000004");
    private static final UUID USER = UUID.fromString("00000000-0000-0000-0000-000000000005");

    private final Map<UUID, PersonScores> scores = new HashMap<>();

    @Test
    void chainScoresAreWeightedByEffectiveInfluenceAndCountUnassessedMembers() {
        // decider (5): ALLY, SUPPORTER, ACCEPTS → R = 60, S = 75, P = 75, C = 24 + 22.5 + 22.5 = 69
        // coach (1), FAMILIAR, never asked about solution or price → R = 30, S = 0, P = 0, C = 12
        // coach influences decider with strength 5: e_coach = 1 + 0.5 × 1 × 5 = 3.5; e_decider = 5; Σe = 8.5
        // R = (5 × 60 + 3.5 × 30) / 8.5 = 405 / 8.5 = 47.6470588
        // S = P = 5 × 75 / 8.5 = 44.1176471
        // C = (5 × 69 + 3.5 × 12) / 8.5 = 387 / 8.5 = 45.5294118 → FAIR
        person(DECIDER, RelationshipLevel.ALLY, SolutionStance.SUPPORTER, PriceStance.ACCEPTS);
        person(COACH, RelationshipLevel.FAMILIAR, null, null);

        GroupScores group = GroupCloseness.compute(
                List.of(new GroupMember(DECIDER, Kind.DECISION_MAKER, 5), new GroupMember(COACH, Kind.COACH, 1)),
                List.of(new InfluenceEdge(COACH, DECIDER, 5)), scores, SETTINGS);

        assertThat(group.r()).isCloseTo(47.6470588, within(1e-6));
        assertThat(group.s()).isCloseTo(44.1176471, within(1e-6));
        assertThat(group.p()).isCloseTo(44.1176471, within(1e-6));
        assertThat(group.c()).isCloseTo(45.5294118, within(1e-6));
        assertThat(group.band()).isEqualTo(Band.FAIR);
        assertThat(group.members()).isEqualTo(2);
        assertThat(group.unassessedMembers()).isEqualTo(1);
        assertThat(group.supporters()).isEqualTo(1);
        assertThat(group.bestCoachC()).isCloseTo(12.0, within(1e-9));
        assertThat(group.rolesPresent()).containsExactly(Kind.DECISION_MAKER, Kind.COACH);
        // coach: share 3.5 / 8.5 = 0.4117647, contributes 0.4117647 × 12 = 4.9411765 to C
        GroupScores.MemberBreakdown coach = group.breakdown().get(1);
        assertThat(coach.keyPersonId()).isEqualTo(COACH);
        assertThat(coach.effectiveInfluence().value()).isCloseTo(3.5, within(1e-9));
        assertThat(coach.share()).isCloseTo(0.4117647, within(1e-6));
        assertThat(coach.cContribution()).isCloseTo(4.9411765, within(1e-6));
        assertThat(group.breakdown()).extracting(GroupScores.MemberBreakdown::rContribution)
                .satisfies(contributions -> assertThat(contributions.get(0) + contributions.get(1))
                        .isCloseTo(group.r(), within(1e-9)));
    }

    @Test
    void coverageCountsMembersWithRAtLeastFiftyAndKeyRolesNeedCAtLeastSixty() {
        // decider: ALLY, SUPPORTER, ACCEPTS → R = 60, C = 69 (covered, role covered)
        // approver: TRUSTED, SUPPORTER, NEGOTIABLE → R = 45, C = 18 + 22.5 + 15 = 55.5 (neither)
        // evaluator: ALLY, nothing else → R = 60, C = 24 (covered)
        // coverage = 2 of 3 = 66.67 %
        person(DECIDER, RelationshipLevel.ALLY, SolutionStance.SUPPORTER, PriceStance.ACCEPTS);
        person(APPROVER, RelationshipLevel.TRUSTED, SolutionStance.SUPPORTER, PriceStance.NEGOTIABLE);
        person(EVALUATOR, RelationshipLevel.ALLY, null, null);

        GroupScores group = GroupCloseness.compute(List.of(new GroupMember(DECIDER, Kind.DECISION_MAKER, 5),
                new GroupMember(APPROVER, Kind.APPROVER, 4), new GroupMember(EVALUATOR, Kind.EVALUATOR, 3)),
                List.of(), scores, SETTINGS);

        assertThat(group.coverage()).isCloseTo(66.6666667, within(1e-6));
        assertThat(group.decisionMakerCovered()).isTrue();
        assertThat(group.approverCovered()).isFalse();
        assertThat(group.bestCoachC()).isNull();
    }

    @Test
    void gapsAreInfluentialMembersBelowFortyAndBlockersInfluentialOpponentsOrPriceRejecters() {
        // decider (5): STRANGER, OPPONENT, REJECTS → C = 0; e = 5 → gap; base 5 → blocker for both reasons
        // evaluator (3): ACQUAINTED, NEUTRAL, RESISTANT → R = 15, C = 6 + 15 + 7.5 = 28.5;
        //   influences the decider with strength 3: e = 3 + 0.5 × 0.6 × 5 = 4.5 → gap
        // user (2): OPPONENT, influences the decider with strength 5: e = 2 + 0.5 × 1 × 5 = 4.5 → gap,
        //   but base influence 2 < 4 → no blocker
        // approver (4): ALLY, CHAMPION, ADVOCATES → C = 24 + 30 + 30 = 84: neither; covers its role
        person(DECIDER, RelationshipLevel.STRANGER, SolutionStance.OPPONENT, PriceStance.REJECTS);
        person(EVALUATOR, RelationshipLevel.ACQUAINTED, SolutionStance.NEUTRAL, PriceStance.RESISTANT);
        person(USER, null, SolutionStance.OPPONENT, PriceStance.NEGOTIABLE);
        person(APPROVER, RelationshipLevel.ALLY, SolutionStance.CHAMPION, PriceStance.ADVOCATES);

        GroupScores group = GroupCloseness.compute(List.of(new GroupMember(DECIDER, Kind.DECISION_MAKER, 5),
                        new GroupMember(EVALUATOR, Kind.EVALUATOR, 3), new GroupMember(USER, Kind.USER, 2),
                        new GroupMember(APPROVER, Kind.APPROVER, 4)),
                List.of(new InfluenceEdge(EVALUATOR, DECIDER, 3), new InfluenceEdge(USER, DECIDER, 5)), scores, SETTINGS);

        assertThat(group.gaps()).extracting(GroupScores.Gap::keyPersonId).containsExactly(DECIDER, EVALUATOR, USER);
        assertThat(group.gaps().get(1).effectiveInfluence()).isCloseTo(4.5, within(1e-9));
        assertThat(group.gaps().get(1).c()).isCloseTo(28.5, within(1e-9));
        assertThat(group.blockers()).singleElement().satisfies(blocker -> {
            assertThat(blocker.keyPersonId()).isEqualTo(DECIDER);
            assertThat(blocker.reasons()).containsExactly(GroupScores.BlockerReason.SOLUTION_OPPONENT,
                    GroupScores.BlockerReason.PRICE_REJECTS);
        });
        assertThat(group.approverCovered()).isTrue();
        assertThat(group.decisionMakerCovered()).isFalse();
    }

    @Test
    void aGapNeedsCBelowFortyAndABlockerABaseInfluenceOfFour() {
        // scores set directly (R = S = P = C, so C = 0.4 C + 0.3 C + 0.3 C) to sit on the boundaries
        UUID atForty = UUID.fromString("00000000-0000-0000-0000-000000000010");
        UUID belowForty = UUID.fromString("00000000-0000-0000-0000-000000000011");
        scores.put(atForty, scored(atForty, 40, null, null));
        scores.put(belowForty, scored(belowForty, 39.9, null, null));
        scores.put(APPROVER, scored(APPROVER, 60, SolutionStance.SUPPORTER, PriceStance.REJECTS));
        scores.put(USER, scored(USER, 60, SolutionStance.OPPONENT, PriceStance.REJECTS));

        GroupScores group = GroupCloseness.compute(List.of(new GroupMember(atForty, Kind.EVALUATOR, 4),
                new GroupMember(belowForty, Kind.EVALUATOR, 4), new GroupMember(APPROVER, Kind.APPROVER, 4),
                new GroupMember(USER, Kind.USER, 3)), List.of(), scores, SETTINGS);

        assertThat(group.gaps()).extracting(GroupScores.Gap::keyPersonId).containsExactly(belowForty);
        assertThat(group.blockers()).singleElement().satisfies(blocker -> {
            assertThat(blocker.keyPersonId()).isEqualTo(APPROVER);
            assertThat(blocker.influence()).isEqualTo(4);
            assertThat(blocker.reasons()).containsExactly(GroupScores.BlockerReason.PRICE_REJECTS);
        });
    }

    @Test
    void anEmptyGroupScoresZeroAndIsPoor() {
        GroupScores group = GroupCloseness.compute(List.of(), List.of(), Map.of(), SETTINGS);

        assertThat(group.c()).isZero();
        assertThat(group.r()).isZero();
        assertThat(group.band()).isEqualTo(Band.POOR);
        assertThat(group.coverage()).isZero();
        assertThat(group.members()).isZero();
        assertThat(group.bestCoachC()).isNull();
        assertThat(group.rolesPresent()).isEmpty();
    }

    private static PersonScores scored(UUID id, double score, SolutionStance solution, PriceStance price) {
        return new PersonScores(id, score, score, score, score, Band.of(score, SETTINGS), RelationshipLevel.FAMILIAR,
                solution, price, true, true, true, new ActivityScore(0, 0, List.of()), List.of());
    }

    private void person(UUID id, RelationshipLevel level, SolutionStance solution, PriceStance price) {
        scores.put(id, PersonCloseness.compute(new PersonInputs(id, level, solution, price, 0, List.of()), NOW, SETTINGS, SCALE));
    }
}
