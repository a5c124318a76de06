package com.fivearrows.network.strategy;

import com.fivearrows.network.keyperson.Kind;

/**
 * What to do next with a key person of a kind whose C is in a band, e.g. decision maker, LOW →
 * {@code EXECUTIVE_ALIGNMENT_MEETING}.
 *
 * @param action      a stable code for tools and reports, {@code [A-Z][A-Z0-9_]*}
 * @param description the advice in words, for the seller
 */
public record StrategyRule(Kind kind, StrategyBand band, String action, String description) {
}
