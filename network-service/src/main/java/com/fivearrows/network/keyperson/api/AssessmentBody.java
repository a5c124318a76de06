package com.fivearrows.network.keyperson.api;

import com.fivearrows.network.keyperson.PriceStance;
import com.fivearrows.network.keyperson.RelationshipLevel;
import com.fivearrows.network.keyperson.SolutionStance;
import java.time.Instant;

/**
 * The body of {@code POST /key-persons/{id}/assessments}: one, two or all three dimensions; {@code assessedAt}
 * defaults to now and may be back-dated.
 */
public record AssessmentBody(RelationshipLevel level, SolutionStance solutionStance, PriceStance priceStance,
                             Instant assessedAt, String note) {
}
