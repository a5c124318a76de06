package com.fivearrows.opportunity.closeness;

import com.fivearrows.contracts.EventTypeName;
import com.fivearrows.opportunity.opportunity.ChainFacts;
import com.fivearrows.opportunity.opportunity.Opportunity;
import com.fivearrows.opportunity.opportunity.OpportunityCommand;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.ApplyChainFacts;
import com.fivearrows.opportunity.opportunity.OpportunityEvent;
import com.fivearrows.opportunity.opportunity.OpportunityState;
import com.fivearrows.platform.domain.ConcurrencyConflict;
import com.fivearrows.platform.domain.NotFound;
import com.fivearrows.platform.eventsourcing.aggregate.AggregateStore;
import com.fivearrows.platform.eventsourcing.envelope.CloudEvent;
import com.fivearrows.platform.eventsourcing.envelope.CloudEventCodec;
import com.fivearrows.platform.eventsourcing.envelope.InboundEvents;
import com.fivearrows.platform.eventsourcing.envelope.InvalidCloudEvent;
import com.fivearrows.platform.eventsourcing.inbox.Inbox;
import com.fivearrows.platform.eventsourcing.store.EventMetadata;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Learns each decision chain's closeness from network-service's {@code ClosenessChanged} events (level
 * {@code DECISION_CHAIN}) on {@code five-arrows.network.events}, into {@link ChainClosenessRepository}, and lets the
 * opportunity act on it at once ({@code ApplyChainFacts}: its grade, win steps 2 and 3). Every other
 * network event, and closeness of a person or an account, is acknowledged and ignored: those are the business of
 * their own consumers.
 *
 * <p>Records are keyed by the stream id of their event (the "Keys" convention of {@code contracts/EVENTS.md}), and a
 * chain's closeness is its stream {@code closeness:chain:<opportunityId>}: a record with any other key is acknowledged
 * without being parsed, since most of the topic (interactions, closeness of persons and accounts) is not for this
 * consumer and parsing it would cost CPU for nothing. A record without a key is read as before, so a chain's
 * closeness sent without one is not lost.
 *
 * <p>Each event is applied once ({@link Inbox}, consumer {@value #CONSUMER}), and only when it is a later version of
 * the chain's closeness stream than the one kept. A record it reads that is not a CloudEvent, and a
 * {@code ClosenessChanged} that breaks its contract, has no stream version or a version of the type this service does
 * not know, goes to {@code five-arrows.network.events.dlq} with the reason.
 */
@ApplicationScoped
public class ClosenessConsumer {
    static final String CONSUMER = "opportunity-chain-closeness";
    static final String DEFAULT_ACTOR = "network-service";
    private static final EventTypeName KNOWN = new EventTypeName("network", "ClosenessChanged", 1);
    private static final String CHAIN_STREAM = "closeness:chain:";
    private static final Logger LOG = Logger.getLogger(ClosenessConsumer.class);

    // A command on the opportunity at the same moment (an advance) makes the append conflict: decide again.
    private static final int CONFLICT_RETRIES = 3;

    private final ChainClosenessRepository closeness;
    private final AggregateStore<OpportunityCommand, OpportunityState, OpportunityEvent> opportunities;
    private final Inbox inbox;
    private final Clock clock;

    public ClosenessConsumer(ChainClosenessRepository closeness,
                             AggregateStore<OpportunityCommand, OpportunityState, OpportunityEvent> opportunities,
                             Inbox inbox, Clock clock) {
        this.closeness = closeness;
        this.opportunities = opportunities;
        this.inbox = inbox;
        this.clock = clock;
    }

    @Incoming("network-events")
    public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
        if (record.key() != null && !record.key().startsWith(CHAIN_STREAM)) {
            return Uni.createFrom().voidItem();
        }
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
        long version = event.streamVersion();
        ChainFacts facts = ChainClosenessReports.facts(event.data());
        EventMetadata metadata = InboundEvents.causedBy(event, DEFAULT_ACTOR, clock.instant());
        return Uni.createFrom()
                .deferred(() -> inbox.once(CONSUMER, CloudEventCodec.eventId(event), tx -> closeness.versionOf(tx, opportunityId)
                        .flatMap(kept -> {
                            if (kept >= version) {
                                LOG.debugf("Kept version %s of chain %s's closeness; version %s changes nothing",
                                        kept, opportunityId, (Object) version);
                                return Uni.createFrom().voidItem();
                            }
                            return apply(tx, opportunityId, facts, metadata)
                                    .flatMap(ignored -> closeness.store(tx, opportunityId, version, facts));
                        })))
                .onFailure(ConcurrencyConflict.class).retry().atMost(CONFLICT_RETRIES)
                .replaceWithVoid();
    }

    /**
     * Lets the opportunity re-grade and complete or re-open win steps 2 and 3 on the new facts, first in the
     * transaction (the store's rule); a chain of an opportunity this service does not have is only kept.
     */
    private Uni<?> apply(SqlConnection tx, String opportunityId, ChainFacts facts, EventMetadata metadata) {
        // The decider refuses an opportunity never opened before anything is written, so the transaction goes on.
        return opportunities.handle(tx, Opportunity.streamId(opportunityId), EventStore.ANY,
                        new ApplyChainFacts(opportunityId, facts, metadata.occurredAt()), metadata)
                .onFailure(NotFound.class).recoverWithNull();
    }
}
