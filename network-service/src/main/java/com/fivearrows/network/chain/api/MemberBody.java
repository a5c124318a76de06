package com.fivearrows.network.chain.api;

import com.fivearrows.network.keyperson.Kind;
import java.util.UUID;

/**
 * The body of {@code POST /decision-chains/{opportunityId}/members} ({@code keyPersonId} required) and of
 * {@code PUT .../members/{keyPersonId}} ({@code keyPersonId} not read). {@code role} absent: the person's kind
 * (on a change: the current role); {@code influence} absent: the role's default.
 */
public record MemberBody(UUID keyPersonId, Kind role, Integer influence) {

    public static final MemberBody EMPTY = new MemberBody(null, null, null);
}
