package com.fivearrows.network.keyperson;

import java.util.List;

/**
 * Everything about a key person that can be edited. Title, department, political status, decision orientation
 * and e-mail may be null; {@code externalIds} (ids of the person in marketing and service platforms, used to
 * match the interactions they push) is never null.
 */
public record KeyPersonProfile(
        String name,
        String title,
        String department,
        Seniority seniority,
        Scope scope,
        Kind kind,
        int influence,
        PoliticalStatus politicalStatus,
        DecisionOrientation decisionOrientation,
        String email,
        List<String> externalIds) {

    public KeyPersonProfile {
        externalIds = externalIds == null ? List.of() : List.copyOf(externalIds);
    }
}
