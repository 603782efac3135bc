package io.briefing.reading;

import io.briefing.facts.Period;
import io.briefing.figures.ChineseNumerals;
import io.briefing.figures.DateMention;
import io.briefing.figures.Figure;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Finds every time the article names and what each says, from the date parts the figure reader found
 * (2025年, 10月, 18日, "Sept. 30", 第三季) and the time words of {@code reading-words.yaml}: a calendar
 * date or period, this or next year, a week, a span, the year to date, a weekday, or a word for the
 * period in play. A year left unsaid is the article's; a day left without its month is the last such
 * day on or before the article's date.
 */
final class TimeReader {
    private final String text;
    private final String lowered;
    private final ReadingWords w;
    private final LocalDate articleDate;
    private final int year;
    private final boolean[] taken;

    TimeReader(String text, String lowered, ReadingWords w, LocalDate articleDate, Period published) {
        this.text = text;
        this.lowered = lowered;
        this.w = w;
        this.articleDate = articleDate;
        this.year = articleDate != null ? articleDate.getYear() : published != null ? published.year() : 0;
        this.taken = new boolean[text.length() + 1];
    }

    private record Part(DateMention.Part part, int value, int start, int end) {}

    List<TimeMention> read(List<DateMention> parts, List<Figure> figures) {
        List<TimeMention> out = new ArrayList<>();
        calendar(parts, out);
        words(out);
        toDate(out);
        fromJanuary(parts, out);
        toDateAdjective(out);
        weekdays(out);
        fiscalYearsZh(out);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<TimeMention> framed = restated(frames(out));
        List<TimeMention> based = new ArrayList<>();
        for (TimeMention m : framed) {
            TimeMention prev = based.isEmpty() ? null : based.get(based.size() - 1);
            based.add(isBase(m, framed) || prev != null && prev.base() && joinedTo(prev, m) ? m.asBase() : m);
        }
        based.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return List.copyOf(based);
    }

    // ---- calendar dates and periods -------------------------------------------------------------

    private void calendar(List<DateMention> parts, List<TimeMention> out) {
        int i = 0;
        int lastMonth = 0;
        int lastYear = 0;
        int lastEnd = -1000;
        while (i < parts.size()) {
            int j = i;
            // parts of one date stand together: 2025年10月18日, "Friday 21 November 2025", "Sept. 30"
            while (j + 1 < parts.size() && joined(parts.get(j), parts.get(j + 1)) && distinct(parts.subList(i, j + 2))) {
                j++;
            }
            int y = 0;
            int q = 0;
            int m = 0;
            int d = 0;
            for (DateMention p : parts.subList(i, j + 1)) {
                switch (p.part()) {
                    case YEAR -> y = p.value();
                    case QUARTER -> q = p.value();
                    case MONTH -> m = p.value();
                    case DAY -> d = p.value();
                }
            }
            int start = parts.get(i).start();
            int end = parts.get(j).end();
            i = j + 1;
            String last = text.substring(end - 1, end);
            if (d > 0 && m == 0 && (last.equals("号") || last.equals("號"))) {
                continue; // 2号 alone names a thing (華東2號轉運中心), not a day
            }
            boolean firstDays = d > 0 && start > 0 && "首前".indexOf(text.charAt(start - 1)) >= 0;
            if (d > 0 && m == 0) {
                // a day alone: the month of the date just named (11月8日至9日), else the last such day on or before the article's date
                if (lastMonth > 0 && start - lastEnd <= 12) {
                    m = lastMonth;
                    y = y == 0 ? lastYear : y;
                } else if (articleDate != null) {
                    LocalDate day = articleDate.getDayOfMonth() >= d ? articleDate : articleDate.minusMonths(1);
                    m = day.getMonthValue();
                    y = y == 0 ? day.getYear() : y;
                } else {
                    continue;
                }
            }
            boolean yearUnsaid = y == 0;
            if (y == 0) {
                y = year;
            }
            if (y <= 0) {
                continue; // no year is known for it: the article's year is unknown
            }
            if (yearUnsaid && !firstDays && nearerLastYear(y, q, m, d, start)) {
                y--;
            }
            Period p;
            try {
                p = d > 0 ? new Period(y, m, d, false) : m > 0 ? new Period(y, m, 0, false) : q > 0 ? new Period(y, 0, 0, q, false)
                        : new Period(y, 0, 0, false);
                if (d > 0) {
                    LocalDate.of(y, m, d);
                }
            } catch (DateTimeException e) {
                continue;
            }
            if (m > 0) {
                lastMonth = m;
                lastYear = y;
            }
            lastEnd = end;
            mark(start, end);
            Dated dated = Dated.of(p);
            if (firstDays) {
                // 11月首13日: the month's first 13 days
                dated = Dated.span(Dated.Kind.SPAN, LocalDate.of(y, m, 1), LocalDate.of(y, m, d));
            }
            out.add(new TimeMention(start, end, text.substring(start, end), TimeMention.Relative.NONE, dated, false));
        }
    }

    /**
     * "organic sales rose 4% in the three months to December, after a 1% decline in the third quarter", in an
     * article of January 29, 2026: a month, quarter or day without its year that has not begun by the article's
     * date is last year's when last year's ended nearer the article's date than this year's begins, unless its
     * sentence forecasts (it was read as this year's, a period to come, and every row of the results refused).
     */
    private boolean nearerLastYear(int y, int q, int m, int d, int at) {
        if (articleDate == null || q == 0 && m == 0) {
            return false;
        }
        LocalDate first = d > 0 ? LocalDate.of(y, m, d) : LocalDate.of(y, q > 0 ? q * 3 - 2 : m, 1);
        if (!first.isAfter(articleDate)) {
            return false;
        }
        LocalDate lastYearsEnd = (d > 0 ? first : YearMonth.from(first).plusMonths(q > 0 ? 2 : 0).atEndOfMonth()).minusYears(1);
        long ago = java.time.temporal.ChronoUnit.DAYS.between(lastYearsEnd, articleDate);
        long ahead = java.time.temporal.ChronoUnit.DAYS.between(articleDate, first);
        return ago < ahead && !forecastSentence(at);
    }

    /**
     * Whether the words of a sentence up to the end of the clause at an offset hold a forecast word ("It
     * expects sales to rise 3% in the fourth quarter", 預計). ("raised prices by 7% in October and plans a
     * further increase in March": October's clause ends before "and plans"; "rose 4% in the three months
     * ended Sept. 28, short of what analysts had expected": before the comma.)
     */
    private boolean forecastSentence(int at) {
        int from = at;
        while (from > 0 && !sentenceEnd(from - 1)) {
            from--;
        }
        int to = at;
        while (to < text.length() && !sentenceEnd(to) && "，；、".indexOf(text.charAt(to)) < 0 && !joinerAt(to)) {
            to++;
        }
        return ArticleReading.forecastWords(lowered.substring(from, to), w);
    }

    /**
     * The year a "full year" word (全年, "for the full year") names when not this one: 明年……，全年業務量 is the
     * whole of the year its sentence named before it; "organic sales rose 4% in the three months to December
     * … For the full year, revenue fell 1.5%", in a January article, is the year of the period its paragraph
     * reported before it (it was read as this year, a year to come), unless its sentence forecasts. Else null.
     */
    private Integer wholeYearInPlay(List<TimeMention> out, int i) {
        TimeMention m = out.get(i);
        int thisYear = m.dated().period().year();
        for (int j = i - 1; j >= 0; j--) {
            TimeMention prev = out.get(j);
            Dated p = prev.dated();
            String between = lowered.substring(prev.end(), m.start());
            boolean sameSentence = !between.matches("(?s).*[。！？!?\\n].*|(?s).*\\.\\s.*");
            if (between.contains("\n")) {
                break;
            }
            // (良率爬坡期間: "during" an event names no year of results)
            if (p == null || prev.base() || prev.relative() != TimeMention.Relative.NONE || during(prev)) {
                continue;
            }
            boolean year = p.kind() == Dated.Kind.YEAR || p.kind() == Dated.Kind.THIS_YEAR;
            if (sameSentence && year) {
                return p.period().year() != thisYear ? p.period().year() : null;
            }
            // ("comparable sales fell 11% in the fourth quarter, … and full-year revenue dropped 14%": its quarter's year)
            boolean reported = p.kind() == Dated.Kind.QUARTER || p.kind() == Dated.Kind.MONTH || p.kind() == Dated.Kind.HALF || year;
            return reported && p.period().year() < thisYear && !forecastSentence(m.start()) ? p.period().year() : null;
        }
        // (none in its paragraph: "posted an organic decline of 3% for the year", in January, is last year's)
        return unreported(LocalDate.of(thisYear, 1, 1), LocalDate.of(thisYear, 12, 31), m.start()) ? thisYear - 1 : null;
    }

