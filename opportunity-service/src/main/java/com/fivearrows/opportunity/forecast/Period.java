package com.fivearrows.opportunity.forecast;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A span of days a forecast is asked for: a fiscal quarter ({@code 2026-Q4}), a calendar month ({@code 2026-11}) or a
 * fiscal year ({@code FY2026}), as {@link FiscalCalendar} names and parses them. The start is inclusive, the end
 * exclusive, so consecutive periods meet without overlapping.
 *
 * @param name         the name it is asked for by and shown with, e.g. {@code 2027-Q1}
 * @param start        the first day
 * @param endExclusive the day after the last day
 */
public record Period(String name, LocalDate start, LocalDate endExclusive) {

    public Period {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (!start.isBefore(endExclusive)) {
            throw new IllegalArgumentException("period " + name + " must end after it starts, starts " + start
                    + " and ends before " + endExclusive);
        }
    }

    /** Whether {@code date} is one of this period's days; an unknown (null) date is in no period. */
    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(start) && date.isBefore(endExclusive);
    }
}
