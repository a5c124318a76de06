package com.fivearrows.network.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fivearrows.network.chain.DecisionChainCommand.AddChainMember;
import com.fivearrows.network.chain.DecisionChainCommand.AddChainRelation;
import com.fivearrows.network.chain.DecisionChainCommand.ApplyOpportunityContext;
import com.fivearrows.network.chain.DecisionChainCommand.ChangeChainMember;
import com.fivearrows.network.chain.DecisionChainCommand.RemoveChainMember;
import com.fivearrows.network.chain.DecisionChainCommand.RemoveChainRelation;
import com.fivearrows.network.chain.DecisionChainEvent.ChainRelationAdded;
import com.fivearrows.network.chain.DecisionChainEvent.ChainRelationRemoved;
import com.fivearrows.network.chain.DecisionChainEvent.DecisionChainMemberAdded;
import com.fivearrows.network.chain.DecisionChainEvent.DecisionChainMemberChanged;
import com.fivearrows.network.chain.DecisionChainEvent.DecisionChainMemberRemoved;
import com.fivearrows.network.chain.DecisionChainEvent.DecisionChainStarted;
import com.fivearrows.network.chain.DecisionChainEvent.OpportunityContextChanged;
import com.fivearrows.network.keyperson.KeyPersonFact;
import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.keyperson.StoreRoundTrip;
import com.fivearrows.network.relation.RelationType;
import com.fivearrows.platform.domain.NotFound;
import com.fivearrows.platform.domain.RuleViolated;
import com.fivearrows.platform.domain.ValidationFailed;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.Test;

class DecisionChainTest {
    static final String OPP = "opp-42";
    static final String ACCOUNT = "acme-1";
    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    static final KeyPersonFact CEO = new KeyPersonFact(UUID.fromString("00000000-0000-0000-0000-00000000000a"), ACCOUNT, Kind.DECISION_MAKER, true);
    static final KeyPersonFact CIO = new KeyPersonFact(UUID.fromString("00000000-0000-0000-0000-00000000000b"), ACCOUNT, Kind.APPROVER, true);
    static final KeyPersonFact ENGINEER = new KeyPersonFact(UUID.fromString("00000000-0000-0000-0000-00000000000c"), ACCOUNT, Kind.USER, true);
    static final UUID R1 = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    static final UUID R2 = UUID.fromString("00000000-0000-0000-0000-0000000000f2");
    static final UUID R3 = UUID.fromString("00000000-0000-0000-0000-0000000000f3");

    final DecisionChain chain = new DecisionChain();

    DecisionChainState after(DecisionChainState state, DecisionChainCommand... commands) {
        DecisionChainState current = state;
        for (DecisionChainCommand command : commands) {
            current = chain.fold(current, chain.decide(command, current));
        }
        return current;
    }

    static AddChainMember add(KeyPersonFact person) {
        return new AddChainMember(OPP, person, null, null, "alice");
    }

    /** CEO, CIO and ENGINEER; ENGINEER reports to CIO (R1), CIO reports to CEO (R2), ENGINEER influences CEO (R3). */
    DecisionChainState threeMembersLinked() {
        return after(chain.initialState(), add(CEO), add(CIO), add(ENGINEER),
                new AddChainRelation(OPP, R1, RelationType.REPORTS_TO, ENGINEER.keyPersonId(), CIO.keyPersonId(), null),
                new AddChainRelation(OPP, R2, RelationType.REPORTS_TO, CIO.keyPersonId(), CEO.keyPersonId(), null),
                new AddChainRelation(OPP, R3, RelationType.INFLUENCES, ENGINEER.keyPersonId(), CEO.keyPersonId(), 4));
    }

    static ApplyOpportunityContext context(String accountId, String stage, BigDecimal amount, String owner,
                                           List<String> team, Instant changedAt) {
        return new ApplyOpportunityContext(OPP, accountId, stage, amount, "CNY", "OPEN", owner, team, changedAt, "opportunity-service");
    }

    @Test
    void theFirstMemberStartsTheChainInThePersonsAccount() {
        List<DecisionChainEvent> events = chain.decide(add(CEO), chain.initialState());

        assertThat(events).containsExactly(
                new DecisionChainStarted(OPP, ACCOUNT, "alice"),
                new DecisionChainMemberAdded(OPP, CEO.keyPersonId(), Kind.DECISION_MAKER, 5, "alice"));
        DecisionChainState state = chain.fold(chain.initialState(), events);
        assertThat(state.accountId()).isEqualTo(ACCOUNT);
        assertThat(state.startedBy()).isEqualTo("alice");
    }

