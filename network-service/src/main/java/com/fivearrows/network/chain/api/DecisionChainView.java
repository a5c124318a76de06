package com.fivearrows.network.chain.api;

import com.fivearrows.network.chain.ChainMember;
import com.fivearrows.network.chain.DecisionChainState;
import com.fivearrows.network.chain.OpportunityContext;
import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.relation.Relation;
import com.fivearrows.network.relation.RelationType;
import com.fivearrows.platform.eventsourcing.aggregate.Aggregate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A decision chain as {@code GET /decision-chains/{opportunityId}} answers it, from its stream: the account, who
 * started it, what opportunity-service reported of the opportunity, the members in the order they joined, the
 * chain's own relations, and the stream version (also the {@code ETag}).
 */
public record DecisionChainView(String opportunityId, String accountId, String startedBy, Context context,
                                List<Member> members, List<ChainRelation> relations, long version) {

    /** The opportunity as last reported; unknown fields null, {@code team} never null. */
    public record Context(String stage, BigDecimal amount, String currency, String status, String owner,
                          List<String> team, Instant changedAt) {
    }

    /** A member: its role in this decision and its influence on it (1..5), and who added it. */
    public record Member(UUID keyPersonId, Kind role, int influence, String addedBy) {

        static Member of(ChainMember member) {
            return new Member(member.keyPersonId(), member.role(), member.influence(), member.addedBy());
        }
    }

    /** A relation between two members: {@code strength} 1..5 for {@code INFLUENCES}, null for {@code REPORTS_TO}. */
    public record ChainRelation(UUID relationId, RelationType type, UUID fromKeyPersonId, UUID toKeyPersonId,
                                Integer strength) {

        static ChainRelation of(Relation relation) {
            return new ChainRelation(relation.relationId(), relation.type(), relation.from(), relation.to(),
                    relation.strength());
        }
    }

    public static DecisionChainView of(Aggregate<DecisionChainState> chain) {
        DecisionChainState state = chain.state();
        OpportunityContext context = state.context();
        return new DecisionChainView(state.opportunityId(), state.accountId(), state.startedBy(),
                new Context(context.stage(), context.amount(), context.currency(), context.status(), context.owner(),
                        context.team(), context.changedAt()),
                state.members().stream().map(Member::of).toList(),
                state.relations().relations().stream().map(ChainRelation::of).toList(),
                chain.version());
    }
}
