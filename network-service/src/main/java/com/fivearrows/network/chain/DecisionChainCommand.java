package com.fivearrows.network.chain;

import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.keyperson.KeyPersonFact;
import com.fivearrows.network.relation.RelationType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What can be asked of a decision chain. Every command names its opportunity, which picks the stream
 * ({@link DecisionChain#streamId}) and is named by the 404 when the chain does not exist.
 */
public sealed interface DecisionChainCommand {

    String opportunityId();

    /**
     * Adds a key person (as loaded now) to the chain, starting the chain if it has no events yet. {@code role} null
     * means the person's kind; {@code influence} null means the role's default influence.
     */
    record AddChainMember(String opportunityId, KeyPersonFact person, Kind role, Integer influence, String actor)
            implements DecisionChainCommand {
    }

    /**
     * Changes a member's role or influence: {@code role} null keeps the current role, {@code influence} null means
     * the default influence of the resulting role. A change to what is already in force changes nothing.
     */
    record ChangeChainMember(String opportunityId, UUID keyPersonId, Kind role, Integer influence)
            implements DecisionChainCommand {
    }

    /** Removes a member and, first, every chain relation it is an end of. */
    record RemoveChainMember(String opportunityId, UUID keyPersonId) implements DecisionChainCommand {
    }

    /** Both ends must be current members; {@code strength} 1..5 for {@code INFLUENCES}, null for {@code REPORTS_TO}. */
    record AddChainRelation(String opportunityId, UUID relationId, RelationType type, UUID fromKeyPersonId,
                            UUID toKeyPersonId, Integer strength) implements DecisionChainCommand {
    }

    record RemoveChainRelation(String opportunityId, UUID relationId) implements DecisionChainCommand {
    }

    /**
     * Applies what opportunity-service reported about the opportunity, merging: a null field keeps the value in
     * force, an empty {@code team} clears it. Starts the chain when it has no events yet ({@code accountId} is then
     * required). Applying what is already in force, or a report older than the one applied, changes nothing, so a
     * redelivered event is harmless. {@code changedAt} (when the opportunity changed) is required.
     */
    record ApplyOpportunityContext(String opportunityId, String accountId, String stage, BigDecimal amount,
                                   String currency, String status, String owner, List<String> team, Instant changedAt,
                                   String actor) implements DecisionChainCommand {
    }
}
