package io.briefing.facts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time a fact refers to: a year ({@code 2024}), a quarter ({@code 2025-Q3}), a month
 * ({@code 2024-03}), a day ({@code 2024-12-18}), the year to date ({@code 2024-YTD}) or a span of
 * days ({@code 2025-10-01..2025-10-07}: a festival's week, the first 13 days of a month), written also
 * as months or quarters at its ends, as a half year ({@code 2025-H1}) or as whole years ({@code 2026..2030}).
 *
 * @param quarter 1–4 for a quarter, else 0
 * @param last    the last day of a span (its first is year-month-day), else null
 */
public record Period(int year, int month, int day, int quarter, boolean yearToDate, LocalDate last) implements Comparable<Period> {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(YTD|Q[1-4]|H[12]|\\d{1,2})(?:-(\\d{1,2}))?)?");
    /** The longest span: a five-year plan (2026..2030), a decade's target, "since 2019". */
    private static final int MAX_SPAN_YEARS = 10;

    public Period(int year, int month, int day, int quarter, boolean yearToDate) {
        this(year, month, day, quarter, yearToDate, null);
    }

    public Period(int year, int month, int day, boolean yearToDate) {
        this(year, month, day, 0, yearToDate, null);
    }

    /** The span of days from {@code first} to {@code last}, both included. */
    public static Period span(LocalDate first, LocalDate last) {
        return new Period(first.getYear(), first.getMonthValue(), first.getDayOfMonth(), 0, false, last);
    }

    /** Whether this is a span of days. */
    public boolean isSpan() {
        return last != null;
    }

    /** Parses the forms above; throws IllegalArgumentException naming what is wrong. */
    public static Period parse(String text) {
        int dots = text.indexOf("..");
        if (dots >= 0) {
            Period a = parse(text.substring(0, dots));
            Period b = parse(text.substring(dots + 2));
            if (a.isYear() && b.isYear()) {
                // whole years at both ends: a plan's years (2026..2030), up to a decade
                if (b.year <= a.year || b.year - a.year >= MAX_SPAN_YEARS) {
                    throw new IllegalArgumentException("the span " + text.trim() + " must end after it starts and cover at most "
                            + MAX_SPAN_YEARS + " years");
                }
                return span(LocalDate.of(a.year, 1, 1), LocalDate.of(b.year, 12, 31));
            }
            // days, months, quarters or a year at either end (2025-04..2025-09, a fiscal half; 2025-Q3..2026-Q2, a
            // fiscal year; 2019..2026-01, "doubled since 2019"): the days from the first one's first to the last
            // one's last, up to a decade like whole years
            if (!a.boundable() && !a.isYear() || !b.boundable() && !b.isYear()) {
                throw new IllegalArgumentException("'" + text.trim() + "' is not a span (write two dates, months, quarters or "
                        + "years: FIRST..LAST)");
            }
            LocalDate last = b.isYear() ? LocalDate.of(b.year, 12, 31) : b.lastDay();
            if (!last.isAfter(a.start())) {
                throw new IllegalArgumentException("the span " + text.trim() + " does not end after it starts");
            }
            if (last.getYear() - a.year >= MAX_SPAN_YEARS) {
                throw new IllegalArgumentException("the span " + text.trim() + " covers more than " + MAX_SPAN_YEARS + " years");
            }
            return span(a.start(), last);
        }
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a period");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return new Period(year, 0, 0, false);
        }
        if (m.group(2).startsWith("H")) {
            // a half year is the span of its six months: 2025-H1 is 2025-01..2025-06
            if (m.group(3) != null) {
                throw new IllegalArgumentException("'" + text + "' is not a period");
            }
            int first = m.group(2).charAt(1) == '1' ? 1 : 7;
            return span(LocalDate.of(year, first, 1), java.time.YearMonth.of(year, first + 5).atEndOfMonth());
        }
        if (m.group(2).startsWith("Q")) {
            if (m.group(3) != null) {
                throw new IllegalArgumentException("'" + text + "' is not a period");
            }
            return new Period(year, 0, 0, m.group(2).charAt(1) - '0', false);
        }
        if (m.group(2).equals("YTD")) {
            if (m.group(3) != null) {
                throw new IllegalArgumentException("'" + text + "' is not a period");
            }
            return new Period(year, 0, 0, true);
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month " + month + " does not exist");
        }
        if (m.group(3) == null) {
            return new Period(year, month, 0, false);
        }
        int day = Integer.parseInt(m.group(3));
        try {
            LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("the date " + text.trim() + " does not exist");
        }
        return new Period(year, month, day, false);
    }

    /** Whether this is a whole calendar year (not its year to date, nor a span). */
    private boolean isYear() {
        return last == null && !yearToDate && month == 0 && quarter == 0 && day == 0;
    }

    public boolean hasMonth() {
        return month > 0;
    }

    public boolean hasQuarter() {
        return quarter > 0;
    }

    public boolean hasDay() {
        return day > 0;
    }

    /** Whether this may stand at an end of a span: a day, a month or a quarter (not a year, the year to date or a span). */
    private boolean boundable() {
        return !isSpan() && !yearToDate && (hasDay() || month > 0 || quarter > 0);
    }

    /** The last day of a day, a month or a quarter. */
    private LocalDate lastDay() {
        if (hasDay()) {
            return start();
        }
        return java.time.YearMonth.of(year, quarter > 0 ? quarter * 3 : month).atEndOfMonth();
    }

    /** The first day the period covers; used to place a milestone on a time axis. */
    public LocalDate start() {
        return LocalDate.of(year, quarter > 0 ? quarter * 3 - 2 : Math.max(month, 1), Math.max(day, 1));
    }

    @Override
    public int compareTo(Period o) {
        int c = start().compareTo(o.start());
        if (c != 0) {
            return c;
        }
        // a coarser period sorts before the finer ones it contains
        c = Integer.compare(precision(), o.precision());
        if (c != 0 || last == null) {
            return c;
        }
        return last.compareTo(o.last);
    }

    private int precision() {
        // a span of days is coarser than its first day
        return last != null ? 4 : day > 0 ? 5 : month > 0 ? 3 : quarter > 0 ? 2 : yearToDate ? 1 : 0;
    }

    @Override
    public String toString() {
        if (last != null && last.getYear() > year && month == 1 && day == 1 && last.getMonthValue() == 12
                && last.getDayOfMonth() == 31) {
            // whole years, written as they are read
            return year + ".." + last.getYear();
        }
        if (last != null) {
            return new Period(year, month, day, false) + ".." + new Period(last.getYear(), last.getMonthValue(), last.getDayOfMonth(), false);
        }
        if (yearToDate) {
            return year + "-YTD";
        }
        if (quarter > 0) {
            return year + "-Q" + quarter;
        }
        if (month == 0) {
            return Integer.toString(year);
        }
        String ym = year + (month < 10 ? "-0" : "-") + month;
        return day == 0 ? ym : ym + (day < 10 ? "-0" : "-") + day;
    }
}
