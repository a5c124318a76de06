package com.fivearrows.network.closeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fivearrows.network.interaction.InteractionType;
import com.fivearrows.network.interaction.Outcome;
import com.fivearrows.network.keyperson.RelationshipLevel;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reads {@link ClosenessConfig} with SmallRye Config alone (no Quarkus start), as the service does at start-up. */
class ClosenessSettingsProducerTest {

    @Test
    void noConfigurationGivesTheDefaults() {
        assertThat(ClosenessSettingsProducer.fromConfig(config(Map.of()))).isEqualTo(ClosenessSettings.defaults());
    }

    @Test
    void configuredValuesReplaceDefaultsAndMissingMapKeysKeepThem() {
        ClosenessSettings settings = ClosenessSettingsProducer.fromConfig(config(Map.of(
                "network.closeness.level-points.TRUSTED", "80",
                "network.closeness.type-weights.site-visit", "5",
                "network.closeness.outcome-multipliers.NEGATIVE", "-0.8",
                "network.closeness.half-life", "P90D",
                "network.closeness.composite-relationship-weight", "0.5",
                "network.closeness.composite-solution-weight", "0.25",
                "network.closeness.composite-price-weight", "0.25")));

        assertThat(settings.pointsOf(RelationshipLevel.TRUSTED)).isEqualTo(80);
        assertThat(settings.pointsOf(RelationshipLevel.FAMILIAR)).isEqualTo(50);
        assertThat(settings.weightOf(InteractionType.SITE_VISIT)).isEqualTo(5);
        assertThat(settings.weightOf(InteractionType.MEETING)).isEqualTo(4);
        assertThat(settings.multiplierOf(Outcome.NEGATIVE)).isEqualTo(-0.8);
        assertThat(settings.halfLife()).isEqualTo(Duration.ofDays(90));
        assertThat(settings.compositeRelationshipWeight()).isEqualTo(0.5);
    }

    @Test
    void aBadConfigurationFailsWithOneMessageListingEveryProblem() {
        assertThatThrownBy(() -> ClosenessSettingsProducer.fromConfig(config(Map.of(
                "network.closeness.type-weights.SITE_VISITS", "5",
                "network.closeness.composite-price-weight", "0.4",
                "network.closeness.half-life", "P7D"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Invalid network.closeness.* configuration (3 problems):"
                        + "\n - network.closeness.type-weights.SITE_VISITS is not a known key, use one of EMAIL, CALL,"
                        + " MARKETING_EVENT, SERVICE_CASE, ONLINE_MEETING, MEETING, DEMO, SITE_VISIT, SOCIAL,"
                        + " EXECUTIVE_MEETING, BID_WON, BID_LOST"
                        + "\n - network.closeness.half-life must be between 14 days and 3650 days, was 7 days"
                        + "\n - network.closeness.composite-relationship-weight + composite-solution-weight"
                        + " + composite-price-weight must sum to 1, were 0.4 + 0.3 + 0.4 = 1.1");
    }

    private static ClosenessConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withMapping(ClosenessConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .build()
                .getConfigMapping(ClosenessConfig.class);
    }
}
