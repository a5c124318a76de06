package com.fivearrows.network.keyperson;

import com.fivearrows.platform.domain.RuleViolated;
import java.util.UUID;

/**
 * What the other deciders (relations, decision chains, interactions) need to know about a key person: its account,
 * its kind (the default role in a chain) and whether it is still active. The application loads it from the
 * person's stream ({@link KeyPersonState#fact()}) and passes it in the command.
 */
public record KeyPersonFact(UUID keyPersonId, String accountId, Kind kind, boolean active) {

    /** Refuses (422) a deactivated person: it cannot join a relation, a chain or an interaction. */
    public void requireActive() {
        if (!active) {
            throw RuleViolated.of("key person " + keyPersonId + " is deactivated");
        }
    }

    /** Refuses (422) a person of another account than {@code expectedAccountId}. */
    public void requireAccount(String expectedAccountId) {
        if (!accountId.equals(expectedAccountId)) {
            throw RuleViolated.of("key person " + keyPersonId + " belongs to account " + accountId + ", not " + expectedAccountId);
        }
    }
}
