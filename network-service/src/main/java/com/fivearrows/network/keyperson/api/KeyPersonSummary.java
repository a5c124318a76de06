package com.fivearrows.network.keyperson.api;

import com.fivearrows.network.keyperson.DecisionOrientation;
import com.fivearrows.network.keyperson.Kind;
import com.fivearrows.network.keyperson.PoliticalStatus;
import com.fivearrows.network.keyperson.Scope;
import com.fivearrows.network.keyperson.Seniority;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A key person as {@code GET /key-persons} lists it, from the read model. */
public record KeyPersonSummary(
        UUID keyPersonId,
        String accountId,
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
        List<String> externalIds,
        boolean active,
        String deactivationReason,
        String registeredBy,
        Instant registeredAt,
        Instant updatedAt,
        long version) {
}
