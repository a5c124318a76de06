package com.fivearrows.network.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SellerTypeTest {

    @Test
    void sellerTypeSplitsAtFiftyForRAndC() {
        assertThat(SellerType.of(50, 50)).isEqualTo(SellerType.TRUSTED_ADVISOR);
        assertThat(SellerType.of(50, 49.9)).isEqualTo(SellerType.RELATIONSHIP_LED);
        assertThat(SellerType.of(49.9, 50)).isEqualTo(SellerType.SOLUTION_LED);
        assertThat(SellerType.of(49.9, 49.9)).isEqualTo(SellerType.DEVELOPING);
    }
}
