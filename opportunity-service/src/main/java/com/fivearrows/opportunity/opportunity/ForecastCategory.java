package com.fivearrows.opportunity.opportunity;

/**
 * Where an opportunity counts in the forecast: derived from the grade while open (A {@code COMMIT}, B
 * {@code BEST_CASE}, C and D {@code PIPELINE}) unless the seller overrides it with a reason; {@code CLOSED} once
 * won, {@code OMITTED} once lost or abandoned.
 */
public enum ForecastCategory {
    COMMIT, BEST_CASE, PIPELINE, CLOSED, OMITTED
}
