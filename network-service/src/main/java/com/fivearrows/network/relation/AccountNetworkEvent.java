package com.fivearrows.network.relation;

import java.util.UUID;

/** What happened to an account's enterprise relations; stream {@code account-network:<accountId>}, type {@code AccountNetwork}. */
public sealed interface AccountNetworkEvent {

    String accountId();

    UUID relationId();

    /** {@code strength} is 1..5 for {@code INFLUENCES}, null for {@code REPORTS_TO}. */
    record EnterpriseRelationAdded(String accountId, UUID relationId, RelationType type, UUID fromKeyPersonId,
                                   UUID toKeyPersonId, Integer strength) implements AccountNetworkEvent {
    }

    record EnterpriseRelationStrengthChanged(String accountId, UUID relationId, int strength) implements AccountNetworkEvent {
    }

    record EnterpriseRelationRemoved(String accountId, UUID relationId) implements AccountNetworkEvent {
    }
}
