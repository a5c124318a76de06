package com.fivearrows.network.chain;

import com.fivearrows.network.keyperson.Kind;
import java.util.UUID;

/** A key person in a decision chain: its role in this decision and its influence (1..5) on it. */
public record ChainMember(UUID keyPersonId, Kind role, int influence, String addedBy) {
}
