package com.fivearrows.opportunity.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What sales operations tune for the sales process, validated at start (a bad value stops the service with one message
 * listing every problem):
 * <pre>
 * opportunity.stages=IDENTIFY:10,QUALIFY:20,SOLUTION:40,DEMO:50,BID:60,NEGOTIATE:80
 * opportunity.stalled-after=P30D
 * opportunity.forecast.reporting-currency=EUR
 * opportunity.forecast.rates.USD=0.92
 * opportunity.forecast.fiscal-year-start-month=4
 * </pre>
 */
@ConfigMapping(prefix = "opportunity")
public interface OpportunityConfig {

    /**
     * The open stages in order, each {@code NAME:probability}; WON 100, LOST 0 and ABANDONED 0 follow. QUALIFY,
     * SOLUTION, BID and NEGOTIATE must be among them, in that order: gates and grades are anchored on them.
     */
    @WithDefault("IDENTIFY:10,QUALIFY:20,SOLUTION:40,BID:60,NEGOTIATE:80")
    List<String> stages();

    /** How long an open opportunity may go without an event before it is flagged stalled. */
    @WithDefault("P30D")
    Duration stalledAfter();

    Forecast forecast();

    interface Forecast {
        /** The currency forecasts report in. */
        @WithDefault("EUR")
        String reportingCurrency();

        /** How much one unit of each other currency is worth in the reporting currency. */
        Map<String, BigDecimal> rates();

        /** The month the fiscal year starts in, 1..12. */
        @WithDefault("1")
        int fiscalYearStartMonth();
    }
}
