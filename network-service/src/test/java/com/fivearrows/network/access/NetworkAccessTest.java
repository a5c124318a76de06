package com.fivearrows.network.access;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fivearrows.network.access.Editor.Reach;
import com.fivearrows.network.chain.DecisionChainState;
import com.fivearrows.network.chain.OpportunityContext;
import com.fivearrows.network.relation.RelationGraph;
import com.fivearrows.platform.domain.Forbidden;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NetworkAccessTest {
    static final Editor SAM = new Editor("sam", Reach.OWN_AND_TEAMS);
    static final Editor MIA_MANAGER = new Editor("mia", Reach.EVERYTHING);
    static final Editor CRM_BRIDGE = new Editor("crm-bridge", Reach.INTERACTIONS_ONLY);
    static final UUID PERSON = UUID.fromString("00000000-0000-0000-0000-000000000001");

    static PersonTies registeredBy(String seller, boolean samOnAccountTeam) {
        return new PersonTies(PERSON, "acme", seller, samOnAccountTeam);
    }

    static DecisionChainState chain(String startedBy, String owner, List<String> team) {
        return new DecisionChainState("opp-7", "acme", startedBy, List.of(), RelationGraph.EMPTY,
                new OpportunityContext("QUALIFY", null, null, "OPEN", owner, team, Instant.parse("2026-05-04T10:00:00Z")));
    }

    @Test
    void anIntegrationClientMayRegisterNothingAndChangeNothingEvenWhatItWouldOtherwiseBeTiedTo() {
        assertThatThrownBy(() -> NetworkAccess.requireMayRegister(CRM_BRIDGE))
                .isInstanceOf(Forbidden.class).hasMessageContaining("may push interactions, nothing else");
        assertThatThrownBy(() -> NetworkAccess.requireMayChangePerson(CRM_BRIDGE, registeredBy("crm-bridge", true)))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> NetworkAccess.requireMayChangeRelations(CRM_BRIDGE, "acme", true, List.of()))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> NetworkAccess.requireMayChangeChain(CRM_BRIDGE, chain("crm-bridge", null, List.of())))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void aTokenWithoutAWritingRoleMayRegisterNothingAndChangeNothing() {
        Editor reader = new Editor("auditor", Reach.READ_ONLY);

        assertThatThrownBy(() -> NetworkAccess.requireMayRegister(reader))
                .isInstanceOf(Forbidden.class).hasMessageContaining("may only read");
        assertThatThrownBy(() -> NetworkAccess.requireMayChangePerson(reader, registeredBy("auditor", true)))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> NetworkAccess.requireMayChangeChain(reader, chain("auditor", "auditor", List.of())))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void aSellerRegistersKeyPersonsForAnyAccount() {
        assertThatCode(() -> NetworkAccess.requireMayRegister(SAM)).doesNotThrowAnyException();
    }

    @Test
    void aSellerChangesAPersonTheyRegisteredOrOneOfAnAccountWhoseTeamTheyAreOn() {
        assertThatCode(() -> NetworkAccess.requireMayChangePerson(SAM, registeredBy("sam", false))).doesNotThrowAnyException();
        assertThatCode(() -> NetworkAccess.requireMayChangePerson(SAM, registeredBy("olga", true))).doesNotThrowAnyException();
    }

    @Test
    void aSellerMayNotChangeAnotherSellersPersonOffTheAccountTeamAndIsToldWhoMay() {
        assertThatThrownBy(() -> NetworkAccess.requireMayChangePerson(SAM, registeredBy("olga", false)))
                .isInstanceOf(Forbidden.class)
                .hasMessage("sam may not change key person " + PERSON + ": only its registrant (olga), sellers on the"
                        + " team of account acme, managers and sales-ops may");
    }

    @Test
    void managersAndSalesOpsChangeAnyPersonRelationAndChain() {
        assertThatCode(() -> {
            NetworkAccess.requireMayChangePerson(MIA_MANAGER, registeredBy("olga", false));
            NetworkAccess.requireMayChangeRelations(MIA_MANAGER, "acme", false, List.of("olga", "olga"));
            NetworkAccess.requireMayChangeChain(MIA_MANAGER, chain("olga", "olga", List.of()));
            NetworkAccess.requireMayStartChain(MIA_MANAGER, "opp-7", registeredBy("olga", false));
        }).doesNotThrowAnyException();
    }

    @Test
    void aSellerOnTheAccountTeamChangesAnyOfItsRelations() {
        assertThatCode(() -> NetworkAccess.requireMayChangeRelations(SAM, "acme", true, List.of("olga", "olga")))
                .doesNotThrowAnyException();
    }

    @Test
    void aSellerOffTheTeamRelatesTwoPersonsOnlyWhenTheyRegisteredBoth() {
        assertThatCode(() -> NetworkAccess.requireMayChangeRelations(SAM, "acme", false, List.of("sam", "sam")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> NetworkAccess.requireMayChangeRelations(SAM, "acme", false, List.of("sam", "olga")))
                .isInstanceOf(Forbidden.class)
                .hasMessageContaining("only sellers on its team, the seller who registered both persons of a relation");
        assertThatThrownBy(() -> NetworkAccess.requireMayChangeRelations(SAM, "acme", false, List.of()))
                .as("no persons named: only the team may")
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void aSellerChangesAChainTheyStartedOwnOrWorkOn() {
        assertThatCode(() -> {
            NetworkAccess.requireMayChangeChain(SAM, chain("sam", "olga", List.of()));
            NetworkAccess.requireMayChangeChain(SAM, chain("opportunity-service", "sam", List.of()));
            NetworkAccess.requireMayChangeChain(SAM, chain("opportunity-service", "olga", List.of("ivan", "sam")));
        }).doesNotThrowAnyException();
    }

    @Test
    void aSellerTheChainDoesNotInvolveMayNotChangeIt() {
        assertThatThrownBy(() -> NetworkAccess.requireMayChangeChain(SAM, chain("olga", "olga", List.of("ivan"))))
                .isInstanceOf(Forbidden.class)
                .hasMessage("sam may not change the decision chain of opportunity opp-7: only the seller who started"
                        + " it, the opportunity's owner and team, managers and sales-ops may");
    }

    @Test
    void aSellerStartsAChainWithAPersonTheyMayChange() {
        assertThatCode(() -> {
            NetworkAccess.requireMayStartChain(SAM, "opp-7", registeredBy("sam", false));
            NetworkAccess.requireMayStartChain(SAM, "opp-7", registeredBy("olga", true));
        }).doesNotThrowAnyException();
        assertThatThrownBy(() -> NetworkAccess.requireMayStartChain(SAM, "opp-7", registeredBy("olga", false)))
                .isInstanceOf(Forbidden.class)
                .hasMessageContaining("sam may not start the decision chain of opportunity opp-7");
    }
}
