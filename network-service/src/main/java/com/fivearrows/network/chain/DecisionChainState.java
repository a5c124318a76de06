package com.fivearrows.network.chain;

import com.fivearrows.network.relation.RelationGraph;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A decision chain as its decider sees it. {@code opportunityId} is null while the chain has no events;
 * {@code members} are in the order they joined; {@code relations} are the chain's own edges among its members.
 */
public record DecisionChainState(
        String opportunityId,
        String accountId,
        String startedBy,
        List<ChainMember> members,
        RelationGraph relations,
        OpportunityContext context) {

    public static final DecisionChainState NONE =
            new DecisionChainState(null, null, null, List.of(), RelationGraph.EMPTY, OpportunityContext.UNKNOWN);

    public DecisionChainState {
        members = List.copyOf(members);
    }

    public boolean exists() {
        return opportunityId != null;
    }

    public Optional<ChainMember> member(UUID keyPersonId) {
        return members.stream().filter(m -> m.keyPersonId().equals(keyPersonId)).findFirst();
    }

    public boolean isMember(UUID keyPersonId) {
        return member(keyPersonId).isPresent();
    }

    /** Whether the user started the chain, owns the opportunity or is on its team: who may edit the chain. */
    public boolean involves(String user) {
        return user != null && (user.equals(startedBy) || user.equals(context.owner()) || context.team().contains(user));
    }
}
