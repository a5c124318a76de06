package com.fivearrows.network.interaction;

import com.fivearrows.network.interaction.InteractionEvent.InteractionRecorded;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An interaction as the API shows it. {@code seller}, {@code externalId}, {@code opportunityId} and {@code notes}
 * are null when there are none; {@code recordedAt} is when the service recorded it.
 */
public record InteractionView(UUID interactionId, List<UUID> keyPersonIds, String seller, InteractionType type,
                              Instant occurredAt, Outcome outcome, InteractionSource source, String externalId,
                              String opportunityId, String notes, Instant recordedAt) {

    static InteractionView of(InteractionRecorded recorded, Instant recordedAt) {
        return new InteractionView(recorded.interactionId(), recorded.keyPersonIds(), recorded.seller(), recorded.type(),
                recorded.occurredAt(), recorded.outcome(), recorded.source(), recorded.externalId(),
                recorded.opportunityId(), recorded.notes(), recordedAt);
    }
}
