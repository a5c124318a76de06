package com.fivearrows.network.closeness;

import com.fivearrows.network.keyperson.Kind;
import java.util.UUID;

/**
 * A member of a group scored together: a decision-chain member with its role in this decision, or a
 * {@code COMPANY} key person of an account with its kind. {@code influence} is the base influence, 1..5.
 */
public record GroupMember(UUID keyPersonId, Kind role, int influence) {
}
