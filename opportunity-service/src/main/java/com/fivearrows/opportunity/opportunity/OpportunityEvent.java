package com.fivearrows.opportunity.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What happened to an opportunity; stream {@code opportunity:<opportunityId>}, stream type {@code Opportunity}. The
 * field names are the JSON names of the published contracts ({@code contracts/opportunity/<Event>.v1.schema.json}).
 * Every event carries the account, so consumers need no lookup; a win step travels as its number, 1..6.
 */
public sealed interface OpportunityEvent {

    String opportunityId();

    /** Opened in the plan's first stage; {@code expectedCloseDate} and {@code source} null while not known. */
    record OpportunityOpened(String opportunityId, String accountId, String name, String owner, List<String> team,
                             String stage, Money amount, LocalDate expectedCloseDate, String source, Instant openedAt)
            implements OpportunityEvent {
        public OpportunityOpened {
            team = List.copyOf(team);
        }
    }

    /** The details after the change; {@code previousCloseDate} is the close date before it (null: was not known). */
    record OpportunityDetailsChanged(String opportunityId, String accountId, String name, LocalDate expectedCloseDate,
                                     LocalDate previousCloseDate, Instant changedAt) implements OpportunityEvent {
    }

    /** The owner and the whole team after the change. */
    record OpportunityTeamChanged(String opportunityId, String accountId, String owner, List<String> team,
                                  Instant changedAt) implements OpportunityEvent {
        public OpportunityTeamChanged {
            team = List.copyOf(team);
        }
    }

    record AmountChanged(String opportunityId, String accountId, Money amount, Money previousAmount, Instant changedAt)
            implements OpportunityEvent {
    }

    /** A manager let the opportunity pass a gate whose criteria were not met; a {@link StageAdvanced} follows. */
    record GateOverridden(String opportunityId, String accountId, String fromStage, String toStage,
                          List<String> unmetCriteria, String reason, String overriddenBy, Instant overriddenAt)
            implements OpportunityEvent {
        public GateOverridden {
            unmetCriteria = List.copyOf(unmetCriteria);
        }
    }

    /** One stage forward; {@code probability} is the new stage's, in percent. */
    record StageAdvanced(String opportunityId, String accountId, String fromStage, String toStage, double probability,
                         boolean gateOverridden, Instant advancedAt) implements OpportunityEvent {
    }

    record StageRegressed(String opportunityId, String accountId, String fromStage, String toStage, double probability,
                          String reason, Instant regressedAt) implements OpportunityEvent {
    }

    /**
     * The grade changed ({@code previousGrade} null on the first grade), decided at {@code stage} on the chain's
     * composite closeness {@code chainC} (null when nothing is known of the chain).
     */
    record OpportunityGraded(String opportunityId, String accountId, Grade grade, Grade previousGrade, String stage,
                             Double chainC, Instant gradedAt) implements OpportunityEvent {
    }

    /**
     * The forecast category changed ({@code previousCategory} null on the first). {@code overridden}: a seller chose
     * it; then {@code reason} and {@code changedBy} say why and who, else both are null.
     */
    record ForecastCategoryChanged(String opportunityId, String accountId, ForecastCategory category,
                                   ForecastCategory previousCategory, boolean overridden, String reason,
                                   String changedBy, Instant changedAt) implements OpportunityEvent {
    }

    /** A bid or proposal ({@code kind} {@code BID} or {@code PROPOSAL}) was handed in; {@code reference} may be null. */
    record ProposalRegistered(String opportunityId, String accountId, UUID proposalId, String kind, String reference,
                              Instant registeredAt) implements OpportunityEvent {
    }

    /** {@code automatic}: completed from the chain's closeness, then {@code completedBy} is null. */
    record WinStepCompleted(String opportunityId, String accountId, int step, String evidence, boolean automatic,
                            String completedBy, Instant completedAt) implements OpportunityEvent {
    }

    /** {@code automatic}: re-opened because the chain no longer bears it out, then {@code reopenedBy} is null. */
    record WinStepReopened(String opportunityId, String accountId, int step, String reason, boolean automatic,
                           String reopenedBy, Instant reopenedAt) implements OpportunityEvent {
    }

    record TacticAttached(String opportunityId, String accountId, UUID tacticId, int step, String attachedBy,
                          Instant attachedAt) implements OpportunityEvent {
    }

    record TacticDetached(String opportunityId, String accountId, UUID tacticId, Instant detachedAt)
            implements OpportunityEvent {
    }

    /** Closed as won; {@code reason} null when none was given. */
    record OpportunityWon(String opportunityId, String accountId, Money amount, Instant wonAt, String reason)
            implements OpportunityEvent {
    }

    /** Closed as lost; {@code competitor} null when not known. */
    record OpportunityLost(String opportunityId, String accountId, Money amount, Instant lostAt, String reason,
                           String competitor) implements OpportunityEvent {
    }

    record OpportunityAbandoned(String opportunityId, String accountId, Instant abandonedAt, String reason)
            implements OpportunityEvent {
    }
}
