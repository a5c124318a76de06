package com.fivearrows.opportunity.opportunity;

import static com.fivearrows.opportunity.opportunity.Fixtures.ACCOUNT;
import static com.fivearrows.opportunity.opportunity.Fixtures.AMOUNT;
import static com.fivearrows.opportunity.opportunity.Fixtures.CLOSE;
import static com.fivearrows.opportunity.opportunity.Fixtures.DECISION_MAKER;
import static com.fivearrows.opportunity.opportunity.Fixtures.EVALUATOR;
import static com.fivearrows.opportunity.opportunity.Fixtures.ID;
import static com.fivearrows.opportunity.opportunity.Fixtures.NOW;
import static com.fivearrows.opportunity.opportunity.Fixtures.chain;
import static com.fivearrows.opportunity.opportunity.Fixtures.given;
import static com.fivearrows.opportunity.opportunity.Fixtures.mapped;
import static com.fivearrows.opportunity.opportunity.Fixtures.opened;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fivearrows.opportunity.opportunity.OpportunityEvent.AmountChanged;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.OpportunityDetailsChanged;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.ProposalRegistered;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.WinStepCompleted;
import com.fivearrows.opportunity.stage.Stage;
import com.fivearrows.opportunity.stage.StagePlan;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GatesTest {
    static final StagePlan PLAN = StagePlan.defaults();

    static WinStepCompleted completed(int step) {
        return new WinStepCompleted(ID, ACCOUNT, step, "done by hand", false, "alice", NOW);
    }

    static final OpportunityState STEPS_ONE_TO_THREE = given(opened(), completed(1), completed(2), completed(3));

    @Nested
    class ToQualify {
        @Test
        void isMetWithAnAmountACloseDateAndAKnownAccount() {
            assertThat(Gates.unmet("QUALIFY", opened(), ChainFacts.UNKNOWN, true, PLAN)).isEmpty();
        }

        @Test
        void needsAnAmountAboveZero() {
            OpportunityState state = given(opened(), new AmountChanged(ID, ACCOUNT, Money.of("0.00", "EUR"), AMOUNT, NOW));

            assertThat(Gates.unmet("QUALIFY", state, ChainFacts.UNKNOWN, true, PLAN))
                    .containsExactly("the amount must be above zero, is 0.00 EUR");
        }

        @Test
        void needsAnExpectedCloseDate() {
            OpportunityState state = given(opened(), new OpportunityDetailsChanged(ID, ACCOUNT, "ERP rollout", null, CLOSE, NOW));

            assertThat(Gates.unmet("QUALIFY", state, ChainFacts.UNKNOWN, true, PLAN))
                    .containsExactly("the expected close date must be set");
        }

        @Test
        void needsTheAccountKnownToAccountService() {
            assertThat(Gates.unmet("QUALIFY", opened(), ChainFacts.UNKNOWN, false, PLAN))
                    .containsExactly("the account acme-1 must be known to account-service");
        }

        @Test
        void listsEveryUnmetCriterionAtOnce() {
            OpportunityState state = given(opened(),
                    new AmountChanged(ID, ACCOUNT, Money.of("0", "USD"), AMOUNT, NOW),
                    new OpportunityDetailsChanged(ID, ACCOUNT, "ERP rollout", null, CLOSE, NOW));

            assertThat(Gates.unmet("QUALIFY", state, ChainFacts.UNKNOWN, false, PLAN)).containsExactly(
                    "the amount must be above zero, is 0 USD",
                    "the expected close date must be set",
                    "the account acme-1 must be known to account-service");
        }
    }

    @Nested
    class ToSolution {
        final OpportunityState stepOneDone = given(opened(), completed(1));

        @Test
        void isMetWithADecisionMakerAnEvaluatorAndWinStepOne() {
            assertThat(Gates.unmet("SOLUTION", stepOneDone, mapped(0), true, PLAN)).isEmpty();
        }

        @Test
        void needsADecisionMakerInTheChain() {
            assertThat(Gates.unmet("SOLUTION", stepOneDone, chain(80, 80, Set.of(EVALUATOR), null, 0), true, PLAN))
                    .containsExactly("the decision chain must have a DECISION_MAKER");
        }

        @Test
        void needsAnEvaluatorInTheChain() {
            assertThat(Gates.unmet("SOLUTION", stepOneDone, chain(80, 80, Set.of(DECISION_MAKER), null, 0), true, PLAN))
                    .containsExactly("the decision chain must have an EVALUATOR");
        }

        @Test
        void needsWinStepOne() {
            assertThat(Gates.unmet("SOLUTION", opened(), mapped(0), true, PLAN))
                    .containsExactly("win step 1 (qualify the opportunity) must be completed");
        }

        @Test
        void listsEveryUnmetCriterionAtOnce() {
            assertThat(Gates.unmet("SOLUTION", opened(), ChainFacts.UNKNOWN, true, PLAN)).containsExactly(
                    "the decision chain must have a DECISION_MAKER",
                    "the decision chain must have an EVALUATOR",
                    "win step 1 (qualify the opportunity) must be completed");
        }
    }

    @Nested
    class ToBid {
        @Test
        void isMetWithACompositeOfFortyAndWinStepsOneToThree() {
            assertThat(Gates.unmet("BID", STEPS_ONE_TO_THREE, mapped(40), true, PLAN)).isEmpty();
        }

        @Test
        void needsACompositeOfFortyAndSaysTheCurrentOne() {
            assertThat(Gates.unmet("BID", STEPS_ONE_TO_THREE, mapped(35.2), true, PLAN))
                    .containsExactly("the decision chain's composite closeness must be at least 40, is 35.2");
        }

        @Test
        void aCompositeJustShortOfFortyIsNotShownAsForty() {
            // 39.96 rounded to one decimal would read 40.0, which contradicts the refusal: it is shown as 39.9
            assertThat(Gates.unmet("BID", STEPS_ONE_TO_THREE, mapped(39.96), true, PLAN))
                    .containsExactly("the decision chain's composite closeness must be at least 40, is 39.9");
        }

        @Test
        void aCompositeShortOfFortyOnlyByFloatingPointNoiseCountsAsForty() {
            assertThat(Gates.unmet("BID", STEPS_ONE_TO_THREE, mapped(39.9999999999), true, PLAN)).isEmpty();
        }

        @Test
        void saysSoWhenNothingIsKnownOfTheChain() {
            assertThat(Gates.unmet("BID", STEPS_ONE_TO_THREE, ChainFacts.UNKNOWN, true, PLAN))
                    .containsExactly("the decision chain's composite closeness must be at least 40, is not known yet");
        }

        @Test
        void needsEachOfWinStepsOneTwoAndThree() {
            assertThat(Gates.unmet("BID", given(opened(), completed(2), completed(3)), mapped(50), true, PLAN))
                    .containsExactly("win step 1 (qualify the opportunity) must be completed");
            assertThat(Gates.unmet("BID", given(opened(), completed(1), completed(3)), mapped(50), true, PLAN))
                    .containsExactly("win step 2 (map the decision chain) must be completed");
            assertThat(Gates.unmet("BID", given(opened(), completed(1), completed(2)), mapped(50), true, PLAN))
                    .containsExactly("win step 3 (develop a coach and supporters) must be completed");
        }

        @Test
        void listsEveryUnmetCriterionAtOnce() {
            assertThat(Gates.unmet("BID", opened(), mapped(12), true, PLAN)).containsExactly(
                    "the decision chain's composite closeness must be at least 40, is 12.0",
                    "win step 1 (qualify the opportunity) must be completed",
                    "win step 2 (map the decision chain) must be completed",
                    "win step 3 (develop a coach and supporters) must be completed");
        }
    }

    @Nested
    class ToNegotiate {
        final OpportunityState withBid = given(opened(),
                new ProposalRegistered(ID, ACCOUNT, UUID.randomUUID(), "BID", "T-2026-17", NOW));

        @Test
        void isMetWithAProposalAndASolutionAcceptanceOfFifty() {
            assertThat(Gates.unmet("NEGOTIATE", withBid, chain(45, 50, Set.of(), null, 0), true, PLAN)).isEmpty();
        }

        @Test
        void needsABidOrProposal() {
            assertThat(Gates.unmet("NEGOTIATE", opened(), chain(45, 50, Set.of(), null, 0), true, PLAN))
                    .containsExactly("a bid or proposal must be registered");
        }

        @Test
        void needsASolutionAcceptanceOfFiftyAndSaysTheCurrentOne() {
            assertThat(Gates.unmet("NEGOTIATE", withBid, chain(90, 42, Set.of(), null, 0), true, PLAN))
                    .containsExactly("the decision chain's solution acceptance must be at least 50, is 42.0");
        }

        @Test
        void listsEveryUnmetCriterionAtOnce() {
            assertThat(Gates.unmet("NEGOTIATE", opened(), chain(90, 49.99, Set.of(), null, 0), true, PLAN)).containsExactly(
                    "a bid or proposal must be registered",
                    "the decision chain's solution acceptance must be at least 50, is 49.9");
        }
    }

    @Test
    void theFirstStageAndInsertedStagesHaveNoGate() {
        StagePlan custom = StagePlan.of(List.of(new Stage("IDENTIFY", 10), new Stage("QUALIFY", 20),
                new Stage("SOLUTION", 40), new Stage("DEMO", 50), new Stage("BID", 60), new Stage("NEGOTIATE", 80)));

        assertThat(Gates.unmet("DEMO", opened(), ChainFacts.UNKNOWN, false, custom)).isEmpty();
        assertThat(Gates.unmet("IDENTIFY", opened(), ChainFacts.UNKNOWN, false, custom)).isEmpty();
    }

    @Test
    void thereIsNoGateToAStageOutsideTheOpenLine() {
        assertThatThrownBy(() -> Gates.unmet("WON", opened(), ChainFacts.UNKNOWN, true, PLAN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WON");
    }
}
