package com.fivearrows.opportunity.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fivearrows.opportunity.opportunity.Money;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CurrencyRatesTest {
    final CurrencyRates rates = new CurrencyRates("EUR", Map.of("USD", new BigDecimal("0.92"), "JPY",
            new BigDecimal("0.0061")));

    @Test
    void aConversionIsExactAndInTheReportingCurrency() {
        // 1,234.5678 × 0.92 = 1,135.802376; 99,999 × 0.0061 = 609.9939
        assertThat(rates.convert(Money.of("1234.5678", "USD")).value()).isEqualByComparingTo("1135.802376");
        assertThat(rates.convert(Money.of("1234.5678", "USD")).currency()).isEqualTo("EUR");
        assertThat(rates.convert(Money.of("99999", "JPY"))).isEqualTo(new Money(new BigDecimal("609.9939"), "EUR"));
    }

    @Test
    void theReportingCurrencyNeedsNoRate() {
        assertThat(rates.convert(Money.of("10.125", "EUR"))).isEqualTo(Money.of("10.125", "EUR"));
    }

    @Test
    void aTotalIsRoundedHalfToEvenToCents() {
        assertThat(rates.total(new BigDecimal("0.125"))).isEqualTo(Money.of("0.12", "EUR"));
        assertThat(rates.total(new BigDecimal("0.135"))).isEqualTo(Money.of("0.14", "EUR"));
        assertThat(rates.total(new BigDecimal("1135.802376"))).isEqualTo(Money.of("1135.80", "EUR"));
        assertThat(rates.total(BigDecimal.ZERO)).isEqualTo(Money.of("0.00", "EUR"));
    }

    @Test
    void aCurrencyWithoutARateIsRefusedNamingIt() {
        assertThatThrownBy(() -> rates.convert(Money.of("1", "CHF")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no rate from CHF to the reporting currency EUR");
    }

    @Test
    void aTableWithAZeroRateCannotBeBuilt() {
        assertThatThrownBy(() -> new CurrencyRates("EUR", Map.of("USD", BigDecimal.ZERO)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rates.USD must be above 0, was 0");
    }
}
