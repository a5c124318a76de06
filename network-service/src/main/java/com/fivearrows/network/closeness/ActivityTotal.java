package com.fivearrows.network.closeness;

import com.fivearrows.network.interaction.InteractionType;
import com.fivearrows.network.interaction.Outcome;

/**
 * A person's interactions of one type and outcome up to the instant read: how many, and their decay-scaled sum
 * Σ 2^((tᵢ − epoch)/H) (see {@link DecayScale}). Weights are applied when the score is computed, so a change of
 * weights needs no replay.
 */
public record ActivityTotal(InteractionType type, Outcome outcome, long count, double scaledSum) {
}
