package com.fivearrows.network.keyperson;

import java.util.UUID;

/**
 * A key person as its decider sees it. {@code keyPersonId} is null while the person does not exist. Each
 * assessment is the latest of its dimension by {@code assessedAt} (ties to the later recorded), null if never
 * assessed.
 */
public record KeyPersonState(
        UUID keyPersonId,
        String accountId,
        KeyPersonProfile profile,
        String registeredBy,
        boolean active,
        Assessment<RelationshipLevel> level,
        Assessment<SolutionStance> solutionStance,
        Assessment<PriceStance> priceStance) {

    /** The state of a person not registered (yet). */
    public static final KeyPersonState NONE = new KeyPersonState(null, null, null, null, false, null, null, null);

    public boolean exists() {
        return keyPersonId != null;
    }

    /**
     * What other deciders need to know about this person. Check {@link #exists()} first, or use
     * {@link KeyPerson#factOf}, which answers a missing person with a 404.
     *
     * @throws IllegalStateException when the person does not exist
     */
    public KeyPersonFact fact() {
        if (!exists()) {
            throw new IllegalStateException("a key person that does not exist has no facts");
        }
        return new KeyPersonFact(keyPersonId, accountId, profile.kind(), active);
    }
}
