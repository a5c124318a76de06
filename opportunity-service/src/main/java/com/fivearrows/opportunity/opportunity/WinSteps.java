package com.fivearrows.opportunity.opportunity;

import com.fivearrows.opportunity.opportunity.OpportunityEvent.WinStepCompleted;
import com.fivearrows.opportunity.opportunity.OpportunityEvent.WinStepReopened;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Win steps 2 and 3 of the six-step method complete themselves from the decision chain's closeness (SPEC §4):
 *
 * <ul>
 *   <li>step 2 (map the decision chain) when the chain has a {@code DECISION_MAKER} and an {@code EVALUATOR};</li>
 *   <li>step 3 (develop a coach and supporters) when the best {@code COACH} has C ≥ 60, or at least 2 members are
 *       {@code SUPPORTER} or better.</li>
 * </ul>
 *
 * When its rule no longer holds, a step completed automatically is re-opened automatically. A step a seller
 * completed or re-opened by hand is theirs: automation leaves it alone. Nothing happens while nothing is known of the
 * chain ({@link ChainFacts#known()} false): not having heard is no evidence either way.
 */
public final class WinSteps {
    public static final double MIN_COACH_C = 60;
    public static final int MIN_SUPPORTERS = 2;

    /** The steps that complete and re-open themselves. */
    public static final List<WinStep> AUTOMATIC = List.of(WinStep.MAP_DECISION_CHAIN, WinStep.DEVELOP_COACH_AND_SUPPORTERS);

    private WinSteps() {
    }

    /**
     * The automatic completions and re-openings this chain causes, in step order; empty when nothing changes.
     * Evidence and reasons name the figures, e.g. "coach at C 64.0" or "the chain no longer has an EVALUATOR".
     */
    public static List<OpportunityEvent> changes(OpportunityState state, ChainFacts chain, Instant now) {
        List<OpportunityEvent> events = new ArrayList<>();
        if (!chain.known()) {
            return events;
        }
        for (WinStep step : AUTOMATIC) {
            if (!state.stepLeftToAutomation(step)) {
                continue;
            }
            boolean holds = holds(step, chain);
            boolean completed = state.stepCompleted(step);
            if (holds && !completed) {
                events.add(new WinStepCompleted(state.opportunityId(), state.accountId(), step.number(),
                        evidence(step, chain), true, null, now));
            } else if (!holds && completed) {
                events.add(new WinStepReopened(state.opportunityId(), state.accountId(), step.number(),
                        reopenReason(step, chain), true, null, now));
            }
        }
        return events;
    }

    /**
     * Whether the chain bears the step out.
     *
     * @throws IllegalArgumentException for a step that is not {@linkplain #AUTOMATIC automatic}
     */
    public static boolean holds(WinStep step, ChainFacts chain) {
        if (step == WinStep.MAP_DECISION_CHAIN) {
            return chain.hasRole("DECISION_MAKER") && chain.hasRole("EVALUATOR");
        }
        if (step == WinStep.DEVELOP_COACH_AND_SUPPORTERS) {
            return coachReaches(chain) || chain.supporters() >= MIN_SUPPORTERS;
        }
        throw new IllegalArgumentException("win step " + step.number() + " does not complete itself");
    }

    /** What an automatic completion records as evidence: the figures that bear the step out. */
    static String evidence(WinStep step, ChainFacts chain) {
        if (step == WinStep.MAP_DECISION_CHAIN) {
            return "decision maker and evaluator in the chain";
        }
        List<String> figures = new ArrayList<>();
        if (coachReaches(chain)) {
            figures.add("coach at C " + Figures.reached(chain.bestCoachC()));
        }
        if (chain.supporters() >= MIN_SUPPORTERS) {
            figures.add(chain.supporters() + " members SUPPORTER or better");
        }
        return String.join(" and ", figures);
    }

    /** Why an automatic re-opening happens: what the chain lacks now. */
    static String reopenReason(WinStep step, ChainFacts chain) {
        if (step == WinStep.MAP_DECISION_CHAIN) {
            boolean decisionMaker = chain.hasRole("DECISION_MAKER");
            boolean evaluator = chain.hasRole("EVALUATOR");
            if (!decisionMaker && !evaluator) {
                return "the chain no longer has a DECISION_MAKER nor an EVALUATOR";
            }
            return decisionMaker ? "the chain no longer has an EVALUATOR" : "the chain no longer has a DECISION_MAKER";
        }
        String coach = chain.bestCoachC() == null ? "no coach" : "best coach at C " + Figures.shortOf(chain.bestCoachC());
        return "the chain no longer has a coach at C 60 or more (" + coach + ") nor 2 members SUPPORTER or better ("
                + chain.supporters() + ")";
    }

    private static boolean coachReaches(ChainFacts chain) {
        return chain.bestCoachC() != null && Figures.reaches(chain.bestCoachC(), MIN_COACH_C);
    }
}
