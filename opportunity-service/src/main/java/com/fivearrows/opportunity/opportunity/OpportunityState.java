package com.fivearrows.opportunity.opportunity;

import com.fivearrows.opportunity.stage.StagePlan;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An opportunity as its decider sees it; {@code opportunityId} is null while it does not exist. Once closed, the
 * {@code stage} is {@code WON}, {@code LOST} or {@code ABANDONED}.
 *
 * @param grade              the current grade; null only before the first {@code OpportunityGraded}
 * @param category           the current forecast category; null only before the first {@code ForecastCategoryChanged}
 * @param categoryOverridden whether a seller pinned the category (it then no longer follows the grade)
 * @param winSteps           the win steps touched so far, by hand or automatically; a step not in the map was never
 *                           touched
 * @param proposals          the bids and proposals registered
 * @param tactics            the attached tactics and the win step each is attached to
 * @param lastEventAt        when the last event happened
 */
public record OpportunityState(
        String opportunityId,
        String accountId,
        String name,
        String owner,
        List<String> team,
        String stage,
        Money amount,
        LocalDate expectedCloseDate,
        Grade grade,
        ForecastCategory category,
        boolean categoryOverridden,
        Map<WinStep, StepStatus> winSteps,
        Set<UUID> proposals,
        Map<UUID, WinStep> tactics,
        Instant lastEventAt) {

    /** The state of an opportunity not opened (yet). */
    public static final OpportunityState NONE = new OpportunityState(null, null, null, null, List.of(), null, null,
            null, null, null, false, Map.of(), Set.of(), Map.of(), null);

    /**
     * Where a win step stands: completed or re-opened, and whether that last happened automatically (from the
     * chain's closeness) or by hand. Automation only touches a step never touched or last touched automatically.
     */
    public record StepStatus(boolean completed, boolean automatic) {
    }

    public OpportunityState {
        team = List.copyOf(team);
        winSteps = Map.copyOf(winSteps);
        proposals = Set.copyOf(proposals);
        tactics = Map.copyOf(tactics);
    }

    public boolean exists() {
        return opportunityId != null;
    }

    /** Whether it was won, lost or abandoned. */
    public boolean closed() {
        return StagePlan.WON.equals(stage) || StagePlan.LOST.equals(stage) || StagePlan.ABANDONED.equals(stage);
    }

    /** {@code WON}, {@code LOST} or {@code ABANDONED} once closed; null while open. */
    public String outcome() {
        return closed() ? stage : null;
    }

    public boolean stepCompleted(WinStep step) {
        StepStatus status = winSteps.get(step);
        return status != null && status.completed();
    }

    /** Whether automation may complete or re-open the step: never touched, or last touched automatically. */
    public boolean stepLeftToAutomation(WinStep step) {
        StepStatus status = winSteps.get(step);
        return status == null || status.automatic();
    }

    OpportunityState withDetails(String name, LocalDate expectedCloseDate, Instant at) {
        return new OpportunityState(opportunityId, accountId, name, owner, team, stage, amount, expectedCloseDate,
                grade, category, categoryOverridden, winSteps, proposals, tactics, at);
    }

    OpportunityState withTeam(String owner, List<String> team, Instant at) {
        return new OpportunityState(opportunityId, accountId, name, owner, team, stage, amount, expectedCloseDate,
                grade, category, categoryOverridden, winSteps, proposals, tactics, at);
    }

    OpportunityState withAmount(Money amount, Instant at) {
        return new OpportunityState(opportunityId, accountId, name, owner, team, stage, amount, expectedCloseDate,
                grade, category, categoryOverridden, winSteps, proposals, tactics, at);
    }

    OpportunityState withStage(String stage, Instant at) {
        return new OpportunityState(opportunityId, accountId, name, owner, team, stage, amount, expectedCloseDate,
                grade, category, categoryOverridden, winSteps, proposals, tactics, at);
    }

    OpportunityState withGrade(Grade grade, Instant at) {
        return new OpportunityState(opportunityId, accountId, name, owner, team, stage, amount, expectedCloseDate,
                grade, category, categoryOverridden, winSteps, proposals, tactics, at);
    }

    OpportunityState withCategory(ForecastCategory category, boolean overridden, Instant at) {
        return new OpportunityState(opportunityId, accountId, name, owner, team, stage, amount, expectedCloseDate,
                grade, category, overridden, winSteps, proposals, tactics, at);
    }

    OpportunityState withStep(WinStep step, StepStatus status, Instant at) {
        Map<WinStep, StepStatus> steps = new HashMap<>(winSteps);
        steps.put(step, status);
        return new OpportunityState(opportunityId, accountId, name, owner, team, stage, amount, expectedCloseDate,
                grade, category, categoryOverridden, steps, proposals, tactics, at);
    }

    OpportunityState withProposal(UUID proposalId, Instant at) {
        Set<UUID> registered = new HashSet<>(proposals);
        registered.add(proposalId);
        return new OpportunityState(opportunityId, accountId, name, owner, team, stage, amount, expectedCloseDate,
                grade, category, categoryOverridden, winSteps, registered, tactics, at);
    }

    /** With the tactic attached to {@code step}, or detached when {@code step} is null. */
    OpportunityState withTactic(UUID tacticId, WinStep step, Instant at) {
        Map<UUID, WinStep> attached = new HashMap<>(tactics);
        if (step == null) {
            attached.remove(tacticId);
        } else {
            attached.put(tacticId, step);
        }
        return new OpportunityState(opportunityId, accountId, name, owner, team, stage, amount, expectedCloseDate,
                grade, category, categoryOverridden, winSteps, proposals, attached, at);
    }

    OpportunityState touched(Instant at) {
        return new OpportunityState(opportunityId, accountId, name, owner, team, stage, amount, expectedCloseDate,
                grade, category, categoryOverridden, winSteps, proposals, tactics, at);
    }
}
