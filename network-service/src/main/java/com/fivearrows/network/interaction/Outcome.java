package com.fivearrows.network.interaction;

/** How an interaction went; each outcome has a configurable multiplier in the activity score. */
public enum Outcome {
    POSITIVE,
    NEUTRAL,
    NEGATIVE
}
