package com.fivearrows.opportunity.tactic;

import java.time.Instant;
import java.util.UUID;

/**
 * A tactic as its decider (and the attaching of tactics to opportunities) sees it. {@code tacticId} is null while the
 * tactic does not exist; {@code retiredAt} is null while it is active.
 */
public record TacticState(
        UUID tacticId,
        String seller,
        String name,
        String description,
        Instant createdAt,
        Instant revisedAt,
        Instant retiredAt,
        String retireReason) {

    /** The state of a tactic not created (yet). */
    public static final TacticState NONE = new TacticState(null, null, null, null, null, null, null, null);

    public boolean exists() {
        return tacticId != null;
    }

    public boolean retired() {
        return retiredAt != null;
    }
}
