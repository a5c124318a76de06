package com.fivearrows.opportunity.opportunity.api;

import com.fivearrows.opportunity.opportunity.OpportunityState;
import com.fivearrows.platform.domain.Forbidden;
import com.fivearrows.platform.service.security.Actor;
import com.fivearrows.platform.service.security.Roles;
import java.util.List;

/**
 * Who may change what (SPEC §7): a seller changes only opportunities they own or whose team they are on, and opens
 * only ones they will own or be on; {@code manager} and {@code sales-ops} change anything; only a manager overrides a
 * gate; an {@code integration} client only pushes interactions (to network-service), so it changes nothing here.
 * Every authenticated role reads.
 */
final class OpportunityAccess {

    private OpportunityAccess() {
    }

    static void requireMayOpen(Actor actor, String owner, List<String> team) {
        requireWriter(actor);
        if (!actor.isManagerOrSalesOps() && !actor.name().equals(owner) && (team == null || !team.contains(actor.name()))) {
            throw new Forbidden(actor.name() + " may open only an opportunity they own or whose team they are on");
        }
    }

    static void requireMayChange(Actor actor, OpportunityState opportunity) {
        requireWriter(actor);
        if (!actor.isManagerOrSalesOps() && !actor.name().equals(opportunity.owner())
                && !opportunity.team().contains(actor.name())) {
            throw new Forbidden(actor.name() + " is neither the owner of opportunity " + opportunity.opportunityId()
                    + " nor on its team");
        }
    }

    static void requireManager(Actor actor, String what) {
        if (!actor.hasRole(Roles.MANAGER)) {
            throw new Forbidden("only a manager may " + what);
        }
    }

    private static void requireWriter(Actor actor) {
        if (!actor.hasRole(Roles.SELLER) && !actor.isManagerOrSalesOps()) {
            throw new Forbidden(actor.mayPushInteractionsOnly()
                    ? "an integration client may only push interactions"
                    : actor.name() + " has no role that changes opportunities");
        }
    }
}
