package com.fivearrows.opportunity.tactic.api;

import com.fivearrows.opportunity.tactic.TacticState;
import com.fivearrows.platform.domain.Forbidden;
import com.fivearrows.platform.service.security.Actor;
import com.fivearrows.platform.service.security.Roles;

/**
 * Who may do what with personal tactics: a seller creates tactics of their own and alone revises or retires them;
 * the seller, a {@code manager} and {@code sales-ops} read them and their win rates. Another seller does not see them:
 * they are the seller's own secrets (独门秘笈), and an {@code integration} client has no business with them.
 */
final class TacticAccess {

    private TacticAccess() {
    }

    static void requireMayCreate(Actor actor) {
        if (!actor.hasRole(Roles.SELLER)) {
            throw new Forbidden("only a seller keeps personal tactics; " + actor.name() + " is none");
        }
    }

    static void requireMayChange(Actor actor, TacticState tactic) {
        if (!actor.name().equals(tactic.seller())) {
            throw new Forbidden("only " + tactic.seller() + ", whose tactic " + tactic.tacticId()
                    + " it is, may change it");
        }
    }

    static void requireMayRead(Actor actor, String seller) {
        if (!actor.name().equals(seller) && !actor.isManagerOrSalesOps()) {
            throw new Forbidden(actor.name() + " may not read the tactics of " + seller);
        }
    }
}
