package com.fivearrows.network.closeness;

import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.keyperson.Scope;
import com.fivearrows.network.keyperson.Seniority;
import java.util.UUID;

/**
 * Who a key person was as of one instant: account, kind, scope, influence and whether active then; department and
 * seniority (null when not given) are the current ones.
 */
public record PersonStructure(
        UUID keyPersonId,
        String accountId,
        Kind kind,
        Scope scope,
        int influence,
        boolean active,
        String department,
        Seniority seniority) {
}
