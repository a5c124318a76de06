package com.fivearrows.network.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fivearrows.network.keyperson.Kind;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrategyTableTest {

    @Test
    void theDefaultTableHasARuleForEveryKindAndBand() {
        StrategyTable table = StrategyTable.defaults();

        assertThat(table.rules()).hasSize(15);
        for (Kind kind : Kind.values()) {
            for (StrategyBand band : StrategyBand.values()) {
                StrategyRule rule = table.rule(kind, band);
                assertThat(rule.kind()).isEqualTo(kind);
                assertThat(rule.band()).isEqualTo(band);
                assertThat(rule.action()).matches("[A-Z][A-Z0-9_]*");
                assertThat(rule.description()).isNotBlank();
            }
        }
    }

    @Test
    void theDefaultTableFollowsTheSpecificationsExamples() {
        StrategyTable table = StrategyTable.defaults();

        assertThat(table.rule(Kind.DECISION_MAKER, StrategyBand.LOW).action()).isEqualTo("EXECUTIVE_ALIGNMENT_MEETING");
        assertThat(table.rule(Kind.EVALUATOR, StrategyBand.MID).action()).isEqualTo("PROOF_OF_CONCEPT");
        assertThat(table.rule(Kind.COACH, StrategyBand.LOW).action()).isEqualTo("DEVELOP_COACH");
        assertThat(table.rule(Kind.APPROVER, StrategyBand.LOW).action()).isEqualTo("BUDGET_DISCOVERY");
    }

    @Test
    void aConfiguredRuleReplacesOnlyItsCell() {
        StrategyTable table = StrategyTableProducer.fromConfig(rules(Map.of(
                "network.strategy.rules.\"EVALUATOR.MID\"", "PILOT_PROJECT: Propose a paid pilot on one site.",
                "network.strategy.rules.\"coach.high\"", "COACH_BRIEFING:Ask the coach to brief us weekly.")));

        assertThat(table.rule(Kind.EVALUATOR, StrategyBand.MID))
                .isEqualTo(new StrategyRule(Kind.EVALUATOR, StrategyBand.MID, "PILOT_PROJECT",
                        "Propose a paid pilot on one site."));
        assertThat(table.rule(Kind.COACH, StrategyBand.HIGH).description()).isEqualTo("Ask the coach to brief us weekly.");
        assertThat(table.rule(Kind.EVALUATOR, StrategyBand.LOW)).isEqualTo(
                StrategyTable.defaults().rule(Kind.EVALUATOR, StrategyBand.LOW));
    }

    @Test
    void unknownKeysAndMalformedValuesFailWithOneMessageListingThemAll() {
        assertThatThrownBy(() -> StrategyTableProducer.fromConfig(rules(Map.of(
                "network.strategy.rules.\"DECISION_MAKER.LOWEST\"", "CEO_DINNER: Dinner with our CEO.",
                "network.strategy.rules.\"USER.MID\"", "demo for everyone"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("Invalid network.strategy.rules (2 problems):")
                .hasMessageContaining("\n - network.strategy.rules.\"DECISION_MAKER.LOWEST\" is not KIND.BAND, with"
                        + " KIND one of DECISION_MAKER, APPROVER, EVALUATOR, USER, COACH and BAND one of LOW, MID, HIGH")
                .hasMessageContaining("\n - network.strategy.rules.\"USER.MID\" must be \"ACTION_CODE: description\"")
                .hasMessageContaining("was \"demo for everyone\"");
    }

    @Test
    void anEmptyDescriptionIsAProblem() {
        assertThat(StrategyTable.problems(Map.of("COACH.LOW", "DEVELOP_COACH:  "))).hasSize(1);
    }

    private static Map<String, String> rules(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withMapping(StrategyConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .build()
                .getConfigMapping(StrategyConfig.class)
                .rules();
    }
}
