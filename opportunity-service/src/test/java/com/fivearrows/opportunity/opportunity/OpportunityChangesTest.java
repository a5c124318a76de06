package com.fivearrows.opportunity.opportunity;

import static com.fivearrows.opportunity.opportunity.Fixtures.ACCOUNT;
import static com.fivearrows.opportunity.opportunity.Fixtures.AMOUNT;
import static com.fivearrows.opportunity.opportunity.Fixtures.CLOSE;
import static com.fivearrows.opportunity.opportunity.Fixtures.ID;
import static com.fivearrows.opportunity.opportunity.Fixtures.NOW;
import static com.fivearrows.opportunity.opportunity.Fixtures.OPPORTUNITY;
import static com.fivearrows.opportunity.opportunity.Fixtures.after;
import static com.fivearrows.opportunity.opportunity.Fixtures.fieldErrors;
import static com.fivearrows.opportunity.opportunity.Fixtures.fields;
import static com.fivearrows.opportunity.opportunity.Fixtures.opened;
import static com.fivearrows.opportunity.opportunity.Fixtures.unmetRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fivearrows.opportunity.opportunity.OpportunityCommand.AttachTactic;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.ChangeAmount;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.ChangeDetails;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.ChangeTeam;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.DetachTactic;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.OpenOpportunity;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.RegisterProposal;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.AmountChanged;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.OpportunityDetailsChanged;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.OpportunityTeamChanged;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.ProposalRegistered;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.TacticAttached;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.TacticDetached;
import com.fivearrows.opportunity.stage.Stage;
import com.fivearrows.opportunity.stage.StagePlan;
import com.fivearrows.platform.domain.FieldError;
import com.fivearrows.platform.eventsourcing.aggregate.EventCodec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OpportunityChangesTest {
    static final UUID PROPOSAL = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    static final UUID TACTIC = UUID.fromString("00000000-0000-0000-0000-0000000000e1");

    static List<OpportunityEvent> decide(OpportunityState state, OpportunityCommand command) {
        return OPPORTUNITY.decide(command, state);
    }

    @Test
    void changedDetailsAreRecordedWithThePreviousCloseDate() {
        LocalDate later = LocalDate.parse("2026-12-15");

        assertThat(decide(opened(), new ChangeDetails(ID, "ERP rollout, phase 1", later, NOW))).containsExactly(
                new OpportunityDetailsChanged(ID, ACCOUNT, "ERP rollout, phase 1", later, CLOSE, NOW));
    }

    @Test
    void detailsSentBackUnchangedRecordNothing() {
        assertThat(decide(opened(), new ChangeDetails(ID, "ERP rollout", CLOSE, NOW))).isEmpty();
    }

    @Test
    void theCloseDateMayBecomeUnknownAgain() {
        assertThat(decide(opened(), new ChangeDetails(ID, "ERP rollout", null, NOW))).containsExactly(
                new OpportunityDetailsChanged(ID, ACCOUNT, "ERP rollout", null, CLOSE, NOW));
    }

    @Test
    void aCloseDateThatHasPassedMayBeSentBackUnchangedButNotSetAnew() {
        LocalDate tenth = LocalDate.parse("2026-03-10");
        OpportunityState state = after(OPPORTUNITY.initialState(), new OpenOpportunity(ID, ACCOUNT, "ERP rollout",
                "alice", null, AMOUNT, tenth, null, true, NOW));
        Instant aMonthLater = NOW.plus(Duration.ofDays(30));

        assertThat(decide(state, new ChangeDetails(ID, "ERP rollout, phase 1", tenth, aMonthLater))).containsExactly(
                new OpportunityDetailsChanged(ID, ACCOUNT, "ERP rollout, phase 1", tenth, tenth, aMonthLater));
        // 30 days after 2 March is 1 April: 31 March has passed
        assertThat(fieldErrors(() -> decide(state,
                new ChangeDetails(ID, "ERP rollout", LocalDate.parse("2026-03-31"), aMonthLater))))
                .containsExactly(new FieldError("expectedCloseDate", "must not be before today, 2026-04-01 (UTC)"));
    }

    @Test
    void theNameStaysRequired() {
        assertThat(fields(() -> decide(opened(), new ChangeDetails(ID, null, CLOSE, NOW)))).containsExactly("name");
    }

    @Test
    void aChangedAmountIsRecordedWithThePreviousOne() {
        Money raised = Money.of("140000.00", "EUR");

        assertThat(decide(opened(), new ChangeAmount(ID, raised, NOW)))
                .containsExactly(new AmountChanged(ID, ACCOUNT, raised, AMOUNT, NOW));
        assertThat(after(opened(), new ChangeAmount(ID, raised, NOW)).amount()).isEqualTo(raised);
    }

    @Test
    void theSameAmountWrittenDifferentlyIsNoChange() {
        assertThat(decide(opened(), new ChangeAmount(ID, Money.of("125000", "EUR"), NOW))).isEmpty();
    }

    @Test
    void anotherCurrencyIsAChange() {
        Money dollars = Money.of("125000.00", "USD");

        assertThat(decide(opened(), new ChangeAmount(ID, dollars, NOW)))
                .containsExactly(new AmountChanged(ID, ACCOUNT, dollars, AMOUNT, NOW));
    }

    @Test
    void aChangedAmountIsCheckedLikeAnOpeningOne() {
        assertThat(fields(() -> decide(opened(), new ChangeAmount(ID, Money.of("-5", "Euro"), NOW))))
                .containsExactly("amount.value", "amount.currency");
        assertThat(fields(() -> decide(opened(), new ChangeAmount(ID, null, NOW)))).containsExactly("amount");
    }

    @Test
    void aChangedTeamIsRecordedWithTheOwner() {
        assertThat(decide(opened(), new ChangeTeam(ID, "carol", List.of("bob", "dave"), NOW)))
                .containsExactly(new OpportunityTeamChanged(ID, ACCOUNT, "carol", List.of("bob", "dave"), NOW));
    }

    @Test
    void theSameTeamInAnotherOrderIsNoChange() {
        OpportunityState state = after(opened(), new ChangeTeam(ID, "alice", List.of("bob", "dave"), NOW));

        assertThat(decide(state, new ChangeTeam(ID, "alice", List.of("dave", "bob"), NOW))).isEmpty();
    }

    @Test
    void aTeamChangeNeedsAnOwnerAndDistinctMembers() {
        assertThat(fields(() -> decide(opened(), new ChangeTeam(ID, " ", List.of("bob", "bob", ""), NOW))))
                .containsExactly("owner", "team[1]", "team[2]");
    }

    @Test
    void aProposalIsRegisteredOnce() {
        RegisterProposal register = new RegisterProposal(ID, PROPOSAL, "PROPOSAL", "Q-2026-0042", NOW);

        assertThat(decide(opened(), register))
                .containsExactly(new ProposalRegistered(ID, ACCOUNT, PROPOSAL, "PROPOSAL", "Q-2026-0042", NOW));
        assertThat(decide(after(opened(), register), register)).isEmpty();
    }

    @Test
    void aProposalIsABidOrAProposalWithItsReference() {
        assertThat(fieldErrors(() -> decide(opened(), new RegisterProposal(ID, null, "OFFER", " ", NOW))))
                .containsExactly(new FieldError("proposalId", "is required"), new FieldError("kind", "must be BID or PROPOSAL"),
                        new FieldError("reference", "is required"));
        assertThat(decide(opened(), new RegisterProposal(ID, PROPOSAL, "BID", "T-2026-17", NOW)))
                .containsExactly(new ProposalRegistered(ID, ACCOUNT, PROPOSAL, "BID", "T-2026-17", NOW));
    }

    @Test
    void aTacticIsAttachedToOneWinStepAndDetached() {
        AttachTactic attach = new AttachTactic(ID, TACTIC, WinStep.DEVELOP_COACH_AND_SUPPORTERS, "alice", NOW);

        assertThat(decide(opened(), attach)).containsExactly(new TacticAttached(ID, ACCOUNT, TACTIC, 3, "alice", NOW));
        OpportunityState attached = after(opened(), attach);
        assertThat(attached.tactics()).containsEntry(TACTIC, WinStep.DEVELOP_COACH_AND_SUPPORTERS);
        assertThat(decide(attached, attach)).isEmpty();
        assertThat(unmetRules(() -> decide(attached,
                new AttachTactic(ID, TACTIC, WinStep.SHAPE_REQUIREMENTS, "alice", NOW)))).containsExactly(
                "tactic 00000000-0000-0000-0000-0000000000e1 is attached to win step 3 already; detach it first");

        assertThat(decide(attached, new DetachTactic(ID, TACTIC, NOW)))
                .containsExactly(new TacticDetached(ID, ACCOUNT, TACTIC, NOW));
        assertThat(after(attached, new DetachTactic(ID, TACTIC, NOW)).tactics()).isEmpty();
    }

    @Test
    void aTacticNotAttachedCannotBeDetached() {
        assertThat(unmetRules(() -> decide(opened(), new DetachTactic(ID, TACTIC, NOW)))).containsExactly(
                "tactic 00000000-0000-0000-0000-0000000000e1 is not attached to the opportunity");
    }

    @Test
    void attachingNeedsATacticAStepAndASeller() {
        assertThat(fields(() -> decide(opened(), new AttachTactic(ID, null, null, null, NOW))))
                .containsExactly("tacticId", "step", "seller");
    }

    @Test
    void theLastEventTimeFollowsEveryChange() {
        Instant later = NOW.plus(Duration.ofHours(5));

        assertThat(after(opened(), new RegisterProposal(ID, PROPOSAL, "BID", "T-2026-17", later)).lastEventAt()).isEqualTo(later);
    }

    @Test
    void theStreamIdIsPrefixedWithTheAggregateKind() {
        assertThat(Opportunity.streamId("opp-2026-0815")).isEqualTo("opportunity:opp-2026-0815");
    }

    @Test
    void everyEventRecordIsRegisteredByItsNameAtVersionOne() {
        List<EventCodec.EventType<? extends OpportunityEvent>> types = Opportunity.eventTypes();
        Set<Class<?>> registered = new HashSet<>();
        types.forEach(type -> registered.add(type.javaType()));

        assertThat(types).hasSize(17);
        assertThat(registered).isEqualTo(Set.of(OpportunityEvent.class.getPermittedSubclasses()));
        assertThat(types).allSatisfy(type -> {
            assertThat(type.name()).isEqualTo(type.javaType().getSimpleName());
            assertThat(type.version()).isEqualTo(1);
        });
    }

    @Test
    void theDeciderRefusesAStagePlanWithProblems() {
        StagePlan withoutBid = StagePlan.of(List.of(new Stage("IDENTIFY", 10), new Stage("QUALIFY", 20),
                new Stage("SOLUTION", 40), new Stage("NEGOTIATE", 80)));

        assertThatThrownBy(() -> new Opportunity(withoutBid))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the plan must contain BID");
    }
}
