package com.fivearrows.opportunity.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import com.fivearrows.opportunity.opportunity.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ForecastSettingsTest {

    @Test
    void validSettingsGiveTheRateTableAndTheCalendar() {
        ForecastSettings settings = new ForecastSettings("EUR", Map.of("USD", new BigDecimal("0.92"),
                "EUR", new BigDecimal("1.00")), 4);

        assertThat(settings.problems()).isEmpty();
        // USD 1,000 × 0.92 = EUR 920
        assertThat(settings.currencyRates().convert(Money.of("1000", "USD")).value()).isEqualByComparingTo("920");
        assertThat(settings.fiscalCalendar().quarterOf(LocalDate.of(2026, 4, 1)).name()).isEqualTo("2027-Q1");
    }

    @Test
    void theReportingCurrencyAloneWithoutRatesIsValid() {
        assertThat(new ForecastSettings("USD", Map.of(), 1).problems()).isEmpty();
        assertThat(new ForecastSettings("USD", null, 1).problems()).isEmpty();
    }

    @Test
    void everyProblemIsListedAtOnceNamingItsSetting() {
        Map<String, BigDecimal> rates = new HashMap<>();
        rates.put("USD", new BigDecimal("-0.9"));
        rates.put("GBP", BigDecimal.ZERO);
        rates.put("usd", new BigDecimal("0.9"));
        rates.put("JPY", null);
        rates.put("EURO", new BigDecimal("1"));
        ForecastSettings settings = new ForecastSettings("eur", rates, 13);

        assertThat(settings.problems()).containsExactly(
                "reporting-currency must be three capital letters (ISO 4217), was \"eur\"",
                "rates.EURO names no currency: a currency is three capital letters (ISO 4217)",
                "rates.GBP must be above 0, was 0",
                "rates.JPY must be a number above 0",
                "rates.USD must be above 0, was -0.9",
                "rates.usd names no currency: a currency is three capital letters (ISO 4217)",
                "fiscal-year-start-month must be between 1 and 12, was 13");
    }

    @Test
    void theReportingCurrencysOwnRateMustBeOne() {
        assertThat(new ForecastSettings("EUR", Map.of("EUR", new BigDecimal("1.1")), 1).problems())
                .containsExactly("rates.EUR is the reporting currency's own rate and must be 1 or absent, was 1.1");
    }

    @Test
    void aMissingReportingCurrencyAndAStartMonthOfZeroAreProblems() {
        assertThat(new ForecastSettings(null, Map.of(), 0).problems()).containsExactly(
                "reporting-currency is required",
                "fiscal-year-start-month must be between 1 and 12, was 0");
    }
}
