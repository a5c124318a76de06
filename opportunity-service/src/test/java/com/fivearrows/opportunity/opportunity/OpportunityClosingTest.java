package com.fivearrows.opportunity.opportunity;

import static com.fivearrows.opportunity.opportunity.Fixtures.ACCOUNT;
import static com.fivearrows.opportunity.opportunity.Fixtures.AMOUNT;
import static com.fivearrows.opportunity.opportunity.Fixtures.CLOSE;
import static com.fivearrows.opportunity.opportunity.Fixtures.ID;
import static com.fivearrows.opportunity.opportunity.Fixtures.NOW;
import static com.fivearrows.opportunity.opportunity.Fixtures.OPPORTUNITY;
import static com.fivearrows.opportunity.opportunity.Fixtures.after;
import static com.fivearrows.opportunity.opportunity.Fixtures.fieldErrors;
import static com.fivearrows.opportunity.opportunity.Fixtures.inStage;
import static com.fivearrows.opportunity.opportunity.Fixtures.mapped;
import static com.fivearrows.opportunity.opportunity.Fixtures.opened;
import static com.fivearrows.opportunity.opportunity.Fixtures.unmetRules;
import static org.assertj.core.api.Assertions.assertThat;

import com.fivearrows.opportunity.opportunity.OpportunityCommand.Abandon;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.AdvanceStage;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.ApplyChainFacts;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.AttachTactic;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.ChangeAmount;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.ChangeDetails;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.ChangeTeam;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.CloseLost;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.CloseWon;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.CompleteWinStep;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.DetachTactic;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.OverrideForecastCategory;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.OverrideGate;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.RegisterProposal;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.RegressStage;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.ReopenWinStep;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.ForecastCategoryChanged;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.OpportunityAbandoned;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.OpportunityLost;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.OpportunityWon;
import com.fivearrows.platform.domain.FieldError;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OpportunityClosingTest {
    static final String CLOSED_AS_LOST = "the opportunity is closed as LOST and does not change any more";

    static List<OpportunityEvent> decide(OpportunityState state, OpportunityCommand command) {
        return OPPORTUNITY.decide(command, state);
    }

    static OpportunityState lost() {
        return after(opened(), new CloseLost(ID, "price", "Globex", NOW));
    }

    static OpportunityState won() {
        return after(opened(), new CloseWon(ID, "awarded", NOW));
    }

    @Test
    void winningKeepsTheGradeAndMovesTheCategoryToClosed() {
        // reached with C 75: BID and C ≥ 70 is A, committed
        OpportunityState state = inStage("BID", mapped(75));

        List<OpportunityEvent> events = decide(state, new CloseWon(ID, "bid result: awarded", NOW));

        assertThat(events).containsExactly(
                new OpportunityWon(ID, ACCOUNT, AMOUNT, NOW, "bid result: awarded"),
                new ForecastCategoryChanged(ID, ACCOUNT, ForecastCategory.CLOSED, ForecastCategory.COMMIT, false, null,
                        null, NOW));
        OpportunityState closed = OPPORTUNITY.fold(state, events);
        assertThat(closed.closed()).isTrue();
        assertThat(closed.outcome()).isEqualTo("WON");
        assertThat(closed.grade()).isEqualTo(Grade.A);
        assertThat(closed.category()).isEqualTo(ForecastCategory.CLOSED);
    }

    @Test
    void aWinNeedsNoReasonAndABlankOneIsRecordedAsNone() {
        assertThat(decide(opened(), new CloseWon(ID, null, NOW)).get(0))
                .isEqualTo(new OpportunityWon(ID, ACCOUNT, AMOUNT, NOW, null));
        assertThat(decide(opened(), new CloseWon(ID, "  ", NOW)).get(0))
                .isEqualTo(new OpportunityWon(ID, ACCOUNT, AMOUNT, NOW, null));
    }

    @Test
    void losingMovesTheCategoryToOmitted() {
        assertThat(decide(opened(), new CloseLost(ID, "price", "Globex", NOW))).containsExactly(
                new OpportunityLost(ID, ACCOUNT, AMOUNT, NOW, "price", "Globex"),
                new ForecastCategoryChanged(ID, ACCOUNT, ForecastCategory.OMITTED, ForecastCategory.PIPELINE, false,
                        null, null, NOW));
        assertThat(lost().outcome()).isEqualTo("LOST");
    }

    @Test
    void aLossNeedsAReasonButNotACompetitor() {
        assertThat(fieldErrors(() -> decide(opened(), new CloseLost(ID, " ", null, NOW))))
                .containsExactly(new FieldError("reason", "is required"));
        assertThat(decide(opened(), new CloseLost(ID, "price", " ", NOW)).get(0))
                .isEqualTo(new OpportunityLost(ID, ACCOUNT, AMOUNT, NOW, "price", null));
    }

    @Test
    void abandoningNeedsAReasonAndMovesTheCategoryToOmitted() {
        assertThat(decide(opened(), new Abandon(ID, "the customer stopped the project", NOW))).containsExactly(
                new OpportunityAbandoned(ID, ACCOUNT, NOW, "the customer stopped the project"),
                new ForecastCategoryChanged(ID, ACCOUNT, ForecastCategory.OMITTED, ForecastCategory.PIPELINE, false,
                        null, null, NOW));
        assertThat(fieldErrors(() -> decide(opened(), new Abandon(ID, null, NOW))))
                .containsExactly(new FieldError("reason", "is required"));
    }

    @Test
    void winningOrLosingAgainTheSameWayChangesNothing() {
        assertThat(decide(won(), new CloseWon(ID, "bid result redelivered", NOW))).isEmpty();
        assertThat(decide(lost(), new CloseLost(ID, "bid result redelivered", null, NOW))).isEmpty();
    }

    @Test
    void closingAgainAnotherWayIsRefused() {
        assertThat(unmetRules(() -> decide(won(), new CloseLost(ID, "price", null, NOW))))
                .containsExactly("the opportunity is closed as WON and does not change any more");
        assertThat(unmetRules(() -> decide(lost(), new CloseWon(ID, null, NOW)))).containsExactly(CLOSED_AS_LOST);
        assertThat(unmetRules(() -> decide(lost(), new Abandon(ID, "gave up", NOW)))).containsExactly(CLOSED_AS_LOST);
    }

    @Test
    void abandoningTwiceIsRefused() {
        OpportunityState abandoned = after(opened(), new Abandon(ID, "gave up", NOW));

        assertThat(unmetRules(() -> decide(abandoned, new Abandon(ID, "gave up", NOW))))
                .containsExactly("the opportunity is closed as ABANDONED and does not change any more");
    }

    @Test
    void aClosedOpportunityRefusesEveryChange() {
        UUID tactic = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
        List<OpportunityCommand> commands = List.of(
                new ChangeDetails(ID, "ERP rollout, phase 2", CLOSE, NOW),
                new ChangeAmount(ID, Money.of("90000", "EUR"), NOW),
                new ChangeTeam(ID, "carol", List.of(), NOW),
                new AdvanceStage(ID, "QUALIFY", null, true, NOW),
                new OverrideGate(ID, "QUALIFY", "reopen", "maria", null, true, NOW),
                new RegressStage(ID, "IDENTIFY", "reopen", null, NOW),
                new RegisterProposal(ID, UUID.randomUUID(), "BID", "T-2026-17", NOW),
                new CompleteWinStep(ID, WinStep.QUALIFY_OPPORTUNITY, "budget confirmed", "alice", NOW),
                new ReopenWinStep(ID, WinStep.QUALIFY_OPPORTUNITY, "budget withdrawn", "alice", NOW),
                new OverrideForecastCategory(ID, ForecastCategory.COMMIT, "sure thing", "alice", NOW),
                new AttachTactic(ID, tactic, WinStep.SHAPE_REQUIREMENTS, "alice", NOW),
                new DetachTactic(ID, tactic, NOW));

        for (OpportunityCommand command : commands) {
            assertThat(unmetRules(() -> decide(lost(), command))).as(command.getClass().getSimpleName())
                    .containsExactly(CLOSED_AS_LOST);
        }
    }

    @Test
    void chainFactsForAClosedOpportunityChangeNothing() {
        assertThat(decide(won(), new ApplyChainFacts(ID, mapped(90), NOW))).isEmpty();
    }

    @Test
    void closingLiftsASellersPinnedCategory() {
        OpportunityState pinned = after(opened(),
                new OverrideForecastCategory(ID, ForecastCategory.COMMIT, "verbal award", "alice", NOW));

        assertThat(decide(pinned, new CloseLost(ID, "price", null, NOW))).endsWith(
                new ForecastCategoryChanged(ID, ACCOUNT, ForecastCategory.OMITTED, ForecastCategory.COMMIT, false,
                        null, null, NOW));
    }

    @Test
    void closingLiftsAPinEvenWhenTheCategoryStaysTheSame() {
        OpportunityState pinnedOmitted = after(opened(),
                new OverrideForecastCategory(ID, ForecastCategory.OMITTED, "customer went quiet", "alice", NOW));

        List<OpportunityEvent> events = decide(pinnedOmitted, new Abandon(ID, "customer stopped the project", NOW));

        assertThat(events).endsWith(new ForecastCategoryChanged(ID, ACCOUNT, ForecastCategory.OMITTED,
                ForecastCategory.OMITTED, false, null, null, NOW));
        assertThat(OPPORTUNITY.fold(pinnedOmitted, events).categoryOverridden()).isFalse();
    }
}
