package com.fivearrows.opportunity.opportunity.api;

import com.fivearrows.opportunity.opportunity.ForecastCategory;
import com.fivearrows.opportunity.opportunity.Grade;
import com.fivearrows.opportunity.opportunity.Money;
import com.fivearrows.opportunity.opportunity.OpportunityState;
import com.fivearrows.opportunity.opportunity.WinStep;
import com.fivearrows.opportunity.stage.StagePlan;
import com.fivearrows.platform.eventsourcing.aggregate.Aggregate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An opportunity as {@code GET /opportunities/{id}} answers it, from its stream: the visible line (stage, its
 * probability, grade, forecast category) and the hidden line (the six win steps), with its version (also the
 * {@code ETag}). {@code stalled} is true when it is open and nothing happened to it for the configured time (30 days).
 */
public record OpportunityView(String opportunityId, String accountId, String name, String owner, List<String> team,
                              String stage, double probability, String status, Money amount, LocalDate expectedCloseDate,
                              Grade grade, ForecastCategory forecastCategory, boolean forecastCategoryOverridden,
                              List<Step> winSteps, int proposals, Instant lastEventAt, boolean stalled, long version) {

    /**
     * A win step: {@code completed}, and whether that (or its re-opening) last happened {@code automatic}ally from
     * the chain's closeness.
     */
    public record Step(int step, WinStep name, boolean completed, boolean automatic) {
    }

    static OpportunityView of(Aggregate<OpportunityState> opportunity, StagePlan plan, Instant now, Duration stalledAfter) {
        OpportunityState state = opportunity.state();
        List<Step> steps = new ArrayList<>();
        for (WinStep step : WinStep.values()) {
            OpportunityState.StepStatus status = state.winSteps().get(step);
            steps.add(new Step(step.number(), step, status != null && status.completed(), status != null && status.automatic()));
        }
        boolean stalled = !state.closed() && state.lastEventAt() != null
                && state.lastEventAt().plus(stalledAfter).isBefore(now);
        return new OpportunityView(state.opportunityId(), state.accountId(), state.name(), state.owner(), state.team(),
                state.stage(), plan.probability(state.stage()), state.closed() ? state.outcome() : "OPEN", state.amount(),
                state.expectedCloseDate(), state.grade(), state.category(), state.categoryOverridden(), steps,
                state.proposals().size(), state.lastEventAt(), stalled, opportunity.version());
    }
}
