package com.fivearrows.opportunity.opportunity;

import com.fivearrows.opportunity.stage.StagePlan;

/**
 * The opportunity grade (商机分级, SPEC §4) and the forecast category derived from it.
 *
 * <pre>
 * A  stage ≥ BID      and chain C ≥ 70
 * B  stage ≥ SOLUTION and chain C ≥ 50
 * C  stage ≥ QUALIFY
 * D  otherwise
 * </pre>
 *
 * "Stage ≥ X" is the order of the plan's open stages, so a stage inserted after BID grades like BID. C is the
 * decision chain's composite closeness (0 while nothing is known of the chain); thresholds forgive 1e-9. The grade is
 * recomputed on every stage or closeness change of an open opportunity; a closed one keeps the grade it had.
 */
public final class Grading {
    public static final double MIN_C_FOR_A = 70;
    public static final double MIN_C_FOR_B = 50;

    private Grading() {
    }

    /** The grade of an opportunity in the open {@code stage} with this chain. */
    public static Grade grade(String stage, ChainFacts chain, StagePlan plan) {
        if (plan.atLeast(stage, StagePlan.BID) && Figures.reaches(chain.c(), MIN_C_FOR_A)) {
            return Grade.A;
        }
        if (plan.atLeast(stage, StagePlan.SOLUTION) && Figures.reaches(chain.c(), MIN_C_FOR_B)) {
            return Grade.B;
        }
        if (plan.atLeast(stage, StagePlan.QUALIFY)) {
            return Grade.C;
        }
        return Grade.D;
    }

    /** The category an open opportunity of this grade counts in unless a seller overrides it: A COMMIT, B BEST_CASE, C and D PIPELINE. */
    public static ForecastCategory category(Grade grade) {
        return switch (grade) {
            case A -> ForecastCategory.COMMIT;
            case B -> ForecastCategory.BEST_CASE;
            case C, D -> ForecastCategory.PIPELINE;
        };
    }
}