    @Test
    void aMembersRoleDefaultsToItsKindAndItsInfluenceToTheRolesDefault() {
        DecisionChainState state = after(chain.initialState(), add(CEO),
                new AddChainMember(OPP, CIO, Kind.COACH, null, "alice"),
                new AddChainMember(OPP, ENGINEER, null, 4, "alice"));

        assertThat(state.members()).containsExactly(
                new ChainMember(CEO.keyPersonId(), Kind.DECISION_MAKER, 5, "alice"),
                new ChainMember(CIO.keyPersonId(), Kind.COACH, 1, "alice"),
                new ChainMember(ENGINEER.keyPersonId(), Kind.USER, 4, "alice"));
    }

    @Test
    void aMembersInfluenceIsOneToFive() {
        assertThatThrownBy(() -> chain.decide(new AddChainMember(OPP, CEO, null, 6, "alice"), chain.initialState()))
                .isInstanceOfSatisfying(ValidationFailed.class,
                        failure -> assertThat(failure.errors().get(0).field()).isEqualTo("influence"));
    }

    @Test
    void aPersonOfAnotherAccountCannotJoinTheChain() {
        KeyPersonFact stranger = new KeyPersonFact(UUID.randomUUID(), "globex-2", Kind.EVALUATOR, true);

        assertThatThrownBy(() -> chain.decide(add(stranger), after(chain.initialState(), add(CEO))))
                .isInstanceOfSatisfying(RuleViolated.class, violation -> assertThat(violation.unmetRules()).containsExactly(
                        "key person " + stranger.keyPersonId() + " belongs to account globex-2, not acme-1"));
    }

    @Test
    void aDeactivatedPersonCannotJoinTheChain() {
        KeyPersonFact gone = new KeyPersonFact(UUID.randomUUID(), ACCOUNT, Kind.EVALUATOR, false);

        assertThatThrownBy(() -> chain.decide(add(gone), chain.initialState()))
                .isInstanceOf(RuleViolated.class)
                .hasMessageContaining("is deactivated");
    }

    @Test
    void aPersonJoinsAChainOnce() {
        assertThatThrownBy(() -> chain.decide(add(CEO), after(chain.initialState(), add(CEO))))
                .isInstanceOf(RuleViolated.class)
                .hasMessageContaining("already a member");
    }

    @Test
    void changingOnlyTheRoleBringsTheNewRolesDefaultInfluence() {
        List<DecisionChainEvent> events = chain.decide(
                new ChangeChainMember(OPP, CIO.keyPersonId(), Kind.EVALUATOR, null), threeMembersLinked());

        assertThat(events).containsExactly(new DecisionChainMemberChanged(OPP, CIO.keyPersonId(), Kind.EVALUATOR, 3));
    }

    @Test
    void changingOnlyTheInfluenceKeepsTheRole() {
        DecisionChainState state = after(threeMembersLinked(), new ChangeChainMember(OPP, CIO.keyPersonId(), null, 2));

        assertThat(state.member(CIO.keyPersonId())).contains(new ChainMember(CIO.keyPersonId(), Kind.APPROVER, 2, "alice"));
    }

    @Test
    void aChangeToWhatIsInForceChangesNothing() {
        assertThat(chain.decide(new ChangeChainMember(OPP, CIO.keyPersonId(), Kind.APPROVER, 4), threeMembersLinked())).isEmpty();
    }

    @Test
    void changingOrRemovingSomeoneNotInTheChainIsNotFound() {
        UUID outsider = UUID.randomUUID();
        for (DecisionChainCommand command : List.<DecisionChainCommand>of(
                new ChangeChainMember(OPP, outsider, Kind.USER, null), new RemoveChainMember(OPP, outsider))) {
            assertThatThrownBy(() -> chain.decide(command, threeMembersLinked()))
                    .isInstanceOfSatisfying(NotFound.class, notFound -> assertThat(notFound.id()).isEqualTo(outsider.toString()));
        }
    }

    @Test
    void editingAChainThatWasNeverStartedIsNotFound() {
        assertThatThrownBy(() -> chain.decide(new RemoveChainMember(OPP, CEO.keyPersonId()), chain.initialState()))
                .isInstanceOfSatisfying(NotFound.class, notFound -> {
                    assertThat(notFound.kind()).isEqualTo("decision chain");
                    assertThat(notFound.id()).isEqualTo(OPP);
                });
    }

    @Test
    void removingAMemberRemovesItsRelationsFirst() {
        List<DecisionChainEvent> events = chain.decide(new RemoveChainMember(OPP, ENGINEER.keyPersonId()), threeMembersLinked());

        assertThat(events).containsExactly(
                new ChainRelationRemoved(OPP, R1),
                new ChainRelationRemoved(OPP, R3),
                new DecisionChainMemberRemoved(OPP, ENGINEER.keyPersonId()));
        DecisionChainState state = chain.fold(threeMembersLinked(), events);
        assertThat(state.isMember(ENGINEER.keyPersonId())).isFalse();
        assertThat(state.relations().relations()).extracting(r -> r.relationId()).containsExactly(R2);
    }

