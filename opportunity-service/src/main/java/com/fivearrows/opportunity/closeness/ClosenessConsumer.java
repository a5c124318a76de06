package com.fivearrows.opportunity.closeness;

import com.fivearrows.contracts.EventTypeName;
import com.fivearrows.platform.eventsourcing.envelope.CloudEvent;
import com.fivearrows.platform.eventsourcing.envelope.CloudEventCodec;
import com.fivearrows.platform.eventsourcing.envelope.InvalidCloudEvent;
import com.fivearrows.platform.eventsourcing.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Learns each decision chain's closeness from network-service's {@code ClosenessChanged} events (level
 * {@code DECISION_CHAIN}) on {@code five-arrows.network.events}, into {@link ChainClosenessRepository}. Every other
 * network event, and closeness of a person or an account, is acknowledged and ignored unread: those are the business
 * of their own consumers.
 *
 * <p>Each event is applied once ({@link Inbox}, consumer {@value #CONSUMER}), and only when it is a later version of
 * the chain's closeness stream than the one kept. A {@code ClosenessChanged} that is not a CloudEvent, breaks its
 * contract, has no stream version or a version of the type this service does not know goes to
 * {@code five-arrows.network.events.dlq} with the reason.
 */
@ApplicationScoped
public class ClosenessConsumer {
    static final String CONSUMER = "opportunity-chain-closeness";
    private static final EventTypeName KNOWN = new EventTypeName("network", "ClosenessChanged", 1);
    private static final Logger LOG = Logger.getLogger(ClosenessConsumer.class);

    private final ChainClosenessRepository closeness;
    private final Inbox inbox;

    public ClosenessConsumer(ChainClosenessRepository closeness, Inbox inbox) {
        this.closeness = closeness;
        this.inbox = inbox;
    }

    @Incoming("network-events")
    public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
        CloudEvent envelope = CloudEventCodec.parse(record.value());
        EventTypeName type = envelope.typeName();
        if (!KNOWN.context().equals(type.context()) || !KNOWN.name().equals(type.name())) {
            return Uni.createFrom().voidItem();
        }
        if (type.version() != KNOWN.version()) {
            throw new InvalidCloudEvent("unsupported event type " + type + ": opportunity-service reads " + KNOWN);
        }
        if (!ChainClosenessReports.isChain(envelope.data())) {
            return Uni.createFrom().voidItem();
        }
        CloudEvent event = CloudEventCodec.parseConforming(record.value());
        if (event.streamVersion() == null) {
            throw new InvalidCloudEvent("a ClosenessChanged without streamversion cannot be ordered against the ones"
                    + " already received");
        }
        String opportunityId = event.data().getString("opportunityId");
        return inbox.once(CONSUMER, CloudEventCodec.eventId(event), tx -> closeness
                        .store(tx, opportunityId, event.streamVersion(), ChainClosenessReports.facts(event.data()))
                        .invoke(kept -> {
                            if (!kept) {
                                LOG.debugf("Kept the later closeness of chain %s; version %d changes nothing",
                                        opportunityId, event.streamVersion());
                            }
                        }))
                .replaceWithVoid();
    }
}
