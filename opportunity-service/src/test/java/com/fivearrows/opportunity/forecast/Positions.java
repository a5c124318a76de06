package com.fivearrows.opportunity.forecast;

import com.fivearrows.opportunity.opportunity.ForecastCategory;
import com.fivearrows.opportunity.opportunity.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Positions for the forecast tests: open ones by stage and close date, closed ones by outcome and day. */
final class Positions {
    static final Instant OPENED = Instant.parse("2026-06-01T09:00:00Z");

    private Positions() {
    }

    static Position open(String id, String amount, String currency, String stage, double probability,
                         ForecastCategory category, String expectedClose) {
        return new Position(id, "alice", List.of("bob"), stage, probability, Money.of(amount, currency),
                expectedClose == null ? null : LocalDate.parse(expectedClose), category, false, OPENED, null, null);
    }

    /** An open position of EUR 10,000 in QUALIFY expected on {@code expectedClose}. */
    static Position open(String id, String expectedClose) {
        return open(id, "10000", "EUR", "QUALIFY", 20, ForecastCategory.PIPELINE, expectedClose);
    }

    static Position closed(String id, String amount, String currency, String outcome, String expectedClose,
                           String closedAt) {
        String stage = Position.WON.equals(outcome) ? "WON" : outcome;
        double probability = Position.WON.equals(outcome) ? 100 : 0;
        ForecastCategory category = Position.WON.equals(outcome) ? ForecastCategory.CLOSED : ForecastCategory.OMITTED;
        return new Position(id, "alice", List.of("bob"), stage, probability, Money.of(amount, currency),
                LocalDate.parse(expectedClose), category, false, OPENED, Instant.parse(closedAt), outcome);
    }

    /** A position of EUR 10,000 expected on {@code expectedClose}, closed with {@code outcome} at {@code closedAt}. */
    static Position closed(String id, String outcome, String expectedClose, String closedAt) {
        return closed(id, "10000", "EUR", outcome, expectedClose, closedAt);
    }
}
