package com.fivearrows.network.closeness;

import java.time.Instant;

/**
 * A key person's closeness as of one instant, with the scores a trend window earlier that the trend compares with.
 */
public record PersonReading(PersonStructure person, Instant asOf, PersonScores scores, Instant trendBasisAt,
                            PersonScores trendBasis, Trend trend) {
}
