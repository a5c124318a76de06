package com.fivearrows.opportunity.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FiscalCalendarTest {
    final FiscalCalendar january = new FiscalCalendar(1);
    final FiscalCalendar april = new FiscalCalendar(4);

    static Period period(String name, String start, String endExclusive) {
        return new Period(name, LocalDate.parse(start), LocalDate.parse(endExclusive));
    }

    @Test
    void withAJanuaryStartQuartersAndYearsAreTheCalendars() {
        LocalDate november = LocalDate.of(2026, 11, 15);

        assertThat(january.quarterOf(november)).isEqualTo(period("2026-Q4", "2026-10-01", "2027-01-01"));
        assertThat(january.yearOf(november)).isEqualTo(period("FY2026", "2026-01-01", "2027-01-01"));
        assertThat(january.monthOf(november)).isEqualTo(period("2026-11", "2026-11-01", "2026-12-01"));
        assertThat(january.quarterOf(LocalDate.of(2026, 1, 1)).name()).isEqualTo("2026-Q1");
        assertThat(january.quarterOf(LocalDate.of(2026, 3, 31)).name()).isEqualTo("2026-Q1");
        assertThat(january.quarterOf(LocalDate.of(2026, 4, 1)).name()).isEqualTo("2026-Q2");
        assertThat(january.quarterOf(LocalDate.of(2026, 12, 31)).name()).isEqualTo("2026-Q4");
    }

    @Test
    void withAnAprilStartTheYearIsNamedByTheYearItEndsInAndQ1StartsInApril() {
        // FY2027 = 2026-04-01 .. 2027-03-31; its Q1 = April..June 2026, its Q4 = January..March 2027
        assertThat(april.yearOf(LocalDate.of(2026, 4, 1))).isEqualTo(period("FY2027", "2026-04-01", "2027-04-01"));
        assertThat(april.yearOf(LocalDate.of(2026, 3, 31))).isEqualTo(period("FY2026", "2025-04-01", "2026-04-01"));
        assertThat(april.quarterOf(LocalDate.of(2026, 4, 1))).isEqualTo(period("2027-Q1", "2026-04-01", "2026-07-01"));
        assertThat(april.quarterOf(LocalDate.of(2026, 6, 30)).name()).isEqualTo("2027-Q1");
        assertThat(april.quarterOf(LocalDate.of(2026, 7, 1))).isEqualTo(period("2027-Q2", "2026-07-01", "2026-10-01"));
        assertThat(april.quarterOf(LocalDate.of(2026, 12, 31))).isEqualTo(period("2027-Q3", "2026-10-01", "2027-01-01"));
        assertThat(april.quarterOf(LocalDate.of(2027, 1, 1))).isEqualTo(period("2027-Q4", "2027-01-01", "2027-04-01"));
        assertThat(april.quarterOf(LocalDate.of(2026, 3, 31))).isEqualTo(period("2026-Q4", "2026-01-01", "2026-04-01"));
    }

    @Test
    void aMonthIsNamedByItsCalendarYearWhateverTheFiscalStart() {
        assertThat(april.monthOf(LocalDate.of(2026, 11, 30))).isEqualTo(period("2026-11", "2026-11-01", "2026-12-01"));
        assertThat(april.parse("2026-11")).isEqualTo(period("2026-11", "2026-11-01", "2026-12-01"));
    }

    @Test
    void aDecemberStartPutsDecemberInTheNextFiscalYearsFirstQuarter() {
        FiscalCalendar december = new FiscalCalendar(12);

        // FY2027 = 2026-12-01 .. 2027-11-30; Q1 = December 2026..February 2027
        assertThat(december.yearOf(LocalDate.of(2026, 12, 1))).isEqualTo(period("FY2027", "2026-12-01", "2027-12-01"));
        assertThat(december.quarterOf(LocalDate.of(2027, 2, 28))).isEqualTo(period("2027-Q1", "2026-12-01", "2027-03-01"));
        assertThat(december.quarterOf(LocalDate.of(2026, 11, 30))).isEqualTo(period("2026-Q4", "2026-09-01", "2026-12-01"));
    }

    @Test
    void theThreeNamedFormsParseAgainstEitherStart() {
        assertThat(january.parse("2026-Q4")).isEqualTo(period("2026-Q4", "2026-10-01", "2027-01-01"));
        assertThat(january.parse("2026-11")).isEqualTo(period("2026-11", "2026-11-01", "2026-12-01"));
        assertThat(january.parse("FY2026")).isEqualTo(period("FY2026", "2026-01-01", "2027-01-01"));

        assertThat(april.parse("2026-Q4")).isEqualTo(period("2026-Q4", "2026-01-01", "2026-04-01"));
        assertThat(april.parse("2027-Q1")).isEqualTo(period("2027-Q1", "2026-04-01", "2026-07-01"));
        assertThat(april.parse("FY2026")).isEqualTo(period("FY2026", "2025-04-01", "2026-04-01"));
    }

    @Test
    void lowerCaseLettersAreReadAndTheNameIsCanonical() {
        assertThat(april.parse("fy2027").name()).isEqualTo("FY2027");
        assertThat(april.parse("2027-q2")).isEqualTo(period("2027-Q2", "2026-07-01", "2026-10-01"));
    }

    @Test
    void aPeriodsNameParsesBackToTheSamePeriod() {
        LocalDate date = LocalDate.of(2026, 8, 17);
        for (FiscalCalendar calendar : new FiscalCalendar[] {january, april, new FiscalCalendar(7)}) {
            assertThat(calendar.parse(calendar.quarterOf(date).name())).isEqualTo(calendar.quarterOf(date));
            assertThat(calendar.parse(calendar.yearOf(date).name())).isEqualTo(calendar.yearOf(date));
            assertThat(calendar.parse(calendar.monthOf(date).name())).isEqualTo(calendar.monthOf(date));
        }
    }

    @Test
    void badPeriodsAreRefusedSayingWhatWouldDo() {
        String forms = "use a fiscal quarter (2026-Q4), a month (2026-11) or a fiscal year (FY2026)";
        assertThatThrownBy(() -> january.parse("2026-Q5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"2026-Q5\" is not a period: a quarter is Q1 to Q4");
        assertThatThrownBy(() -> january.parse("2026-Q0")).hasMessage("\"2026-Q0\" is not a period: a quarter is Q1 to Q4");
        assertThatThrownBy(() -> january.parse("2026-13")).hasMessage("\"2026-13\" is not a period: a month is 01 to 12");
        assertThatThrownBy(() -> january.parse("2026-00")).hasMessage("\"2026-00\" is not a period: a month is 01 to 12");
        assertThatThrownBy(() -> january.parse("FY26")).hasMessage("\"FY26\" is not a period: " + forms);
        assertThatThrownBy(() -> january.parse("2026Q4")).hasMessage("\"2026Q4\" is not a period: " + forms);
        assertThatThrownBy(() -> january.parse("Q4-2026")).hasMessage("\"Q4-2026\" is not a period: " + forms);
        assertThatThrownBy(() -> january.parse("2026-1")).hasMessage("\"2026-1\" is not a period: " + forms);
        assertThatThrownBy(() -> january.parse(" 2026-Q4")).hasMessage("\" 2026-Q4\" is not a period: " + forms);
        assertThatThrownBy(() -> january.parse("")).hasMessage("a period is required: " + forms);
        assertThatThrownBy(() -> january.parse(null)).hasMessage("a period is required: " + forms);
    }

    @Test
    void aStartMonthOutside1To12IsRefused() {
        assertThatThrownBy(() -> new FiscalCalendar(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the fiscal year's start month must be between 1 and 12, was 0");
        assertThatThrownBy(() -> new FiscalCalendar(13))
                .hasMessage("the fiscal year's start month must be between 1 and 12, was 13");
    }

    @Test
    void aPeriodHoldsItsFirstDayButNotItsEndAndNoUnknownDate() {
        Period q4 = january.parse("2026-Q4");

        assertThat(q4.contains(LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(q4.contains(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(q4.contains(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(q4.contains(LocalDate.of(2026, 9, 30))).isFalse();
        assertThat(q4.contains(null)).isFalse();
    }
}
