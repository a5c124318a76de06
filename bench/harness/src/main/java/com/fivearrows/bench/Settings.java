package com.fivearrows.bench;

import java.time.Duration;

/**
 * How long and how much each measurement runs: the full run (a few minutes, what {@code bench/results/latest.md}
 * reports) or the smoke run (seconds per step, to check the harness itself works).
 */
record Settings(boolean smoke, int clients, Duration insertWarmUp, Duration insertMeasured, Duration commandWarmUp,
                Duration commandMeasured, int persons, int eventSize, int chains, Duration lagMeasured, int replayEvents) {

    static Settings fullRun() {
        return new Settings(false, 32, Duration.ofSeconds(2), Duration.ofSeconds(8), Duration.ofSeconds(10),
                Duration.ofSeconds(20), 200, 1_000, 800, Duration.ofSeconds(10), 1_000_000);
    }

    static Settings smokeRun() {
        return new Settings(true, 8, Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(2), 20, 1_000, 30, Duration.ofSeconds(2), 10_000);
    }
}
