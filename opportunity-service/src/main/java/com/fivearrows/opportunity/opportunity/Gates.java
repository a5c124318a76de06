package com.fivearrows.opportunity.opportunity;

import com.fivearrows.opportunity.stage.StagePlan;
import java.util.ArrayList;
import java.util.List;

/**
 * The gates of the visible line (SPEC §4): what must hold before an opportunity may advance to a stage. A gate that
 * is not met refuses the advance with every unmet criterion listed, unless a manager overrides it with a reason.
 *
 * <ul>
 *   <li>→ {@code QUALIFY}: amount &gt; 0; an expected close date; the account known to account-service.</li>
 *   <li>→ {@code SOLUTION}: the decision chain has a {@code DECISION_MAKER} and an {@code EVALUATOR}; win step 1
 *       completed.</li>
 *   <li>→ {@code BID}: the chain's composite closeness C ≥ 40; win steps 1, 2 and 3 completed.</li>
 *   <li>→ {@code NEGOTIATE}: a bid or proposal registered; the chain's solution acceptance S ≥ 50.</li>
 *   <li>Any other stage of the plan has no gate.</li>
 * </ul>
 *
 * Thresholds forgive 1e-9 (a C of 39.999999999 counts as 40).
 */
public final class Gates {
    public static final double MIN_COMPOSITE_FOR_BID = 40;
    public static final double MIN_SOLUTION_ACCEPTANCE_FOR_NEGOTIATE = 50;

    private Gates() {
    }

    /**
     * The criteria of the gate to {@code toStage} that are not met, one sentence each, naming the figure where there
     * is one (e.g. "the decision chain's composite closeness must be at least 40, is 35.2"); empty when the gate is
     * met or the stage has none. The wording is stable: clients may show it as it is.
     *
     * @param state        the opportunity, with the win steps the chain facts complete already applied
     * @param chain        the decision chain's latest closeness ({@link ChainFacts#UNKNOWN} when none was heard)
     * @param accountKnown whether account-service has told us of the opportunity's account
     * @throws IllegalArgumentException when {@code toStage} is not an open stage of the plan
     */
    public static List<String> unmet(String toStage, OpportunityState state, ChainFacts chain, boolean accountKnown,
                                     StagePlan plan) {
        if (!plan.isOpen(toStage)) {
            throw new IllegalArgumentException(toStage + " is not an open stage of the plan");
        }
        List<String> unmet = new ArrayList<>();
        switch (toStage) {
            case StagePlan.QUALIFY -> {
                if (!state.amount().positive()) {
                    unmet.add("the amount must be above zero, is " + state.amount().value().toPlainString() + " "
                            + state.amount().currency());
                }
                if (state.expectedCloseDate() == null) {
                    unmet.add("the expected close date must be set");
                }
                if (!accountKnown) {
                    unmet.add("the account " + state.accountId() + " must be known to account-service");
                }
            }
            case StagePlan.SOLUTION -> {
                if (!chain.hasRole("DECISION_MAKER")) {
                    unmet.add("the decision chain must have a DECISION_MAKER");
                }
                if (!chain.hasRole("EVALUATOR")) {
                    unmet.add("the decision chain must have an EVALUATOR");
                }
                requireSteps(unmet, state, WinStep.QUALIFY_OPPORTUNITY);
            }
            case StagePlan.BID -> {
                if (!Figures.reaches(chain.c(), MIN_COMPOSITE_FOR_BID)) {
                    unmet.add("the decision chain's composite closeness must be at least 40, is " + shortOf(chain.c(), chain));
                }
                requireSteps(unmet, state, WinStep.QUALIFY_OPPORTUNITY, WinStep.MAP_DECISION_CHAIN,
                        WinStep.DEVELOP_COACH_AND_SUPPORTERS);
            }
            case StagePlan.NEGOTIATE -> {
                if (state.proposals().isEmpty()) {
                    unmet.add("a bid or proposal must be registered");
                }
                if (!Figures.reaches(chain.s(), MIN_SOLUTION_ACCEPTANCE_FOR_NEGOTIATE)) {
                    unmet.add("the decision chain's solution acceptance must be at least 50, is " + shortOf(chain.s(), chain));
                }
            }
            default -> {
            }
        }
        return unmet;
    }

    private static void requireSteps(List<String> unmet, OpportunityState state, WinStep... steps) {
        for (WinStep step : steps) {
            if (!state.stepCompleted(step)) {
                unmet.add("win step " + step.number() + " (" + label(step) + ") must be completed");
            }
        }
    }

    // Nothing heard of the chain is not the same as a chain at 0: say so.
    private static String shortOf(double score, ChainFacts chain) {
        return chain.known() ? Figures.shortOf(score) : "not known yet";
    }

    private static String label(WinStep step) {
        return switch (step) {
            case QUALIFY_OPPORTUNITY -> "qualify the opportunity";
            case MAP_DECISION_CHAIN -> "map the decision chain";
            case DEVELOP_COACH_AND_SUPPORTERS -> "develop a coach and supporters";
            case SHAPE_REQUIREMENTS -> "shape the requirements and solution";
            case REACH_PRICE_CONSENSUS -> "reach price consensus";
            case CLOSE_AND_SECURE -> "close and secure the award";
        };
    }
}
