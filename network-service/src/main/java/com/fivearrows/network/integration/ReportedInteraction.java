package com.fivearrows.network.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fivearrows.network.interaction.InteractionSource;
import com.fivearrows.network.interaction.InteractionType;
import com.fivearrows.network.interaction.Outcome;
import com.fivearrows.platform.eventsourcing.envelope.DataTimes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code five-arrows.integration.InteractionReported.v1} as network-service reads it: {@code seller},
 * {@code opportunityId} and {@code notes} may be null.
 */
public record ReportedInteraction(InteractionSource source, String externalId, List<PersonReference> keyPersons,
                                  InteractionType type, Instant occurredAt, Outcome outcome, String seller,
                                  String opportunityId, String notes) {

    public ReportedInteraction {
        keyPersons = List.copyOf(keyPersons);
    }

    /**
     * Reads data that conforms to the contract (check it first: this assumes every required property is there).
     *
     * @throws com.fivearrows.platform.eventsourcing.envelope.InvalidCloudEvent for a time the pattern admits but the
     *                                                                          calendar does not (30 February)
     */
    static ReportedInteraction fromConforming(JsonNode data) {
        List<PersonReference> persons = new ArrayList<>();
        data.get("keyPersons").forEach(person -> persons.add(new PersonReference(text(person, "externalId"),
                text(person, "email"))));
        return new ReportedInteraction(InteractionSource.valueOf(data.get("source").asText()),
                data.get("externalId").asText(), persons, InteractionType.valueOf(data.get("type").asText()),
                DataTimes.instant("occurredAt", data.get("occurredAt").asText()),
                Outcome.valueOf(data.get("outcome").asText()), text(data, "seller"), text(data, "opportunityId"),
                text(data, "notes"));
    }

    /** The property's text, or null when it is absent or null. */
    private static String text(JsonNode node, String property) {
        JsonNode value = node.get(property);
        return value == null || value.isNull() ? null : value.asText();
    }
}
