package com.fivearrows.network.closeness;

import com.fivearrows.network.interaction.InteractionType;
import com.fivearrows.network.interaction.Outcome;
import java.time.Instant;
import java.util.StringJoiner;

/**
 * What an interaction adds to a person's activity before decay, kept when it is projected: its weight, times its
 * outcome's multiplier, times the {@link DecayScale} factor of when it occurred,
 * <pre>
 * weighted(i) = w(typeᵢ) × m(outcomeᵢ) × 2^((tᵢ − epoch)/H)     so that     A(t) = Σ weighted(i) ÷ 2^((t − epoch)/H)
 * </pre>
 * A group's read then takes one running total per person (see {@link ActivityScore}). Totals weighed with other
 * weights or another half-life mean nothing: the read model records {@link #description()} and is rebuilt when the
 * configuration no longer matches it ({@link ScaleCheck}).
 */
public record ActivityWeighing(ClosenessSettings settings, DecayScale scale) {

    /** w × m × the scale factor of {@code occurredAt}. */
    public double weighted(InteractionType type, Outcome outcome, Instant occurredAt) {
        return settings.weightOf(type) * settings.multiplierOf(outcome) * scale.factor(occurredAt);
    }

    /**
     * The weights and multipliers, written out in a fixed order ({@code EMAIL 1.0, CALL 2.0, …; POSITIVE 1.0, …}),
     * to compare the weighing a read model was built with against the one configured. The half-life is recorded
     * on its own.
     */
    public String description() {
        StringJoiner weights = new StringJoiner(", ");
        for (InteractionType type : InteractionType.values()) {
            weights.add(type + " " + settings.weightOf(type));
        }
        StringJoiner multipliers = new StringJoiner(", ");
        for (Outcome outcome : Outcome.values()) {
            multipliers.add(outcome + " " + settings.multiplierOf(outcome));
        }
        return weights + "; " + multipliers;
    }
}
