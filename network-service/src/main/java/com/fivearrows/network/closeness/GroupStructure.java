package com.fivearrows.network.closeness;

import java.util.List;

/**
 * A group scored together, as of one instant: a decision chain's members and the relations between them, or an
 * account's active {@code COMPANY} key persons and the enterprise relations between them. For an account
 * {@code opportunityId} and {@code stage} are null; a chain's {@code accountId} and {@code stage} are current.
 */
public record GroupStructure(
        String accountId,
        String opportunityId,
        String stage,
        List<GroupMember> members,
        List<InfluenceEdge> influences,
        List<ReportsToRow> reportsTo) {

    public GroupStructure {
        members = List.copyOf(members);
        influences = List.copyOf(influences);
        reportsTo = List.copyOf(reportsTo);
    }
}
