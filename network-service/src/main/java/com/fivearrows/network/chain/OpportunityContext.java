package com.fivearrows.network.chain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What the chain knows of its opportunity from opportunity-service: where it stands, what it is worth, who owns
 * it and who works on it (for who may edit the chain), and when that was last changed. Unknown fields are null;
 * {@code team} is never null.
 */
public record OpportunityContext(String stage, BigDecimal amount, String currency, String status, String owner,
                                 List<String> team, Instant changedAt) {

    /** Nothing known yet. */
    public static final OpportunityContext UNKNOWN = new OpportunityContext(null, null, null, null, null, List.of(), null);

    public OpportunityContext {
        team = team == null ? List.of() : List.copyOf(team);
    }
}
