package com.fivearrows.opportunity.opportunity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How gates, grades and win steps compare closeness scores with their thresholds, and how they show a score in the
 * sentences they write.
 */
final class Figures {
    /** Threshold comparisons forgive this much, so that 59.999999999 counts as 60. */
    static final double TOLERANCE = 1e-9;

    private Figures() {
    }

    /** {@code value ≥ threshold − 1e-9}. */
    static boolean reaches(double value, double threshold) {
        return value >= threshold - TOLERANCE;
    }

    /**
     * A score that falls short of a threshold, rounded down to one decimal, so that 39.96 below 40 reads "39.9", not
     * a misleading "40.0".
     */
    static String shortOf(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.FLOOR).toPlainString();
    }

    /** A score that reaches a threshold, rounded half up to one decimal ("64.0"). */
    static String reached(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
