package com.fivearrows.opportunity.opportunity;

/**
 * The six-step win method (赢单六步法, SPEC §4), the hidden line of the sales process. Each step is completed with
 * evidence; steps 2 and 3 also complete (and re-open) themselves from the decision chain's closeness.
 */
public enum WinStep {
    QUALIFY_OPPORTUNITY(1),
    MAP_DECISION_CHAIN(2),
    DEVELOP_COACH_AND_SUPPORTERS(3),
    SHAPE_REQUIREMENTS(4),
    REACH_PRICE_CONSENSUS(5),
    CLOSE_AND_SECURE(6);

    private final int number;

    WinStep(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** The step with this number, 1..6. */
    public static WinStep of(int number) {
        for (WinStep step : values()) {
            if (step.number == number) {
                return step;
            }
        }
        throw new IllegalArgumentException("There is no win step " + number + "; the steps are 1 to 6");
    }
}
