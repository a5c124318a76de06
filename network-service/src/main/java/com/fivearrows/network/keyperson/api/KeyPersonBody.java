package com.fivearrows.network.keyperson.api;

import com.fivearrows.network.keyperson.DecisionOrientation;
import com.fivearrows.network.keyperson.KeyPersonProfile;
import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.keyperson.PoliticalStatus;
import com.fivearrows.network.keyperson.Scope;
import com.fivearrows.network.keyperson.Seniority;
import java.util.List;

/**
 * The body of {@code POST /key-persons} and {@code PUT /key-persons/{id}}: the whole profile, and on registration
 * the account. {@code influence} absent means the kind's default. The decider checks every field (400 naming it).
 */
public record KeyPersonBody(
        String accountId,
        String name,
        String title,
        String department,
        Seniority seniority,
        Scope scope,
        Kind kind,
        Integer influence,
        PoliticalStatus politicalStatus,
        DecisionOrientation decisionOrientation,
        String email,
        List<String> externalIds) {

    /** The profile as the commands take it: influence 0 stands for "the kind's default". */
    public KeyPersonProfile profile() {
        return new KeyPersonProfile(name, title, department, seniority, scope, kind, influence == null ? 0 : influence,
                politicalStatus, decisionOrientation, email, externalIds);
    }
}
