package com.fivearrows.opportunity.forecast;

import static com.fivearrows.opportunity.forecast.Positions.closed;
import static com.fivearrows.opportunity.forecast.Positions.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fivearrows.opportunity.opportunity.ForecastCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Q4 2026 (October..December), the positions as they stood on 1 October and later. */
class DealFlowTest {
    static final Period Q4 = new FiscalCalendar(1).parse("2026-Q4");

    @Test
    void eachKindOfMoveLandsInItsList() {
        List<Position> onFirstOctober = List.of(
                open("from-september", "2026-09-20"),
                open("undated", null),
                open("slipped", "2026-11-15"),
                open("early", "2027-02-15"),
                open("abandoned", "2026-10-30"),
                open("moved-back", "2026-12-01"),
                open("cleared", "2026-12-01"),
                open("handed-over", "2026-11-01"),
                open("won", "2026-11-15"),
                open("lost", "2026-12-20"),
                open("steady", "2026-11-01"),
                open("next-year", "2027-02-01"),
                closed("closed-before", Position.WON, "2026-10-15", "2026-09-10T10:00:00Z"));
        List<Position> onThirtiethNovember = List.of(
                open("new", "2026-11-20"),
                open("from-september", "2026-11-10"),
                open("undated", "2026-12-01"),
                open("slipped", "2027-01-20"),
                open("early", "2026-12-05"),
                closed("abandoned", Position.ABANDONED, "2026-10-30", "2026-11-03T09:00:00Z"),
                open("moved-back", "2026-09-30"),
                open("cleared", null),
                closed("won", Position.WON, "2026-11-15", "2026-11-05T16:00:00Z"),
                closed("lost", Position.LOST, "2026-12-20", "2026-11-08T11:00:00Z"),
                open("steady", "120000", "EUR", "BID", 60, ForecastCategory.BEST_CASE, "2026-11-01"),
                open("next-year", "2027-03-01"),
                closed("closed-before", Position.WON, "2026-10-15", "2026-09-10T10:00:00Z"));

        DealFlow flow = DealFlow.between(onFirstOctober, onThirtiethNovember, Q4);

        assertThat(flow.added()).containsExactly("from-september", "new", "undated");
        assertThat(flow.pushedOut()).containsExactly("slipped");
        assertThat(flow.pulledIn()).containsExactly("early");
        assertThat(flow.removed()).containsExactly("abandoned", "cleared", "handed-over", "moved-back");
        assertThat(flow.won()).containsExactly("won");
        assertThat(flow.lost()).containsExactly("lost");
    }

    @Test
    void aClosingBeatsAMovedDateAndEachOpportunityIsListedOnce() {
        // from 1 October 2026 to 31 January 2027, so some close after Q4's end
        List<Position> onFirstOctober = List.of(
                open("pushed-then-won", "2026-11-15"),
                open("pulled-then-lost", "2027-02-01"),
                open("pushed-then-abandoned", "2026-11-15"),
                open("pulled-then-won-in-january", "2027-03-01"));
        List<Position> onThirtyFirstJanuary = List.of(
                closed("pushed-then-won", Position.WON, "2027-01-10", "2027-01-10T10:00:00Z"),
                closed("pulled-then-lost", Position.LOST, "2026-12-02", "2026-12-02T10:00:00Z"),
                closed("pushed-then-abandoned", Position.ABANDONED, "2027-01-20", "2027-01-05T10:00:00Z"),
                closed("pulled-then-won-in-january", Position.WON, "2027-01-20", "2027-01-20T10:00:00Z"),
                closed("new-then-won", Position.WON, "2026-12-15", "2026-12-15T10:00:00Z"),
                closed("new-then-lost", Position.LOST, "2026-12-20", "2026-12-18T10:00:00Z"),
                closed("new-then-abandoned", Position.ABANDONED, "2026-12-20", "2026-11-20T10:00:00Z"));

        DealFlow flow = DealFlow.between(onFirstOctober, onThirtyFirstJanuary, Q4);

        // pushed-then-won was in Q4 on 1 October: won, though in January (its amount counts in 2027-Q1's CLOSED)
        assertThat(flow.won()).containsExactly("new-then-won", "pushed-then-won");
        assertThat(flow.lost()).containsExactly("new-then-lost", "pulled-then-lost");
        assertThat(flow.removed()).containsExactly("new-then-abandoned", "pushed-then-abandoned");
        // never in Q4 and won in January: not Q4's business
        assertThat(flow.added()).isEmpty();
        assertThat(flow.pushedOut()).isEmpty();
        assertThat(flow.pulledIn()).isEmpty();
    }

    @Test
    void aMoveMadeAndUndoneBetweenTheTwoInstantsIsNotSeen() {
        // pushed to January in October, pulled back to December in November: same period at both instants
        DealFlow flow = DealFlow.between(List.of(open("a", "2026-11-15")), List.of(open("a", "2026-12-15")), Q4);

        assertThat(List.of(flow.added(), flow.pushedOut(), flow.pulledIn(), flow.removed(), flow.won(), flow.lost()))
                .allSatisfy(list -> assertThat(list).isEmpty());
    }

    @Test
    void anOpportunityTwiceInASnapshotIsRefused() {
        List<Position> twice = List.of(open("a", "2026-11-15"), open("a", "2026-12-15"));

        assertThatThrownBy(() -> DealFlow.between(twice, List.of(), Q4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("opportunity a is twice in atStart");
    }
}
