package com.fivearrows.opportunity.forecast;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a sales-operations team configures for the forecast (SPEC §4): the reporting currency, the rate of every other
 * currency to it, and the month the fiscal year starts in.
 *
 * <p>Settings may hold nonsense; {@link #problems()} lists all of it at once, each problem naming its setting relative
 * to the configuration prefix: {@code reporting-currency}, {@code rates.<CUR>}, {@code fiscal-year-start-month}.
 * The service refuses to start while the list is not empty; {@link #currencyRates()} and {@link #fiscalCalendar()}
 * are only for settings without problems.
 *
 * <pre>{@code
 * new ForecastSettings("EUR", Map.of("USD", new BigDecimal("0.92")), 4).problems(); // [] — valid
 * }</pre>
 *
 * @param reportingCurrency     the ISO 4217 code forecasts are reported in, e.g. {@code EUR}
 * @param ratesToReporting      units of the reporting currency per unit of each other currency, each above 0; the
 *                              reporting currency itself may be left out or given as 1
 * @param fiscalYearStartMonth  the month the fiscal year starts in, 1 (January) .. 12
 */
public record ForecastSettings(String reportingCurrency, Map<String, BigDecimal> ratesToReporting,
                               int fiscalYearStartMonth) {

    public ForecastSettings {
        ratesToReporting = ratesToReporting == null ? Map.of()
                : Collections.unmodifiableMap(new TreeMap<>(ratesToReporting));
    }

    /**
     * Everything wrong with these settings, e.g. {@code "rates.USD must be above 0, was -0.9"}; empty when the
     * settings are usable.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>(CurrencyRates.problemsOf(reportingCurrency, ratesToReporting));
        if (fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12) {
            problems.add("fiscal-year-start-month must be between 1 and 12, was " + fiscalYearStartMonth);
        }
        return List.copyOf(problems);
    }

    /** The rate table of these settings. */
    public CurrencyRates currencyRates() {
        return new CurrencyRates(reportingCurrency, ratesToReporting);
    }

    /** The fiscal calendar of these settings. */
    public FiscalCalendar fiscalCalendar() {
        return new FiscalCalendar(fiscalYearStartMonth);
    }
}
