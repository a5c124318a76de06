package com.fivearrows.opportunity.tactic;

import java.time.Instant;
import java.util.UUID;

/** What happened to a seller's tactic; stream {@code tactic:<uuid>}, stream type {@code Tactic}. */
public sealed interface TacticEvent {

    UUID tacticId();

    /** A seller wrote down a tactic of their own; {@code description} null when none was given. */
    record TacticCreated(UUID tacticId, String seller, String name, String description, Instant createdAt)
            implements TacticEvent {
    }

    /** Name and description after the change (both, whichever moved). */
    record TacticRevised(UUID tacticId, String name, String description, Instant revisedAt) implements TacticEvent {
    }

    /** The tactic is no longer used: it can no longer be attached or revised; {@code reason} null when none given. */
    record TacticRetired(UUID tacticId, String reason, Instant retiredAt) implements TacticEvent {
    }
}
