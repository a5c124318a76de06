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
import static com.fivearrows.opportunity.opportunity.Fixtures.given;
import static com.fivearrows.opportunity.opportunity.Fixtures.inStage;
import static com.fivearrows.opportunity.opportunity.Fixtures.mapped;
import static com.fivearrows.opportunity.opportunity.Fixtures.opened;
import static com.fivearrows.opportunity.opportunity.Fixtures.unmetRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fivearrows.opportunity.opportunity.OpportunityCommand.AdvanceStage;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.ApplyChainFacts;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.CompleteWinStep;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.OpenOpportunity;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.OverrideGate;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.RegisterProposal;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.RegressStage;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.ForecastCategoryChanged;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.GateOverridden;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.OpportunityGraded;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.StageAdvanced;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.StageRegressed;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.WinStepCompleted;
import com.fivearrows.platform.domain.FieldError;
import com.fivearrows.platform.domain.RuleViolated;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OpportunityStagesTest {
    static final Set<String> DM_EVALUATOR_COACH = Set.of(DECISION_MAKER, EVALUATOR, COACH);

    static AdvanceStage advance(String toStage, ChainFacts chain) {
        return new AdvanceStage(ID, toStage, chain, true, NOW);
    }

    static List<OpportunityEvent> decide(OpportunityState state, OpportunityCommand command) {
        return OPPORTUNITY.decide(command, state);
    }

    @Test
    void advancingToQualifyThroughItsGateGradesC() {
        assertThat(decide(opened(), advance("QUALIFY", null))).containsExactly(
                new StageAdvanced(ID, ACCOUNT, "IDENTIFY", "QUALIFY", 20, false, NOW),
                new OpportunityGraded(ID, ACCOUNT, Grade.C, Grade.D, "QUALIFY", null, NOW));
    }

    @Test
    void theGateToQualifyRefusesWithEveryUnmetCriterion() {
        OpportunityState state = after(OPPORTUNITY.initialState(), new OpenOpportunity(ID, ACCOUNT, "ERP rollout",
                "alice", null, Money.of("0", "EUR"), null, null, false, NOW));

        RuleViolated refusal = catchThrowableOfType(RuleViolated.class,
                () -> decide(state, new AdvanceStage(ID, "QUALIFY", null, false, NOW)));

        assertThat(refusal.unmetRules()).containsExactly(
                "the amount must be above zero, is 0 EUR",
                "the expected close date must be set",
                "the account acme-1 must be known to account-service");
        assertThat(refusal).hasMessageStartingWith("the gate to QUALIFY is not met: the amount must be above zero");
    }

    @Test
    void theGateToSolutionRefusesWithEveryUnmetCriterion() {
        assertThat(unmetRules(() -> decide(inStage("QUALIFY", ChainFacts.UNKNOWN), advance("SOLUTION", null))))
                .containsExactly(
                        "the decision chain must have a DECISION_MAKER",
                        "the decision chain must have an EVALUATOR",
                        "win step 1 (qualify the opportunity) must be completed");
    }

    @Test
    void theGateToBidRefusesWithEveryUnmetCriterion() {
        assertThat(unmetRules(() -> decide(inStage("SOLUTION", ChainFacts.UNKNOWN), advance("BID", null))))
                .containsExactly(
                        "the decision chain's composite closeness must be at least 40, is not known yet",
                        "win step 1 (qualify the opportunity) must be completed",
                        "win step 2 (map the decision chain) must be completed",
                        "win step 3 (develop a coach and supporters) must be completed");
    }

    @Test
    void theGateToNegotiateRefusesWithEveryUnmetCriterion() {
        assertThat(unmetRules(() -> decide(inStage("BID", ChainFacts.UNKNOWN),
                advance("NEGOTIATE", chain(45, 42, Set.of(), null, 0)))))
                .containsExactly(
                        "a bid or proposal must be registered",
                        "the decision chain's solution acceptance must be at least 50, is 42.0");
    }

    @Test
    void aWellWorkedOpportunityPassesEveryGateAndRisesToGradeA() {
        OpportunityState state = after(opened(), advance("QUALIFY", null));
        state = after(state, new CompleteWinStep(ID, WinStep.QUALIFY_OPPORTUNITY, "budget and timeline confirmed by the CFO",
                "alice", NOW));

        ChainFacts mappedWithCoach = chain(45, 30, DM_EVALUATOR_COACH, 64.0, 0);
        List<OpportunityEvent> applied = decide(state, new ApplyChainFacts(ID, mappedWithCoach, NOW));
        // steps 2 and 3 complete themselves; QUALIFY grades C whatever the chain, so no new grade
        assertThat(applied).containsExactly(
                new WinStepCompleted(ID, ACCOUNT, 2, "decision maker and evaluator in the chain", true, null, NOW),
                new WinStepCompleted(ID, ACCOUNT, 3, "coach at C 64.0", true, null, NOW));
        state = OPPORTUNITY.fold(state, applied);

        List<OpportunityEvent> toSolution = decide(state, advance("SOLUTION", mappedWithCoach));
        // SOLUTION with C 45 < 50: still C
        assertThat(toSolution).containsExactly(new StageAdvanced(ID, ACCOUNT, "QUALIFY", "SOLUTION", 40, false, NOW));
        state = OPPORTUNITY.fold(state, toSolution);

        ChainFacts closer = chain(55, 30, DM_EVALUATOR_COACH, 64.0, 0);
        List<OpportunityEvent> toBid = decide(state, advance("BID", closer));
        // BID with C 55: ≥ 50 but < 70, so B, counted as best case
        assertThat(toBid).containsExactly(
                new StageAdvanced(ID, ACCOUNT, "SOLUTION", "BID", 60, false, NOW),
                new OpportunityGraded(ID, ACCOUNT, Grade.B, Grade.C, "BID", 55.0, NOW),
                new ForecastCategoryChanged(ID, ACCOUNT, ForecastCategory.BEST_CASE, ForecastCategory.PIPELINE, false,
                        null, null, NOW));
        state = OPPORTUNITY.fold(state, toBid);
        state = after(state, new RegisterProposal(ID, UUID.randomUUID(), "BID", "T-2026-17", NOW));

        List<OpportunityEvent> toNegotiate = decide(state, advance("NEGOTIATE", chain(72, 50, DM_EVALUATOR_COACH, 64.0, 0)));
        // NEGOTIATE with C 72 ≥ 70: A, committed
        assertThat(toNegotiate).containsExactly(
                new StageAdvanced(ID, ACCOUNT, "BID", "NEGOTIATE", 80, false, NOW),
                new OpportunityGraded(ID, ACCOUNT, Grade.A, Grade.B, "NEGOTIATE", 72.0, NOW),
                new ForecastCategoryChanged(ID, ACCOUNT, ForecastCategory.COMMIT, ForecastCategory.BEST_CASE, false,
                        null, null, NOW));
        state = OPPORTUNITY.fold(state, toNegotiate);
        assertThat(state.stage()).isEqualTo("NEGOTIATE");
        assertThat(state.grade()).isEqualTo(Grade.A);
        assertThat(state.category()).isEqualTo(ForecastCategory.COMMIT);
    }

    @Test
    void winStepsTheAdvancesChainBearsOutCountForItsGate() {
        OpportunityState state = after(inStage("SOLUTION", ChainFacts.UNKNOWN),
                new CompleteWinStep(ID, WinStep.QUALIFY_OPPORTUNITY, "budget confirmed", "alice", NOW));

        assertThat(decide(state, advance("BID", chain(45, 0, DM_EVALUATOR_COACH, 64.0, 0)))).containsExactly(
                new WinStepCompleted(ID, ACCOUNT, 2, "decision maker and evaluator in the chain", true, null, NOW),
                new WinStepCompleted(ID, ACCOUNT, 3, "coach at C 64.0", true, null, NOW),
                new StageAdvanced(ID, ACCOUNT, "SOLUTION", "BID", 60, false, NOW));
    }

    @Test
    void anOpportunityAdvancesOneStageAtATime() {
        assertThat(unmetRules(() -> decide(opened(), advance("SOLUTION", null)))).containsExactly(
                "an opportunity advances one stage at a time: from IDENTIFY the next stage is QUALIFY, not SOLUTION");
    }

    @Test
    void advancingBackwardsIsRefusedAsARegress() {
        assertThat(unmetRules(() -> decide(inStage("SOLUTION", ChainFacts.UNKNOWN), advance("QUALIFY", null))))
                .containsExactly("QUALIFY does not come after SOLUTION: going back is a regress, with a reason");
    }

    @Test
    void advancingToTheCurrentStageIsRefused() {
        assertThat(unmetRules(() -> decide(opened(), advance("IDENTIFY", null))))
                .containsExactly("the opportunity is in IDENTIFY already");
    }

    @Test
    void aClosedStageIsReachedByClosingNotByAdvancing() {
        assertThat(unmetRules(() -> decide(inStage("NEGOTIATE", ChainFacts.UNKNOWN), advance("WON", null))))
                .containsExactly("WON is reached by closing the opportunity, not by advancing it");
    }

    @Test
    void anUnknownStageIsBadInput() {
        assertThat(fieldErrors(() -> decide(opened(), advance("DEMO", null)))).containsExactly(new FieldError("toStage",
                "is not a stage; the stages are IDENTIFY, QUALIFY, SOLUTION, BID, NEGOTIATE, WON, LOST, ABANDONED"));
        assertThat(fieldErrors(() -> decide(opened(), advance(" ", null))))
                .containsExactly(new FieldError("toStage", "is required"));
    }

    @Test
    void aManagerOverridingAnUnmetGateRecordsTheUnmetCriteriaThenTheAdvance() {
        OpportunityState state = inStage("SOLUTION", ChainFacts.UNKNOWN);
        ChainFacts distant = chain(35.2, 0, Set.of(), null, 0);

        List<OpportunityEvent> events = decide(state, new OverrideGate(ID, "BID", "the customer wants an early bid",
                "maria", distant, true, NOW));

        // BID with C 35.2 grades C, as SOLUTION did: no new grade
        assertThat(events).containsExactly(
                new GateOverridden(ID, ACCOUNT, "SOLUTION", "BID", List.of(
                        "the decision chain's composite closeness must be at least 40, is 35.2",
                        "win step 1 (qualify the opportunity) must be completed",
                        "win step 2 (map the decision chain) must be completed",
                        "win step 3 (develop a coach and supporters) must be completed"),
                        "the customer wants an early bid", "maria", NOW),
                new StageAdvanced(ID, ACCOUNT, "SOLUTION", "BID", 60, true, NOW));
        assertThat(OPPORTUNITY.fold(state, events).stage()).isEqualTo("BID");
    }

    @Test
    void overridingAGateThatIsMetIsAPlainAdvance() {
        assertThat(decide(opened(), new OverrideGate(ID, "QUALIFY", "just in case", "maria", null, true, NOW)))
                .containsExactly(
                        new StageAdvanced(ID, ACCOUNT, "IDENTIFY", "QUALIFY", 20, false, NOW),
                        new OpportunityGraded(ID, ACCOUNT, Grade.C, Grade.D, "QUALIFY", null, NOW));
    }

    @Test
    void anOverrideNeedsAReasonOfAtMostAThousandCharactersAndAManager() {
        assertThat(fields(() -> decide(opened(), new OverrideGate(ID, "QUALIFY", " ", null, null, true, NOW))))
                .containsExactly("reason", "manager");
        assertThat(fieldErrors(() -> decide(opened(),
                new OverrideGate(ID, "QUALIFY", "r".repeat(1001), "maria", null, true, NOW))))
                .containsExactly(new FieldError("reason", "must be at most 1000 characters"));
    }

    @Test
    void anOverrideStillAdvancesOneStageAtATime() {
        assertThat(unmetRules(() -> decide(opened(), new OverrideGate(ID, "BID", "skip ahead", "maria", null, true, NOW))))
                .containsExactly("an opportunity advances one stage at a time: from IDENTIFY the next stage is QUALIFY, not BID");
    }

    @Test
    void regressingGoesBackWithAReasonAndRegrades() {
        // reached with C 75: BID and C ≥ 70 is A, committed
        OpportunityState state = inStage("BID", mapped(75));
        assertThat(state.grade()).isEqualTo(Grade.A);

        List<OpportunityEvent> events = decide(state, new RegressStage(ID, "SOLUTION",
                "the customer reopened the requirements", mapped(75), NOW));

        // SOLUTION with C 75: B, best case
        assertThat(events).containsExactly(
                new StageRegressed(ID, ACCOUNT, "BID", "SOLUTION", 40, "the customer reopened the requirements", NOW),
                new OpportunityGraded(ID, ACCOUNT, Grade.B, Grade.A, "SOLUTION", 75.0, NOW),
                new ForecastCategoryChanged(ID, ACCOUNT, ForecastCategory.BEST_CASE, ForecastCategory.COMMIT, false,
                        null, null, NOW));
    }

    @Test
    void aRegressionMayGoBackSeveralStages() {
        assertThat(decide(inStage("NEGOTIATE", ChainFacts.UNKNOWN),
                new RegressStage(ID, "QUALIFY", "new decision maker", null, NOW)))
                .containsExactly(new StageRegressed(ID, ACCOUNT, "NEGOTIATE", "QUALIFY", 20, "new decision maker", NOW));
    }

    @Test
    void aRegressionNeedsAReason() {
        assertThat(fieldErrors(() -> decide(inStage("SOLUTION", ChainFacts.UNKNOWN),
                new RegressStage(ID, "QUALIFY", null, null, NOW))))
                .containsExactly(new FieldError("reason", "is required"));
    }

    @Test
    void aRegressionGoesOnlyToAnEarlierOpenStage() {
        OpportunityState state = inStage("SOLUTION", ChainFacts.UNKNOWN);

        assertThat(unmetRules(() -> decide(state, new RegressStage(ID, "BID", "why not", null, NOW))))
                .containsExactly("an opportunity goes back only to an earlier open stage: BID is not before SOLUTION");
        assertThat(unmetRules(() -> decide(state, new RegressStage(ID, "SOLUTION", "why not", null, NOW))))
                .containsExactly("an opportunity goes back only to an earlier open stage: SOLUTION is not before SOLUTION");
        assertThat(unmetRules(() -> decide(state, new RegressStage(ID, "LOST", "why not", null, NOW))))
                .containsExactly("an opportunity goes back only to an earlier open stage: LOST is not before SOLUTION");
        assertThat(fields(() -> decide(state, new RegressStage(ID, "DEMO", "why not", null, NOW))))
                .containsExactly("toStage");
    }

    @Test
    void aStageTheConfiguredPlanNoLongerHasIsLeftByARegression() {
        // reached under a plan that had DEMO between SOLUTION and BID; the default plan has no DEMO
        OpportunityState state = given(inStage("SOLUTION", ChainFacts.UNKNOWN),
                new StageAdvanced(ID, ACCOUNT, "SOLUTION", "DEMO", 50, false, NOW));

        assertThat(unmetRules(() -> decide(state, advance("BID", null)))).containsExactly(
                "the opportunity's stage DEMO is no longer in the stage plan: regress it to a stage of the plan first");
        List<OpportunityEvent> back = decide(state, new RegressStage(ID, "SOLUTION", "DEMO was retired", null, NOW));
        assertThat(back).containsExactly(new StageRegressed(ID, ACCOUNT, "DEMO", "SOLUTION", 40, "DEMO was retired", NOW));
    }
}
