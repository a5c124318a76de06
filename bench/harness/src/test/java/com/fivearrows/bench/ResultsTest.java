package com.fivearrows.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fivearrows.bench.Results.Better;
import com.fivearrows.bench.Results.Figure;
import org.junit.jupiter.api.Test;

class ResultsTest {

    @Test
    void aFigureReadsAsTheRatioToItsCeilingAndMeetsItsTargetOnTheRightSide() {
        Figure throughput = new Figure("B1", "commands/s", 1_500, "cmd/s", 3_000, "plain", Better.HIGHER, 2_000, "");
        Figure latency = new Figure("B1", "p99", 40, "ms", 20, "plain", Better.LOWER, 50, "");

        assertThat(throughput.ratio()).isEqualTo(0.5);
        assertThat(throughput.met()).isFalse();
        assertThat(latency.ratio()).isEqualTo(2.0);
        assertThat(latency.met()).isTrue();
    }

    @Test
    void theTableShowsOursBesideTheCeilingWithTheRatioAndMarksAMissedTarget() {
        Results results = new Results();
        results.add(new Figure("B3", "replay", 25_000, "events/s", 100_000, "batched INSERT", Better.HIGHER, 100_000, ""));

        assertThat(results.markdown())
                .contains("| B3 | replay | 25,000 events/s | 100,000 events/s: batched INSERT | 0.25× | ≥ 100,000 events/s | **no** |");
        assertThat(results.json().getJsonArray("figures").getJsonObject(0).getDouble("ratio")).isEqualTo(0.25);
    }
}
