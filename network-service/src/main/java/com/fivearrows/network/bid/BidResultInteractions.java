package com.fivearrows.network.bid;

import com.fivearrows.network.app.KeyPersonFacts;
import com.fivearrows.network.chain.ChainMember;
import com.fivearrows.network.chain.DecisionChain;
import com.fivearrows.network.chain.DecisionChainCommand;
import com.fivearrows.network.chain.DecisionChainEvent;
import com.fivearrows.network.chain.DecisionChainState;
import com.fivearrows.network.interaction.InteractionDraft;
import com.fivearrows.network.interaction.InteractionService;
import com.fivearrows.network.interaction.InteractionSource;
import com.fivearrows.network.interaction.InteractionType;
import com.fivearrows.network.interaction.Outcome;
import com.fivearrows.network.keyperson.KeyPersonFact;
import com.fivearrows.platform.eventsourcing.aggregate.AggregateStore;
import com.fivearrows.platform.eventsourcing.store.EventMetadata;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Turns a bid result into one interaction with every current member of the opportunity's decision chain (SPEC
 * §3.4): type {@code BID_WON} with outcome {@code POSITIVE}, or {@code BID_LOST} with {@code NEGATIVE}; source
 * {@code BID}; occurred when the award was decided; external id the bid id, so its id is
 * {@code Interaction.idFor(BID, bidId)} and a second copy of the result records nothing; seller the opportunity's
 * owner when the chain knows it. The chain is read from its stream, not the read model, so members added a moment
 * before the result count.
 *
 * <p>Members deactivated since they joined are left out. A chain that does not exist, or has no active member, gets
 * no interaction: there is nobody to record it with, so that is logged (INFO) and the result is done with.
 */
@ApplicationScoped
public class BidResultInteractions {
    private static final Logger LOG = Logger.getLogger(BidResultInteractions.class);

    private final AggregateStore<DecisionChainCommand, DecisionChainState, DecisionChainEvent> chains;
    private final KeyPersonFacts keyPersons;
    private final InteractionService interactions;

    public BidResultInteractions(AggregateStore<DecisionChainCommand, DecisionChainState, DecisionChainEvent> chains,
                                 KeyPersonFacts keyPersons, InteractionService interactions) {
        this.chains = chains;
        this.keyPersons = keyPersons;
        this.interactions = interactions;
    }

    public Uni<Void> record(BidResult result, EventMetadata metadata) {
        String externalId = result.bidId().toString();
        return interactions.isRecorded(InteractionSource.BID, externalId).flatMap(seen -> {
            if (seen) {
                LOG.debugf("Bid result %s was recorded before", externalId);
                return Uni.createFrom().voidItem();
            }
            return chains.load(DecisionChain.streamId(result.opportunityId()))
                    .flatMap(chain -> activeMembers(chain.state())
                            .flatMap(members -> recordWith(result, chain.state(), members, metadata)));
        });
    }

    private Uni<List<UUID>> activeMembers(DecisionChainState chain) {
        List<UUID> members = chain.members().stream().map(ChainMember::keyPersonId).toList();
        return keyPersons.of(members).map(facts -> facts.stream()
                .filter(KeyPersonFact::active)
                .map(KeyPersonFact::keyPersonId)
                .toList());
    }

    private Uni<Void> recordWith(BidResult result, DecisionChainState chain, List<UUID> members, EventMetadata metadata) {
        if (members.isEmpty()) {
            LOG.infof("Bid %s (%s) of opportunity %s: its decision chain has no active member, no interaction recorded",
                    result.bidId(), result.won() ? "won" : "lost", result.opportunityId());
            return Uni.createFrom().voidItem();
        }
        InteractionDraft draft = new InteractionDraft(members, chain.context().owner(),
                result.won() ? InteractionType.BID_WON : InteractionType.BID_LOST, result.decidedAt(),
                result.won() ? Outcome.POSITIVE : Outcome.NEGATIVE, InteractionSource.BID, result.bidId().toString(),
                result.opportunityId(), null);
        return interactions.recordOnce(draft, metadata).map(recorded -> {
            if (recorded.isEmpty()) {
                LOG.debugf("Bid result %s was recorded before", result.bidId());
            }
            return recorded;
        }).replaceWithVoid();
    }
}
