package com.fivearrows.network.keyperson;

import java.time.Instant;
import java.util.UUID;

/**
 * What can be asked of a key person. Every command names its person, so the application finds the stream
 * ({@link KeyPerson#streamId}) and a missing person is a 404 naming it.
 */
public sealed interface KeyPersonCommand {

    UUID keyPersonId();

    /**
     * Registers a new person. A profile {@code influence} of 0 means "the default of the kind"
     * ({@link Kind#defaultInfluence()}), which is also what a JSON body without {@code influence} maps to.
     */
    record RegisterKeyPerson(UUID keyPersonId, String accountId, KeyPersonProfile profile, String actor)
            implements KeyPersonCommand {
    }

    /** Replaces the whole profile; {@code influence} 0 means "the default of the (new) kind", as on registration. */
    record UpdateKeyPerson(UUID keyPersonId, KeyPersonProfile profile) implements KeyPersonCommand {
    }

    /** Takes the person out of the network for good; {@code reason} may be null. */
    record DeactivateKeyPerson(UUID keyPersonId, String reason) implements KeyPersonCommand {
    }

    /**
     * Assesses one, two or all three dimensions at once (null = not assessed this time, but not all null).
     * {@code assessedAt} may be back-dated and may be null for {@code now}; {@code note} may be null.
     */
    record AssessKeyPerson(UUID keyPersonId, RelationshipLevel level, SolutionStance solutionStance,
                           PriceStance priceStance, Instant assessedAt, String note, String actor, Instant now)
            implements KeyPersonCommand {
    }
}
