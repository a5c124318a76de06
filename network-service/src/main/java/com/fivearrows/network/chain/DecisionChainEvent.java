package com.fivearrows.network.chain;

import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.relation.RelationType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What happened to an opportunity's decision chain; stream {@code decision-chain:<opportunityId>}, type {@code DecisionChain}. */
public sealed interface DecisionChainEvent {

    String opportunityId();

    /** The first event of every chain, from its first member or the first opportunity context. */
    record DecisionChainStarted(String opportunityId, String accountId, String startedBy) implements DecisionChainEvent {
    }

    record DecisionChainMemberAdded(String opportunityId, UUID keyPersonId, Kind role, int influence, String addedBy)
            implements DecisionChainEvent {
    }

    record DecisionChainMemberChanged(String opportunityId, UUID keyPersonId, Kind role, int influence)
            implements DecisionChainEvent {
    }

    /** Preceded by a {@link ChainRelationRemoved} for each of the member's edges. */
    record DecisionChainMemberRemoved(String opportunityId, UUID keyPersonId) implements DecisionChainEvent {
    }

    /** {@code strength} is 1..5 for {@code INFLUENCES}, null for {@code REPORTS_TO}. */
    record ChainRelationAdded(String opportunityId, UUID relationId, RelationType type, UUID fromKeyPersonId,
                              UUID toKeyPersonId, Integer strength) implements DecisionChainEvent {
    }

    record ChainRelationRemoved(String opportunityId, UUID relationId) implements DecisionChainEvent {
    }

    /**
     * The opportunity's context after a change reported by opportunity-service: every field holds the value now in
     * force (a field the report left out keeps its earlier value). {@code status} is OPEN, WON, LOST or ABANDONED.
     */
    record OpportunityContextChanged(String opportunityId, String accountId, String stage, BigDecimal amount,
                                     String currency, String status, String owner, List<String> team, Instant changedAt)
            implements DecisionChainEvent {
    }
}
