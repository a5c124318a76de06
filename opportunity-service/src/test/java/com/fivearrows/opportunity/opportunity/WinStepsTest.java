package com.fivearrows.opportunity.opportunity;

import static com.fivearrows.opportunity.opportunity.Fixtures.ACCOUNT;
import static com.fivearrows.opportunity.opportunity.Fixtures.COACH;
import static com.fivearrows.opportunity.opportunity.Fixtures.DECISION_MAKER;
import static com.fivearrows.opportunity.opportunity.Fixtures.EVALUATOR;
import static com.fivearrows.opportunity.opportunity.Fixtures.ID;
import static com.fivearrows.opportunity.opportunity.Fixtures.NOW;
import static com.fivearrows.opportunity.opportunity.Fixtures.chain;
import static com.fivearrows.opportunity.opportunity.Fixtures.given;
import static com.fivearrows.opportunity.opportunity.Fixtures.opened;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fivearrows.opportunity.opportunity.OpportunityEvent.WinStepCompleted;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.WinStepReopened;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WinStepsTest {
    static final Set<String> DM_AND_EVALUATOR = Set.of(DECISION_MAKER, EVALUATOR);

    static WinStepCompleted auto(int step, String evidence) {
        return new WinStepCompleted(ID, ACCOUNT, step, evidence, true, null, NOW);
    }

    static WinStepReopened autoReopened(int step, String reason) {
        return new WinStepReopened(ID, ACCOUNT, step, reason, true, null, NOW);
    }

    final OpportunityState bothAutomatic = given(opened(),
            auto(2, "decision maker and evaluator in the chain"), auto(3, "coach at C 64.0"));

    @Test
    void stepTwoCompletesItselfWhenTheChainHasADecisionMakerAndAnEvaluator() {
        assertThat(WinSteps.changes(opened(), chain(30, 0, DM_AND_EVALUATOR, null, 0), NOW))
                .containsExactly(auto(2, "decision maker and evaluator in the chain"));
    }

    @Test
    void aDecisionMakerAloneDoesNotCompleteStepTwo() {
        assertThat(WinSteps.changes(opened(), chain(30, 0, Set.of(DECISION_MAKER, COACH), 59.9, 1), NOW)).isEmpty();
    }

    @Test
    void stepThreeCompletesItselfWithACoachAtSixty() {
        assertThat(WinSteps.changes(opened(), chain(30, 0, Set.of(COACH), 60.0, 0), NOW))
                .containsExactly(auto(3, "coach at C 60.0"));
        assertThat(WinSteps.changes(opened(), chain(30, 0, Set.of(COACH), 59.99, 1), NOW)).isEmpty();
    }

    @Test
    void aCoachShortOfSixtyOnlyByFloatingPointNoiseCountsAndReadsSixty() {
        assertThat(WinSteps.changes(opened(), chain(30, 0, Set.of(COACH), 59.9999999999, 0), NOW))
                .containsExactly(auto(3, "coach at C 60.0"));
    }

    @Test
    void stepThreeCompletesItselfWithTwoSupporters() {
        assertThat(WinSteps.changes(opened(), chain(30, 0, Set.of(), null, 2), NOW))
                .containsExactly(auto(3, "2 members SUPPORTER or better"));
    }

    @Test
    void theEvidenceNamesBothACoachAndSupportersWhenBothHold() {
        assertThat(WinSteps.changes(opened(), chain(30, 0, Set.of(COACH), 64.04, 3), NOW))
                .containsExactly(auto(3, "coach at C 64.0 and 3 members SUPPORTER or better"));
    }

    @Test
    void aStepCompletedAutomaticallyReopensWhenItsRuleNoLongerHolds() {
        assertThat(WinSteps.changes(bothAutomatic, chain(30, 0, Set.of(DECISION_MAKER, COACH), 52.5, 1), NOW))
                .containsExactly(
                        autoReopened(2, "the chain no longer has an EVALUATOR"),
                        autoReopened(3, "the chain no longer has a coach at C 60 or more (best coach at C 52.5) "
                                + "nor 2 members SUPPORTER or better (1)"));
    }

    @Test
    void theReopeningReasonSaysWhichRoleIsMissing() {
        assertThat(WinSteps.changes(bothAutomatic, chain(30, 0, Set.of(EVALUATOR), null, 2), NOW))
                .containsExactly(autoReopened(2, "the chain no longer has a DECISION_MAKER"));
        assertThat(WinSteps.changes(bothAutomatic, chain(30, 0, Set.of(), null, 0), NOW)).containsExactly(
                autoReopened(2, "the chain no longer has a DECISION_MAKER nor an EVALUATOR"),
                autoReopened(3, "the chain no longer has a coach at C 60 or more (no coach) "
                        + "nor 2 members SUPPORTER or better (0)"));
    }

    @Test
    void aStepStillBorneOutChangesNothing() {
        assertThat(WinSteps.changes(bothAutomatic, chain(30, 0, DM_AND_EVALUATOR, null, 4), NOW)).isEmpty();
    }

    @Test
    void aStepCompletedByHandIsNotReopenedByTheChain() {
        OpportunityState byHand = given(opened(),
                new WinStepCompleted(ID, ACCOUNT, 2, "org chart from the CIO", false, "alice", NOW));

        assertThat(WinSteps.changes(byHand, chain(30, 0, Set.of(), null, 0), NOW)).isEmpty();
    }

    @Test
    void aStepReopenedByHandIsNotCompletedAgainByTheChain() {
        OpportunityState reopenedByHand = given(bothAutomatic,
                new WinStepReopened(ID, ACCOUNT, 2, "the evaluator has no say", false, "alice", NOW));

        assertThat(WinSteps.changes(reopenedByHand, chain(30, 0, DM_AND_EVALUATOR, 64.0, 0), NOW)).isEmpty();
    }

    @Test
    void aStepReopenedAutomaticallyCompletesItselfAgain() {
        OpportunityState reopened = given(bothAutomatic,
                autoReopened(2, "the chain no longer has an EVALUATOR"));

        assertThat(WinSteps.changes(reopened, chain(30, 0, DM_AND_EVALUATOR, 64.0, 0), NOW))
                .containsExactly(auto(2, "decision maker and evaluator in the chain"));
    }

    @Test
    void nothingHeardOfTheChainChangesNoStep() {
        assertThat(WinSteps.changes(bothAutomatic, ChainFacts.UNKNOWN, NOW)).isEmpty();
    }

    @Test
    void onlyStepsTwoAndThreeHaveAnAutomaticRule() {
        assertThat(WinSteps.AUTOMATIC).containsExactly(WinStep.MAP_DECISION_CHAIN, WinStep.DEVELOP_COACH_AND_SUPPORTERS);
        assertThatThrownBy(() -> WinSteps.holds(WinStep.QUALIFY_OPPORTUNITY, chain(90, 90, DM_AND_EVALUATOR, 90.0, 5)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
