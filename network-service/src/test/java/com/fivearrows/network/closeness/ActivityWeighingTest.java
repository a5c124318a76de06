package com.fivearrows.network.closeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fivearrows.network.interaction.InteractionType;
import com.fivearrows.network.interaction.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityWeighingTest {
    private static final ClosenessSettings SETTINGS = ClosenessSettings.defaults();
    private static final DecayScale SCALE = new DecayScale(Duration.ofDays(60));
    private static final ActivityWeighing WEIGHING = new ActivityWeighing(SETTINGS, SCALE);
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void anInteractionIsWeighedByTypeAndOutcomeAndDecaysLikeItsScaledValue() {
        // a negative MEETING 60 days ago, read now: 4 × (−0.5) × 2^(−60/60) = −1
        double weighted = WEIGHING.weighted(InteractionType.MEETING, Outcome.NEGATIVE, NOW.minus(Duration.ofDays(60)));

        assertThat(weighted / SCALE.factor(NOW)).isCloseTo(-1.0, within(1e-12));
    }

    @Test
    void theRunningTotalOfWeighedInteractionsGivesTheActivityTheirBreakdownExplains() {
        Instant weekAgo = NOW.minus(Duration.ofDays(7));
        double total = WEIGHING.weighted(InteractionType.DEMO, Outcome.POSITIVE, weekAgo)
                + WEIGHING.weighted(InteractionType.EMAIL, Outcome.NEUTRAL, NOW);
        ActivityScore explained = ActivityScore.compute(List.of(
                new ActivityTotal(InteractionType.DEMO, Outcome.POSITIVE, 1, SCALE.factor(weekAgo)),
                new ActivityTotal(InteractionType.EMAIL, Outcome.NEUTRAL, 1, SCALE.factor(NOW))), NOW, SETTINGS, SCALE);

        ActivityScore fromTotal = ActivityScore.compute(total, List.of(), NOW, SETTINGS, SCALE);

        assertThat(fromTotal.activity()).isCloseTo(explained.activity(), within(1e-12));
        assertThat(fromTotal.contributions()).isEmpty();
    }

    @Test
    void theDescriptionChangesWithAnyWeightOrMultiplierSoTheReadModelIsRebuilt() {
        ActivityWeighing heavierVisits = new ActivityWeighing(SETTINGS.toBuilder()
                .typeWeight(InteractionType.SITE_VISIT, 7).build(), SCALE);
        ActivityWeighing harsherNegatives = new ActivityWeighing(SETTINGS.toBuilder()
                .outcomeMultiplier(Outcome.NEGATIVE, -0.8).build(), SCALE);

        assertThat(WEIGHING.description()).startsWith("EMAIL 1.0, ").contains("; POSITIVE 1.0, NEUTRAL 0.6, NEGATIVE -0.5");
        assertThat(heavierVisits.description()).isNotEqualTo(WEIGHING.description());
        assertThat(harsherNegatives.description()).isNotEqualTo(WEIGHING.description());
        assertThat(new ActivityWeighing(SETTINGS, new DecayScale(Duration.ofDays(30))).description())
                .as("the half-life is recorded on its own").isEqualTo(WEIGHING.description());
    }
}
