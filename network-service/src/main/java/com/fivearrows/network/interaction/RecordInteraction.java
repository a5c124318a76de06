package com.fivearrows.network.interaction;

import com.fivearrows.network.keyperson.KeyPersonFact;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Records one interaction with one or more key persons (as loaded now). A person listed twice counts once.
 * {@code seller}, {@code externalId} (required from MARKETING and SERVICE), {@code opportunityId} and
 * {@code notes} may be null; {@code occurredAt} may be back-dated.
 */
public record RecordInteraction(UUID interactionId, List<KeyPersonFact> keyPersons, String seller, InteractionType type,
                                Instant occurredAt, Outcome outcome, InteractionSource source, String externalId,
                                String opportunityId, String notes, Instant now) {
}
