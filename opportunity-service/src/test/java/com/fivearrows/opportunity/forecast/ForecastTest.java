package com.fivearrows.opportunity.forecast;

import static com.fivearrows.opportunity.forecast.Positions.closed;
import static com.fivearrows.opportunity.forecast.Positions.open;
import static com.fivearrows.opportunity.opportunity.ForecastCategory.BEST_CASE;
import static com.fivearrows.opportunity.opportunity.ForecastCategory.CLOSED;
import static com.fivearrows.opportunity.opportunity.ForecastCategory.COMMIT;
import static com.fivearrows.opportunity.opportunity.ForecastCategory.OMITTED;
import static com.fivearrows.opportunity.opportunity.ForecastCategory.PIPELINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fivearrows.opportunity.opportunity.ForecastCategory;
import com.fivearrows.opportunity.opportunity.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ForecastTest {
    static final CurrencyRates EUR_USD = new CurrencyRates("EUR", Map.of("USD", new BigDecimal("0.9")));
    static final Period Q4 = new FiscalCalendar(1).parse("2026-Q4");

    static Money eur(String value) {
        return Money.of(value, "EUR");
    }

    @Test
    void totalsByCategoryAndWeightedPipelineAreInTheReportingCurrency() {
        List<Position> positions = List.of(
                open("a", "100000", "EUR", "NEGOTIATE", 80, COMMIT, "2026-11-15"),
                open("b", "50000", "USD", "BID", 60, BEST_CASE, "2026-12-01"),
                open("c", "20000", "USD", "QUALIFY", 20, PIPELINE, "2026-10-10"),
                closed("d", "30000", "EUR", Position.WON, "2026-12-31", "2026-10-20T15:00:00Z"),
                closed("e", "10000", "USD", Position.LOST, "2026-12-15", "2026-11-02T10:00:00Z"),
                open("f", "40000", "EUR", "BID", 60, COMMIT, "2027-01-15"),
                closed("g", "25000", "EUR", Position.WON, "2026-10-15", "2026-09-30T12:00:00Z"),
                open("h", "60000", "EUR", "IDENTIFY", 10, PIPELINE, null));

        Forecast forecast = Forecast.of(positions, Q4, EUR_USD);

        // in Q4: a, b, c open; d won 2026-10-20; e lost 2026-11-02.
        // not: f expected 2027, g won in September (its expected date does not count), h without a close date.
        // USD at 0.9: b 50,000 → 45,000; c 20,000 → 18,000; e 10,000 → 9,000
        // pipeline = 100,000 + 45,000 + 18,000 = 163,000
        // weighted = 100,000 × 0.8 + 45,000 × 0.6 + 18,000 × 0.2 = 80,000 + 27,000 + 3,600 = 110,600
        assertThat(forecast.pipeline()).isEqualTo(eur("163000.00"));
        assertThat(forecast.weighted()).isEqualTo(eur("110600.00"));
        assertThat(forecast.byCategory()).containsExactly(
                Map.entry(COMMIT, eur("100000.00")),
                Map.entry(BEST_CASE, eur("45000.00")),
                Map.entry(PIPELINE, eur("18000.00")),
                Map.entry(CLOSED, eur("30000.00")),
                Map.entry(OMITTED, eur("9000.00")));
        assertThat(forecast.opportunities()).isEqualTo(5);
    }

    @Test
    void aStageChangeBetweenTwoInstantsChangesTheWeightedPipelineButNotThePipeline() {
        // the same opportunity as it stood on 1 October (QUALIFY 20 %) and on 1 November (BID 60 %, graded B)
        Position beforeAdvance = open("x", "200000", "USD", "QUALIFY", 20, PIPELINE, "2026-12-10");
        Position afterAdvance = open("x", "200000", "USD", "BID", 60, BEST_CASE, "2026-12-10");
        Position other = open("y", "10000", "EUR", "SOLUTION", 40, PIPELINE, "2026-11-30");

        Forecast asOfOctober = Forecast.of(List.of(beforeAdvance, other), Q4, EUR_USD);
        Forecast asOfNovember = Forecast.of(List.of(afterAdvance, other), Q4, EUR_USD);

        // x = USD 200,000 × 0.9 = EUR 180,000; pipeline = 180,000 + 10,000 = 190,000 at both instants
        // October:  180,000 × 0.2 + 10,000 × 0.4 = 36,000 + 4,000 = 40,000
        // November: 180,000 × 0.6 + 10,000 × 0.4 = 108,000 + 4,000 = 112,000
        assertThat(asOfOctober.pipeline()).isEqualTo(eur("190000.00"));
        assertThat(asOfNovember.pipeline()).isEqualTo(eur("190000.00"));
        assertThat(asOfOctober.weighted()).isEqualTo(eur("40000.00"));
        assertThat(asOfNovember.weighted()).isEqualTo(eur("112000.00"));
        assertThat(asOfOctober.in(PIPELINE)).isEqualTo(eur("190000.00"));
        assertThat(asOfOctober.in(BEST_CASE)).isEqualTo(eur("0.00"));
        assertThat(asOfNovember.in(PIPELINE)).isEqualTo(eur("10000.00"));
        assertThat(asOfNovember.in(BEST_CASE)).isEqualTo(eur("180000.00"));
    }

    @Test
    void aTotalIsRoundedOnceHalfToEvenNotItemByItem() {
        CurrencyRates rates = new CurrencyRates("EUR", Map.of("USD", new BigDecimal("1.5")));
        List<Position> positions = List.of(
                open("a", "0.01", "USD", "NEGOTIATE", 80, COMMIT, "2026-10-01"),
                open("b", "0.01", "USD", "NEGOTIATE", 80, COMMIT, "2026-10-02"),
                open("c", "0.01", "USD", "NEGOTIATE", 80, COMMIT, "2026-10-03"));

        Forecast forecast = Forecast.of(positions, Q4, rates);

        // each 0.01 × 1.5 = 0.015 (0.02 if rounded alone); the total 0.045 rounds half to even to 0.04, not 0.06
        // weighted: 0.045 × 0.8 = 0.036 → 0.04
        assertThat(forecast.pipeline()).isEqualTo(eur("0.04"));
        assertThat(forecast.in(COMMIT)).isEqualTo(eur("0.04"));
        assertThat(forecast.weighted()).isEqualTo(eur("0.04"));
    }

    @Test
    void theSellersOverrideMovesTheCategoryButNotThePipeline() {
        Position omitted = new Position("a", "alice", List.of(), "BID", 60, eur("50000"), LocalDate.of(2026, 11, 1),
                OMITTED, true, Positions.OPENED, null, null);
        Position committed = new Position("b", "alice", List.of(), "SOLUTION", 40, eur("20000"),
                LocalDate.of(2026, 11, 1), COMMIT, true, Positions.OPENED, null, null);

        Forecast forecast = Forecast.of(List.of(omitted, committed), Q4, EUR_USD);

        // pipeline 50,000 + 20,000 = 70,000; weighted 30,000 + 8,000 = 38,000
        assertThat(forecast.in(OMITTED)).isEqualTo(eur("50000.00"));
        assertThat(forecast.in(COMMIT)).isEqualTo(eur("20000.00"));
        assertThat(forecast.pipeline()).isEqualTo(eur("70000.00"));
        assertThat(forecast.weighted()).isEqualTo(eur("38000.00"));
    }

    @Test
    void aClosedOpportunityCountsOnItsUtcClosingDay() {
        Position lateOnNewYearsEve = closed("a", "10000", "EUR", Position.WON, "2027-02-01", "2026-12-31T23:59:59Z");
        Position newYear = closed("b", "20000", "EUR", Position.WON, "2026-12-01", "2027-01-01T00:00:00Z");
        Position abandoned = closed("c", "5000", "EUR", Position.ABANDONED, "2027-03-01", "2026-10-01T00:00:00Z");

        Forecast forecast = Forecast.of(List.of(lateOnNewYearsEve, newYear, abandoned), Q4, EUR_USD);

        assertThat(forecast.in(CLOSED)).isEqualTo(eur("10000.00"));
        assertThat(forecast.in(OMITTED)).isEqualTo(eur("5000.00"));
        assertThat(forecast.pipeline()).isEqualTo(eur("0.00"));
        assertThat(forecast.opportunities()).isEqualTo(2);
    }

    @Test
    void nothingInThePeriodIsZeroEverywhereInTheReportingCurrency() {
        Forecast forecast = Forecast.of(List.of(open("a", "2027-01-01")), Q4, EUR_USD);

        assertThat(forecast.pipeline()).isEqualTo(eur("0.00"));
        assertThat(forecast.weighted()).isEqualTo(eur("0.00"));
        assertThat(forecast.byCategory()).containsOnlyKeys(ForecastCategory.values())
                .allSatisfy((category, money) -> assertThat(money).isEqualTo(eur("0.00")));
        assertThat(forecast.opportunities()).isZero();
    }

    @Test
    void anAmountInACurrencyWithoutARateIsRefusedNamingIt() {
        List<Position> positions = List.of(open("a", "1000", "GBP", "BID", 60, COMMIT, "2026-11-01"));

        assertThatThrownBy(() -> Forecast.of(positions, Q4, EUR_USD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no rate from GBP to the reporting currency EUR");
    }

    @Test
    void anAmountOutsideThePeriodNeedsNoRate() {
        List<Position> positions = List.of(open("a", "1000", "GBP", "BID", 60, COMMIT, "2027-02-01"));

        assertThat(Forecast.of(positions, Q4, EUR_USD).pipeline()).isEqualTo(eur("0.00"));
    }

    @Test
    void anOpportunityListedTwiceIsRefused() {
        List<Position> positions = List.of(open("a", "2026-11-01"), open("a", "2026-12-01"));

        assertThatThrownBy(() -> Forecast.of(positions, Q4, EUR_USD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("opportunity a is twice in the positions");
    }

    @Test
    void aPositionIsOpenOrClosedWithAnOutcomeNeverHalfOfIt() {
        assertThatThrownBy(() -> new Position("a", "alice", List.of(), "WON", 100, eur("1"), null, CLOSED, false,
                Positions.OPENED, Instant.parse("2026-10-01T00:00:00Z"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("position a: closedAt and outcome are both set once closed and both null while open");
        assertThatThrownBy(() -> new Position("a", "alice", List.of(), "WON", 100, eur("1"), null, CLOSED, false,
                Positions.OPENED, Instant.parse("2026-10-01T00:00:00Z"), "DONE"))
                .hasMessage("position a: outcome must be WON, LOST or ABANDONED, was DONE");
    }
}
