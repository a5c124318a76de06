package com.fivearrows.network.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fivearrows.network.closeness.ClosenessSettings;
import org.junit.jupiter.api.Test;

class StrategyBandTest {
    private static final ClosenessSettings SETTINGS = ClosenessSettings.defaults();

    @Test
    void bandsChangeAtFortyAndSeventy() {
        assertThat(StrategyBand.of(39.9, SETTINGS)).isEqualTo(StrategyBand.LOW);
        assertThat(StrategyBand.of(40, SETTINGS)).isEqualTo(StrategyBand.MID);
        assertThat(StrategyBand.of(69.9, SETTINGS)).isEqualTo(StrategyBand.MID);
        assertThat(StrategyBand.of(70, SETTINGS)).isEqualTo(StrategyBand.HIGH);
    }
}
