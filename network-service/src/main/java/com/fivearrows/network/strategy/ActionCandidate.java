package com.fivearrows.network.strategy;

import com.fivearrows.network.keyperson.Kind;
import java.util.UUID;

/** A decision-chain member to recommend an action for: its role and influence in the chain, and its C. */
public record ActionCandidate(UUID keyPersonId, Kind role, int influence, double c) {
}
