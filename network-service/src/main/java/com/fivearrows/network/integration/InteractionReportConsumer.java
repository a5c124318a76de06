package com.fivearrows.network.integration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fivearrows.platform.eventsourcing.envelope.CloudEvent;
import com.fivearrows.platform.eventsourcing.envelope.CloudEventCodec;
import com.fivearrows.platform.eventsourcing.envelope.InboundEvents;
import com.fivearrows.platform.eventsourcing.envelope.InvalidCloudEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Interactions that marketing and service platforms report on {@code five-arrows.integration.interactions}, one
 * CloudEvent each of type {@code five-arrows.integration.InteractionReported.v1}, recorded exactly like those
 * pushed over REST ({@link ReportedInteractions}).
 *
 * <p>A report recorded before (the same source and external id, e.g. a redelivery) is acknowledged and changes
 * nothing: the interaction's stream id is derived from them, so no inbox is needed. Everything that cannot be
 * recorded goes to {@code five-arrows.integration.interactions.dlq} with its reason in the
 * {@code dead-letter-reason} header, and the consumer goes on: an envelope that is not a CloudEvent, another event
 * type ("unsupported event type …"), data that breaks the contract, a person reference that names no single
 * active key person, or a report the interaction rules refuse.
 */
@ApplicationScoped
public class InteractionReportConsumer {
    static final String TOPIC = "five-arrows.integration.interactions";
    private static final Logger LOG = Logger.getLogger(InteractionReportConsumer.class);

    private final ReportedInteractions reports;
    private final ObjectMapper json;
    private final Clock clock;

    public InteractionReportConsumer(ReportedInteractions reports, ObjectMapper json, Clock clock) {
        this.reports = reports;
        this.json = json;
        this.clock = clock;
    }

    @Incoming("integration-interactions")
    public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
        String type = CloudEventCodec.parse(record.value()).type();
        if (!ReportedInteractions.CONTRACT.toString().equals(type)) {
            throw new InvalidCloudEvent("unsupported event type " + type + " on " + TOPIC + ": only "
                    + ReportedInteractions.CONTRACT + " is accepted");
        }
        CloudEvent event = CloudEventCodec.parseConforming(record.value());
        ReportedInteraction report = ReportedInteraction.fromConforming(json.valueToTree(event.data().getMap()));
        return reports.record(0, report, InboundEvents.causedBy(event, event.source(), clock.instant()))
                .map(result -> {
                    if (result.status() == ReportStatus.REJECTED) {
                        throw new InteractionRejected(result.reason());
                    }
                    if (result.status() == ReportStatus.DUPLICATE) {
                        LOG.debugf("%s %s of %s was recorded before as interaction %s", report.source(),
                                report.externalId(), event.source(), result.interactionId());
                    }
                    return result;
                })
                .replaceWithVoid();
    }
}
