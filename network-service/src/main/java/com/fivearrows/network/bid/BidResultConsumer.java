package com.fivearrows.network.bid;

import com.fivearrows.contracts.EventTypeName;
import com.fivearrows.platform.eventsourcing.envelope.CloudEvent;
import com.fivearrows.platform.eventsourcing.envelope.InboundEvents;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Bid results from {@code five-arrows.bid.events}: each {@code five-arrows.bid.BidResultRecorded.v1} becomes one
 * BID_WON or BID_LOST interaction with the opportunity's decision chain ({@link BidResultInteractions}); a
 * redelivery records nothing (the interaction's stream id comes from the bid id). Other events on the topic are
 * acknowledged and ignored. A result that is not a CloudEvent, has a version this service does not read, breaks
 * its contract or that the interaction rules refuse (e.g. decided more than 5 minutes in the future) goes to
 * {@code five-arrows.bid.events.dlq} with the reason.
 */
@ApplicationScoped
public class BidResultConsumer {
    static final EventTypeName BID_RESULT = new EventTypeName("bid", "BidResultRecorded", 1);
    static final String DEFAULT_ACTOR = "bid-analytics-service";

    private final BidResultInteractions interactions;
    private final Clock clock;

    public BidResultConsumer(BidResultInteractions interactions, Clock clock) {
        this.interactions = interactions;
        this.clock = clock;
    }

    @Incoming("bid-events")
    public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
        Optional<CloudEvent> applicable = InboundEvents.applicable(record.value(), BID_RESULT.context(),
                BID_RESULT.name()::equals, BID_RESULT.version(), "network-service");
        if (applicable.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        CloudEvent event = applicable.get();
        return interactions.record(BidResult.fromConforming(event.data()),
                InboundEvents.causedBy(event, DEFAULT_ACTOR, clock.instant()));
    }
}
