package com.fivearrows.network.closeness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BandAndTrendTest {
    private static final ClosenessSettings SETTINGS = ClosenessSettings.defaults();

    @Test
    void bandsChangeAtFortyAndSixty() {
        assertThat(Band.of(39.9, SETTINGS)).isEqualTo(Band.POOR);
        assertThat(Band.of(40, SETTINGS)).isEqualTo(Band.FAIR);
        assertThat(Band.of(59.9, SETTINGS)).isEqualTo(Band.FAIR);
        assertThat(Band.of(60, SETTINGS)).isEqualTo(Band.GOOD);
    }

    @Test
    void roundingNoiseJustBelowABoundaryCountsAsTheBoundary() {
        // a C of 60 summed from weighted terms can come out as 59.99999999999999
        assertThat(Band.of(59.99999999999999, SETTINGS)).isEqualTo(Band.GOOD);
    }

    @Test
    void trendNeedsMoreThanTwoPoints() {
        // +2 is STEADY, +2.01 is UP; likewise downwards
        assertThat(Trend.between(52, 50, SETTINGS)).isEqualTo(Trend.STEADY);
        assertThat(Trend.between(52.01, 50, SETTINGS)).isEqualTo(Trend.UP);
        assertThat(Trend.between(48, 50, SETTINGS)).isEqualTo(Trend.STEADY);
        assertThat(Trend.between(47.99, 50, SETTINGS)).isEqualTo(Trend.DOWN);
    }

    @Test
    void twoPointsComputedWithRoundingNoiseStaySteady() {
        // 64.4 − 62.4 is 2.000000000000007 in doubles
        assertThat(Trend.between(64.4, 62.4, SETTINGS)).isEqualTo(Trend.STEADY);
    }
}
