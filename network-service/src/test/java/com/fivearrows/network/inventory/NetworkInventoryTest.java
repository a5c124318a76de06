package com.fivearrows.network.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fivearrows.network.closeness.Band;
import com.fivearrows.network.keyperson.Seniority;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NetworkInventoryTest {

    @Test
    void countsBySeniorityAndBandWithInfluenceWeightedAverages() {
        // executive (5): R 60, C 70 GOOD; manager (2): R 20, C 30 POOR; manager (1): R 40, C 45 FAIR
        // Σ influence = 8; average R = (300 + 40 + 40) / 8 = 47.5; average C = (350 + 60 + 45) / 8 = 56.875
        // R < 50, C ≥ 50 → SOLUTION_LED
        NetworkInventory inventory = NetworkInventory.of("alice", List.of(
                new InventoryEntry(UUID.randomUUID(), Seniority.EXECUTIVE, 5, 60, 70, Band.GOOD),
                new InventoryEntry(UUID.randomUUID(), Seniority.MANAGER, 2, 20, 30, Band.POOR),
                new InventoryEntry(UUID.randomUUID(), Seniority.MANAGER, 1, 40, 45, Band.FAIR)));

        assertThat(inventory.seller()).isEqualTo("alice");
        assertThat(inventory.persons()).isEqualTo(3);
        assertThat(inventory.averageR()).isCloseTo(47.5, within(1e-9));
        assertThat(inventory.averageC()).isCloseTo(56.875, within(1e-9));
        assertThat(inventory.sellerType()).isEqualTo(SellerType.SOLUTION_LED);
        assertThat(inventory.counts().get(Seniority.EXECUTIVE))
                .isEqualTo(Map.of(Band.GOOD, 1, Band.FAIR, 0, Band.POOR, 0));
        assertThat(inventory.counts().get(Seniority.MANAGER))
                .isEqualTo(Map.of(Band.GOOD, 0, Band.FAIR, 1, Band.POOR, 1));
        assertThat(inventory.counts().get(Seniority.STAFF))
                .isEqualTo(Map.of(Band.GOOD, 0, Band.FAIR, 0, Band.POOR, 0));
    }

    @Test
    void aSellerWithoutKeyPersonsHasZerosEverywhereAndIsDeveloping() {
        NetworkInventory inventory = NetworkInventory.of("bob", List.of());

        assertThat(inventory.persons()).isZero();
        assertThat(inventory.averageR()).isZero();
        assertThat(inventory.averageC()).isZero();
        assertThat(inventory.sellerType()).isEqualTo(SellerType.DEVELOPING);
        assertThat(inventory.counts()).containsOnlyKeys(Seniority.values());
        inventory.counts().values().forEach(byBand ->
                assertThat(byBand).isEqualTo(Map.of(Band.GOOD, 0, Band.FAIR, 0, Band.POOR, 0)));
    }
}
