package com.fivearrows.network.closeness;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Writes numbers for people: rounded, without trailing zeros or exponent ({@code 30}, {@code 13.187}). */
final class Format {
    private Format() {
    }

    static String number(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /** Scores in explanations: three decimals. */
    static String score(double value) {
        return number(value, 3);
    }
}
