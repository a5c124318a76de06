package com.fivearrows.opportunity.opportunity;

import static com.fivearrows.opportunity.opportunity.Fixtures.ACCOUNT;
import static com.fivearrows.opportunity.opportunity.Fixtures.ID;
import static com.fivearrows.opportunity.opportunity.Fixtures.NOW;
import static com.fivearrows.opportunity.opportunity.Fixtures.OPPORTUNITY;
import static com.fivearrows.opportunity.opportunity.Fixtures.after;
import static com.fivearrows.opportunity.opportunity.Fixtures.fieldErrors;
import static com.fivearrows.opportunity.opportunity.Fixtures.fields;
import static com.fivearrows.opportunity.opportunity.Fixtures.inStage;
import static com.fivearrows.opportunity.opportunity.Fixtures.mapped;
import static com.fivearrows.opportunity.opportunity.Fixtures.opened;
import static org.assertj.core.api.Assertions.assertThat;

import com.fivearrows.opportunity.opportunity.OpportunityCommand.ApplyChainFacts;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.OverrideForecastCategory;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.ForecastCategoryChanged;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.OpportunityGraded;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.WinStepCompleted;
import com.fivearrows.platform.domain.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpportunityForecastCategoryTest {

    static OverrideForecastCategory pin(ForecastCategory category, String reason) {
        return new OverrideForecastCategory(ID, category, reason, "alice", NOW);
    }

    static List<OpportunityEvent> decide(OpportunityState state, OpportunityCommand command) {
        return OPPORTUNITY.decide(command, state);
    }

    @Test
    void aSellerPinsACategoryWithAReason() {
        List<OpportunityEvent> events = decide(opened(), pin(ForecastCategory.COMMIT, "verbal award from the CFO"));

        assertThat(events).containsExactly(new ForecastCategoryChanged(ID, ACCOUNT, ForecastCategory.COMMIT,
                ForecastCategory.PIPELINE, true, "verbal award from the CFO", "alice", NOW));
        OpportunityState state = OPPORTUNITY.fold(opened(), events);
        assertThat(state.category()).isEqualTo(ForecastCategory.COMMIT);
        assertThat(state.categoryOverridden()).isTrue();
    }

    @Test
    void omittedMayBeChosenWhileOpen() {
        assertThat(decide(opened(), pin(ForecastCategory.OMITTED, "customer went quiet"))).containsExactly(
                new ForecastCategoryChanged(ID, ACCOUNT, ForecastCategory.OMITTED, ForecastCategory.PIPELINE, true,
                        "customer went quiet", "alice", NOW));
    }

    @Test
    void closedIsNotTheSellersToChoose() {
        assertThat(fieldErrors(() -> decide(opened(), pin(ForecastCategory.CLOSED, "signed")))).containsExactly(
                new FieldError("category",
                        "must be COMMIT, BEST_CASE, PIPELINE or OMITTED, or none to go back to the derived category"));
    }

    @Test
    void aPinNeedsAReasonAndASeller() {
        assertThat(fields(() -> decide(opened(), new OverrideForecastCategory(ID, ForecastCategory.COMMIT, " ", null, NOW))))
                .containsExactly("reason", "seller");
    }

    @Test
    void aPinnedCategoryNoLongerFollowsTheGrade() {
        OpportunityState pinned = after(inStage("SOLUTION", ChainFacts.UNKNOWN),
                pin(ForecastCategory.PIPELINE, "too early to call"));

        // SOLUTION with C 55: B, which would derive BEST_CASE; pinned, the category stays
        assertThat(decide(pinned, new ApplyChainFacts(ID, mapped(55), NOW))).containsExactly(
                new WinStepCompleted(ID, ACCOUNT, 2, "decision maker and evaluator in the chain", true, null, NOW),
                new OpportunityGraded(ID, ACCOUNT, Grade.B, Grade.C, "SOLUTION", 55.0, NOW));
    }

    @Test
    void unpinningGoesBackToTheCategoryTheGradeDerives() {
        OpportunityState pinned = after(opened(), pin(ForecastCategory.COMMIT, "verbal award"));

        List<OpportunityEvent> events = decide(pinned, pin(null, null));

        // grade D derives PIPELINE
        assertThat(events).containsExactly(new ForecastCategoryChanged(ID, ACCOUNT, ForecastCategory.PIPELINE,
                ForecastCategory.COMMIT, false, null, null, NOW));
        assertThat(OPPORTUNITY.fold(pinned, events).categoryOverridden()).isFalse();
    }

    @Test
    void unpinningWhatIsNotPinnedChangesNothing() {
        assertThat(decide(opened(), pin(null, null))).isEmpty();
    }

    @Test
    void pinningTheSameCategoryAgainChangesNothing() {
        OpportunityState pinned = after(opened(), pin(ForecastCategory.COMMIT, "verbal award"));

        assertThat(decide(pinned, pin(ForecastCategory.COMMIT, "still a verbal award"))).isEmpty();
    }

    @Test
    void pinningTheDerivedCategoryStopsItFollowingTheGrade() {
        List<OpportunityEvent> events = decide(opened(), pin(ForecastCategory.PIPELINE, "not before the budget round"));

        assertThat(events).containsExactly(new ForecastCategoryChanged(ID, ACCOUNT, ForecastCategory.PIPELINE,
                ForecastCategory.PIPELINE, true, "not before the budget round", "alice", NOW));
    }
}
