package com.fivearrows.network.interaction;

import com.fivearrows.network.keyperson.KeyPersonFact;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An interaction as a caller reports it, with its key persons by id: what {@link InteractionService} turns into a
 * {@link RecordInteraction} once it has loaded those persons. {@code seller}, {@code externalId},
 * {@code opportunityId} and {@code notes} may be null.
 */
public record InteractionDraft(List<UUID> keyPersonIds, String seller, InteractionType type, Instant occurredAt,
                               Outcome outcome, InteractionSource source, String externalId, String opportunityId,
                               String notes) {

    public InteractionDraft {
        keyPersonIds = keyPersonIds == null ? List.of() : List.copyOf(keyPersonIds);
    }

    RecordInteraction toCommand(UUID interactionId, List<KeyPersonFact> keyPersons, Instant now) {
        return new RecordInteraction(interactionId, keyPersons, seller, type, occurredAt, outcome, source, externalId,
                opportunityId, notes, now);
    }
}
