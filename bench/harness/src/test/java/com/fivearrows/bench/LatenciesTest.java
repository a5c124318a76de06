package com.fivearrows.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesAreTheNearestRankOfEveryRecordedValue() {
        Latencies latencies = new Latencies();
        // 1 ms .. 200 ms, recorded out of order: p50 is the 100th value, p99 the 198th, max the 200th.
        for (int ms = 200; ms >= 1; ms--) {
            latencies.record(ms * 1_000_000L);
        }

        assertThat(latencies.count()).isEqualTo(200);
        assertThat(latencies.percentileMillis(0.5)).isEqualTo(100.0);
        assertThat(latencies.percentileMillis(0.99)).isEqualTo(198.0);
        assertThat(latencies.maxMillis()).isEqualTo(200.0);
    }

    @Test
    void nothingRecordedHasNoPercentile() {
        assertThat(new Latencies().percentileMillis(0.99)).isNaN();
    }
}
