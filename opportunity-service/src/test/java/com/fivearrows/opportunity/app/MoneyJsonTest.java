package com.fivearrows.opportunity.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fivearrows.opportunity.opportunity.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyJsonTest {
    private final ObjectMapper mapper = new ObjectMapper().registerModule(MoneyJson.module());

    @Test
    void moneyTravelsAsADecimalStringAndItsCurrency() throws Exception {
        String json = mapper.writeValueAsString(Money.of("125000.50", "EUR"));

        assertThat(json).isEqualTo("{\"value\":\"125000.50\",\"currency\":\"EUR\"}");
        assertThat(mapper.readValue(json, Money.class)).isEqualTo(Money.of("125000.50", "EUR"));
    }

    @Test
    void aLargeValueIsWrittenInFullNeverWithAnExponent() throws Exception {
        Money money = new Money(new BigDecimal("1E+9"), "USD");

        assertThat(mapper.writeValueAsString(money)).contains("\"value\":\"1000000000\"");
    }

    @Test
    void aJsonNumberIsReadExactly() throws Exception {
        Money money = mapper.readValue("{\"value\": 0.1, \"currency\": \"CHF\"}", Money.class);

        assertThat(money.value()).isEqualByComparingTo("0.1");
    }

    @Test
    void aValueThatIsNotADecimalIsRefused() {
        assertThatThrownBy(() -> mapper.readValue("{\"value\": \"12,5\", \"currency\": \"EUR\"}", Money.class))
                .hasMessageContaining("not a decimal amount");
        assertThatThrownBy(() -> mapper.readValue("{\"currency\": \"EUR\"}", Money.class))
                .hasMessageContaining("Money");
    }
}
