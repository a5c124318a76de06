package com.fivearrows.network.closeness;

import com.fivearrows.network.keyperson.PriceStance;
import com.fivearrows.network.keyperson.RelationshipLevel;
import com.fivearrows.network.keyperson.SolutionStance;
import java.util.UUID;

/**
 * What a key person's scores are computed from when no answer shows how (a member of a group, the trend's earlier
 * instant, an inventory entry): the latest assessments by then, and the activity already weighted by the database,
 * Σ w(type) × m(outcome) × scaledSum — one row per person instead of one per type and outcome.
 */
public record WeightedInputs(UUID keyPersonId, RelationshipLevel level, SolutionStance solutionStance,
                             PriceStance priceStance, double weightedScaledSum) {

    /** A person the read model holds nothing for yet. */
    public static WeightedInputs none(UUID keyPersonId) {
        return new WeightedInputs(keyPersonId, null, null, null, 0);
    }
}
