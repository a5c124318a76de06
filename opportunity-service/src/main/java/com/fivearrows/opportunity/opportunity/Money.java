package com.fivearrows.opportunity.opportunity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount in an ISO 4217 currency, exact. On the wire it is {@code {"value": "125000.00", "currency": "EUR"}}:
 * the value a decimal string (up to 15 integer and 4 fraction digits), so no precision is lost.
 */
public record Money(BigDecimal value, String currency) {
    public static final int MAX_INTEGER_DIGITS = 15;
    public static final int MAX_FRACTION_DIGITS = 4;

    public Money {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(String value, String currency) {
        return new Money(new BigDecimal(value), currency);
    }

    /** Whether the value is above zero. */
    public boolean positive() {
        return value.signum() > 0;
    }

    /** Whether the value fits the wire form: at most 15 integer and 4 fraction digits. */
    public boolean fitsWireForm() {
        BigDecimal stripped = value.stripTrailingZeros();
        int fraction = Math.max(stripped.scale(), 0);
        int integer = stripped.precision() - stripped.scale();
        return fraction <= MAX_FRACTION_DIGITS && integer <= MAX_INTEGER_DIGITS;
    }

    /** Whether the currency has the shape of an ISO 4217 code (three capital letters). */
    public boolean currencyWellFormed() {
        return currency.matches("[A-Z]{3}");
    }
}
