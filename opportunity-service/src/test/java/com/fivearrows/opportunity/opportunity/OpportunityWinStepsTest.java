package com.fivearrows.opportunity.opportunity;

import static com.fivearrows.opportunity.opportunity.Fixtures.ACCOUNT;
import static com.fivearrows.opportunity.opportunity.Fixtures.COACH;
import static com.fivearrows.opportunity.opportunity.Fixtures.DECISION_MAKER;
import static com.fivearrows.opportunity.opportunity.Fixtures.EVALUATOR;
import static com.fivearrows.opportunity.opportunity.Fixtures.ID;
import static com.fivearrows.opportunity.opportunity.Fixtures.NOW;
import static com.fivearrows.opportunity.opportunity.Fixtures.OPPORTUNITY;
import static com.fivearrows.opportunity.opportunity.Fixtures.after;
import static com.fivearrows.opportunity.opportunity.Fixtures.chain;
import static com.fivearrows.opportunity.opportunity.Fixtures.fieldErrors;
import static com.fivearrows.opportunity.opportunity.Fixtures.fields;
import static com.fivearrows.opportunity.opportunity.Fixtures.inStage;
import static com.fivearrows.opportunity.opportunity.Fixtures.opened;
import static com.fivearrows.opportunity.opportunity.Fixtures.unmetRules;
import static org.assertj.core.api.Assertions.assertThat;

