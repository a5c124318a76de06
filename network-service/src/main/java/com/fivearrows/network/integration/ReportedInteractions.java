package com.fivearrows.network.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fivearrows.contracts.EventContracts;
import com.fivearrows.contracts.EventTypeName;
import com.fivearrows.network.interaction.Interaction;
import com.fivearrows.network.interaction.InteractionDraft;
import com.fivearrows.network.interaction.InteractionService;
import com.fivearrows.platform.domain.DomainException;
import com.fivearrows.platform.domain.RuleViolated;
import com.fivearrows.platform.domain.ValidationFailed;
import com.fivearrows.platform.eventsourcing.envelope.InvalidCloudEvent;
import com.fivearrows.platform.eventsourcing.store.EventMetadata;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Records the interactions that marketing and service platforms report, the same way whether they come over REST
 * ({@code POST /integrations/interactions}) or over the topic {@code five-arrows.integration.interactions}:
 * <ol>
 *   <li>the report must conform to {@code five-arrows.integration.InteractionReported.v1};</li>
 *   <li>a report whose source and external id were recorded before is a {@link ReportStatus#DUPLICATE}, whatever
 *       happened to its persons since;</li>
 *   <li>each person reference must name exactly one active key person ({@link KeyPersonMatcher});</li>
 *   <li>the interaction decider's rules apply (e.g. occurred at most 5 minutes in the future).</li>
 * </ol>
 * A report that fails a step is {@link ReportStatus#REJECTED} with every reason of that step, and nothing of it is
 * recorded. The interaction's id is {@code Interaction.idFor(source, externalId)}.
 */
@ApplicationScoped
public class ReportedInteractions {
    /** The contract every report follows, on the topic and over REST. */
    public static final EventTypeName CONTRACT = new EventTypeName("integration", "InteractionReported", 1);

    private final InteractionService interactions;
    private final KeyPersonMatcher matcher;

    public ReportedInteractions(InteractionService interactions, KeyPersonMatcher matcher) {
        this.interactions = interactions;
        this.matcher = matcher;
    }

    /** Checks a report against its contract, then {@link #record}s it; {@code index} is its place in the request. */
    public Uni<ReportResult> report(int index, JsonNode report, EventMetadata metadata) {
        JsonNode externalIdNode = report.get("externalId");
        String externalId = externalIdNode != null && externalIdNode.isTextual() ? externalIdNode.asText() : null;
        List<String> violations = EventContracts.onClasspath().violations(CONTRACT, report);
        if (!violations.isEmpty()) {
            return Uni.createFrom().item(ReportResult.rejected(index, externalId,
                    "breaks the contract of " + CONTRACT + ": " + String.join("; ", violations)));
        }
        ReportedInteraction read;
        try {
            read = ReportedInteraction.fromConforming(report);
        } catch (InvalidCloudEvent e) {
            return Uni.createFrom().item(ReportResult.rejected(index, externalId, e.getMessage()));
        }
        return record(index, read, metadata);
    }

    /** Records a report that conforms to the contract; {@code index} is its place in a bulk request (else 0). */
    public Uni<ReportResult> record(int index, ReportedInteraction report, EventMetadata metadata) {
        String externalId = report.externalId();
        return interactions.isRecorded(report.source(), externalId).flatMap(seen -> seen
                ? Uni.createFrom().item(ReportResult.duplicate(index, externalId,
                        Interaction.idFor(report.source(), externalId)))
                : matchAndRecord(index, report, metadata));
    }

    private Uni<ReportResult> matchAndRecord(int index, ReportedInteraction report, EventMetadata metadata) {
        String externalId = report.externalId();
        return matcher.match(report.keyPersons()).flatMap(match -> {
            if (!match.matched()) {
                return Uni.createFrom().item(ReportResult.rejected(index, externalId, String.join("; ", match.problems())));
            }
            InteractionDraft draft = new InteractionDraft(match.keyPersonIds(), report.seller(), report.type(),
                    report.occurredAt(), report.outcome(), report.source(), externalId, report.opportunityId(),
                    report.notes());
            return interactions.recordOnce(draft, metadata)
                    .map(recorded -> recorded
                            .map(event -> ReportResult.recorded(index, externalId, event.interactionId(), event.keyPersonIds()))
                            .orElseGet(() -> ReportResult.duplicate(index, externalId,
                                    Interaction.idFor(report.source(), externalId))))
                    .onFailure(DomainException.class)
                    .recoverWithItem(failure -> ReportResult.rejected(index, externalId, reason((DomainException) failure)));
        });
    }

    /** The rule or field problems alone, without the exception's summary. */
    private static String reason(DomainException failure) {
        if (failure instanceof ValidationFailed invalid) {
            return String.join("; ", invalid.errors().stream().map(error -> error.field() + " " + error.message()).toList());
        }
        if (failure instanceof RuleViolated violated) {
            return String.join("; ", violated.unmetRules());
        }
        return failure.getMessage();
    }
}
