package com.fivearrows.network.relation.api;

import com.fivearrows.network.relation.RelationType;
import java.util.UUID;

/**
 * The body that adds a relation, to an account ({@code POST /accounts/{accountId}/relations}) or to a decision chain
 * ({@code POST /decision-chains/{opportunityId}/relations}): {@code from} reports to / influences {@code to};
 * {@code strength} 1..5 for {@code INFLUENCES}, absent for {@code REPORTS_TO}.
 */
public record RelationBody(RelationType type, UUID fromKeyPersonId, UUID toKeyPersonId, Integer strength) {

    public static final RelationBody EMPTY = new RelationBody(null, null, null, null);
}
