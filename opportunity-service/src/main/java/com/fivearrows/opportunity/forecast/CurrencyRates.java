package com.fivearrows.opportunity.forecast;

import com.fivearrows.opportunity.opportunity.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The rate table a forecast converts amounts with (SPEC §4: a configurable reporting currency and rate table).
 *
 * <p>A rate says how many units of the reporting currency one unit of a currency is worth: with reporting currency
 * EUR and {@code USD → 0.9}, USD 50,000 is EUR 45,000. The reporting currency needs no entry (its rate is 1).
 *
 * <p>Rounding: {@link #convert(Money)} is exact (no rounding), and a total is rounded once, by {@link #total}, half
 * to even to {@value #SCALE} decimals. Three items of USD 0.01 at 1.5 total EUR 0.045 → 0.04, not 3 × 0.02 = 0.06.
 *
 * @param reportingCurrency the ISO 4217 code every forecast figure is reported in
 * @param ratesToReporting  units of the reporting currency per unit of each other currency, each above 0
 */
public record CurrencyRates(String reportingCurrency, Map<String, BigDecimal> ratesToReporting) {
    /** The decimals a reported total has. */
    public static final int SCALE = 2;

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public CurrencyRates {
        Objects.requireNonNull(ratesToReporting, "ratesToReporting");
        List<String> problems = problemsOf(reportingCurrency, ratesToReporting);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        ratesToReporting = Map.copyOf(ratesToReporting);
    }

    /**
     * {@code money} in the reporting currency, exact: value × rate of its currency.
     *
     * @throws IllegalArgumentException when the table has no rate for its currency, naming it
     */
    public Money convert(Money money) {
        if (money.currency().equals(reportingCurrency)) {
            return money;
        }
        BigDecimal rate = ratesToReporting.get(money.currency());
        if (rate == null) {
            throw new IllegalArgumentException("no rate from " + money.currency() + " to the reporting currency "
                    + reportingCurrency);
        }
        return new Money(money.value().multiply(rate), reportingCurrency);
    }

    /** A sum in the reporting currency as reported: rounded half to even to {@value #SCALE} decimals. */
    public Money total(BigDecimal sum) {
        return new Money(sum.setScale(SCALE, RoundingMode.HALF_EVEN), reportingCurrency);
    }

    /**
     * Everything wrong with a reporting currency and rate table, each naming its setting ({@code reporting-currency},
     * {@code rates.<CUR>}); empty when usable.
     */
    static List<String> problemsOf(String reportingCurrency, Map<String, BigDecimal> rates) {
        List<String> problems = new ArrayList<>();
        if (reportingCurrency == null || reportingCurrency.isEmpty()) {
            problems.add("reporting-currency is required");
        } else if (!CURRENCY.matcher(reportingCurrency).matches()) {
            problems.add("reporting-currency must be three capital letters (ISO 4217), was \"" + reportingCurrency
                    + "\"");
        }
        rates.forEach((currency, rate) -> {
            if (currency == null || !CURRENCY.matcher(currency).matches()) {
                problems.add("rates." + currency + " names no currency: a currency is three capital letters"
                        + " (ISO 4217)");
            }
            if (rate == null) {
                problems.add("rates." + currency + " must be a number above 0");
            } else if (rate.signum() <= 0) {
                problems.add("rates." + currency + " must be above 0, was " + rate.toPlainString());
            } else if (Objects.equals(currency, reportingCurrency) && rate.compareTo(BigDecimal.ONE) != 0) {
                problems.add("rates." + currency + " is the reporting currency's own rate and must be 1 or absent, was "
                        + rate.toPlainString());
            }
        });
        return problems;
    }
}
