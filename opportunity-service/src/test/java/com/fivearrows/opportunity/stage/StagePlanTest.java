package com.fivearrows.opportunity.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StagePlanTest {
    static final String ANCHORED = ": the gates and grades are anchored on QUALIFY, SOLUTION, BID and NEGOTIATE";
    static final String NAME_RULE = " must be 1 to 40 capital letters or '_', starting with a letter";

    final StagePlan defaults = StagePlan.defaults();
    /** The defaults with DEMO 50 between SOLUTION 40 and BID 60, and CONTRACT 90 after NEGOTIATE 80. */
    final StagePlan withDemo = plan(stage("IDENTIFY", 10), stage("QUALIFY", 20), stage("SOLUTION", 40),
            stage("DEMO", 50), stage("BID", 60), stage("NEGOTIATE", 80), stage("CONTRACT", 90));

    static Stage stage(String name, double probability) {
        return new Stage(name, probability);
    }

    static StagePlan plan(Stage... open) {
        return StagePlan.of(List.of(open));
    }

    @Test
    void theDefaultPlanIsIdentify10Qualify20Solution40Bid60Negotiate80AndHasNoProblems() {
        assertThat(defaults.open()).containsExactly(stage("IDENTIFY", 10), stage("QUALIFY", 20),
                stage("SOLUTION", 40), stage("BID", 60), stage("NEGOTIATE", 80));
        assertThat(defaults.problems()).isEmpty();
    }

    @Test
    void theClosedStagesAreWon100Lost0AndAbandoned0InEveryPlan() {
        for (StagePlan plan : List.of(defaults, withDemo)) {
            assertThat(plan.stage(StagePlan.WON)).contains(stage("WON", 100));
            assertThat(plan.stage(StagePlan.LOST)).contains(stage("LOST", 0));
            assertThat(plan.stage(StagePlan.ABANDONED)).contains(stage("ABANDONED", 0));
        }
        assertThat(defaults.stage("SOLUTION")).contains(stage("SOLUTION", 40));
        assertThat(defaults.stage("DEMO")).isEmpty();
    }

    @Test
    void anOpportunityOpensInTheFirstStageAndMovesThroughTheOpenStagesOneByOne() {
        assertThat(defaults.first()).isEqualTo(stage("IDENTIFY", 10));
        assertThat(defaults.next("IDENTIFY")).contains(stage("QUALIFY", 20));
        assertThat(defaults.next("QUALIFY")).contains(stage("SOLUTION", 40));
        assertThat(defaults.next("SOLUTION")).contains(stage("BID", 60));
        assertThat(defaults.next("BID")).contains(stage("NEGOTIATE", 80));
    }

    @Test
    void thereIsNoNextStageAfterTheLastOpenStageNorForClosedOrUnknownStages() {
        assertThat(defaults.next("NEGOTIATE")).isEmpty();
        assertThat(defaults.next("WON")).isEmpty();
        assertThat(defaults.next("LOST")).isEmpty();
        assertThat(defaults.next("ABANDONED")).isEmpty();
        assertThat(defaults.next("DEMO")).isEmpty();
        assertThat(defaults.next(null)).isEmpty();
    }

    @Test
    void orderCountsTheOpenStagesFromZeroAndPutsWonRightAfterTheLastOne() {
        assertThat(defaults.order("IDENTIFY")).isZero();
        assertThat(defaults.order("QUALIFY")).isEqualTo(1);
        assertThat(defaults.order("NEGOTIATE")).isEqualTo(4);
        // five open stages, 0..4, so WON is 5
        assertThat(defaults.order("WON")).isEqualTo(5);
    }

    @Test
    void lostAbandonedAndUnknownStagesHaveNoOrder() {
        assertThat(defaults.order("LOST")).isEqualTo(-1);
        assertThat(defaults.order("ABANDONED")).isEqualTo(-1);
        assertThat(defaults.order("DEMO")).isEqualTo(-1);
        assertThat(defaults.order(null)).isEqualTo(-1);
    }

    @Test
    void aStageHasReachedAnAnchorWhenItIsTheAnchorOrComesAfterIt() {
        assertThat(defaults.atLeast("BID", "BID")).isTrue();
        assertThat(defaults.atLeast("NEGOTIATE", "SOLUTION")).isTrue();
        assertThat(defaults.atLeast("SOLUTION", "BID")).isFalse();
        assertThat(defaults.atLeast("IDENTIFY", "QUALIFY")).isFalse();
        assertThat(defaults.atLeast("QUALIFY", "IDENTIFY")).isTrue();
    }

    @Test
    void wonHasReachedEveryOpenStageWhileLostAbandonedAndUnknownStagesHaveReachedNone() {
        for (String anchor : List.of("IDENTIFY", "QUALIFY", "SOLUTION", "BID", "NEGOTIATE")) {
            assertThat(defaults.atLeast("WON", anchor)).as("WON at least " + anchor).isTrue();
            assertThat(defaults.atLeast("LOST", anchor)).as("LOST at least " + anchor).isFalse();
            assertThat(defaults.atLeast("ABANDONED", anchor)).as("ABANDONED at least " + anchor).isFalse();
            assertThat(defaults.atLeast("DEMO", anchor)).as("DEMO at least " + anchor).isFalse();
        }
    }

    @Test
    void atLeastRejectsAnAnchorThatIsNotAnOpenStageOfThePlan() {
        assertThatThrownBy(() -> defaults.atLeast("BID", "DEMO"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DEMO is not an open stage of the plan");
        assertThatThrownBy(() -> defaults.atLeast("WON", "WON"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("WON is not an open stage of the plan");
    }

    @Test
    void theProbabilityOfAnOpenOrClosedStageIsItsWinChanceInPercent() {
        assertThat(defaults.probability("IDENTIFY")).isEqualTo(10.0);
        assertThat(defaults.probability("BID")).isEqualTo(60.0);
        assertThat(defaults.probability("NEGOTIATE")).isEqualTo(80.0);
        assertThat(defaults.probability("WON")).isEqualTo(100.0);
        assertThat(defaults.probability("LOST")).isZero();
        assertThat(defaults.probability("ABANDONED")).isZero();
    }

    @Test
    void theProbabilityOfAStageNotInThePlanIsRejected() {
        assertThatThrownBy(() -> defaults.probability("DEMO"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DEMO is not a stage of the plan");
    }

    @Test
    void onlyThePlansStagesAreOpenAndOnlyWonLostAndAbandonedAreClosed() {
        assertThat(defaults.isOpen("IDENTIFY")).isTrue();
        assertThat(defaults.isOpen("NEGOTIATE")).isTrue();
        assertThat(defaults.isOpen("WON")).isFalse();
        assertThat(defaults.isOpen("DEMO")).isFalse();
        assertThat(withDemo.isOpen("DEMO")).isTrue();

        assertThat(defaults.isClosed("WON")).isTrue();
        assertThat(defaults.isClosed("LOST")).isTrue();
        assertThat(defaults.isClosed("ABANDONED")).isTrue();
        assertThat(defaults.isClosed("NEGOTIATE")).isFalse();
        assertThat(defaults.isClosed("DEMO")).isFalse();
        assertThat(defaults.isClosed(null)).isFalse();
    }

    @Test
    void aStageInsertedBetweenSolutionAndBidAndOneAfterNegotiateAreWalkedThroughInOrder() {
        assertThat(withDemo.problems()).isEmpty();
        assertThat(withDemo.next("SOLUTION")).contains(stage("DEMO", 50));
        assertThat(withDemo.next("DEMO")).contains(stage("BID", 60));
        assertThat(withDemo.next("NEGOTIATE")).contains(stage("CONTRACT", 90));
        assertThat(withDemo.next("CONTRACT")).isEmpty();
        assertThat(withDemo.probability("DEMO")).isEqualTo(50.0);
        // IDENTIFY 0, QUALIFY 1, SOLUTION 2, DEMO 3, BID 4, NEGOTIATE 5, CONTRACT 6, so WON is 7
        assertThat(withDemo.order("DEMO")).isEqualTo(3);
        assertThat(withDemo.order("BID")).isEqualTo(4);
        assertThat(withDemo.order("WON")).isEqualTo(7);
        assertThat(withDemo.atLeast("DEMO", "SOLUTION")).isTrue();
        assertThat(withDemo.atLeast("DEMO", "BID")).isFalse();
        assertThat(withDemo.atLeast("CONTRACT", "NEGOTIATE")).isTrue();
        assertThat(withDemo.atLeast("WON", "CONTRACT")).isTrue();
    }

    @Test
    void thePlanKeepsItsOwnCopyOfTheStages() {
        List<Stage> given = new ArrayList<>(defaults.open());
        StagePlan plan = StagePlan.of(given);

        given.add(stage("CONTRACT", 90));

        assertThat(plan.open()).hasSize(5);
        assertThat(plan.next("NEGOTIATE")).isEmpty();
        assertThatThrownBy(() -> plan.open().add(stage("CONTRACT", 90)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aNameOtherThanCapitalLettersAndUnderscoresStartingWithALetterIsAProblem() {
        String forty = "A".repeat(40);
        String fortyOne = "A".repeat(41);
        StagePlan plan = plan(stage("IDENTIFY", 10), stage("QUALIFY", 20), stage("SOLUTION", 40),
                stage("Demo", 45), stage("PHASE_2", 46), stage("_EARLY", 47), stage("", 48), stage(fortyOne, 49),
                stage(forty, 50), stage("LATE_BID", 55), stage("BID", 60), stage("NEGOTIATE", 80));

        assertThat(plan.problems()).containsExactly(
                "stage 4: the name \"Demo\"" + NAME_RULE,
                "stage 5: the name \"PHASE_2\"" + NAME_RULE,
                "stage 6: the name \"_EARLY\"" + NAME_RULE,
                "stage 7: the name \"\"" + NAME_RULE,
                "stage 8: the name \"" + fortyOne + "\"" + NAME_RULE);
    }

    @Test
    void aStageNamedTwiceIsAProblem() {
        StagePlan plan = plan(stage("IDENTIFY", 10), stage("QUALIFY", 20), stage("SOLUTION", 40),
                stage("DEMO", 50), stage("DEMO", 55), stage("BID", 60), stage("NEGOTIATE", 80));

        assertThat(plan.problems()).containsExactly("stage DEMO appears twice");
    }

    @Test
    void aProbabilityOutside0To100IsAProblemWhile0And100AreAllowed() {
        StagePlan plan = plan(stage("IDENTIFY", -5), stage("QUALIFY", 20), stage("SOLUTION", 40),
                stage("BID", 60), stage("NEGOTIATE", 100.5), stage("CONTRACT", Double.NaN));

        assertThat(plan.problems()).containsExactly(
                "stage IDENTIFY: the probability -5.0 must be 0 to 100",
                "stage NEGOTIATE: the probability 100.5 must be 0 to 100",
                "stage CONTRACT: the probability NaN must be 0 to 100");
        assertThat(plan(stage("IDENTIFY", 0), stage("QUALIFY", 20), stage("SOLUTION", 40), stage("BID", 60),
                stage("NEGOTIATE", 100)).problems()).isEmpty();
    }

    @Test
    void aProbabilityBelowThatOfTheStageBeforeIsAProblemWhileAnEqualOneIsAllowed() {
        StagePlan plan = plan(stage("IDENTIFY", 20), stage("QUALIFY", 20), stage("SOLUTION", 40),
                stage("BID", 30), stage("NEGOTIATE", 80));

        assertThat(plan.problems()).containsExactly("stage BID: the probability 30.0 is below the 40.0 of SOLUTION"
                + " before it; probabilities must not decrease");
    }

    @Test
    void aPlanWithoutOneOfTheFourAnchorsIsAProblem() {
        StagePlan withoutBid = plan(stage("IDENTIFY", 10), stage("QUALIFY", 20), stage("SOLUTION", 40),
                stage("NEGOTIATE", 80));

        assertThat(withoutBid.problems()).containsExactly("the plan must contain BID" + ANCHORED);
    }

    @Test
    void aRepeatedAnchorWithAMissingOneIsNotAlsoCalledOutOfOrder() {
        StagePlan plan = StagePlan.of(List.of(new Stage("IDENTIFY", 10), new Stage("QUALIFY", 20),
                new Stage("SOLUTION", 40), new Stage("SOLUTION", 50), new Stage("NEGOTIATE", 80)));

        assertThat(plan.problems()).noneMatch(problem -> problem.contains("must come in that order"))
                .anyMatch(problem -> problem.startsWith("the plan must contain BID"));
    }

    @Test
    void anchorsOutOfOrderAreAProblemNamingTheOrderFound() {
        StagePlan plan = plan(stage("IDENTIFY", 10), stage("QUALIFY", 20), stage("BID", 40),
                stage("SOLUTION", 60), stage("NEGOTIATE", 80));

        assertThat(plan.problems()).containsExactly(
                "QUALIFY, SOLUTION, BID and NEGOTIATE must come in that order, not QUALIFY, BID, SOLUTION, NEGOTIATE");
    }

    @Test
    void aClosedStageCannotBeAnOpenOne() {
        StagePlan plan = plan(stage("LOST", 0), stage("IDENTIFY", 10), stage("QUALIFY", 20), stage("SOLUTION", 40),
                stage("BID", 60), stage("NEGOTIATE", 80), stage("WON", 100));

        assertThat(plan.problems()).containsExactly(
                "LOST is a closed stage and cannot be an open one",
                "WON is a closed stage and cannot be an open one");
    }

    @Test
    void qualifyCannotBeTheFirstStageBecauseItsGateWouldBeSkipped() {
        StagePlan plan = plan(stage("QUALIFY", 20), stage("SOLUTION", 40), stage("BID", 60), stage("NEGOTIATE", 80));

        assertThat(plan.problems()).containsExactly("QUALIFY must not be the first stage: an opportunity opens in"
                + " the first stage and would skip the gate to QUALIFY");
    }

    @Test
    void anEmptyPlanLacksEveryAnchor() {
        assertThat(StagePlan.of(List.of()).problems()).containsExactly(
                "the plan must contain QUALIFY" + ANCHORED,
                "the plan must contain SOLUTION" + ANCHORED,
                "the plan must contain BID" + ANCHORED,
                "the plan must contain NEGOTIATE" + ANCHORED);
    }

    @Test
    void everyProblemOfAPlanIsListedAtOnceStageByStageThenTheAnchors() {
        StagePlan plan = plan(stage("Identify", 10), stage("QUALIFY", 20), stage("BID", 60), stage("SOLUTION", 40),
                stage("NEGOTIATE", -5), stage("WON", 100), stage("DEMO", 100), stage("DEMO", 100));

        assertThat(plan.problems()).containsExactly(
                "stage 1: the name \"Identify\"" + NAME_RULE,
                "stage SOLUTION: the probability 40.0 is below the 60.0 of BID before it;"
                        + " probabilities must not decrease",
                "stage NEGOTIATE: the probability -5.0 must be 0 to 100",
                "WON is a closed stage and cannot be an open one",
                "stage DEMO appears twice",
                "QUALIFY, SOLUTION, BID and NEGOTIATE must come in that order, not QUALIFY, BID, SOLUTION, NEGOTIATE");
    }
}
