package com.fivearrows.network.interaction;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What happened to an interaction; stream {@code interaction:<uuid>}, stream type {@code Interaction}. */
public sealed interface InteractionEvent {

    UUID interactionId();

    /** {@code seller}, {@code externalId}, {@code opportunityId} and {@code notes} may be null. */
    record InteractionRecorded(UUID interactionId, List<UUID> keyPersonIds, String seller, InteractionType type,
                               Instant occurredAt, Outcome outcome, InteractionSource source, String externalId,
                               String opportunityId, String notes) implements InteractionEvent {
    }
}
