package com.fivearrows.opportunity.bid;

import com.fivearrows.contracts.EventTypeName;
import com.fivearrows.opportunity.opportunity.Opportunity;
import com.fivearrows.opportunity.opportunity.OpportunityCommand;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.CloseLost;
import com.fivearrows.opportunity.opportunity.OpportunityCommand.CloseWon;
import com.fivearrows.opportunity.opportunity.OpportunityEvent;
import com.fivearrows.opportunity.opportunity.OpportunityState;
import com.fivearrows.platform.domain.ConcurrencyConflict;
import com.fivearrows.platform.eventsourcing.aggregate.AggregateStore;
import com.fivearrows.platform.eventsourcing.envelope.CloudEvent;
import com.fivearrows.platform.eventsourcing.envelope.CloudEventCodec;
import com.fivearrows.platform.eventsourcing.envelope.DataTimes;
import com.fivearrows.platform.eventsourcing.envelope.InboundEvents;
import com.fivearrows.platform.eventsourcing.inbox.Inbox;
import com.fivearrows.platform.eventsourcing.store.EventMetadata;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Closes an opportunity from its bid result ({@code BidResultRecorded} on {@code five-arrows.bid.events}, SPEC §4:
 * "bid results close the opportunity WON / LOST automatically"), at the instant the bid was decided. A lost bid
 * without a reason is closed with the reason {@value #LOST_WITHOUT_REASON}; the winning competitor is kept.
 *
 * <p>Each event is applied once ({@link Inbox}); the same result for an opportunity already closed that way changes
 * nothing. A result for an opportunity this service does not have, or one that contradicts how it was closed (a won
 * bid on an abandoned opportunity), goes to {@code five-arrows.bid.events.dlq} with the reason, as does an event
 * that is not a CloudEvent, breaks its contract or has an unknown version.
 */
@ApplicationScoped
public class BidResultConsumer {
    static final String CONSUMER = "opportunity-bid-results";
    static final String DEFAULT_ACTOR = "bid-analytics-service";
    static final String LOST_WITHOUT_REASON = "bid lost";
    private static final EventTypeName KNOWN = new EventTypeName("bid", "BidResultRecorded", 1);
    private static final int CONFLICT_RETRIES = 3;

    private final AggregateStore<OpportunityCommand, OpportunityState, OpportunityEvent> opportunities;
    private final Inbox inbox;
    private final Clock clock;

    public BidResultConsumer(AggregateStore<OpportunityCommand, OpportunityState, OpportunityEvent> opportunities,
                             Inbox inbox, Clock clock) {
        this.opportunities = opportunities;
        this.inbox = inbox;
        this.clock = clock;
    }

    @Incoming("bid-events")
    public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
        Optional<CloudEvent> applicable = InboundEvents.applicable(record.value(), KNOWN.context(), KNOWN.name()::equals,
                KNOWN.version(), "opportunity-service");
        if (applicable.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        CloudEvent event = applicable.get();
        JsonObject data = event.data();
        String opportunityId = data.getString("opportunityId");
        Instant decidedAt = DataTimes.instant("decidedAt", data.getString("decidedAt"));
        OpportunityCommand command = "WON".equals(data.getString("result"))
                ? new CloseWon(opportunityId, data.getString("reason"), decidedAt)
                : new CloseLost(opportunityId, data.getString("reason") == null ? LOST_WITHOUT_REASON : data.getString("reason"),
                        data.getString("winningCompetitor"), decidedAt);
        EventMetadata metadata = InboundEvents.causedBy(event, DEFAULT_ACTOR, clock.instant());
        // An opportunity never opened is a NotFound from the decider: dead-lettered with that reason.
        return Uni.createFrom()
                .deferred(() -> inbox.once(CONSUMER, CloudEventCodec.eventId(event), tx -> opportunities.handle(tx,
                        Opportunity.streamId(opportunityId), EventStore.ANY, command, metadata)))
                .onFailure(ConcurrencyConflict.class).retry().atMost(CONFLICT_RETRIES)
                .replaceWithVoid();
    }
}
