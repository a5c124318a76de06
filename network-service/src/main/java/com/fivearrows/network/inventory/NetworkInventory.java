package com.fivearrows.network.inventory;

import com.fivearrows.network.closeness.Band;
import com.fivearrows.network.keyperson.Seniority;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A seller's network inventory (SPEC §3.6): whom they know, how senior, how close, and what kind of seller that
 * makes them.
 * <pre>
 * averageR = Σ influence × R ÷ Σ influence      (0 when the seller has no key persons)
 * averageC = Σ influence × C ÷ Σ influence
 * sellerType = SellerType.of(averageR, averageC)
 * </pre>
 *
 * @param counts  key persons by seniority and band; every seniority and every band present, zeros included
 * @param persons how many key persons in all
 */
public record NetworkInventory(String seller, Map<Seniority, Map<Band, Integer>> counts, int persons, double averageR,
                               double averageC, SellerType sellerType) {

    public NetworkInventory {
        Map<Seniority, Map<Band, Integer>> copy = new EnumMap<>(Seniority.class);
        counts.forEach((seniority, byBand) -> {
            Map<Band, Integer> bands = new EnumMap<>(Band.class);
            bands.putAll(byBand);
            copy.put(seniority, Collections.unmodifiableMap(bands));
        });
        counts = Collections.unmodifiableMap(copy);
    }

    public static NetworkInventory of(String seller, List<InventoryEntry> entries) {
        Map<Seniority, Map<Band, Integer>> counts = new EnumMap<>(Seniority.class);
        for (Seniority seniority : Seniority.values()) {
            Map<Band, Integer> byBand = new EnumMap<>(Band.class);
            for (Band band : Band.values()) {
                byBand.put(band, 0);
            }
            counts.put(seniority, byBand);
        }
        double weight = 0;
        double weightedR = 0;
        double weightedC = 0;
        for (InventoryEntry entry : entries) {
            counts.get(entry.seniority()).merge(entry.band(), 1, Integer::sum);
            weight += entry.influence();
            weightedR += entry.influence() * entry.r();
            weightedC += entry.influence() * entry.c();
        }
        double averageR = weight > 0 ? weightedR / weight : 0;
        double averageC = weight > 0 ? weightedC / weight : 0;
        return new NetworkInventory(seller, counts, entries.size(), averageR, averageC,
                SellerType.of(averageR, averageC));
    }
}
