package com.fivearrows.opportunity.forecast;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fiscal year a company reports in (SPEC §4): it starts on the first day of {@code startMonth} (1 = January, the
 * default) and names and cuts the forecast's periods.
 *
 * <ul>
 *   <li><b>Fiscal year</b> {@code FY<n>}: the twelve months that end in calendar year n. With startMonth 1 that is
 *       calendar year n; with startMonth 4, {@code FY2027} = 2026-04-01 .. 2027-03-31.</li>
 *   <li><b>Fiscal quarter</b> {@code <n>-Q<q>}: quarter q (1..4) of fiscal year n, counted from the fiscal start, so
 *       Q1 is the year's first three months. With startMonth 4, {@code 2027-Q1} = 2026-04-01 .. 2026-06-30 and
 *       {@code 2026-Q4} = 2026-01-01 .. 2026-03-31.</li>
 *   <li><b>Month</b> {@code <yyyy>-<mm>}: a calendar month, named by its calendar year whatever the fiscal start
 *       ({@code 2026-11} is November 2026).</li>
 * </ul>
 *
 * <p>{@link #parse(String)} reads these three forms (letters in either case) and refuses anything else with a
 * message that shows the accepted forms.
 *
 * <pre>{@code
 * FiscalCalendar april = new FiscalCalendar(4);
 * april.quarterOf(LocalDate.of(2026, 5, 20)); // Period[name=2027-Q1, start=2026-04-01, endExclusive=2026-07-01]
 * april.parse("FY2026");                     // Period[name=FY2026, start=2025-04-01, endExclusive=2026-04-01]
 * }</pre>
 *
 * @param startMonth the month the fiscal year starts in, 1..12
 */
public record FiscalCalendar(int startMonth) {
    private static final Pattern QUARTER = Pattern.compile("([1-9][0-9]{3})-Q([0-9])");
    private static final Pattern MONTH = Pattern.compile("([1-9][0-9]{3})-([0-9]{2})");
    private static final Pattern YEAR = Pattern.compile("FY([1-9][0-9]{3})");
    private static final String FORMS = "use a fiscal quarter (2026-Q4), a month (2026-11) or a fiscal year (FY2026)";

    public FiscalCalendar {
        if (startMonth < 1 || startMonth > 12) {
            throw new IllegalArgumentException("the fiscal year's start month must be between 1 and 12, was "
                    + startMonth);
        }
    }

    /** The fiscal year {@code date} falls in, e.g. {@code FY2027} for 2026-05-20 with startMonth 4. */
    public Period yearOf(LocalDate date) {
        return year(fiscalYearOf(date));
    }

    /** The fiscal quarter {@code date} falls in, e.g. {@code 2027-Q1} for 2026-05-20 with startMonth 4. */
    public Period quarterOf(LocalDate date) {
        int fiscalYear = fiscalYearOf(date);
        long monthsIn = YearMonth.from(yearStart(fiscalYear)).until(YearMonth.from(date), ChronoUnit.MONTHS);
        return quarter(fiscalYear, (int) (monthsIn / 3) + 1);
    }

    /** The calendar month {@code date} falls in, e.g. {@code 2026-05}. */
    public Period monthOf(LocalDate date) {
        return month(YearMonth.from(date));
    }

    /**
     * The period named {@code text}: {@code 2026-Q4}, {@code 2026-11} or {@code FY2026} (letters in either case).
     *
     * @throws IllegalArgumentException naming the text and what would have been accepted, e.g.
     *                                  {@code "2026-Q5" is not a period: a quarter is Q1 to Q4}
     */
    public Period parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("a period is required: " + FORMS);
        }
        String upper = text.toUpperCase(Locale.ROOT);
        Matcher quarter = QUARTER.matcher(upper);
        if (quarter.matches()) {
            int number = Integer.parseInt(quarter.group(2));
            if (number < 1 || number > 4) {
                throw new IllegalArgumentException(quoted(text) + " is not a period: a quarter is Q1 to Q4");
            }
            return quarter(Integer.parseInt(quarter.group(1)), number);
        }
        Matcher month = MONTH.matcher(upper);
        if (month.matches()) {
            int number = Integer.parseInt(month.group(2));
            if (number < 1 || number > 12) {
                throw new IllegalArgumentException(quoted(text) + " is not a period: a month is 01 to 12");
            }
            return month(YearMonth.of(Integer.parseInt(month.group(1)), number));
        }
        Matcher year = YEAR.matcher(upper);
        if (year.matches()) {
            return year(Integer.parseInt(year.group(1)));
        }
        throw new IllegalArgumentException(quoted(text) + " is not a period: " + FORMS);
    }

    private int fiscalYearOf(LocalDate date) {
        return startMonth == 1 || date.getMonthValue() < startMonth ? date.getYear() : date.getYear() + 1;
    }

    private LocalDate yearStart(int fiscalYear) {
        return LocalDate.of(startMonth == 1 ? fiscalYear : fiscalYear - 1, startMonth, 1);
    }

    private Period year(int fiscalYear) {
        LocalDate start = yearStart(fiscalYear);
        return new Period("FY" + fiscalYear, start, start.plusYears(1));
    }

    private Period quarter(int fiscalYear, int number) {
        LocalDate start = yearStart(fiscalYear).plusMonths(3L * (number - 1));
        return new Period(fiscalYear + "-Q" + number, start, start.plusMonths(3));
    }

    private static Period month(YearMonth month) {
        return new Period(month.toString(), month.atDay(1), month.plusMonths(1).atDay(1));
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