    @Test
    void aRelationJoinsTwoCurrentMembers() {
        DecisionChainState state = after(threeMembersLinked(), new RemoveChainMember(OPP, ENGINEER.keyPersonId()));

        assertThatThrownBy(() -> chain.decide(new AddChainRelation(OPP, UUID.randomUUID(), RelationType.INFLUENCES,
                ENGINEER.keyPersonId(), CIO.keyPersonId(), 2), state))
                .isInstanceOfSatisfying(RuleViolated.class, violation -> assertThat(violation.unmetRules()).containsExactly(
                        "key person " + ENGINEER.keyPersonId() + " is not a member of this decision chain"));
    }

    @Test
    void aRelationBetweenMembersIsRecorded() {
        List<DecisionChainEvent> events = chain.decide(new AddChainRelation(OPP, R1, RelationType.INFLUENCES,
                CIO.keyPersonId(), CEO.keyPersonId(), 5), after(chain.initialState(), add(CEO), add(CIO)));

        assertThat(events).containsExactly(
                new ChainRelationAdded(OPP, R1, RelationType.INFLUENCES, CIO.keyPersonId(), CEO.keyPersonId(), 5));
    }

    @Test
    void reportingLinesInAChainMayNotFormACycle() {
        assertThatThrownBy(() -> chain.decide(new AddChainRelation(OPP, UUID.randomUUID(), RelationType.REPORTS_TO,
                CEO.keyPersonId(), ENGINEER.keyPersonId(), null), threeMembersLinked()))
                .isInstanceOf(RuleViolated.class)
                .hasMessageContaining("cycle: " + CEO.keyPersonId() + " → " + ENGINEER.keyPersonId() + " → "
                        + CIO.keyPersonId() + " → " + CEO.keyPersonId());
    }

    @Test
    void aChainRelationCanBeRemovedAndAnUnknownOneIsNotFound() {
        DecisionChainState state = after(threeMembersLinked(), new RemoveChainRelation(OPP, R3));

        assertThat(state.relations().find(R3)).isEmpty();
        assertThatThrownBy(() -> chain.decide(new RemoveChainRelation(OPP, R3), state))
                .isInstanceOfSatisfying(NotFound.class, notFound -> assertThat(notFound.id()).isEqualTo(R3.toString()));
    }

    @Test
    void theFirstContextStartsTheChainInTheContextsAccount() {
        ApplyOpportunityContext first = context(ACCOUNT, "QUALIFY", new BigDecimal("250000.00"), "bob", List.of("carol"), T0);

        List<DecisionChainEvent> events = chain.decide(first, chain.initialState());

        assertThat(events).containsExactly(
                new DecisionChainStarted(OPP, ACCOUNT, "opportunity-service"),
                new OpportunityContextChanged(OPP, ACCOUNT, "QUALIFY", new BigDecimal("250000.00"), "CNY", "OPEN", "bob",
                        List.of("carol"), T0));
    }

    @Test
    void startingAChainFromAContextNeedsTheAccount() {
        assertThatThrownBy(() -> chain.decide(context(null, "QUALIFY", null, "bob", null, T0), chain.initialState()))
                .isInstanceOfSatisfying(ValidationFailed.class,
                        failure -> assertThat(failure.errors().get(0).field()).isEqualTo("accountId"));
    }

    @Test
    void aContextKeepsWhatTheReportLeavesOut() {
        DecisionChainState state = after(chain.initialState(),
                context(ACCOUNT, "QUALIFY", new BigDecimal("250000"), "bob", List.of("carol"), T0));

        List<DecisionChainEvent> events = chain.decide(
                new ApplyOpportunityContext(OPP, null, "PROPOSE", null, null, null, null, null, T0.plusSeconds(60), "opportunity-service"),
                state);

        assertThat(events).containsExactly(new OpportunityContextChanged(OPP, ACCOUNT, "PROPOSE", new BigDecimal("250000"),
                "CNY", "OPEN", "bob", List.of("carol"), T0.plusSeconds(60)));
    }

    @Test
    void applyingTheSameContextAgainChangesNothing() {
        ApplyOpportunityContext report = context(ACCOUNT, "QUALIFY", new BigDecimal("250000.00"), "bob", List.of("carol"), T0);
        DecisionChainState state = after(chain.initialState(), report);

        assertThat(chain.decide(report, state)).isEmpty();
        assertThat(chain.decide(context(ACCOUNT, "QUALIFY", new BigDecimal("250000"), "bob", List.of("carol"), T0.plusSeconds(5)), state))
                .as("the same amount at another scale, reported later")
                .isEmpty();
    }

