package com.fivearrows.opportunity.forecast.api;

import com.fivearrows.opportunity.forecast.Forecast;
import com.fivearrows.opportunity.forecast.Period;
import com.fivearrows.opportunity.opportunity.ForecastCategory;
import com.fivearrows.opportunity.opportunity.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A forecast as {@code GET /forecasts} answers it: for whom ({@code owners}, null for everyone), the period and its
 * dates ({@code end} exclusive), the instant it stood at, and the totals in the reporting currency.
 */
public record ForecastView(List<String> owners, String period, LocalDate start, LocalDate end, Instant asOf,
                           Money pipeline, Money weighted, Map<ForecastCategory, Money> byCategory, int opportunities) {

    static ForecastView of(List<String> owners, Period period, Instant asOf, Forecast forecast) {
        return new ForecastView(owners, period.name(), period.start(), period.endExclusive(), asOf, forecast.pipeline(),
                forecast.weighted(), forecast.byCategory(), forecast.opportunities());
    }
}