    /**
     * Whether a half or a year without its year, from {@code first} to {@code last} in the article's year, is
     * too little under way at the article's date to have results, and so is last year's: begun but not half
     * over ("having fallen 9% in the first half", January 29), or not begun and last year's ended nearer than
     * this one begins; never in a clause that forecasts.
     */
    private boolean unreported(LocalDate first, LocalDate last, int at) {
        if (articleDate == null || last.isBefore(articleDate)) {
            return false;
        }
        long elapsed = java.time.temporal.ChronoUnit.DAYS.between(first, articleDate);
        long length = java.time.temporal.ChronoUnit.DAYS.between(first, last);
        long ago = java.time.temporal.ChronoUnit.DAYS.between(last.minusYears(1), articleDate);
        boolean early = elapsed >= 0 ? 2 * elapsed < length : ago < -elapsed;
        return early && !forecastSentence(at);
    }

    /** Whether a word or mark that opens a second predicate (predicate_joiners_en: "but", ",") stands at an offset. */
    private boolean joinerAt(int i) {
        for (String j : w.predicateJoinersEn) {
            if (latin(j.charAt(0)) ? lowered.startsWith(" " + j + " ", i) : lowered.startsWith(j, i)) {
                return true;
            }
        }
        return false;
    }

    /** A full stop ("." before a space: not the point of 1.5%), 。, ！, ？ or a line's end. */
    private boolean sentenceEnd(int i) {
        char c = text.charAt(i);
        return "。！？\n".indexOf(c) >= 0 || ".!?".indexOf(c) >= 0 && Character.isWhitespace(charAt(text, i + 1));
    }

    private boolean joined(DateMention a, DateMention b) {
        if (b.start() < a.end() || b.start() - a.end() > 2) {
            return false;
        }
        String gap = text.substring(a.end(), b.start());
        return gap.isBlank() || gap.strip().equals(",") || gap.strip().equals(".");
    }

    private static boolean distinct(List<DateMention> parts) {
        return parts.stream().map(DateMention::part).distinct().count() == parts.size();
    }

    // ---- time words ---------------------------------------------------------------------------

    private void words(List<TimeMention> out) {
        for (Map.Entry<String, ReadingWords.TimeWord> e : w.timeWords) {
            String word = e.getKey();
            for (int at = lowered.indexOf(word); at >= 0; at = lowered.indexOf(word, at + 1)) {
                int end = at + word.length();
                if (!whole(word, at, end) || anyTaken(at, end)) {
                    continue;
                }
                TimeMention m = timeWord(e.getValue(), at, end);
                if (m != null && m.dated() != null && w.periodEnd.stream().anyMatch(word::contains)) {
                    // 明年底, 年底, "the end of next year": the year, and its last day
                    m = new TimeMention(m.start(), m.end(), m.text(), m.relative(), m.dated().atItsEnd(), m.base());
                }
                if (m != null) {
                    mark(at, m.end());
                    out.add(m);
                }
            }
        }
    }

    private TimeMention timeWord(ReadingWords.TimeWord kind, int at, int end) {
        String words = text.substring(at, end);
        if (year <= 0 && kind != ReadingWords.TimeWord.YEAR_EARLIER && kind != ReadingWords.TimeWord.WEEK_EARLIER
                && kind != ReadingWords.TimeWord.SAME_PERIOD
                && kind != ReadingWords.TimeWord.QUARTER_BEFORE
                && kind != ReadingWords.TimeWord.QUARTER_IN_PLAY && kind != ReadingWords.TimeWord.THE_QUARTER) {
            return null;
        }
        return switch (kind) {
            case THIS_YEAR -> new TimeMention(at, end, words, TimeMention.Relative.NONE,
                    new Dated(Dated.Kind.THIS_YEAR, new Period(year, 0, 0, false), null, null, false), false);
            case NEXT_YEAR -> calendarOf(at, end, new Period(year + 1, 0, 0, false));
            case LAST_QUARTER, THIS_QUARTER -> {
                if (articleDate == null) {
                    yield null;
                }
                // "It spent $2.1 billion last quarter" in an article of July 30: the second quarter; "for the
                // current quarter it forecast about $1.3 billion": the third
                LocalDate before = kind == ReadingWords.TimeWord.LAST_QUARTER ? articleDate.minusMonths(3) : articleDate;
                yield new TimeMention(at, end, words, TimeMention.Relative.NONE,
                        Dated.of(new Period(before.getYear(), 0, 0, (before.getMonthValue() + 2) / 3, false)), false);
            }
            case LAST_YEAR -> calendarOf(at, end, new Period(year - 1, 0, 0, false));
            case THIS_MONTH, LAST_MONTH -> {
                if (articleDate == null) {
                    yield null;
                }
                LocalDate month = kind == ReadingWords.TimeWord.LAST_MONTH ? articleDate.minusMonths(1) : articleDate;
                yield new TimeMention(at, end, words, TimeMention.Relative.NONE,
                        Dated.of(new Period(month.getYear(), month.getMonthValue(), 0, false)), false);
            }
            case YEAR_TO_DATE -> calendarOf(at, end, new Period(year, 0, 0, true));
            // 由年初的0.33元降至: the year's first month
            case YEAR_START -> calendarOf(at, end, new Period(year, 1, 0, false));
            case YEAR_EARLIER -> new TimeMention(at, end, words, TimeMention.Relative.YEAR_EARLIER, null, false);
            case WEEK_EARLIER -> new TimeMention(at, end, words, TimeMention.Relative.WEEK_EARLIER, null, false);
            case QUARTER_BEFORE -> new TimeMention(at, end, words, TimeMention.Relative.QUARTER_BEFORE, null, false);
            case SAME_PERIOD -> new TimeMention(at, end, words, TimeMention.Relative.SAME, null, false);
            case NOW -> new TimeMention(at, end, words, TimeMention.Relative.NOW, null, false);
            case QUARTER_IN_PLAY -> new TimeMention(at, end, words, TimeMention.Relative.QUARTER, null, false);
            case THE_QUARTER -> new TimeMention(at, end, words, TimeMention.Relative.THE_QUARTER, null, false);
            case FIRST_HALF, SECOND_HALF -> {
                int half = kind == ReadingWords.TimeWord.FIRST_HALF ? 1 : 2;
                Dated d = Dated.half(year, half);
                yield new TimeMention(at, end, words, TimeMention.Relative.NONE,
                        unreported(d.from(), d.to(), at) ? Dated.half(year - 1, half) : d, false);
            }
            case DURING -> new TimeMention(at, end, words, TimeMention.Relative.NONE,
                    new Dated(Dated.Kind.THIS_YEAR, new Period(year, 0, 0, false), null, null, false), false);
            case THIS_WEEK, LAST_WEEK -> {
                if (articleDate == null) {
                    yield null;
                }
                LocalDate monday = articleDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                if (kind == ReadingWords.TimeWord.LAST_WEEK) {
                    monday = monday.minusWeeks(1);
                }
                // 本週 is the week up to the article's date, and that day dates it in a table (as "the week to
                // Nov. 9" is dated by Nov. 9); last week ends on its Sunday. Another day of the week is not
                // what the article says (tamper's "day moved")
                // (or by its last working day: a market's week of an article dated Saturday closed on Friday)
                // 本週一, 上週五: that day of the week (the announcement of 通衢 本周一宣布 is Monday's)
                int weekday = WEEKDAY_DIGITS.indexOf(charAt(text, end));
                char next = charAt(text, end + 1);
                if (weekday >= 0 && !latin(words.charAt(0)) && ChineseNumerals.NUMERAL_CHARS.indexOf(next) < 0
                        && w.weekdayNotBefore.indexOf(next) < 0) {
                    LocalDate day = monday.plusDays(Math.min(weekday, 6));
                    yield new TimeMention(at, end + 1, text.substring(at, end + 1), TimeMention.Relative.NONE, Dated.day(day), false);
                }
                boolean thisWeek = kind != ReadingWords.TimeWord.LAST_WEEK;
                LocalDate last = thisWeek ? articleDate : monday.plusDays(6);
                yield new TimeMention(at, end, words, TimeMention.Relative.NONE, new Dated(Dated.Kind.WEEK,
                        new Period(last.getYear(), 0, 0, false), monday, last, thisWeek), false);
            }
        };
    }

