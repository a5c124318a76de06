package com.fivearrows.network.interaction;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The body of {@code POST /interactions}: a seller's contact with key persons. {@code notes} and
 * {@code opportunityId} may be left out; the decider checks everything else.
 */
public record NewInteraction(List<@NotNull UUID> keyPersonIds, InteractionType type, Instant occurredAt,
                             Outcome outcome, String notes, String opportunityId) {

    /** The interaction as the caller, {@code seller}, reports it: source {@code SELLER}, no external id. */
    InteractionDraft bySeller(String seller) {
        return new InteractionDraft(keyPersonIds, seller, type, occurredAt, outcome, InteractionSource.SELLER, null,
                opportunityId, notes);
    }
}
