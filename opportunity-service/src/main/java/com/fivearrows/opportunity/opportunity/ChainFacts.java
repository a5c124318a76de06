package com.fivearrows.opportunity.opportunity;

import java.time.Instant;
import java.util.Set;

/**
 * What network-service last published about an opportunity's decision chain ({@code ClosenessChanged} of level
 * {@code DECISION_CHAIN}): the group's scores and the figures gates, grades and win steps 2 and 3 are decided on.
 * This service never computes closeness itself.
 *
 * @param r            relationship closeness R of the chain, 0..100
 * @param s            solution acceptance S, 0..100
 * @param p            price acceptance P, 0..100
 * @param c            composite closeness C, 0..100
 * @param rolesPresent the roles of the chain's members (DECISION_MAKER, EVALUATOR, …)
 * @param bestCoachC   the best C of a COACH in the chain; null without a coach
 * @param supporters   how many members are SUPPORTER or better (S ≥ 75)
 * @param evaluatedAt  the instant the scores are for; null for {@link #UNKNOWN}
 */
public record ChainFacts(double r, double s, double p, double c, Set<String> rolesPresent, Double bestCoachC,
                         int supporters, Instant evaluatedAt) {

    /** Nothing heard of the chain yet: every score 0, no roles, no coach, no supporters. */
    public static final ChainFacts UNKNOWN = new ChainFacts(0, 0, 0, 0, Set.of(), null, 0, null);

    public ChainFacts {
        rolesPresent = Set.copyOf(rolesPresent);
    }

    /** Whether network-service has published anything about the chain. */
    public boolean known() {
        return evaluatedAt != null;
    }

    public boolean hasRole(String role) {
        return rolesPresent.contains(role);
    }
}
