package com.fivearrows.network.relation;

import com.fivearrows.network.keyperson.KeyPersonFact;
import java.util.UUID;

/**
 * What can be asked of an account's enterprise relations. Every command names its account, which picks the stream
 * ({@link AccountNetwork#streamId}) and is the account both ends of a relation must belong to.
 */
public sealed interface AccountNetworkCommand {

    String accountId();

    /** {@code strength} 1..5 for {@code INFLUENCES}, null for {@code REPORTS_TO}; both persons as loaded now. */
    record AddEnterpriseRelation(String accountId, UUID relationId, RelationType type, KeyPersonFact from,
                                 KeyPersonFact to, Integer strength) implements AccountNetworkCommand {
    }

    /** Only an {@code INFLUENCES} relation has a strength; setting the current one again changes nothing. */
    record ChangeEnterpriseRelationStrength(String accountId, UUID relationId, int strength) implements AccountNetworkCommand {
    }

    record RemoveEnterpriseRelation(String accountId, UUID relationId) implements AccountNetworkCommand {
    }
}
