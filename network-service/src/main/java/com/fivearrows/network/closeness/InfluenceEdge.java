package com.fivearrows.network.closeness;

import java.util.UUID;

/** An {@code INFLUENCES} edge between two members of a group: from influences to, with strength 1..5. */
public record InfluenceEdge(UUID fromKeyPersonId, UUID toKeyPersonId, int strength) {
}
