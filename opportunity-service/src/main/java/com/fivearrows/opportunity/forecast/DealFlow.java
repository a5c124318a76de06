package com.fivearrows.opportunity.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How a period's forecast moved between two instants (SPEC §4 deal flow): which opportunities came into it, slipped
 * out of it, were won, lost or dropped. It compares two snapshots of the same opportunities (one owner's, a team's,
 * everyone's), so a move made and undone between them is not seen.
 *
 * <p>A position is <em>in the period</em> at an instant when it is open and its expected close date lies in the
 * period. An opportunity <em>closed between</em> the instants when it is won, lost or abandoned at the end and was
 * open at the start or not yet among the start positions; it is <em>of the period</em> when it was in the period at
 * the start or closed on a day (UTC) in it. Each opportunity lands in at most one list, by the first rule that
 * applies, in this order:
 * <ol>
 *   <li>{@code won}: closed between as won, and of the period;</li>
 *   <li>{@code lost}: closed between as lost, and of the period;</li>
 *   <li>{@code removed}: closed between as abandoned, and of the period; or in the period at the start and, at the
 *       end, open with its close date moved before the period's start or cleared, or no longer among the end
 *       positions at all (e.g. it went to another owner);</li>
 *   <li>{@code pushedOut}: in the period at the start, open at the end with a close date on or after the period's
 *       end;</li>
 *   <li>{@code pulledIn}: open at the start with a close date on or after the period's end, in the period at the
 *       end;</li>
 *   <li>{@code added}: not in the period at the start, in it at the end: opened since, new among the positions, or
 *       moved in from before the period or from no close date.</li>
 * </ol>
 * So a closing beats a moved date: pushed out then won (even after the period's end) is won, pulled in then lost is
 * lost, opened then abandoned is removed. Lost and abandoned differ on purpose: lost is a competitive loss the seller
 * learns from, abandoned the customer's plan going away. An opportunity in the period at both instants is in no list,
 * whatever its amount or stage did; one closed at the start never moves again (closing is final). Each list is in
 * opportunity id order.
 *
 * @param added     opportunities that came into the period
 * @param pushedOut opportunities whose close date moved past the period
 * @param pulledIn  opportunities whose close date moved into the period from after it
 * @param removed   opportunities that left the period otherwise: abandoned, moved earlier, date cleared, gone
 * @param won       opportunities of the period won between the instants
 * @param lost      opportunities of the period lost between the instants
 */
public record DealFlow(List<String> added, List<String> pushedOut, List<String> pulledIn, List<String> removed,
                       List<String> won, List<String> lost) {

    public DealFlow {
        added = List.copyOf(added);
        pushedOut = List.copyOf(pushedOut);
        pulledIn = List.copyOf(pulledIn);
        removed = List.copyOf(removed);
        won = List.copyOf(won);
        lost = List.copyOf(lost);
    }

    private enum Kind { ADDED, PUSHED_OUT, PULLED_IN, REMOVED, WON, LOST }

    /** The deal flow of {@code period} from the positions {@code atStart} to the positions {@code atEnd}. */
    public static DealFlow between(List<Position> atStart, List<Position> atEnd, Period period) {
        Map<String, Position> start = Position.byId(atStart, "atStart");
        Map<String, Position> end = Position.byId(atEnd, "atEnd");
        TreeSet<String> ids = new TreeSet<>(start.keySet());
        ids.addAll(end.keySet());
        Map<Kind, List<String>> lists = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            lists.put(kind, new ArrayList<>());
        }
        for (String id : ids) {
            Kind kind = kindOf(start.get(id), end.get(id), period);
            if (kind != null) {
                lists.get(kind).add(id);
            }
        }
        return new DealFlow(lists.get(Kind.ADDED), lists.get(Kind.PUSHED_OUT), lists.get(Kind.PULLED_IN),
                lists.get(Kind.REMOVED), lists.get(Kind.WON), lists.get(Kind.LOST));
    }

    private static Kind kindOf(Position start, Position end, Period period) {
        boolean inAtStart = inPeriod(start, period);
        boolean closedBetween = end != null && !end.open() && (start == null || start.open());
        if (closedBetween) {
            if (!inAtStart && !period.contains(end.closedOn())) {
                return null;
            }
            if (Position.WON.equals(end.outcome())) {
                return Kind.WON;
            }
            return Position.LOST.equals(end.outcome()) ? Kind.LOST : Kind.REMOVED;
        }
        if (inAtStart) {
            // open at the start and not closed since: open at the end, or gone from the end positions
            if (end == null || end.expectedCloseDate() == null || end.expectedCloseDate().isBefore(period.start())) {
                return Kind.REMOVED;
            }
            return afterPeriod(end, period) ? Kind.PUSHED_OUT : null;
        }
        if (inPeriod(end, period)) {
            return afterPeriod(start, period) ? Kind.PULLED_IN : Kind.ADDED;
        }
        return null;
    }

    private static boolean inPeriod(Position position, Period period) {
        return position != null && position.open() && period.contains(position.expectedCloseDate());
    }

    private static boolean afterPeriod(Position position, Period period) {
        if (position == null || !position.open()) {
            return false;
        }
        LocalDate date = position.expectedCloseDate();
        return date != null && !date.isBefore(period.endExclusive());
    }
}
