package com.fivearrows.opportunity.forecast;

import com.fivearrows.opportunity.opportunity.ForecastCategory;
import com.fivearrows.opportunity.opportunity.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An opportunity as it stood at one instant: what the forecast at that instant counts (SPEC §4 {@code asOf=}). The
 * read model replays an opportunity's events up to the instant to build it.
 *
 * <p>Where it counts: an open position by its expected close date, a closed one by the day it closed in UTC (the
 * day it was won, lost or abandoned), see {@link #forecastDate()}; in which category: {@link #countedCategory()}.
 *
 * @param opportunityId     the opportunity
 * @param owner             its owner
 * @param team              its team besides the owner
 * @param stage             its stage, e.g. {@code BID} or {@code WON}
 * @param probability       the stage's probability in percent, 0..100
 * @param amount            its amount in its own currency
 * @param expectedCloseDate when it is expected to close; null while unknown
 * @param category          its forecast category, derived or overridden by the seller
 * @param overridden        whether the seller chose the category
 * @param openedAt          when it was opened
 * @param closedAt          when it was won, lost or abandoned; null while open
 * @param outcome           {@link #WON}, {@link #LOST} or {@link #ABANDONED}; null while open
 */
public record Position(String opportunityId, String owner, List<String> team, String stage, double probability,
                       Money amount, LocalDate expectedCloseDate, ForecastCategory category, boolean overridden,
                       Instant openedAt, Instant closedAt, String outcome) {
    public static final String WON = "WON";
    public static final String LOST = "LOST";
    public static final String ABANDONED = "ABANDONED";

    private static final Set<String> OUTCOMES = Set.of(WON, LOST, ABANDONED);

    public Position {
        Objects.requireNonNull(opportunityId, "opportunityId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(category, "category");
        team = team == null ? List.of() : List.copyOf(team);
        if ((closedAt == null) != (outcome == null)) {
            throw new IllegalArgumentException("position " + opportunityId
                    + ": closedAt and outcome are both set once closed and both null while open");
        }
        if (outcome != null && !OUTCOMES.contains(outcome)) {
            throw new IllegalArgumentException("position " + opportunityId + ": outcome must be WON, LOST or"
                    + " ABANDONED, was " + outcome);
        }
    }

    /** Whether it was still open at the instant. */
    public boolean open() {
        return closedAt == null;
    }

    /** The UTC day it was won, lost or abandoned; null while open. */
    public LocalDate closedOn() {
        return closedAt == null ? null : LocalDate.ofInstant(closedAt, ZoneOffset.UTC);
    }

    /** The day that places it in a period: the expected close date while open (null if unknown), else {@link #closedOn()}. */
    public LocalDate forecastDate() {
        return open() ? expectedCloseDate : closedOn();
    }

    /** The category it is counted in: CLOSED once won, OMITTED once lost or abandoned, else {@link #category()}. */
    public ForecastCategory countedCategory() {
        if (open()) {
            return category;
        }
        return WON.equals(outcome) ? ForecastCategory.CLOSED : ForecastCategory.OMITTED;
    }

    /** The positions by opportunity id, in their order; an id twice is a caller's bug and refused. */
    static Map<String, Position> byId(List<Position> positions, String what) {
        Map<String, Position> byId = new LinkedHashMap<>();
        for (Position position : positions) {
            if (byId.putIfAbsent(position.opportunityId(), position) != null) {
                throw new IllegalArgumentException("opportunity " + position.opportunityId() + " is twice in " + what);
            }
        }
        return byId;
    }
}
