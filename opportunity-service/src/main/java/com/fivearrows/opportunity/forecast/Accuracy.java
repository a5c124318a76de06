package com.fivearrows.opportunity.forecast;

import com.fivearrows.opportunity.opportunity.ForecastCategory;
import com.fivearrows.opportunity.opportunity.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How well a closed period was forecast (SPEC §4): the forecast at the period's start against the amount actually
 * won in it.
 *
 * <p>The forecast compared is what the sellers had called for the period when it began: {@code COMMIT + CLOSED} of
 * the {@link Forecast} as it stood at the period's start (the committed deals plus what was already won in the
 * period by then, usually nothing). The amount won is {@code CLOSED} of the forecast at the period's end.
 * {@code ratio} = won ÷ forecast, rounded half to even to 4 decimals (1.0 = on the mark, 0.75 = a quarter short,
 * 1.2 = a fifth more won than committed); {@code null} when the forecast is zero, since no ratio says anything then
 * (the amounts still do).
 *
 * @param forecast COMMIT + CLOSED at the period's start, in the reporting currency
 * @param won      the amount won in the period, in the same currency
 * @param ratio    won ÷ forecast to 4 decimals; null when the forecast is zero
 */
public record Accuracy(Money forecast, Money won, Double ratio) {
    /** The decimals of {@link #ratio()}. */
    public static final int RATIO_SCALE = 4;

    public Accuracy {
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(won, "won");
    }

    /**
     * The accuracy of a period whose forecast at its start was {@code atPeriodStart} and in which {@code wonInPeriod}
     * was won.
     *
     * @throws IllegalArgumentException when the amount won is not in the forecast's currency
     */
    public static Accuracy of(Forecast atPeriodStart, Money wonInPeriod) {
        Money commit = atPeriodStart.in(ForecastCategory.COMMIT);
        Money closed = atPeriodStart.in(ForecastCategory.CLOSED);
        if (!wonInPeriod.currency().equals(commit.currency())) {
            throw new IllegalArgumentException("the amount won is in " + wonInPeriod.currency()
                    + ", the forecast in " + commit.currency());
        }
        BigDecimal forecast = commit.value().add(closed.value());
        Double ratio = forecast.signum() == 0 ? null
                : wonInPeriod.value().divide(forecast, RATIO_SCALE, RoundingMode.HALF_EVEN).doubleValue();
        return new Accuracy(new Money(forecast, commit.currency()), wonInPeriod, ratio);
    }
}
