package com.fivearrows.network.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fivearrows.network.closeness.ClosenessSettings;
import com.fivearrows.network.keyperson.Kind;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NextActionsTest {
    private static final ClosenessSettings SETTINGS = ClosenessSettings.defaults();
    private static final UUID DECIDER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID APPROVER = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final UUID EVALUATOR = UUID.fromString("00000000-0000-0000-0000-000000000003");
    private static final UUID COACH = UUID.fromString("00000000-0000-0000-0000-000000000004");
    private static final UUID USER_B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID USER_A = UUID.fromString("00000000-0000-0000-0000-00000000000a");

    @Test
    void actionsAreOrderedByInfluenceTimesDistanceToFullCloseness() {
        // approver  4 × (100 − 10) = 360  LOW  → BUDGET_DISCOVERY
        // decider   5 × (100 − 30) = 350  LOW  → EXECUTIVE_ALIGNMENT_MEETING
        // evaluator 3 × (100 − 50) = 150  MID  → PROOF_OF_CONCEPT
        // users     2 × (100 − 50) = 100  MID  → HANDS_ON_DEMO, tie broken by id: ...0a before ...0b
        // coach     1 × (100 − 10) =  90  LOW  → DEVELOP_COACH
        List<NextAction> actions = NextActions.rank(List.of(
                new ActionCandidate(COACH, Kind.COACH, 1, 10),
                new ActionCandidate(USER_B, Kind.USER, 2, 50),
                new ActionCandidate(EVALUATOR, Kind.EVALUATOR, 3, 50),
                new ActionCandidate(DECIDER, Kind.DECISION_MAKER, 5, 30),
                new ActionCandidate(USER_A, Kind.USER, 2, 50),
                new ActionCandidate(APPROVER, Kind.APPROVER, 4, 10)), StrategyTable.defaults(), SETTINGS);

        assertThat(actions).extracting(NextAction::keyPersonId)
                .containsExactly(APPROVER, DECIDER, EVALUATOR, USER_A, USER_B, COACH);
        assertThat(actions).extracting(NextAction::priority).containsExactly(360.0, 350.0, 150.0, 100.0, 100.0, 90.0);
        assertThat(actions).extracting(NextAction::action).containsExactly("BUDGET_DISCOVERY",
                "EXECUTIVE_ALIGNMENT_MEETING", "PROOF_OF_CONCEPT", "HANDS_ON_DEMO", "HANDS_ON_DEMO", "DEVELOP_COACH");
        assertThat(actions.get(1).band()).isEqualTo(StrategyBand.LOW);
        assertThat(actions.get(1).description()).contains("executive alignment meeting");
    }

    @Test
    void aWellWonDecisionMakerGetsTheHighBandAction() {
        // 5 × (100 − 70) = 150, C 70 → HIGH
        List<NextAction> actions = NextActions.rank(List.of(new ActionCandidate(DECIDER, Kind.DECISION_MAKER, 5, 70)),
                StrategyTable.defaults(), SETTINGS);

        assertThat(actions).singleElement().satisfies(action -> {
            assertThat(action.band()).isEqualTo(StrategyBand.HIGH);
            assertThat(action.action()).isEqualTo("SECURE_COMMITMENT");
            assertThat(action.priority()).isEqualTo(150.0);
        });
    }
}
