package com.fivearrows.opportunity.tactic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TallyTest {

    @Test
    void theRateIsWonOverWonAndLost() {
        Tally tally = new Tally(2, 1);

        assertThat(tally.closed()).isEqualTo(3);
        // 2 won of 3 decided: 0.666…
        assertThat(tally.rate()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void nothingDecidedHasNoRateRatherThanZero() {
        assertThat(new Tally(0, 0).rate()).isNull();
        assertThat(new Tally(0, 1).rate()).isEqualTo(0.0);
    }

    @Test
    void countsAreNeverNegative() {
        assertThatThrownBy(() -> new Tally(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
