package com.fivearrows.network.relation.api;

import com.fivearrows.network.relation.Relation;
import com.fivearrows.network.relation.RelationType;
import java.util.UUID;

/** An enterprise relation of an account as the API shows it. */
public record RelationView(UUID relationId, String accountId, RelationType type, UUID fromKeyPersonId,
                           UUID toKeyPersonId, Integer strength) {

    public static RelationView of(String accountId, Relation relation) {
        return new RelationView(relation.relationId(), accountId, relation.type(), relation.from(), relation.to(),
                relation.strength());
    }
}
