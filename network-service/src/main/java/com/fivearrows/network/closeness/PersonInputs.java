package com.fivearrows.network.closeness;

import com.fivearrows.network.keyperson.PriceStance;
import com.fivearrows.network.keyperson.RelationshipLevel;
import com.fivearrows.network.keyperson.SolutionStance;
import java.util.List;
import java.util.UUID;

/**
 * What a key person's four scores are computed from, as of one instant: the latest assessment of each kind by then
 * (null when there was none yet) and the activity totals up to then.
 */
public record PersonInputs(
        UUID keyPersonId,
        RelationshipLevel level,
        SolutionStance solutionStance,
        PriceStance priceStance,
        List<ActivityTotal> activity) {

    public PersonInputs {
        activity = List.copyOf(activity);
    }
}
