package com.fivearrows.network.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fivearrows.network.keyperson.KeyPersonFact;
import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.keyperson.StoreRoundTrip;
import com.fivearrows.network.relation.AccountNetworkCommand.AddEnterpriseRelation;
import com.fivearrows.network.relation.AccountNetworkCommand.ChangeEnterpriseRelationStrength;
import com.fivearrows.network.relation.AccountNetworkCommand.RemoveEnterpriseRelation;
import com.fivearrows.network.relation.AccountNetworkEvent.EnterpriseRelationAdded;
import com.fivearrows.network.relation.AccountNetworkEvent.EnterpriseRelationRemoved;
import com.fivearrows.network.relation.AccountNetworkEvent.EnterpriseRelationStrengthChanged;
import com.fivearrows.platform.domain.NotFound;
import com.fivearrows.platform.domain.RuleViolated;
import com.fivearrows.platform.domain.ValidationFailed;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountNetworkTest {
    static final String ACCOUNT = "acme-1";
    static final KeyPersonFact CEO = new KeyPersonFact(UUID.fromString("00000000-0000-0000-0000-00000000000a"), ACCOUNT, Kind.DECISION_MAKER, true);
    static final KeyPersonFact CIO = new KeyPersonFact(UUID.fromString("00000000-0000-0000-0000-00000000000b"), ACCOUNT, Kind.APPROVER, true);
    static final KeyPersonFact CTO = new KeyPersonFact(UUID.fromString("00000000-0000-0000-0000-00000000000c"), ACCOUNT, Kind.EVALUATOR, true);
    static final UUID R1 = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    static final UUID R2 = UUID.fromString("00000000-0000-0000-0000-0000000000f2");

    final AccountNetwork network = new AccountNetwork();

    AccountNetworkState after(AccountNetworkState state, AccountNetworkCommand command) {
        return network.fold(state, network.decide(command, state));
    }

    AccountNetworkState withInfluence() {
        return after(network.initialState(), new AddEnterpriseRelation(ACCOUNT, R1, RelationType.INFLUENCES, CIO, CEO, 3));
    }

    @Test
    void aRelationBetweenActivePersonsOfTheAccountIsRecorded() {
        List<AccountNetworkEvent> events = network.decide(
                new AddEnterpriseRelation(ACCOUNT, R1, RelationType.REPORTS_TO, CIO, CEO, null), network.initialState());

        assertThat(events).containsExactly(
                new EnterpriseRelationAdded(ACCOUNT, R1, RelationType.REPORTS_TO, CIO.keyPersonId(), CEO.keyPersonId(), null));
        AccountNetworkState state = network.fold(network.initialState(), events);
        assertThat(state.accountId()).isEqualTo(ACCOUNT);
        assertThat(state.relations().managerOf(CIO.keyPersonId())).contains(CEO.keyPersonId());
    }

    @Test
    void aPersonOfAnotherAccountCannotJoinTheNetwork() {
        KeyPersonFact stranger = new KeyPersonFact(UUID.randomUUID(), "globex-2", Kind.USER, true);

        assertThatThrownBy(() -> network.decide(
                new AddEnterpriseRelation(ACCOUNT, R1, RelationType.INFLUENCES, CIO, stranger, 2), network.initialState()))
                .isInstanceOfSatisfying(RuleViolated.class, violation -> assertThat(violation.unmetRules()).containsExactly(
                        "key person " + stranger.keyPersonId() + " belongs to account globex-2, not acme-1"));
    }

    @Test
    void aDeactivatedPersonCannotJoinARelation() {
        KeyPersonFact gone = new KeyPersonFact(UUID.randomUUID(), ACCOUNT, Kind.USER, false);

        assertThatThrownBy(() -> network.decide(
                new AddEnterpriseRelation(ACCOUNT, R1, RelationType.REPORTS_TO, gone, CEO, null), network.initialState()))
                .isInstanceOf(RuleViolated.class)
                .hasMessageContaining("key person " + gone.keyPersonId() + " is deactivated");
    }

    @Test
    void theGraphRulesHoldAcrossTheAccount() {
        AccountNetworkState state = after(network.initialState(),
                new AddEnterpriseRelation(ACCOUNT, R1, RelationType.REPORTS_TO, CTO, CIO, null));
        AccountNetworkState reporting = after(state, new AddEnterpriseRelation(ACCOUNT, R2, RelationType.REPORTS_TO, CIO, CEO, null));

        assertThatThrownBy(() -> network.decide(
                new AddEnterpriseRelation(ACCOUNT, UUID.randomUUID(), RelationType.REPORTS_TO, CEO, CTO, null), reporting))
                .isInstanceOf(RuleViolated.class)
                .hasMessageContaining("cycle");
        assertThatThrownBy(() -> network.decide(
                new AddEnterpriseRelation(ACCOUNT, UUID.randomUUID(), RelationType.INFLUENCES, CEO, CEO, 2), reporting))
                .isInstanceOf(ValidationFailed.class);
    }

    @Test
    void anInfluencesStrengthCanBeChanged() {
        List<AccountNetworkEvent> events = network.decide(new ChangeEnterpriseRelationStrength(ACCOUNT, R1, 5), withInfluence());

        assertThat(events).containsExactly(new EnterpriseRelationStrengthChanged(ACCOUNT, R1, 5));
        assertThat(network.fold(withInfluence(), events).relations().find(R1).orElseThrow().strength()).isEqualTo(5);
    }

    @Test
    void settingTheStrengthInForceAgainChangesNothing() {
        assertThat(network.decide(new ChangeEnterpriseRelationStrength(ACCOUNT, R1, 3), withInfluence())).isEmpty();
    }

    @Test
    void aStrengthOutsideOneToFiveIsRejected() {
        assertThatThrownBy(() -> network.decide(new ChangeEnterpriseRelationStrength(ACCOUNT, R1, 6), withInfluence()))
                .isInstanceOf(ValidationFailed.class)
                .hasMessageContaining("strength");
    }

    @Test
    void aReportingLineHasNoStrengthToChange() {
        AccountNetworkState state = after(network.initialState(),
                new AddEnterpriseRelation(ACCOUNT, R1, RelationType.REPORTS_TO, CIO, CEO, null));

        assertThatThrownBy(() -> network.decide(new ChangeEnterpriseRelationStrength(ACCOUNT, R1, 2), state))
                .isInstanceOf(RuleViolated.class)
                .hasMessageContaining("only an INFLUENCES relation has a strength");
    }

    @Test
    void anUnknownRelationIsNotFound() {
        for (AccountNetworkCommand command : List.<AccountNetworkCommand>of(
                new ChangeEnterpriseRelationStrength(ACCOUNT, R2, 2), new RemoveEnterpriseRelation(ACCOUNT, R2))) {
            assertThatThrownBy(() -> network.decide(command, withInfluence()))
                    .isInstanceOfSatisfying(NotFound.class, notFound -> {
                        assertThat(notFound.kind()).isEqualTo("relation");
                        assertThat(notFound.id()).isEqualTo(R2.toString());
                    });
        }
    }

    @Test
    void removingAnInfluenceLetsThePairBeLinkedAfresh() {
        AccountNetworkState removed = after(withInfluence(), new RemoveEnterpriseRelation(ACCOUNT, R1));

        assertThat(removed.relations().relations()).isEmpty();
        assertThat(network.decide(new AddEnterpriseRelation(ACCOUNT, R2, RelationType.INFLUENCES, CIO, CEO, 1), removed))
                .hasSize(1);
    }

    @Test
    void anAccountIdOutsideTheOpaqueIdShapeIsRejected() {
        assertThatThrownBy(() -> network.decide(
                new AddEnterpriseRelation("acme/1", R1, RelationType.INFLUENCES, CIO, CEO, 1), network.initialState()))
                .isInstanceOfSatisfying(ValidationFailed.class,
                        failure -> assertThat(failure.errors().get(0).field()).isEqualTo("accountId"));
    }

    @Test
    void theStreamIsNamedAfterTheAccount() {
        assertThat(AccountNetwork.streamId(ACCOUNT)).isEqualTo("account-network:acme-1");
    }

    @Test
    void everyEventReadsBackFromTheStoreAsWritten() {
        List<AccountNetworkEvent> events = List.of(
                new EnterpriseRelationAdded(ACCOUNT, R1, RelationType.INFLUENCES, CIO.keyPersonId(), CEO.keyPersonId(), 3),
                new EnterpriseRelationAdded(ACCOUNT, R2, RelationType.REPORTS_TO, CIO.keyPersonId(), CEO.keyPersonId(), null),
                new EnterpriseRelationStrengthChanged(ACCOUNT, R1, 4),
                new EnterpriseRelationRemoved(ACCOUNT, R2));

        assertThat(StoreRoundTrip.roundTrip(AccountNetwork.eventTypes(), events)).isEqualTo(events);
    }
}
