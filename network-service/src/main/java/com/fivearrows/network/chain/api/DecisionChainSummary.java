package com.fivearrows.network.chain.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A decision chain as {@code GET /decision-chains} lists it, from the read model, with its number of members. */
public record DecisionChainSummary(String opportunityId, String accountId, String startedBy, Instant startedAt,
                                   String stage, BigDecimal amount, String currency, String status, String owner,
                                   List<String> team, int members, long version, Instant updatedAt) {
}
