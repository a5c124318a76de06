package com.fivearrows.bench;

import java.util.Arrays;

/**
 * Latencies recorded during one measurement, in nanoseconds, kept whole (a run records at most a few hundred thousand)
 * so that percentiles are exact rather than bucketed. Safe to record from several threads.
 */
final class Latencies {
    private long[] values = new long[4096];
    private int size;

    synchronized void record(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    synchronized int count() {
        return size;
    }

    /**
     * The {@code q}-quantile in milliseconds by the nearest-rank method: the smallest recorded value that at least
     * {@code q} of all values do not exceed. {@code NaN} when nothing was recorded.
     */
    synchronized double percentileMillis(double q) {
        if (q <= 0 || q > 1) {
            throw new IllegalArgumentException("a quantile is in (0, 1], got " + q);
        }
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * size);
        return sorted[rank - 1] / 1e6;
    }

    synchronized double maxMillis() {
        return size == 0 ? Double.NaN : Arrays.stream(values, 0, size).max().getAsLong() / 1e6;
    }
}
