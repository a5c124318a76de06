package com.fivearrows.opportunity.forecast;

import static com.fivearrows.opportunity.forecast.Positions.closed;
import static com.fivearrows.opportunity.forecast.Positions.open;
import static com.fivearrows.opportunity.opportunity.ForecastCategory.BEST_CASE;
import static com.fivearrows.opportunity.opportunity.ForecastCategory.COMMIT;
import static com.fivearrows.opportunity.opportunity.ForecastCategory.PIPELINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fivearrows.opportunity.opportunity.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccuracyTest {
    static final CurrencyRates EUR_USD = new CurrencyRates("EUR", Map.of("USD", new BigDecimal("0.9")));
    static final Period Q4 = new FiscalCalendar(1).parse("2026-Q4");

    static Money eur(String value) {
        return Money.of(value, "EUR");
    }

    @Test
    void theCommitAndWhatWasAlreadyWonAtPeriodStartAreComparedWithWhatWasWon() {
        Forecast onFirstOctober = Forecast.of(List.of(
                open("a", "100000", "EUR", "NEGOTIATE", 80, COMMIT, "2026-11-15"),
                open("b", "50000", "USD", "NEGOTIATE", 80, COMMIT, "2026-12-01"),
                open("c", "80000", "EUR", "BID", 60, BEST_CASE, "2026-12-01"),
                open("d", "40000", "EUR", "QUALIFY", 20, PIPELINE, "2026-10-20"),
                closed("e", "5000", "EUR", Position.WON, "2026-10-15", "2026-10-01T08:00:00Z")), Q4, EUR_USD);

        Accuracy accuracy = Accuracy.of(onFirstOctober, eur("120000.00"));

        // forecast = COMMIT (100,000 + 50,000 × 0.9 = 145,000) + CLOSED 5,000 = 150,000; best case and pipeline aside
        // ratio = 120,000 / 150,000 = 0.8
        assertThat(accuracy.forecast()).isEqualTo(eur("150000.00"));
        assertThat(accuracy.won()).isEqualTo(eur("120000.00"));
        assertThat(accuracy.ratio()).isEqualTo(0.8);
    }

    @Test
    void theRatioHasFourDecimals() {
        Forecast committed = Forecast.of(List.of(open("a", "30000", "EUR", "NEGOTIATE", 80, COMMIT, "2026-11-15")),
                Q4, EUR_USD);

        // 10,000 / 30,000 = 0.33333… → 0.3333; 50,000 / 30,000 = 1.66666… → 1.6667
        assertThat(Accuracy.of(committed, eur("10000.00")).ratio()).isEqualTo(0.3333);
        assertThat(Accuracy.of(committed, eur("50000.00")).ratio()).isEqualTo(1.6667);
    }

    @Test
    void aZeroForecastHasNoRatioButKeepsTheAmounts() {
        Forecast nothingCommitted = Forecast.of(List.of(
                open("a", "30000", "EUR", "BID", 60, BEST_CASE, "2026-11-15")), Q4, EUR_USD);

        Accuracy accuracy = Accuracy.of(nothingCommitted, eur("25000.00"));

        assertThat(accuracy.forecast()).isEqualTo(eur("0.00"));
        assertThat(accuracy.won()).isEqualTo(eur("25000.00"));
        assertThat(accuracy.ratio()).isNull();
        assertThat(Accuracy.of(nothingCommitted, eur("0.00")).ratio()).isNull();
    }

    @Test
    void nothingWonAgainstACommitIsARatioOfZero() {
        Forecast committed = Forecast.of(List.of(open("a", "30000", "EUR", "NEGOTIATE", 80, COMMIT, "2026-11-15")),
                Q4, EUR_USD);

        assertThat(Accuracy.of(committed, eur("0.00")).ratio()).isEqualTo(0.0);
    }

    @Test
    void theAmountWonMustBeInTheForecastsCurrency() {
        Forecast committed = Forecast.of(List.of(open("a", "30000", "EUR", "NEGOTIATE", 80, COMMIT, "2026-11-15")),
                Q4, EUR_USD);

        assertThatThrownBy(() -> Accuracy.of(committed, Money.of("100", "USD")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the amount won is in USD, the forecast in EUR");
    }
}
