package com.fivearrows.network.keyperson;

/** A key person's assessed stance on our solution; its points (0..100) are configurable. */
public enum SolutionStance {
    OPPONENT,
    SKEPTIC,
    NEUTRAL,
    SUPPORTER,
    CHAMPION
}
