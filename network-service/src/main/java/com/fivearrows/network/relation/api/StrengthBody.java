package com.fivearrows.network.relation.api;

/** The body of {@code PUT /accounts/{accountId}/relations/{relationId}}: the new strength, 1..5. */
public record StrengthBody(Integer strength) {
}