    @Test
    void aReportWithAnEarlierBusinessTimeIsStillAppliedInArrivalOrder() {
        DecisionChainState state = after(chain.initialState(),
                context(ACCOUNT, "NEGOTIATE", null, "bob", List.of("carol"), T0.plusSeconds(60)));

        // An award dated before the team change that arrived first: the chain must still learn it was won.
        DecisionChainState won = after(state, new ApplyOpportunityContext(OPP, ACCOUNT, null, null, null, "WON", null, null, T0,
                "opportunity-service"));

        assertThat(won.context().status()).isEqualTo("WON");
        assertThat(won.context().team()).containsExactly("carol");
        assertThat(won.context().changedAt()).as("the latest business time").isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void anOpportunityMayNotMoveToAnotherAccountUnderAChainWithMembers() {
        DecisionChainState state = after(chain.initialState(), add(CEO));

        assertThatThrownBy(() -> chain.decide(context("globex-2", "QUALIFY", null, "bob", null, T0), state))
                .isInstanceOf(RuleViolated.class)
                .hasMessageContaining("holds key persons of account " + ACCOUNT);
        DecisionChainState empty = after(chain.initialState(), context(ACCOUNT, "QUALIFY", null, "bob", null, T0));
        assertThat(after(empty, context("globex-2", "QUALIFY", null, "bob", null, T0.plusSeconds(1))).accountId())
                .as("a chain without members follows its opportunity").isEqualTo("globex-2");
    }

    @Test
    void anEmptyTeamClearsTheTeam() {
        DecisionChainState state = after(chain.initialState(),
                context(ACCOUNT, "QUALIFY", null, "bob", List.of("carol", "dave"), T0),
                context(null, null, null, null, List.of(), T0.plusSeconds(1)));

        assertThat(state.context().team()).isEmpty();
        assertThat(state.context().owner()).isEqualTo("bob");
    }

    @Test
    void theCreatorTheOwnerAndTheTeamAreInvolvedInTheChain() {
        DecisionChainState state = after(chain.initialState(), add(CEO),
                context(ACCOUNT, "QUALIFY", null, "bob", List.of("carol"), T0));

        assertThat(state.involves("alice")).isTrue();
        assertThat(state.involves("bob")).isTrue();
        assertThat(state.involves("carol")).isTrue();
        assertThat(state.involves("mallory")).isFalse();
    }

    @Test
    void aMemberMustBelongToTheAccountTheContextStartedTheChainIn() {
        DecisionChainState state = after(chain.initialState(), context("globex-2", "QUALIFY", null, "bob", null, T0));

        assertThatThrownBy(() -> chain.decide(add(CEO), state))
                .isInstanceOf(RuleViolated.class)
                .hasMessageContaining("belongs to account acme-1, not globex-2");
    }

    @Test
    void anOpportunityIdOutsideTheOpaqueIdShapeIsRejected() {
        assertThatThrownBy(() -> chain.decide(new AddChainMember("opp 42", CEO, null, null, "alice"), chain.initialState()))
                .isInstanceOfSatisfying(ValidationFailed.class,
                        failure -> assertThat(failure.errors().get(0).field()).isEqualTo("opportunityId"));
    }

    @Test
    void theStreamIsNamedAfterTheOpportunity() {
        assertThat(DecisionChain.streamId(OPP)).isEqualTo("decision-chain:opp-42");
    }

    @Test
    void everyEventReadsBackFromTheStoreAsWritten() {
        List<DecisionChainEvent> events = List.of(
                new DecisionChainStarted(OPP, ACCOUNT, "alice"),
                new DecisionChainMemberAdded(OPP, CEO.keyPersonId(), Kind.DECISION_MAKER, 5, "alice"),
                new DecisionChainMemberChanged(OPP, CEO.keyPersonId(), Kind.APPROVER, 4),
                new ChainRelationAdded(OPP, R1, RelationType.REPORTS_TO, CIO.keyPersonId(), CEO.keyPersonId(), null),
                new ChainRelationRemoved(OPP, R1),
                new DecisionChainMemberRemoved(OPP, CEO.keyPersonId()),
                new OpportunityContextChanged(OPP, ACCOUNT, "PROPOSE", new BigDecimal("1250000.50"), "CNY", "OPEN", "bob",
                        List.of("carol", "dave"), T0));

        // The store's JSON reader parses decimals as doubles: 1250000.50 comes back as 1250000.5, equal in value.
        assertThat(StoreRoundTrip.roundTrip(DecisionChain.eventTypes(), events))
                .usingRecursiveFieldByFieldElementComparator(RecursiveComparisonConfiguration.builder()
                        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                        .build())
                .containsExactlyElementsOf(events);
    }
}
