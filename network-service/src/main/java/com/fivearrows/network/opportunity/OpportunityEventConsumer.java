package com.fivearrows.network.opportunity;

import com.fivearrows.contracts.EventTypeName;
import com.fivearrows.network.chain.DecisionChain;
import com.fivearrows.network.chain.DecisionChainCommand;
import com.fivearrows.network.chain.DecisionChainCommand.ApplyOpportunityContext;
import com.fivearrows.network.chain.DecisionChainEvent;
import com.fivearrows.network.chain.DecisionChainState;
import com.fivearrows.platform.domain.ConcurrencyConflict;
import com.fivearrows.platform.eventsourcing.aggregate.AggregateStore;
import com.fivearrows.platform.eventsourcing.envelope.CloudEvent;
import com.fivearrows.platform.eventsourcing.envelope.CloudEventCodec;
import com.fivearrows.platform.eventsourcing.envelope.InboundEvents;
import com.fivearrows.platform.eventsourcing.inbox.Inbox;
import com.fivearrows.platform.eventsourcing.store.EventMetadata;
import com.fivearrows.platform.eventsourcing.store.EventStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps each decision chain's opportunity context (account, stage, amount, status, owner, team) in step with
 * opportunity-service's events on {@code five-arrows.opportunity.events}, starting the chain when it has none yet
 * (see {@link OpportunityContextReports} for what each event sets). The context says who may edit the chain and
 * which opportunity a bid result's interactions belong to.
 *
 * <p>Each event is applied once ({@link Inbox}, consumer {@value #CONSUMER}); a report older than the context in
 * force, or one that changes nothing, appends nothing. Other opportunity events (e.g. a grade) are acknowledged and
 * ignored. An event of a type applied here that is not a CloudEvent, breaks its contract or has a version this
 * service does not know goes to {@code five-arrows.opportunity.events.dlq} with the reason.
 */
@ApplicationScoped
public class OpportunityEventConsumer {
    static final String CONSUMER = "network-opportunity-context";
    static final String DEFAULT_ACTOR = "opportunity-service";
    private static final String CONTEXT = "opportunity";
    private static final int KNOWN_VERSION = 1;
    // A chain edited at the same moment (a member added) makes the append conflict: decide again on the new state.
    private static final int CONFLICT_RETRIES = 3;

    private final AggregateStore<DecisionChainCommand, DecisionChainState, DecisionChainEvent> chains;
    private final Inbox inbox;
    private final Clock clock;

    public OpportunityEventConsumer(AggregateStore<DecisionChainCommand, DecisionChainState, DecisionChainEvent> chains,
                                    Inbox inbox, Clock clock) {
        this.chains = chains;
        this.inbox = inbox;
        this.clock = clock;
    }

    @Incoming("opportunity-events")
    public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
        Optional<CloudEvent> applicable = InboundEvents.applicable(record.value(), CONTEXT,
                OpportunityContextReports::applies, KNOWN_VERSION, "network-service");
        if (applicable.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        CloudEvent event = applicable.get();
        EventTypeName type = event.typeName();
        EventMetadata metadata = InboundEvents.causedBy(event, DEFAULT_ACTOR, clock.instant());
        ApplyOpportunityContext command = OpportunityContextReports.toCommand(type.name(), event.data(), metadata.actor());
        return Uni.createFrom()
                .deferred(() -> inbox.once(CONSUMER, CloudEventCodec.eventId(event), tx -> chains.handle(tx,
                        DecisionChain.streamId(command.opportunityId()), EventStore.ANY, command, metadata)))
                .onFailure(ConcurrencyConflict.class).retry().atMost(CONFLICT_RETRIES)
                .replaceWithVoid();
    }
}