    private TimeMention calendarOf(int at, int end, Period p) {
        return new TimeMention(at, end, text.substring(at, end), TimeMention.Relative.NONE, Dated.of(p), false);
    }

    /** 前三季, 前11個月, 首10個月, "the first nine months": the year to date. */
    private void toDate(List<TimeMention> out) {
        for (String lead : w.toDateLead) {
            for (int at = lowered.indexOf(lead); at >= 0; at = lowered.indexOf(lead, at + 1)) {
                int n = at + lead.length();
                if (!whole(lead, at, n)) {
                    continue;
                }
                int s = n < lowered.length() && lowered.charAt(n) == ' ' ? n + 1 : n;
                int e = s;
                while (e < lowered.length() && (Character.isDigit(lowered.charAt(e))
                        || ChineseNumerals.NUMERAL_CHARS.indexOf(lowered.charAt(e)) >= 0 || ArticleReading.latin(lowered.charAt(e)))) {
                    e++;
                    if (ArticleReading.latin(lowered.charAt(e - 1)) && !ArticleReading.latin(charAt(e))) {
                        break;
                    }
                }
                if (e == s) {
                    continue;
                }
                Integer count = number(lowered.substring(s, e));
                if (count == null) {
                    continue;
                }
                int u = e < lowered.length() && lowered.charAt(e) == ' ' ? e + 1 : e;
                boolean months = w.toDateMonths.stream().anyMatch(x -> lowered.startsWith(x, u));
                boolean quarters = w.toDateQuarters.stream().anyMatch(x -> lowered.startsWith(x, u));
                if (!months && !quarters || months && count > 11 || quarters && count > 3) {
                    continue;
                }
                String unit = (months ? w.toDateMonths : w.toDateQuarters).stream().filter(x -> lowered.startsWith(x, u))
                        .findFirst().orElse("");
                int end = u + unit.length();
                // the quarter 三季 of 前三季 is not the third quarter: the mention replaces it
                int from = at;
                out.removeIf(m -> m.start() < end && m.end() > from);
                Arrays.fill(taken, from, end, true);
                out.add(calendarOf(from, end, new Period(year, 0, 0, true)));
            }
        }
    }

    /** 1-10月, 1至10月, 2024年1—9月: the months from January to one before December are the year to date. */
    private void fromJanuary(List<DateMention> parts, List<TimeMention> out) {
        for (int at = lowered.indexOf('1'); at >= 0; at = lowered.indexOf('1', at + 1)) {
            if (at > 0 && (Character.isDigit(lowered.charAt(at - 1)) || lowered.charAt(at - 1) == '.')) {
                continue;
            }
            int j = skipSpaces(at + 1);
            int from = j;
            String join = w.fromJanuaryJoins.stream().filter(x -> lowered.startsWith(x, from)).findFirst().orElse(null);
            if (join == null) {
                continue;
            }
            int s = skipSpaces(j + join.length());
            int e = s;
            while (e < lowered.length() && e - s < 2 && Character.isDigit(lowered.charAt(e))) {
                e++;
            }
            int u = skipSpaces(e);
            String month = e == s ? null : w.toDateMonths.stream().filter(x -> !ArticleReading.latin(x.charAt(0))
                    && lowered.startsWith(x, u)).findFirst().orElse(null);
            if (month == null || Integer.parseInt(lowered.substring(s, e)) < 2 || Integer.parseInt(lowered.substring(s, e)) > 11) {
                continue;
            }
            // 2024年1-10月: the year named before it
            int one = at;
            DateMention named = parts.stream().filter(p -> p.part() == DateMention.Part.YEAR && p.end() == one).findFirst().orElse(null);
            int first = named != null ? named.start() : at;
            int y = named != null ? named.value() : year;
            int end = u + month.length();
            // the month 10月 of 1-10月 is not October: the mention replaces it
            out.removeIf(x -> x.start() < end && x.end() > first);
            Arrays.fill(taken, first, end, true);
            out.add(calendarOf(first, end, new Period(y, 0, 0, true)));
        }
    }

    private int skipSpaces(int i) {
        while (i < lowered.length() && lowered.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** A count of months as an adjective: "nine-month", "10-month". */
    private static final java.util.regex.Pattern MONTHS_ADJECTIVE = java.util.regex.Pattern.compile("\\b([a-z]+|\\d{1,2})-months?\\b");

    /**
     * "posted an 11% rise in nine-month net profit": a count of months as an adjective of a result, with no
     * "first" before it, is the year to date too (not "a nine-month high" or "a six-month deposit": only
     * before a word of results, with up to two words between).
     */
    private void toDateAdjective(List<TimeMention> out) {
        java.util.regex.Matcher m = MONTHS_ADJECTIVE.matcher(lowered);
        while (m.find()) {
            Integer count = number(m.group(1));
            if (count == null || count < 4 || count > 11) {
                continue;
            }
            String[] next = lowered.substring(m.end(), Math.min(lowered.length(), m.end() + 40)).strip().split("[^a-z-]+", 4);
            boolean result = false;
            for (int k = 0; k < Math.min(3, next.length) && !result; k++) {
                result = w.toDateAdjectiveHeads.contains(next[k]);
            }
            if (!result) {
                continue;
            }
            int end = m.end();
            int from = m.start();
            out.removeIf(x -> x.start() < end && x.end() > from);
            Arrays.fill(taken, from, end, true);
            out.add(calendarOf(from, end, new Period(year, 0, 0, true)));
        }
    }

    private static final Map<String, Integer> WORD_NUMBERS = Map.of("two", 2, "three", 3, "four", 4, "five", 5, "six", 6,
            "seven", 7, "eight", 8, "nine", 9, "ten", 10, "eleven", 11);

    private static Integer number(String s) {
        if (WORD_NUMBERS.containsKey(s)) {
            return WORD_NUMBERS.get(s);
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            BigDecimal v = ChineseNumerals.parse(s);
            return v == null ? null : v.intValue();
        }
    }

    private boolean during(TimeMention m) {
        String t = lowered.substring(m.start(), m.end());
        return w.timeWords.stream().anyMatch(e -> e.getValue() == ReadingWords.TimeWord.DURING && e.getKey().equals(t));
    }

    /** The weekday digits after 週/周 (一 is Monday; 日 and 天 Sunday), by their index from Monday. */
    private static final String WEEKDAY_DIGITS = "一二三四五六日";

    private static boolean latin(char c) {
        return c < 0x250 && Character.isLetter(c);
    }

    private static char charAt(String s, int i) {
        return i >= 0 && i < s.length() ? s.charAt(i) : ' ';
    }

    /**
     * Monday, 週五, 星期三: the last such day on or before the article's date; 昨日, "yesterday": the day so
     * many days before it.
     */
    private void weekdays(List<TimeMention> out) {
        if (articleDate == null) {
            return;
        }
        days(w.weekdays, n -> articleDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(n))), out);
        days(w.daysBack, n -> articleDate.minusDays(n), out);
    }

