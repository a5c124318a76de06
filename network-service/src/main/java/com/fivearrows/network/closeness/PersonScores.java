package com.fivearrows.network.closeness;

import com.fivearrows.network.keyperson.PriceStance;
import com.fivearrows.network.keyperson.RelationshipLevel;
import com.fivearrows.network.keyperson.SolutionStance;
import java.util.List;
import java.util.UUID;

/**
 * A key person's four closeness scores as of one instant, with what they were computed from. Computed by
 * {@link PersonCloseness}; the trend is not part of it (see {@link Trend}).
 *
 * @param r                relationship closeness, 0..100
 * @param s                solution acceptance, 0..100 (0 when unassessed)
 * @param p                price acceptance, 0..100 (0 when unassessed)
 * @param c                composite closeness, 0..100
 * @param band             the band of C
 * @param level            the latest relationship level, null when never assessed
 * @param solutionStance   the latest solution stance, null when never assessed
 * @param priceStance      the latest price stance, null when never assessed
 * @param levelAssessed    whether a level was assessed (else L = 0)
 * @param solutionAssessed whether a solution stance was assessed (else S = 0)
 * @param priceAssessed    whether a price stance was assessed (else P = 0)
 * @param activity         A and I, with each interaction kind's contribution when explained
 * @param explanation      how R, S, P and C came about, in that order
 */
public record PersonScores(
        UUID keyPersonId,
        double r,
        double s,
        double p,
        double c,
        Band band,
        RelationshipLevel level,
        SolutionStance solutionStance,
        PriceStance priceStance,
        boolean levelAssessed,
        boolean solutionAssessed,
        boolean priceAssessed,
        ActivityScore activity,
        List<ScoreExplanation> explanation) {

    public PersonScores {
        explanation = List.copyOf(explanation);
    }
}
