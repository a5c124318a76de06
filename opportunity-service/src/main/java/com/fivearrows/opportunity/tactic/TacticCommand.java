package com.fivearrows.opportunity.tactic;

import java.time.Instant;
import java.util.UUID;

/**
 * What a seller asks of one of their personal tactics (独门秘笈). Every command names its tactic, so the application
 * finds the stream ({@link Tactic#streamId}) and a missing tactic is a 404 naming it. Whether the caller is the
 * tactic's seller is checked by the application layer (403), not here.
 */
public sealed interface TacticCommand {

    UUID tacticId();

    /** A seller writes down a new tactic of their own; {@code description} may be null. */
    record CreateTactic(UUID tacticId, String seller, String name, String description, Instant now)
            implements TacticCommand {
    }

    /** Name and description as they should be from now on; {@code description} may be null. */
    record ReviseTactic(UUID tacticId, String name, String description, Instant now) implements TacticCommand {
    }

    /** The seller no longer uses the tactic; {@code reason} may be null. */
    record RetireTactic(UUID tacticId, String reason, Instant now) implements TacticCommand {
    }
}