    /** Each whole word of {@code words} not yet read: a day, the one {@code day} makes of the word's number. */
    private void days(Map<String, Integer> words, java.util.function.IntFunction<LocalDate> day, List<TimeMention> out) {
        for (Map.Entry<String, Integer> e : words.entrySet()) {
            String word = e.getKey();
            for (int at = lowered.indexOf(word); at >= 0; at = lowered.indexOf(word, at + 1)) {
                int end = at + word.length();
                if (!whole(word, at, end) || anyTaken(at, end)) {
                    continue;
                }
                mark(at, end);
                out.add(new TimeMention(at, end, text.substring(at, end), TimeMention.Relative.NONE, Dated.day(day.apply(e.getValue())),
                        false));
            }
        }
    }

    /**
     * 2026財政年度第一季, 本財政年度: a quarter of a fiscal year, or the year, in the calendar by the end month
     * the article gives (財政年度於3月底結算: the first quarter of fiscal 2026 is April to June 2025). With
     * no end month stated, the quarter names no calendar quarter (it was read as January to March).
     */
    private void fiscalYearsZh(List<TimeMention> out) {
        int[] stated = fiscalEndMonthZh();
        int endMonth = stated[0];
        // (the end month itself, 3月底 of 於3月底結算, is no period of any figure)
        out.removeIf(m -> m.start() < stated[2] && m.end() > stated[1]);
        for (String word : w.fiscalZh) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                int end = at + word.length();
                int ys = at;
                while (ys > 0 && Character.isDigit(text.charAt(ys - 1))) {
                    ys--;
                }
                Integer year = at - ys == 4 ? Integer.valueOf(text.substring(ys, at)) : null;
                boolean current = year == null && at > 0 && w.thisFiscalZh.contains(String.valueOf(text.charAt(at - 1)));
                if (year == null && !current) {
                    continue;
                }
                TimeMention quarter = out.stream().filter(m -> m.start() >= end && m.start() <= end + 2 && m.dated() != null
                        && m.dated().kind() == Dated.Kind.QUARTER).findFirst().orElse(null);
                if (endMonth <= 0 || articleDate == null) {
                    out.remove(quarter);
                    continue;
                }
                YearMonth last = YearMonth.of(current ? articleDate.getYear() : year, endMonth);
                if (current && last.atEndOfMonth().isBefore(articleDate)) {
                    last = last.plusYears(1);
                }
                int from = current ? at - 1 : ys;
                int to = quarter != null ? quarter.end() : end;
                Dated d;
                if (quarter != null) {
                    YearMonth first = last.minusMonths(11).plusMonths(3L * (quarter.dated().period().quarter() - 1));
                    d = first.getMonthValue() % 3 == 1 ? Dated.of(new Period(first.getYear(), 0, 0, (first.getMonthValue() + 2) / 3, false))
                            : Dated.span(Dated.Kind.SPAN, first.atDay(1), first.plusMonths(2).atEndOfMonth());
                } else {
                    d = Dated.span(Dated.Kind.SPAN, last.minusMonths(11).atDay(1), last.atEndOfMonth());
                }
                out.removeIf(m -> m.start() < to && m.end() > from);
                out.add(new TimeMention(from, to, text.substring(from, to), TimeMention.Relative.NONE, d, false));
            }
        }
    }

    /** "fiscal second quarter ended Sept. 30": the calendar quarter of its end, with that day as its last; else null. */
    private TimeMention quarterEnded(TimeMention m, TimeMention next, String after) {
        if (m.dated().kind() != Dated.Kind.QUARTER || next == null || next.dated() == null || !next.dated().period().hasMonth()
                || after.length() > 10 || w.ended.stream().noneMatch(x -> after.strip().equals(x))) {
            return null;
        }
        Period e = next.dated().period();
        Period quarter = new Period(e.year(), 0, 0, (e.month() + 2) / 3, false);
        return merged(m, next, e.hasDay() ? Dated.quarterEnded(quarter, e.start()) : Dated.of(quarter));
    }

    /** 11月上旬, 10月下旬: the first, middle or last ten days of the month (the month states them as well); else null. */
    private TimeMention monthThird(TimeMention m) {
        Dated d = m.dated();
        if (d.kind() != Dated.Kind.MONTH || d.to() != null || m.base() || !d.period().hasMonth() || d.period().hasDay()) {
            return null;
        }
        for (Map.Entry<String, Integer> third : w.monthThirds.entrySet()) {
            if (lowered.startsWith(third.getKey(), m.end())) {
                java.time.LocalDate first = d.period().start().plusDays(10L * (third.getValue() - 1));
                java.time.LocalDate last = third.getValue() == 3 ? java.time.YearMonth.from(first).atEndOfMonth() : first.plusDays(9);
                return new TimeMention(m.start(), m.end() + third.getKey().length(), m.text() + third.getKey(), m.relative(),
                        Dated.span(Dated.Kind.SPAN, first, last), m.base());
            }
        }
        return null;
    }

    /**
     * The month a Chinese article says the fiscal year ends in (財政年度於3月底結算, 財年截至3月31日), and where
     * those words are; else zeros.
     */
    private int[] fiscalEndMonthZh() {
        for (String word : w.fiscalZh) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                String after = text.substring(at + word.length(), Math.min(text.length(), at + word.length() + 14));
                java.util.regex.Matcher m = FISCAL_END_MONTH.matcher(after);
                if (m.find() && (after.startsWith("截至", m.start()) || w.fiscalEndZh.stream().anyMatch(e -> after.indexOf(e, m.end()) >= 0
                        && after.indexOf(e, m.end()) <= m.end() + 4))) {
                    int month = Integer.parseInt(m.group(1));
                    if (month >= 1 && month <= 12) {
                        int from = at + word.length();
                        return new int[] {month, from, from + Math.min(after.length(), m.end() + 6)};
                    }
                }
            }
        }
        return new int[] {0, 0, 0};
    }

    private static final java.util.regex.Pattern FISCAL_END_MONTH = java.util.regex.Pattern.compile("^[於于在]?(?:截至)?(\\d{1,2})月");

    // ---- frames: quarters by their end, weeks to a date, spans, up to a date ---------------------

    private List<TimeMention> frames(List<TimeMention> in) {
        List<TimeMention> out = new ArrayList<>(in);
        fiscalEnds.clear();
        for (int i = 0; i < out.size(); i++) {
            TimeMention m = out.get(i);
            Dated d = m.dated();
            if (d == null) {
                continue;
            }
            TimeMention next = i + 1 < out.size() ? out.get(i + 1) : null;
            String before = lowered.substring(Math.max(0, m.start() - 24), m.start());
            String after = next == null ? "" : lowered.substring(m.end(), next.start());
            if (periodEnd(m, before)) {
                // 6月底, 第二季末, "the end of June": the month or quarter, and its last day
                d = d.atItsEnd();
                m = new TimeMention(m.start(), m.end(), m.text(), m.relative(), d, m.base());
                out.set(i, m);
            }
            TimeMention third = monthThird(m);
            if (third != null) {
                m = third;
                d = third.dated();
                out.set(i, m);
            }
            TimeMention ended = quarterEnded(m, next, after);
            if (ended != null) {
                out.set(i, ended);
                out.remove(i + 1);
                continue;
            }
            FiscalYear fiscal = d.kind() == Dated.Kind.YEAR ? namedFiscalYear(m, next) : null;
            if (fiscal != null) {
                out.set(i, fiscal.mention());
                if (fiscal.endDayRead()) {
                    out.remove(i + 1);
                }
                continue;
            }
            boolean wholeYear = d.kind() == Dated.Kind.THIS_YEAR && w.wholeYear.contains(lowered.substring(m.start(), m.end()));
            Integer whole = wholeYear ? wholeYearInPlay(out, i) : null;
            if (whole != null) {
                out.set(i, new TimeMention(m.start(), m.end(), m.text(), m.relative(), Dated.of(new Period(whole, 0, 0, false)),
                        false));
                continue;
            }
            // 明年一季度, 去年10月, 明年第一季, 2024年上半年: a year word right before a quarter, a month or a half
            // gives it its year
            if (yearBeforeItsPart(m, next, after)) {
                out.set(i, merged(m, next, ofYear(next.dated(), d.period().year())));
                out.remove(i + 1);
                continue;
            }
            // 較上一季度: "the quarter before", a base, not the first quarter (一季度) it contains
            if (d.kind() == Dated.Kind.QUARTER && m.start() > 0 && "上前".indexOf(text.charAt(m.start() - 1)) >= 0
                    && (m.text().startsWith("一") || m.text().startsWith("個") || m.text().startsWith("个"))) {
                out.set(i, new TimeMention(m.start() - 1, m.end(), text.substring(m.start() - 1, m.end()), m.relative(), d, true));
                continue;
            }
            // "has gained 28% since January": the year to date, not a base the figure is compared with
            if (d.kind() == Dated.Kind.MONTH && d.period().month() == 1 && before.endsWith("since ")) {
                out.set(i, sinceJanuary(m));
                continue;
            }
            if (monthSpan(out, i, before, after) == READ) {
                continue;
            }
            // "the first quarter of next year", "the second half of 2024": the quarter or half in the year named after it
            if ((d.kind() == Dated.Kind.QUARTER || d.kind() == Dated.Kind.HALF) && next != null && next.dated() != null
                    && after.strip().equals("of")
                    && (next.dated().kind() == Dated.Kind.YEAR || next.dated().kind() == Dated.Kind.THIS_YEAR)) {
                out.set(i, merged(m, next, ofYear(d, next.dated().period().year())));
                out.remove(i + 1);
                continue;
            }
            // "the three months to September": the quarter it ends
            TimeMention threeMonths = d.kind() == Dated.Kind.MONTH ? threeMonthsTo(m, before) : null;
            if (threeMonths != null) {
                out.set(i, threeMonths);
                continue;
            }
            // "the fiscal year ending March 2026": the twelve months to that month's end
            TimeMention fiscalYearToMonth = d.kind() == Dated.Kind.MONTH
                    ? fiscalYear(m, before, YearMonth.of(d.period().year(), d.period().month()).atEndOfMonth()) : null;
            if (fiscalYearToMonth != null) {
                out.set(i, fiscalYearToMonth);
                continue;
            }
            int read = monthEnds(out, i, before, after);
            if (read != NOT_READ) {
                i -= read == READ_AGAIN ? 1 : 0;
                continue;
            }
            if (d.kind() == Dated.Kind.DAY) {
                i = dayFrame(out, i, before, after);
            }
        }
        mergeDuring(out);
        return out;
    }

    /** 6月底, 第二季末, "the end of June": a month or a quarter told with its end. */
    private boolean periodEnd(TimeMention m, String before) {
        Dated d = m.dated();
        return (d.kind() == Dated.Kind.MONTH || d.kind() == Dated.Kind.QUARTER) && d.to() == null && !m.base()
                && (w.periodEndAfter.stream().anyMatch(x -> lowered.startsWith(x, m.end()))
                || w.periodEndBefore.stream().anyMatch(x -> before.endsWith(x + " ") || before.endsWith(x)));
    }

    /** 明年一季度, 去年10月, 2024年上半年: a year word right before a quarter, a month, a half or a day of it. */
    private boolean yearBeforeItsPart(TimeMention m, TimeMention next, String after) {
        Dated d = m.dated();
        return (d.kind() == Dated.Kind.YEAR || d.kind() == Dated.Kind.THIS_YEAR) && next != null && next.dated() != null
                && (after.isBlank() || w.yearJoiners.contains(after.strip())) && !m.base()
                && (next.dated().kind() == Dated.Kind.QUARTER || next.dated().kind() == Dated.Kind.MONTH
                || next.dated().kind() == Dated.Kind.HALF || next.dated().kind() == Dated.Kind.DAY && !next.dated().loose()
                && !lowered.substring(next.start(), next.end()).matches(".*\\d{4}.*"));
    }

    /** "has gained 28% since January": the year to date ("the biggest one-day gain since January": a record's base). */
    private TimeMention sinceJanuary(TimeMention m) {
        Dated d = m.dated();
        int from = m.start() - "since ".length();
        if (afterRecord(from)) {
            return new TimeMention(from, m.end(), text.substring(from, m.end()), m.relative(), d, true);
        }
        return new TimeMention(from, m.end(), text.substring(from, m.end()), TimeMention.Relative.NONE,
                Dated.of(new Period(d.period().year(), 0, 0, true)), false);
    }

    /** "the three months to September": the quarter it ends; null when the words before the month say otherwise. */
    private TimeMention threeMonthsTo(TimeMention m, String before) {
        Period p = m.dated().period();
        String phrase = w.threeMonths.stream().flatMap(x -> w.ended.stream().map(e -> x + " " + e + " "))
                .filter(before::endsWith).findFirst().orElse(null);
        if (p.month() % 3 != 0 || phrase == null) {
            return null;
        }
        int from = m.start() - phrase.length();
        if (lowered.startsWith("the ", from - 4)) {
            from -= 4;
        }
        return new TimeMention(from, m.end(), text.substring(from, m.end()), m.relative(),
                Dated.of(new Period(p.year(), 0, 0, p.month() / 3, false)), false);
    }

    /**
     * A day and the words around it: the quarter or the fiscal year it ends, the week to it, a span of days
     * from it, 截至 it. Returns the index reading goes on from (one less when a mention before it was merged).
     */
    private int dayFrame(List<TimeMention> out, int i, String before, String after) {
        TimeMention m = out.get(i);
        Dated d = m.dated();
        TimeMention next = i + 1 < out.size() ? out.get(i + 1) : null;
        LocalDate day = d.period().start();
        // "the quarter ended Sept. 30", "the three months ended June 30": the calendar quarter of its end
        String quarterEnded = w.quarterNouns.stream().flatMap(x -> w.ended.stream().map(e -> x + " " + e + " "))
                .filter(before::endsWith).findFirst().orElse(null);
        if (quarterEnded != null) {
            int from = m.start() - quarterEnded.length();
            // "the quarter" right before was read as the period in play: it is this quarter
            if (i > 0 && out.get(i - 1).end() >= from && out.get(i - 1).start() < from) {
                from = out.get(i - 1).start();
                out.remove(i - 1);
                i--;
            }
            out.set(i, new TimeMention(from, m.end(), text.substring(from, m.end()), TimeMention.Relative.NONE,
                    Dated.of(new Period(day.getYear(), 0, 0, (day.getMonthValue() + 2) / 3, false)), false));
            return i;
        }
        TimeMention fiscalYear = fiscalYear(m, before, day);
        if (fiscalYear != null) {
            out.set(i, fiscalYear);
            return i;
        }
        String rest = lowered.substring(m.end(), Math.min(lowered.length(), m.end() + 6));
        // 截至11月9日的一週, "the week to Nov. 9"
        if (w.weekAfter.stream().anyMatch(rest::startsWith) || w.weekBefore.stream().anyMatch(x -> before.endsWith(x + " "))) {
            out.set(i, new TimeMention(m.start(), m.end(), m.text(), m.relative(),
                    Dated.span(Dated.Kind.WEEK, day.minusDays(6), day), false));
            return i;
        }
        // 11月8日至9日, "from Oct. 15 to Nov. 14", 自10月15日…至11月14日
        if (next != null && next.dated() != null && next.dated().kind() == Dated.Kind.DAY && after.length() <= 30
                && (w.spanTo.stream().anyMatch(x -> after.strip().equals(x))
                || w.spanFrom.stream().anyMatch(x -> before.strip().endsWith(x))
                && w.spanTo.stream().anyMatch(x -> after.contains(x)))) {
            LocalDate to = next.dated().period().start();
            if (to.isAfter(day)) {
                out.set(i, merged(m, next, Dated.span(Dated.Kind.SPAN, day, to)));
                out.remove(i + 1);
                return i;
            }
        }
        // 截至11月14日, "as of Nov. 14"
        if (w.upTo.stream().anyMatch(x -> before.strip().endsWith(x))) {
            out.set(i, new TimeMention(m.start(), m.end(), m.text(), m.relative(),
                    new Dated(Dated.Kind.UP_TO, new Period(day.getYear(), 0, 0, false), null, day, false), false));
        }
        return i;
    }

    /**
     * 黃金週（10月1日至7日）期間, 10月1日至7日期間, 10月20日至11月19日旺季期間: "during" a time named just before
     * (a noun of up to three characters between) is that time.
     */
    private void mergeDuring(List<TimeMention> out) {
        for (int i = 0; i + 1 < out.size(); i++) {
            TimeMention m = out.get(i);
            TimeMention next = out.get(i + 1);
            if (m.dated() != null && next.start() >= m.end() && during(next)
                    && lowered.substring(m.end(), next.start()).strip().matches("[)）]?\\p{IsHan}{0,3}")) {
                out.set(i, merged(m, next, m.dated()));
                out.remove(i + 1);
            }
        }
    }


    /**
     * The number of months a phrase around a month's end says end with it, and the phrase's bounds: "the
     * six months to September" before it, 底止六個月 after it (截至9月底止六個月); null when there is none.
     * ("three months" is the quarter, read before this.)
     */
    private int[] monthsEnding(TimeMention m, String before) {
        int[] months = countEnding(m, before, w.monthsWordEn, 2, 12);
        if (months != null) {
            return new int[] {months[0], months[1], m.end()};
        }
        // "the half-year to 30 June": six months
        for (Map.Entry<String, Integer> span : w.monthSpansEn.entrySet()) {
            for (String ended : w.ended) {
                String tail = " " + span.getKey() + " " + ended + " ";
                if (before.endsWith(tail)) {
                    return new int[] {span.getValue(), m.start() - tail.length() + 1, m.end()};
                }
            }
        }
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 10));
        for (String until : w.monthsUntilZh) {
            if (!after.startsWith(until)) {
                continue;
            }
            String rest = after.substring(until.length());
            for (int len = 1; len <= 2 && len < rest.length(); len++) {
                for (String measure : w.monthMeasuresZh) {
                    if (rest.startsWith(measure, len)) {
                        Integer count = number(rest.substring(0, len));
                        if (count != null && count >= 2 && count <= 12) {
                            return new int[] {count, m.start(), m.end() + until.length() + len + measure.length()};
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The number of weeks "the 12 weeks to" before a day says end with it, and where the phrase starts; null when none. */
    private int[] weeksEnding(TimeMention m, String before) {
        return countEnding(m, before, w.weeksWordEn, 1, 53);
    }

    /**
     * "six months to", "12 weeks ended" right before a time: the count (digits or a word of month_counts_en,
     * from {@code least} to {@code most}) and where the phrase starts; null when none.
     */
    private int[] countEnding(TimeMention m, String before, List<String> measures, int least, int most) {
        for (String measure : measures) {
            for (String ended : w.ended) {
                String tail = " " + measure + " " + ended + " ";
                if (!before.endsWith(tail)) {
                    continue;
                }
                String head = before.substring(0, before.length() - tail.length());
                String word = head.substring(head.lastIndexOf(' ') + 1);
                Integer count = word.matches("\\d{1,2}") ? Integer.valueOf(word) : w.monthCountsEn.get(word);
                if (count != null && count >= least && count <= most) {
                    return new int[] {count, m.start() - tail.length() - word.length()};
                }
            }
        }
        return null;
    }

    /** What a phrase rule did at a place of the times: nothing, read it (go on), or changed it to read again. */
    private static final int NOT_READ = 0;
    private static final int READ = 1;
    private static final int READ_AGAIN = 2;

    /** A span of months written from one to the other (7月至9月, "July to September"), at {@code out[i]}. */
    private int monthSpan(List<TimeMention> out, int i, String before, String after) {
        TimeMention m = out.get(i);
        Dated d = m.dated();
        TimeMention next = i + 1 < out.size() ? out.get(i + 1) : null;
        // 7月至9月, "July to September": the months from one to the other — a calendar quarter when
        // they make one, the year to date from January, else the span of their days ("and" joins
        // two months only after "between": "September and October" are two months)
        if (d.kind() == Dated.Kind.MONTH && next != null && next.dated() != null && next.dated().kind() == Dated.Kind.MONTH
                && !m.base() && !next.base() && next.dated().period().year() == d.period().year()
                && next.dated().period().month() > d.period().month()
                && w.spanTo.stream().anyMatch(x -> after.strip().equals(x)
                        && (!x.equals("and") || w.spanFrom.stream().anyMatch(s -> before.strip().endsWith(s))))) {
            int from = d.period().month();
            int to = next.dated().period().month();
            int y = d.period().year();
            Dated span = from % 3 == 1 && to == from + 2 ? Dated.of(new Period(y, 0, 0, (from + 2) / 3, false))
                    : from == 1 ? Dated.of(new Period(y, 0, 0, true))
                    : Dated.span(Dated.Kind.SPAN, LocalDate.of(y, from, 1), YearMonth.of(y, to).atEndOfMonth());
            out.set(i, merged(m, next, span));
            out.remove(i + 1);
            return READ;
        }
        return NOT_READ;
    }

    /**
     * The phrases that end a run of months or place a quarter in a fiscal year, at {@code out[i]}: "the
     * September quarter", its fiscal-year aside, "fiscal 2026, which ends in June", "the six months to
     * September" and 截至9月底止六個月.
     */
    private int monthEnds(List<TimeMention> out, int i, String before, String after) {
        TimeMention m = out.get(i);
        Dated d = m.dated();
        TimeMention next = i + 1 < out.size() ? out.get(i + 1) : null;
        // "in the September quarter, the first of its 2026 fiscal year,": the fiscal year an aside places
        // the quarter in is no period of the sentence's figures
        String fiscalAfter = next == null ? null : w.fiscalEn.stream().filter(f -> lowered.startsWith(" " + f, next.end()))
                .findFirst().orElse(null);
        if (d.kind() == Dated.Kind.QUARTER && next != null && next.dated() != null && fiscalAfter != null
                && (next.dated().kind() == Dated.Kind.YEAR || next.dated().kind() == Dated.Kind.THIS_YEAR)
                && after.startsWith(", ") && w.fiscalAsideEn.contains(after.substring(2).strip())) {
            int to = next.end() + 1 + fiscalAfter.length();
            for (String noun : w.yearNouns) {
                if (lowered.startsWith(" " + noun, next.end())) {
                    to = Math.max(to, next.end() + 1 + noun.length());
                }
            }
            out.set(i, new TimeMention(m.start(), m.end(), m.text(), m.relative(), d, m.base()));
            out.set(i + 1, new TimeMention(next.start(), to, text.substring(next.start(), to), TimeMention.Relative.SAME, null, true));
            return READ;
        }
        // "fiscal 2026, which ends in June": the twelve months that end with that month of that year
        if (d.kind() == Dated.Kind.YEAR && w.fiscalEn.stream().anyMatch(f -> before.endsWith(f + " ")) && next != null
                && next.dated() != null && next.dated().kind() == Dated.Kind.MONTH
                && w.fiscalEndEn.contains(after.replaceFirst("^,", "").strip())) {
            YearMonth last = YearMonth.of(d.period().year(), next.dated().period().month());
            out.set(i, merged(m, next, Dated.span(Dated.Kind.SPAN, last.minusMonths(11).atDay(1), last.atEndOfMonth())));
            out.remove(i + 1);
            return READ;
        }
        // "Cascadia, whose fiscal year begins in July, … reported fiscal first-quarter earnings": the three
        // months from the fiscal year's start (July to September), the latest that has begun by the article's date
        Integer fiscalStart = d.kind() == Dated.Kind.QUARTER && articleDate != null
                && w.fiscalEn.stream().anyMatch(f -> before.endsWith(f + " ") || before.endsWith(f + "-")) ? fiscalYearStart(out, i) : null;
        if (fiscalStart != null) {
            int firstMonth = (fiscalStart - 1 + 3 * (d.period().quarter() - 1)) % 12 + 1;
            LocalDate first = LocalDate.of(articleDate.getYear(), firstMonth, 1);
            if (first.isAfter(articleDate)) {
                first = first.minusYears(1);
            }
            LocalDate lastDay = first.plusMonths(3).minusDays(1);
            Dated q = firstMonth % 3 == 1 ? Dated.of(new Period(first.getYear(), 0, 0, (firstMonth + 2) / 3, false))
                    : Dated.span(Dated.Kind.SPAN, first, lastDay);
            out.set(i, new TimeMention(m.start(), m.end(), m.text(), m.relative(), q, m.base()));
            return READ;
        }
        // "the September quarter" (Australian and some Asian reporting): the quarter that month ends
        String quarterWord = w.monthQuarterEn.stream().filter(q -> (lowered.startsWith(" " + q, m.end())
                || lowered.startsWith("-" + q, m.end())) && !latin(charAt(m.end() + 1 + q.length()))).findFirst().orElse(null);
        if (d.kind() == Dated.Kind.MONTH && d.period().month() % 3 == 0 && quarterWord != null) {
            int to = m.end() + 1 + quarterWord.length();
            out.set(i, new TimeMention(m.start(), to, text.substring(m.start(), to), m.relative(),
                    Dated.of(new Period(d.period().year(), 0, 0, d.period().month() / 3, false)), m.base()));
            return READ_AGAIN; // as the quarter it is (an aside may follow it)
        }
        // "the 12 weeks to 5 October": the days of those weeks, that day the last
        int[] weeks = d.kind() == Dated.Kind.DAY ? weeksEnding(m, before) : null;
        if (weeks != null) {
            LocalDate last = d.period().start();
            int from = weeks[1];
            out.set(i, new TimeMention(from, m.end(), text.substring(from, m.end()), TimeMention.Relative.NONE,
                    Dated.span(Dated.Kind.SPAN, last.minusDays(7L * weeks[0] - 1), last), false));
            return READ;
        }
        // "the six months to September", 截至9月底止六個月, 截至9月30日止六個月: the months that end with it
        int[] months = monthsEnding(m, before);
        if (months != null && (d.kind() == Dated.Kind.MONTH || d.kind() == Dated.Kind.DAY && d.period().start().plusDays(1).getDayOfMonth() == 1)) {
            YearMonth last = YearMonth.of(d.period().year(), d.period().month());
            YearMonth first = last.minusMonths(months[0] - 1L);
            Dated span = first.getYear() == last.getYear() && first.getMonthValue() == 1
                    ? new Dated(Dated.Kind.YEAR_TO_DATE, new Period(last.getYear(), 0, 0, true), null, last.atEndOfMonth(), false)
                    : months[0] == 3 && last.getMonthValue() % 3 == 0 ? Dated.of(new Period(last.getYear(), 0, 0, last.getMonthValue() / 3, false))
                    : Dated.span(Dated.Kind.SPAN, first.atDay(1), last.atEndOfMonth());
            int from = Math.min(m.start(), months[1]);
            int to = Math.max(m.end(), months[2]);
            out.set(i, new TimeMention(from, to, text.substring(from, to), TimeMention.Relative.NONE, span, false));
            return READ;
        }
        return NOT_READ;
    }

    /** A quarter, a month (its end kept), a half or a day of another year. */
    private static Dated ofYear(Dated d, int year) {
        Period p = d.period();
        if (d.kind() == Dated.Kind.HALF) {
            return Dated.half(year, d.whichHalf());
        }
        if (d.kind() == Dated.Kind.DAY) {
            // 明年3月29日: that day of the year the word names (29 February only where that year has one)
            java.time.YearMonth month = java.time.YearMonth.of(year, p.month());
            return Dated.day(month.atDay(Math.min(p.day(), month.lengthOfMonth())));
        }
        Dated moved = Dated.of(p.quarter() > 0 ? new Period(year, 0, 0, p.quarter(), false) : new Period(year, p.month(), 0, false));
        return d.to() != null ? moved.atItsEnd() : moved;
    }

    /**
     * "its fiscal first half, the six months to December 31,": a period restated right after it in an
     * apposition is the one the article means (the half was read as January to June of this year).
     */
    private List<TimeMention> restated(List<TimeMention> in) {
        List<TimeMention> out = new ArrayList<>(in);
        for (int i = 0; i + 1 < out.size(); i++) {
            TimeMention a = out.get(i);
            TimeMention b = out.get(i + 1);
            if (a.dated() == null || b.dated() == null || a.base() || b.base()
                    || !lowered.substring(a.end(), b.start()).matches(",\\s*(?:the\\s+)?")) {
                continue;
            }
            boolean period = a.dated().kind() == Dated.Kind.HALF || a.dated().kind() == Dated.Kind.QUARTER;
            boolean restates = b.dated().kind() == Dated.Kind.SPAN || b.dated().kind() == Dated.Kind.QUARTER
                    || b.dated().kind() == Dated.Kind.HALF;
            if (period && restates) {
                out.set(i, merged(a, b, b.dated()));
                out.remove(i + 1);
            }
        }
        return out;
    }

    /** The last day of each fiscal year the article defines, by its year: "the 2026 financial year, which ends on June 30". */
    private final java.util.Map<Integer, LocalDate> fiscalEnds = new java.util.HashMap<>();

    /**
     * "the 2026 financial year, which ends on June 30": the twelve months to that day of its year; "the 2026
     * financial year" told again after it is the same twelve months. Else null.
     */
    /** A fiscal year's mention ("2026 financial year"), and whether the day after it that ends it was read. */
    private record FiscalYear(TimeMention mention, boolean endDayRead) {}

    private FiscalYear namedFiscalYear(TimeMention m, TimeMention next) {
        int year = m.dated().period().year();
        String noun = w.yearNouns.stream().filter(x -> lowered.startsWith(" " + x, m.end())).findFirst().orElse(null);
        if (noun == null) {
            return null;
        }
        int nounEnd = m.end() + 1 + noun.length();
        if (next != null && next.dated() != null && next.dated().kind() == Dated.Kind.DAY && next.start() >= nounEnd) {
            String between = lowered.substring(nounEnd, next.start()).replaceAll("[,\\s]+", " ").strip();
            if (w.fiscalYearEnds.contains(between)) {
                LocalDate day = next.dated().period().start();
                LocalDate end = LocalDate.of(year, day.getMonthValue(), day.getDayOfMonth());
                fiscalEnds.put(year, end);
                return new FiscalYear(new TimeMention(m.start(), nounEnd, text.substring(m.start(), nounEnd), m.relative(),
                        Dated.span(Dated.Kind.SPAN, end.minusYears(1).plusDays(1), end), m.base()), true);
            }
        }
        LocalDate end = fiscalEnds.get(year);
        if (end == null) {
            return null;
        }
        return new FiscalYear(new TimeMention(m.start(), nounEnd, text.substring(m.start(), nounEnd), m.relative(),
                Dated.span(Dated.Kind.SPAN, end.minusYears(1).plusDays(1), end), m.base()), false);
    }

    private TimeMention merged(TimeMention a, TimeMention b, Dated d) {
        return new TimeMention(a.start(), b.end(), text.substring(a.start(), b.end()), TimeMention.Relative.NONE, d, false);
    }

    /** Whether a superlative (record_since) stands in the clause before {@code at}: "the biggest gain since". */
    private boolean afterRecord(int at) {
        int start = at;
        while (start > 0 && ",;.!?，；。！？".indexOf(lowered.charAt(start - 1)) < 0) {
            start--;
        }
        String clause = lowered.substring(start, at);
        return w.recordSince.stream().anyMatch(x -> java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(x) + "\\b")
                .matcher(clause).find());
    }

    /**
     * The month a fiscal year starts in, as the article said it before the time at {@code i} ("whose fiscal
     * year begins in July"; "its fiscal year ends in June": July); null when it did not.
     */
    private Integer fiscalYearStart(List<TimeMention> out, int i) {
        int from = out.get(i).start() - 600;
        for (int j = i - 1; j >= 0 && out.get(j).start() >= from; j--) {
            TimeMention p = out.get(j);
            if (p.dated() == null || p.dated().kind() != Dated.Kind.MONTH) {
                continue;
            }
            String pre = lowered.substring(Math.max(0, p.start() - 40), p.start());
            if (w.yearNouns.stream().noneMatch(pre::contains)) {
                continue;
            }
            if (w.fiscalStartEn.stream().anyMatch(v -> pre.endsWith(" " + v + " "))) {
                return p.dated().period().month();
            }
            if (w.fiscalEndEn.stream().anyMatch(v -> pre.endsWith(" " + v + " "))) {
                return p.dated().period().month() % 12 + 1;
            }
        }
        return null;
    }

    /** "the fiscal year ending March 31": the twelve months to the next March 31 ("ended": the last); else null. */
    private TimeMention fiscalYear(TimeMention m, String before, LocalDate day) {
        String yearEnded = w.yearNouns.stream().flatMap(x -> w.ended.stream().map(e -> x + " " + e + " "))
                .filter(before::endsWith).findFirst().orElse(null);
        if (yearEnded == null || articleDate == null) {
            return null;
        }
        LocalDate end = day;
        boolean ending = yearEnded.contains("ending") || yearEnded.endsWith(" to ");
        if (ending && end.isBefore(articleDate)) {
            end = end.plusYears(1);
        } else if (!ending && end.isAfter(articleDate)) {
            end = end.minusYears(1);
        }
        int from = m.start() - yearEnded.length();
        return new TimeMention(from, m.end(), text.substring(from, m.end()), TimeMention.Relative.NONE,
                Dated.span(Dated.Kind.SPAN, end.minusYears(1).plusDays(1), end), false);
    }

    /** Whether only a joining word (joined_times: "and", 和), and "in" or "the", stands between two times. */
    private boolean joinedTo(TimeMention a, TimeMention b) {
        if (b.start() < a.end()) {
            return false;
        }
        String between = lowered.substring(a.end(), b.start()).strip().replaceFirst("\\s+(?:in|the|in the)$", "");
        return w.joinedTimes.contains(between);
    }

    /** A date right after a comparison word is the base of a change: 較第二季, 比去年, "since August 2024", "up 6% from a year ago". */
    private boolean isBase(TimeMention m, List<TimeMention> all) {
        // "from Aug. 11 to Aug. 19": a span opens with its own "from", no base
        // (較10月下旬小跌0.3美元: ten days of a month, one time, may be a base)
        if (m.dated() != null && m.dated().kind() == Dated.Kind.SPAN && w.monthThirds.keySet().stream().noneMatch(m.text()::endsWith)) {
            return false;
        }
        String rest = lowered.substring(m.end(), Math.min(lowered.length(), m.end() + 4));
        if (w.basesAfter.stream().anyMatch(rest::startsWith)) {
            return true;
        }
        // 自5月见顶后已连续四个月下降: a time after 自 whose clause goes on to 后 is where what followed started,
        // not the period of the figures after it (自10月起 stays that month: onward)
        String opener = lowered.substring(Math.max(0, m.start() - 2), m.start()).strip();
        if (w.spanFrom.stream().filter(x -> !ArticleReading.latin(x.charAt(0))).anyMatch(opener::endsWith)) {
            String tail = lowered.substring(m.end(), Math.min(lowered.length(), m.end() + 8));
            int stop = 0;
            while (stop < tail.length() && "，,；;。".indexOf(tail.charAt(stop)) < 0) {
                stop++;
            }
            String within = tail.substring(0, stop);
            if (w.startAfter.stream().anyMatch(within::contains)) {
                return true;
            }
        }
        int clause = m.start();
        // (a decimal point or a thousands comma, "$48.23", "9,400", ends no clause)
        while (clause > 0 && clause > m.start() - 60 && (",;，；。.!?\n".indexOf(lowered.charAt(clause - 1)) < 0
                || clause >= 2 && Character.isDigit(lowered.charAt(clause - 2)) && clause < lowered.length()
                && Character.isDigit(lowered.charAt(clause)))) {
            clause--;
        }
        String head = lowered.substring(clause, m.start());
        for (String word : w.basesInClause) {
            int at = head.indexOf(word);
            if (at >= 0 && !ArticleReading.latin(ArticleReading.charAt(head, at - 1))
                    && !ArticleReading.latin(ArticleReading.charAt(head, at + word.length()))) {
                return true;
            }
        }
        int from = Math.max(0, m.start() - 24);
        String before = lowered.substring(from, m.start());
        String b = before.stripTrailing();
        // "up 12 per cent on the June quarter": a base of a period with "the" (not "on Thursday", a day)
        Dated.Kind kind = m.dated() == null ? null : m.dated().kind();
        if (kind != null && kind != Dated.Kind.DAY && kind != Dated.Kind.WEEK
                && w.basesWithThe.stream().anyMatch(x -> before.stripTrailing().endsWith(" " + x + " the"))) {
            return true;
        }
        // "than in the second quarter", "from the third quarter": the words between a base and its date
        for (int k = 0; k < 3; k++) {
            String cut = b;
            for (String filler : List.of(" the", " in", " during", " at")) {
                if (b.endsWith(filler)) {
                    cut = b.substring(0, b.length() - filler.length()).stripTrailing();
                    break;
                }
            }
            if (cut.equals(b)) {
                break;
            }
            b = cut;
        }
        for (String word : w.bases) {
            if (b.endsWith(word) && (!ArticleReading.latin(word.charAt(0))
                    || !ArticleReading.latin(charAt(from + b.length() - word.length() - 1)))) {
                if (word.equals("from") && spanEndsLater(m, all)) {
                    return false;
                }
                return true;
            }
        }
        return false;
    }

    /** "from October to December": a "from" that opens a span, not a base; another time follows its "to". */
    private boolean spanEndsLater(TimeMention m, List<TimeMention> all) {
        String rest = lowered.substring(m.end(), Math.min(lowered.length(), m.end() + 8)).strip();
        return w.spanTo.stream().anyMatch(rest::startsWith)
                && all.stream().anyMatch(o -> o.start() > m.end() && o.start() - m.end() <= 14);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private boolean whole(String word, int at, int end) {
        return !ArticleReading.latin(word.charAt(0)) || !ArticleReading.latin(charAt(at - 1)) && !ArticleReading.latin(charAt(end));
    }

    private char charAt(int i) {
        return i >= 0 && i < lowered.length() ? lowered.charAt(i) : ' ';
    }

    private boolean anyTaken(int from, int to) {
        for (int k = from; k < to; k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }

    private void mark(int from, int to) {
        Arrays.fill(taken, from, to, true);
    }
}
