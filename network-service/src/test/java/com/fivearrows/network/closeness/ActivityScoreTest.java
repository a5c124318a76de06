package com.fivearrows.network.closeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fivearrows.network.interaction.InteractionType;
import com.fivearrows.network.interaction.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityScoreTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final ClosenessSettings SETTINGS = ClosenessSettings.defaults();
    private static final DecayScale SCALE = new DecayScale(Duration.ofDays(60));

    @Test
    void decayAtOneHalfLifeHalvesTheContribution() {
        // one positive MEETING exactly 60 days ago: A = 4 × 1.0 × 2^(−60/60) = 2
        ActivityScore score = ActivityScore.compute(
                List.of(total(InteractionType.MEETING, Outcome.POSITIVE, NOW.minus(Duration.ofDays(60)))),
                NOW, SETTINGS, SCALE);

        assertThat(score.contributions().get(0).decayedSum()).isCloseTo(0.5, within(1e-9));
        assertThat(score.activity()).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void anInteractionTodayCountsInFullAndSaturatesTheIntensity() {
        // positive MEETING now: A = 4; I = 100 × (1 − e^(−4/10)) = 100 × (1 − 0.670320046) = 32.9679954
        ActivityScore score = ActivityScore.compute(
                List.of(total(InteractionType.MEETING, Outcome.POSITIVE, NOW)), NOW, SETTINGS, SCALE);

        assertThat(score.activity()).isCloseTo(4.0, within(1e-9));
        assertThat(score.intensity()).isCloseTo(32.9679954, within(1e-6));
    }

    @Test
    void aNegativeInteractionLowersActivityButIntensityNeverGoesBelowZero() {
        // positive and negative MEETING now: A = 4 × 1.0 + 4 × (−0.5) = 2; I = 100 × (1 − e^(−0.2)) = 18.1269247
        ActivityScore mixed = ActivityScore.compute(List.of(
                total(InteractionType.MEETING, Outcome.POSITIVE, NOW),
                total(InteractionType.MEETING, Outcome.NEGATIVE, NOW)), NOW, SETTINGS, SCALE);
        // a negative MEETING alone: A = −2, I = 100 × (1 − e^(−max(−2, 0)/10)) = 0
        ActivityScore negative = ActivityScore.compute(
                List.of(total(InteractionType.MEETING, Outcome.NEGATIVE, NOW)), NOW, SETTINGS, SCALE);

        assertThat(mixed.activity()).isCloseTo(2.0, within(1e-9));
        assertThat(mixed.intensity()).isCloseTo(18.1269247, within(1e-6));
        assertThat(negative.activity()).isCloseTo(-2.0, within(1e-9));
        assertThat(negative.intensity()).isZero();
    }

    @Test
    void explanationListsEachTypeAndOutcomeWithWeightMultiplierAndContribution() {
        // two positive CALLs today: 2 × 1.0 × (1 + 1) = 4
        // one neutral EMAIL 60 days ago: 1 × 0.6 × 0.5 = 0.3;  A = 4.3
        ActivityTotal calls = new ActivityTotal(InteractionType.CALL, Outcome.POSITIVE, 2, 2 * SCALE.factor(NOW));
        ActivityScore score = ActivityScore.compute(List.of(calls,
                total(InteractionType.EMAIL, Outcome.NEUTRAL, NOW.minus(Duration.ofDays(60)))), NOW, SETTINGS, SCALE);

        assertThat(score.activity()).isCloseTo(4.3, within(1e-9));
        assertThat(score.contributions()).hasSize(2);
        ActivityScore.Contribution email = score.contributions().get(0);
        assertThat(email.type()).isEqualTo(InteractionType.EMAIL);
        assertThat(email.outcome()).isEqualTo(Outcome.NEUTRAL);
        assertThat(email.count()).isEqualTo(1);
        assertThat(email.weight()).isEqualTo(1.0);
        assertThat(email.multiplier()).isEqualTo(0.6);
        assertThat(email.decayedSum()).isCloseTo(0.5, within(1e-9));
        assertThat(email.contribution()).isCloseTo(0.3, within(1e-9));
        ActivityScore.Contribution call = score.contributions().get(1);
        assertThat(call.type()).isEqualTo(InteractionType.CALL);
        assertThat(call.count()).isEqualTo(2);
        assertThat(call.decayedSum()).isCloseTo(2.0, within(1e-9));
        assertThat(call.contribution()).isCloseTo(4.0, within(1e-9));
    }

    static ActivityTotal total(InteractionType type, Outcome outcome, Instant at) {
        return new ActivityTotal(type, outcome, 1, SCALE.factor(at));
    }
}
