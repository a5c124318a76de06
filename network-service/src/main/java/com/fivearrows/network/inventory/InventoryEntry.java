package com.fivearrows.network.inventory;

import com.fivearrows.network.closeness.Band;
import com.fivearrows.network.keyperson.Seniority;
import java.util.UUID;

/** One key person in a seller's network: seniority and influence (1..5) from the profile, R, C and band now. */
public record InventoryEntry(UUID keyPersonId, Seniority seniority, int influence, double r, double c, Band band) {
}
