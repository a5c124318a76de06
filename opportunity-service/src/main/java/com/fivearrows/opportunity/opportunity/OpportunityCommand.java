package com.fivearrows.opportunity.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What can be asked of an opportunity. Every command names its opportunity, so the application finds the stream
 * ({@link Opportunity#streamId}), and carries {@code now}, the instant its events are dated with. Commands that move
 * the stage carry what the decider cannot know itself: the decision chain's latest closeness ({@link ChainFacts},
 * null is read as {@link ChainFacts#UNKNOWN}) and whether account-service has told us of the account.
 */
public sealed interface OpportunityCommand {

    String opportunityId();

    Instant now();

    /**
     * Opens an opportunity in the plan's first stage. {@code team} may be null for none; {@code expectedCloseDate}
     * and {@code source} may be null while not known. {@code accountKnown} does not stop an opening (account-service's
     * events may lag behind a seller); the gate to QUALIFY asks for it.
     */
    record OpenOpportunity(String opportunityId, String accountId, String name, String owner, List<String> team,
                           Money amount, LocalDate expectedCloseDate, String source, boolean accountKnown,
                           Instant now) implements OpportunityCommand {
    }

    /** The whole details; only a change is recorded. {@code expectedCloseDate} null: not known (any more). */
    record ChangeDetails(String opportunityId, String name, LocalDate expectedCloseDate, Instant now)
            implements OpportunityCommand {
    }

    record ChangeAmount(String opportunityId, Money amount, Instant now) implements OpportunityCommand {
    }

    /** The owner and the whole team after the change ({@code team} null: none). */
    record ChangeTeam(String opportunityId, String owner, List<String> team, Instant now) implements OpportunityCommand {
    }

    /** Advances to the next open stage through its gate. */
    record AdvanceStage(String opportunityId, String toStage, ChainFacts chain, boolean accountKnown, Instant now)
            implements OpportunityCommand {
    }

    /** A manager advances to the next open stage although its gate is not met, with a reason. */
    record OverrideGate(String opportunityId, String toStage, String reason, String manager, ChainFacts chain,
                        boolean accountKnown, Instant now) implements OpportunityCommand {
    }

    /** Goes back to an earlier open stage, with a reason. */
    record RegressStage(String opportunityId, String toStage, String reason, ChainFacts chain, Instant now)
            implements OpportunityCommand {
    }

    /** Closes as won; {@code reason} may be null. */
    record CloseWon(String opportunityId, String reason, Instant now) implements OpportunityCommand {
    }

    /** Closes as lost; {@code competitor} may be null when not known. */
    record CloseLost(String opportunityId, String reason, String competitor, Instant now) implements OpportunityCommand {
    }

    record Abandon(String opportunityId, String reason, Instant now) implements OpportunityCommand {
    }

    /** Records a bid or proposal handed to the customer; {@code kind} is {@code BID} or {@code PROPOSAL}. */
    record RegisterProposal(String opportunityId, UUID proposalId, String kind, String reference, Instant now)
            implements OpportunityCommand {
    }

    /** A seller completes a win step by hand, with evidence. */
    record CompleteWinStep(String opportunityId, WinStep step, String evidence, String by, Instant now)
            implements OpportunityCommand {
    }

    /** A seller re-opens a completed win step by hand, with a reason. */
    record ReopenWinStep(String opportunityId, WinStep step, String reason, String by, Instant now)
            implements OpportunityCommand {
    }

    /** The decision chain's closeness changed: re-grade, and complete or re-open win steps 2 and 3 automatically. */
    record ApplyChainFacts(String opportunityId, ChainFacts chain, Instant now) implements OpportunityCommand {
    }

    /** A seller pins the forecast category ({@code category} null: back to the one derived from the grade). */
    record OverrideForecastCategory(String opportunityId, ForecastCategory category, String reason, String seller,
                                    Instant now) implements OpportunityCommand {
    }

    /** A seller attaches one of their personal tactics to a win step of the opportunity. */
    record AttachTactic(String opportunityId, UUID tacticId, WinStep step, String seller, Instant now)
            implements OpportunityCommand {
    }

    record DetachTactic(String opportunityId, UUID tacticId, Instant now) implements OpportunityCommand {
    }
}