import com.fivearrows.opportunity.opportunity.OpportunityCommand.ApplyChainFacts;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.CompleteWinStep;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.ReopenWinStep;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.ForecastCategoryChanged;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.OpportunityGraded;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.WinStepCompleted;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.WinStepReopened;
import com.fivearrows.opportunity.opportunity.OpportunityState.StepStatus;
import com.fivearrows.platform.domain.FieldError;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpportunityWinStepsTest {
    static final Set<String> DM_EVALUATOR_COACH = Set.of(DECISION_MAKER, EVALUATOR, COACH);
    static final WinStepCompleted STEP_2_AUTO =
            new WinStepCompleted(ID, ACCOUNT, 2, "decision maker and evaluator in the chain", true, null, NOW);

    static List<OpportunityEvent> decide(OpportunityState state, OpportunityCommand command) {
        return OPPORTUNITY.decide(command, state);
    }

    static ApplyChainFacts apply(ChainFacts chain) {
        return new ApplyChainFacts(ID, chain, NOW);
    }

    @Test
    void chainFactsCompleteStepsTwoAndThreeThenRegrade() {
        OpportunityState state = inStage("SOLUTION", ChainFacts.UNKNOWN);

        List<OpportunityEvent> events = decide(state, apply(chain(55, 0, DM_EVALUATOR_COACH, 64.0, 0)));

        // SOLUTION with C 55 ≥ 50: B (was C), best case
        assertThat(events).containsExactly(
                STEP_2_AUTO,
                new WinStepCompleted(ID, ACCOUNT, 3, "coach at C 64.0", true, null, NOW),
                new OpportunityGraded(ID, ACCOUNT, Grade.B, Grade.C, "SOLUTION", 55.0, NOW),
                new ForecastCategoryChanged(ID, ACCOUNT, ForecastCategory.BEST_CASE, ForecastCategory.PIPELINE, false,
                        null, null, NOW));
        assertThat(OPPORTUNITY.fold(state, events).winSteps()).containsOnly(
                Map.entry(WinStep.MAP_DECISION_CHAIN, new StepStatus(true, true)),
                Map.entry(WinStep.DEVELOP_COACH_AND_SUPPORTERS, new StepStatus(true, true)));
    }

    @Test
    void chainFactsThatChangeNothingRecordNothing() {
        OpportunityState state = after(inStage("SOLUTION", ChainFacts.UNKNOWN), apply(chain(55, 0, DM_EVALUATOR_COACH, 64.0, 0)));

        assertThat(decide(state, apply(chain(56, 10, DM_EVALUATOR_COACH, 66.0, 1)))).isEmpty();
    }

    @Test
    void losingTheEvaluatorReopensStepTwoAndLowersTheGrade() {
        OpportunityState state = after(inStage("SOLUTION", ChainFacts.UNKNOWN), apply(chain(55, 0, DM_EVALUATOR_COACH, 64.0, 0)));

        // SOLUTION with C 48 < 50: back to C, pipeline
        assertThat(decide(state, apply(chain(48, 0, Set.of(DECISION_MAKER, COACH), 64.0, 0)))).containsExactly(
                new WinStepReopened(ID, ACCOUNT, 2, "the chain no longer has an EVALUATOR", true, null, NOW),
                new OpportunityGraded(ID, ACCOUNT, Grade.C, Grade.B, "SOLUTION", 48.0, NOW),
                new ForecastCategoryChanged(ID, ACCOUNT, ForecastCategory.PIPELINE, ForecastCategory.BEST_CASE, false,
                        null, null, NOW));
    }

    @Test
    void theGradeTurnsAAtBidWithACompositeOfSeventyNotSixtyNineNinetyNine() {
        OpportunityState state = inStage("BID", ChainFacts.UNKNOWN);

        List<OpportunityEvent> justShort = decide(state, apply(chain(69.99, 0, Set.of(), null, 0)));
        // BID with C 69.99: ≥ 50 but < 70, B
        assertThat(justShort).containsExactly(
                new OpportunityGraded(ID, ACCOUNT, Grade.B, Grade.C, "BID", 69.99, NOW),
                new ForecastCategoryChanged(ID, ACCOUNT, ForecastCategory.BEST_CASE, ForecastCategory.PIPELINE, false,
                        null, null, NOW));
        state = OPPORTUNITY.fold(state, justShort);

        assertThat(decide(state, apply(chain(70, 0, Set.of(), null, 0)))).containsExactly(
                new OpportunityGraded(ID, ACCOUNT, Grade.A, Grade.B, "BID", 70.0, NOW),
                new ForecastCategoryChanged(ID, ACCOUNT, ForecastCategory.COMMIT, ForecastCategory.BEST_CASE, false,
                        null, null, NOW));
    }

    @Test
    void theGradeTurnsBAtSolutionWithACompositeOfFiftyNotFortyNineNinetyNine() {
        OpportunityState state = inStage("SOLUTION", ChainFacts.UNKNOWN);

        assertThat(decide(state, apply(chain(49.99, 0, Set.of(), null, 0)))).isEmpty();
        assertThat(decide(state, apply(chain(50, 0, Set.of(), null, 0)))).containsExactly(
                new OpportunityGraded(ID, ACCOUNT, Grade.B, Grade.C, "SOLUTION", 50.0, NOW),
                new ForecastCategoryChanged(ID, ACCOUNT, ForecastCategory.BEST_CASE, ForecastCategory.PIPELINE, false,
                        null, null, NOW));
    }

    @Test
    void aSellerCompletesAStepByHandWithEvidence() {
        assertThat(decide(opened(), new CompleteWinStep(ID, WinStep.QUALIFY_OPPORTUNITY, "budget confirmed by the CFO",
                "alice", NOW))).containsExactly(
                new WinStepCompleted(ID, ACCOUNT, 1, "budget confirmed by the CFO", false, "alice", NOW));
    }

    @Test
    void aStepCompletedByHandIsNotReopenedByTheChain() {
        OpportunityState state = after(inStage("SOLUTION", ChainFacts.UNKNOWN),
                new CompleteWinStep(ID, WinStep.MAP_DECISION_CHAIN, "org chart walked through with the CIO", "alice", NOW));

        assertThat(decide(state, apply(chain(30, 0, Set.of(), null, 0)))).isEmpty();
    }

    @Test
    void completingByHandAStepTheChainCompletedMakesItTheSellers() {
        OpportunityState auto = after(opened(), apply(chain(30, 0, Set.of(DECISION_MAKER, EVALUATOR), null, 0)));

        List<OpportunityEvent> events = decide(auto, new CompleteWinStep(ID, WinStep.MAP_DECISION_CHAIN,
                "org chart walked through with the CIO", "alice", NOW));

        assertThat(events).containsExactly(new WinStepCompleted(ID, ACCOUNT, 2, "org chart walked through with the CIO",
                false, "alice", NOW));
        OpportunityState byHand = OPPORTUNITY.fold(auto, events);
        assertThat(decide(byHand, apply(chain(30, 0, Set.of(), null, 0)))).isEmpty();
    }

    @Test
    void aStepCompletedByHandIsNotCompletedTwice() {
        OpportunityState state = after(opened(),
                new CompleteWinStep(ID, WinStep.QUALIFY_OPPORTUNITY, "budget confirmed", "alice", NOW));

        assertThat(unmetRules(() -> decide(state,
                new CompleteWinStep(ID, WinStep.QUALIFY_OPPORTUNITY, "budget confirmed again", "bob", NOW))))
                .containsExactly("win step 1 is already completed");
    }

    @Test
    void aSellerReopensACompletedStepWithAReason() {
        OpportunityState state = after(opened(),
                new CompleteWinStep(ID, WinStep.QUALIFY_OPPORTUNITY, "budget confirmed", "alice", NOW));

        assertThat(decide(state, new ReopenWinStep(ID, WinStep.QUALIFY_OPPORTUNITY, "budget withdrawn", "alice", NOW)))
                .containsExactly(new WinStepReopened(ID, ACCOUNT, 1, "budget withdrawn", false, "alice", NOW));
        assertThat(unmetRules(() -> decide(state,
                new ReopenWinStep(ID, WinStep.SHAPE_REQUIREMENTS, "not there yet", "alice", NOW))))
                .containsExactly("win step 4 is not completed");
    }

    @Test
    void aStepReopenedByHandIsNotCompletedAgainByTheChain() {
        OpportunityState auto = after(opened(), apply(chain(30, 0, Set.of(DECISION_MAKER, EVALUATOR), null, 0)));
        OpportunityState reopened = after(auto,
                new ReopenWinStep(ID, WinStep.MAP_DECISION_CHAIN, "the evaluator has no say", "alice", NOW));

        assertThat(decide(reopened, apply(chain(31, 0, Set.of(DECISION_MAKER, EVALUATOR), null, 0)))).isEmpty();
        assertThat(reopened.stepCompleted(WinStep.MAP_DECISION_CHAIN)).isFalse();
    }

    @Test
    void evidenceIsRequiredAndAtMostFourThousandCharacters() {
        assertThat(fields(() -> decide(opened(), new CompleteWinStep(ID, null, " ", null, NOW))))
                .containsExactly("step", "evidence", "by");
        assertThat(fieldErrors(() -> decide(opened(),
                new CompleteWinStep(ID, WinStep.QUALIFY_OPPORTUNITY, "e".repeat(4001), "alice", NOW))))
                .containsExactly(new FieldError("evidence", "must be at most 4000 characters"));
        assertThat(decide(opened(), new CompleteWinStep(ID, WinStep.QUALIFY_OPPORTUNITY, "e".repeat(4000), "alice", NOW)))
                .hasSize(1);
    }

    @Test
    void chainFactsMustSayWhenTheChainWasEvaluated() {
        assertThat(fieldErrors(() -> decide(opened(), apply(null))))
                .containsExactly(new FieldError("chain", "is required"));
        assertThat(fields(() -> decide(opened(), apply(ChainFacts.UNKNOWN)))).containsExactly("chain.evaluatedAt");
    }
}
