package com.fivearrows.opportunity.forecast;

import com.fivearrows.opportunity.opportunity.ForecastCategory;
import com.fivearrows.opportunity.opportunity.Money;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The forecast of one period (SPEC §4), in the reporting currency, from the positions of the opportunities it covers
 * (one owner's, a team's, everyone's: the caller chooses) as they stood at one instant.
 *
 * <p>A position is <em>in the period</em> when its {@link Position#forecastDate()} is: an open one by its expected
 * close date (none: in no period), a closed one by the UTC day it was won, lost or abandoned, whatever close date
 * was expected. Amounts are converted with the {@link CurrencyRates} exactly and each total is rounded once, half to
 * even to 2 decimals.
 * <ul>
 *   <li>{@code pipeline} = Σ amount of the open positions in the period;</li>
 *   <li>{@code weighted} = Σ amount × probability / 100 of the same positions (stage probability, SPEC §4);</li>
 *   <li>{@code byCategory} = Σ amount of every position in the period by {@link Position#countedCategory()}:
 *       an open one in its category (derived, or the seller's override, OMITTED included), a won one in CLOSED, a
 *       lost or abandoned one in OMITTED. Every category is present, 0.00 when nothing is in it;</li>
 *   <li>{@code opportunities} = how many positions are in the period (open and closed).</li>
 * </ul>
 * Pipeline and weighted are facts of amount and stage: an open position counts in them whatever category the seller
 * put it in. Nothing in the period gives 0.00 everywhere and 0 opportunities.
 *
 * @param pipeline      the open amount expected to close in the period
 * @param weighted      the open amount weighted by stage probability
 * @param byCategory    the amount in the period per category, all five present
 * @param opportunities how many opportunities are in the period
 */
public record Forecast(Money pipeline, Money weighted, Map<ForecastCategory, Money> byCategory, int opportunities) {

    public Forecast {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(weighted, "weighted");
        EnumMap<ForecastCategory, Money> copy = new EnumMap<>(ForecastCategory.class);
        copy.putAll(byCategory);
        byCategory = Collections.unmodifiableMap(copy);
    }

    /** The forecast of {@code period} from {@code positions}, each opportunity once. */
    public static Forecast of(List<Position> positions, Period period, CurrencyRates rates) {
        BigDecimal pipeline = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        Map<ForecastCategory, BigDecimal> sums = new EnumMap<>(ForecastCategory.class);
        for (ForecastCategory category : ForecastCategory.values()) {
            sums.put(category, BigDecimal.ZERO);
        }
        int opportunities = 0;
        for (Position position : Position.byId(positions, "the positions").values()) {
            if (!period.contains(position.forecastDate())) {
                continue;
            }
            BigDecimal amount = rates.convert(position.amount()).value();
            opportunities++;
            sums.merge(position.countedCategory(), amount, BigDecimal::add);
            if (position.open()) {
                pipeline = pipeline.add(amount);
                weighted = weighted.add(amount.multiply(BigDecimal.valueOf(position.probability()).movePointLeft(2)));
            }
        }
        Map<ForecastCategory, Money> byCategory = new EnumMap<>(ForecastCategory.class);
        sums.forEach((category, sum) -> byCategory.put(category, rates.total(sum)));
        return new Forecast(rates.total(pipeline), rates.total(weighted), byCategory, opportunities);
    }

    /** The amount in {@code category}. */
    public Money in(ForecastCategory category) {
        return byCategory.get(category);
    }
}
