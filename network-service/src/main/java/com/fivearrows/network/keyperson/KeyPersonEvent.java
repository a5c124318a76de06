package com.fivearrows.network.keyperson;

import java.time.Instant;
import java.util.UUID;

/** What happened to a key person; stream {@code key-person:<uuid>}, stream type {@code KeyPerson}. */
public sealed interface KeyPersonEvent {

    UUID keyPersonId();

    /** A person joined the network; the profile's influence is resolved (1..5). */
    record KeyPersonRegistered(UUID keyPersonId, String accountId, KeyPersonProfile profile, String registeredBy)
            implements KeyPersonEvent {
    }

    /** The whole profile after the change, influence resolved. */
    record KeyPersonUpdated(UUID keyPersonId, KeyPersonProfile profile) implements KeyPersonEvent {
    }

    record KeyPersonDeactivated(UUID keyPersonId, String reason) implements KeyPersonEvent {
    }

    record RelationshipLevelAssessed(UUID keyPersonId, RelationshipLevel level, Instant assessedAt, String assessedBy,
                                     String note) implements KeyPersonEvent {
    }

    record SolutionStanceAssessed(UUID keyPersonId, SolutionStance stance, Instant assessedAt, String assessedBy,
                                  String note) implements KeyPersonEvent {
    }

    record PriceStanceAssessed(UUID keyPersonId, PriceStance stance, Instant assessedAt, String assessedBy, String note)
            implements KeyPersonEvent {
    }
}
