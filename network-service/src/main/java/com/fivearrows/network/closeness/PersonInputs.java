package com.fivearrows.network.closeness;

import com.fivearrows.network.keyperson.PriceStance;
import com.fivearrows.network.keyperson.RelationshipLevel;
import com.fivearrows.network.keyperson.SolutionStance;
import java.util.List;
import java.util.UUID;

/**
 * What a key person's four scores are computed from, as of one instant: the latest assessment of each kind by then
 * (null when there was none yet) and the activity up to then.
 *
 * @param weightedActivity Σ {@link ActivityWeighing#weighted} over the interactions up to then, not yet decayed:
 *                         A is this divided by the scale factor of the instant (see {@link ActivityScore})
 * @param activity         the same interactions per type and outcome, read only to explain A; empty otherwise
 */
public record PersonInputs(
        UUID keyPersonId,
        RelationshipLevel level,
        SolutionStance solutionStance,
        PriceStance priceStance,
        double weightedActivity,
        List<ActivityTotal> activity) {

    public PersonInputs {
        activity = List.copyOf(activity);
    }

    /** Inputs with the activity given per type and outcome, its weighed total computed from it. */
    public PersonInputs(UUID keyPersonId, RelationshipLevel level, SolutionStance solutionStance, PriceStance priceStance,
                        List<ActivityTotal> activity, ClosenessSettings settings) {
        this(keyPersonId, level, solutionStance, priceStance, ActivityScore.weigh(activity, settings), activity);
    }

    /** These inputs with the activity per type and outcome that explains {@link #weightedActivity}. */
    public PersonInputs withActivity(List<ActivityTotal> breakdown) {
        return new PersonInputs(keyPersonId, level, solutionStance, priceStance, weightedActivity, breakdown);
    }
}
