package com.fivearrows.network.relation;

import java.util.UUID;

/**
 * A directed edge between two key persons: {@code from} reports to / influences {@code to}. {@code strength} is
 * 1..5 for {@code INFLUENCES} and null for {@code REPORTS_TO}.
 */
public record Relation(UUID relationId, RelationType type, UUID from, UUID to, Integer strength) {

    public Relation withStrength(int newStrength) {
        return new Relation(relationId, type, from, to, newStrength);
    }
}
