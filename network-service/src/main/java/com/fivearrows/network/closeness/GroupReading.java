package com.fivearrows.network.closeness;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The closeness of a group (a decision chain, or an account's company key persons) as of one instant, with the
 * scores a trend window earlier that the trend compares with, and each member's own scores.
 */
public record GroupReading(GroupStructure structure, Instant asOf, GroupScores scores, Instant trendBasisAt,
                           GroupScores trendBasis, Trend trend, Map<UUID, PersonScores> memberScores) {
}
