package io.briefing.reading;

import io.briefing.facts.Period;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * A period as the article states it, which may be finer or other than the fact table's forms: a
 * week, a span of days, the days up to a date. {@link #admits} says which periods of a fact table
 * state the same thing.
 *
 * @param kind   what the text names
 * @param period the period for the calendar kinds (the year for {@code THIS_YEAR}, the end's year for the rest)
 * @param from   the first day, for a week, a span or a half year
 * @param to     the last day, for a week, a span, a half year or the days up to a date; for a year, a
 *               quarter or a month, its last day when the article names its end (6月底, 明年底, "the end of June")
 * @param loose  a day that is only roughly that day ("a year ago"): its month states it as well; a week up
 *               to the article's date (本週): its last working day dates it as well
 * @param statedEnd the last day of a fiscal quarter as the article states it ("ended Sept. 28"), else null:
 *               the day a level at the quarter's end is of
 */
public record Dated(Kind kind, Period period, LocalDate from, LocalDate to, boolean loose, LocalDate statedEnd) {

    public enum Kind { YEAR, QUARTER, MONTH, DAY, YEAR_TO_DATE, THIS_YEAR, WEEK, SPAN, UP_TO, HALF }

    /** A period with no stated end of its own ({@code statedEnd}: the day a fiscal quarter "ended Sept. 28"). */
    public Dated(Kind kind, Period period, LocalDate from, LocalDate to, boolean loose) {
        this(kind, period, from, to, loose, null);
    }

    /** A fiscal quarter whose end the article states ("first quarter ended Sept. 28"): that day is its last. */
    static Dated quarterEnded(Period quarter, LocalDate end) {
        return new Dated(Kind.QUARTER, quarter, null, null, false, end);
    }

    static Dated of(Period p) {
        Kind k = p.yearToDate() ? Kind.YEAR_TO_DATE : p.hasDay() ? Kind.DAY : p.hasMonth() ? Kind.MONTH
                : p.hasQuarter() ? Kind.QUARTER : Kind.YEAR;
        return new Dated(k, p, null, null, false);
    }

    static Dated day(LocalDate d) {
        return of(new Period(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), false));
    }

    static Dated span(Kind kind, LocalDate from, LocalDate to) {
        return new Dated(kind, new Period(to.getYear(), 0, 0, false), from, to, false);
    }

    /** A half year (上半年, "the second half"): its six months, stated by that span alone (a year row widens it). */
    static Dated half(int year, int half) {
        LocalDate from = LocalDate.of(year, half == 1 ? 1 : 7, 1);
        return new Dated(Kind.HALF, new Period(year, 0, 0, false), from, from.plusMonths(6).minusDays(1), false);
    }

    /**
     * Whether this is a span of whole months ("the six months to December 31", a fiscal year's months): a
     * period like a quarter, which the sentences after it may go on about; a span of days ("from Aug. 11 to
     * Aug. 19") is the time of its own sentence alone.
     */
    public boolean wholeMonths() {
        return kind == Kind.SPAN && from != null && to != null && from.getDayOfMonth() == 1
                && to.equals(java.time.YearMonth.from(to).atEndOfMonth()) && !to.isBefore(from.plusMonths(1).minusDays(1));
    }

    /**
     * Whether this span stays in play for the sentences after it like a month: whole months, four or more whole
     * weeks, or a month's first, middle or last ten days (11月上旬面板報價…。IT面板…每片46.5美元 is of the same ten days).
     */
    public boolean staysInPlay() {
        if (wholeMonths()) {
            return true;
        }
        // "the 26 weeks to 30 August": four or more whole weeks are a reporting period, like months
        long days = kind == Kind.SPAN && from != null && to != null ? java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1 : 0;
        if (days >= 28 && days % 7 == 0) {
            return true;
        }
        return kind == Kind.SPAN && from != null && to != null && java.time.YearMonth.from(from).equals(java.time.YearMonth.from(to))
                && (from.getDayOfMonth() == 1 && to.getDayOfMonth() == 10 || from.getDayOfMonth() == 11 && to.getDayOfMonth() == 20
                        || from.getDayOfMonth() == 21 && to.equals(java.time.YearMonth.from(to).atEndOfMonth()));
    }

    /** Which half a half year is: 1 for January to June, 2 for July to December. */
    public int whichHalf() {
        return from.getMonthValue() == 1 ? 1 : 2;
    }

    /**
     * The end of this year, quarter or month (6月底, 明年底, "the end of June"): stated by the period and by
     * its last day (a stock at the end of June is June's, and of June 30); other kinds stay as they are.
     */
    Dated atItsEnd() {
        return switch (kind) {
            case YEAR, THIS_YEAR, QUARTER, MONTH -> {
                LocalDate first = period.start();
                LocalDate last = statedEnd != null ? statedEnd : kind == Kind.MONTH ? first.plusMonths(1).minusDays(1)
                        : kind == Kind.QUARTER ? first.plusMonths(3).minusDays(1) : LocalDate.of(period.year(), 12, 31);
                yield new Dated(kind, period, null, last, loose);
            }
            case DAY, YEAR_TO_DATE, WEEK, SPAN, UP_TO, HALF -> this;
        };
    }

    /** The same period a year before ("a year earlier" of the third quarter is last year's third quarter). */
    Dated yearBefore() {
        return switch (kind) {
            case YEAR, QUARTER, MONTH, YEAR_TO_DATE, THIS_YEAR -> new Dated(kind,
                    new Period(period.year() - 1, period.month(), 0, period.quarter(), period.yearToDate()), null,
                    to == null ? null : java.time.YearMonth.from(to.minusYears(1)).atEndOfMonth(), loose,
                    statedEnd == null ? null : statedEnd.equals(java.time.YearMonth.from(statedEnd).atEndOfMonth())
                            ? java.time.YearMonth.from(statedEnd.minusYears(1)).atEndOfMonth() : statedEnd.minusYears(1));
            case HALF -> half(period.year() - 1, whichHalf());
            case DAY -> new Dated(kind, new Period(period.year() - 1, period.month(), period.day(), false), null, null, true);
            case WEEK, SPAN, UP_TO -> new Dated(kind, new Period(period.year() - 1, 0, 0, false),
                    from == null ? null : from.minusYears(1), to.minusYears(1), true);
        };
    }

    /** Whether a fact table's period states what the article states. */
    public boolean admits(Period p) {
        if (p.isSpan()) {
            // a span of days is stated only by the same days: 國慶黃金週（10月1日至7日）, "the week to Nov. 9", 上半年
            // (截至6月30日止六個月: the year to June 30 is the span of its days, Jan 1 to June 30)
            LocalDate first = kind == Kind.YEAR_TO_DATE && to != null ? LocalDate.of(to.getYear(), 1, 1) : from;
            // "its fiscal third quarter ended Aug. 31" is the three months to that day, June to August, as well
            // as the calendar quarter of its end the corpus's tables give it (a held-out table gave the months)
            if (kind == Kind.QUARTER && statedEnd != null) {
                return p.last().equals(statedEnd) && p.start().equals(statedEnd.withDayOfMonth(1).minusMonths(2));
            }
            return (kind == Kind.SPAN || kind == Kind.WEEK || kind == Kind.HALF || kind == Kind.YEAR_TO_DATE) && first != null
                    && p.start().equals(first) && p.last().equals(to);
        }
        return switch (kind) {
            // 6月底: June, or June 30 (to is set only where the article names the end)
            case YEAR, QUARTER, MONTH -> p.equals(period) || to != null && p.hasDay() && p.start().equals(to);
            case YEAR_TO_DATE -> p.equals(period);
            case HALF -> false;
            case DAY -> p.equals(period) || loose && !p.hasDay() && p.hasMonth() && p.year() == period.year()
                    && p.month() == period.month();
            case THIS_YEAR -> p.year() == period.year() && !p.hasMonth() && !p.hasQuarter()
                    || to != null && p.hasDay() && p.start().equals(to);
            // "the week to Nov. 9" is dated by Nov. 9, not by Nov. 8; 本週 (loose) by the article's date or the
            // week's last working day before it
            case WEEK -> p.hasDay() && (p.start().equals(to) || loose && p.start().equals(lastWorkingDay(to)))
                    || tightest().equals(p);
            // a span across months (a festival from Oct 15 to Nov 14) is stated by its year as well as its quarter
            case SPAN -> p.hasDay() && p.start().equals(to) || tightest().equals(p)
                    || tightest().hasQuarter() && p.year() == to.getYear() && !p.hasMonth() && !p.hasQuarter() && !p.yearToDate();
            case UP_TO -> p.hasDay() && p.start().equals(to) || p.year() == to.getYear() && !p.hasMonth() && !p.hasQuarter();
        };
    }

    private static LocalDate lastWorkingDay(LocalDate d) {
        LocalDate x = d;
        while (x.getDayOfWeek() == java.time.DayOfWeek.SATURDAY || x.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) {
            x = x.minusDays(1);
        }
        return x;
    }

    /** The finest period of the fact table's forms that holds all of a week or a span. */
    public Period tightest() {
        if (from.getYear() != to.getYear()) {
            return new Period(to.getYear(), 0, 0, false);
        }
        if (from.getMonthValue() == to.getMonthValue()) {
            return new Period(to.getYear(), to.getMonthValue(), 0, false);
        }
        int q = (to.getMonthValue() + 2) / 3;
        if ((from.getMonthValue() + 2) / 3 == q) {
            return new Period(to.getYear(), 0, 0, q, false);
        }
        return new Period(to.getYear(), 0, 0, false);
    }

    /** How the article's words read as a period, for messages: 2025-Q3, the week of 2025-10-13, 2025-10-15..2025-11-14. */
    public String describe() {
        return switch (kind) {
            case YEAR, QUARTER, MONTH -> period.toString() + (to != null ? " (its end, " + to + ")" : "") + (loose ? " (about)" : "");
            case DAY -> period.toString() + (loose ? " (about)" : "");
            case YEAR_TO_DATE -> period.toString() + (to != null ? " (to " + to + ")" : "") + (loose ? " (about)" : "");
            case HALF -> from + ".." + to + " (" + period.year() + "-H" + whichHalf() + ")";
            case THIS_YEAR -> period.year() + " (this year" + (to != null ? ", its end" : "") + ")";
            case WEEK -> "the week " + from + ".." + to + " (" + from.getYear() + "-W"
                    + String.format("%02d", from.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) + ")";
            case SPAN -> from + ".." + to;
            case UP_TO -> "up to " + to;
        };
    }
}
