package io.briefing.draft;

import io.briefing.figures.Figure;
import java.util.List;

/**
 * Numbers a draft proposes no row for although the reader reads them: a time of day (11月14日24時,
 * 晚8點, "8 p.m."), a number inside a name (雙十一購物節, 7奈米, 天眼3.0, "the 10-year bond") or a code
 * (熱線95338, a ticker 世騰半導體（7425）) and a number quoted alone as a name (“618”). Each is a bare number: one with a unit word
 * (1.2萬宗, 46個) is an amount wherever it stands. The words are in {@code draft-words.yaml}.
 */
final class NumberInName {
    /** Hours: a number above this before 時 is no time of day. */
    private static final int HOURS = 24;
    private static final int MINUTES = 60;
    private static final String OPEN_QUOTES = "“「『\"'‘（(";
    private static final String CLOSE_QUOTES = "”」』\"'’）)";

    /**
     * The words it goes by, from {@code draft-words.yaml}.
     *
     * @param hourWords     a word after the hour (時, 点, "p.m."): 24時
     * @param clockBefore   a word before the hour of a clock (晚, 上午), needed before a word that also
     *                      measures (點 is also an index's points: 跌300點)
     * @param measureAfter  words after an hour word's number that also measure it (點 of an index)
     * @param notNameAfter  words after a number in numeral characters that join or measure it (至, 度)
     * @param ordinalBefore words before a numeral that make it an ordinal (第), a count of its own
     * @param codeBefore    words before a number in digits that make it a code (熱線, 電話)
     * @param nameAfter     words after a number that make it part of a name (7奈米, 華東2號, "10-year")
     * @param tenorWords    times that make a tenor when a Latin name follows them (個月 of 三個月HIBOR)
     * @param rankBefore    words before a count that make it a rank naming a group (前十家, 前三位)
     * @param minuteWords   words after the minutes of an hour word's time (分 of 2時30分)
     */
    record Words(List<String> hourWords, List<String> clockBefore, List<String> measureAfter, List<String> notNameAfter,
                 List<String> ordinalBefore, List<String> codeBefore, List<String> nameAfter, List<String> tenorWords,
                 List<String> rankBefore, List<String> minuteWords) {}

    private final List<String> hourWords;
    private final List<String> clockBefore;
    private final List<String> measureAfter;
    private final List<String> notNameAfter;
    private final List<String> ordinalBefore;
    private final List<String> codeBefore;
    private final List<String> nameAfter;
    private final List<String> tenorWords;
    private final List<String> rankBefore;
    private final List<String> minuteWords;

    NumberInName(Words w) {
        this.hourWords = w.hourWords();
        this.clockBefore = w.clockBefore();
        this.measureAfter = w.measureAfter();
        this.notNameAfter = w.notNameAfter();
        this.ordinalBefore = w.ordinalBefore();
        this.codeBefore = w.codeBefore();
        this.nameAfter = w.nameAfter();
        this.tenorWords = w.tenorWords();
        this.rankBefore = w.rankBefore();
        this.minuteWords = w.minuteWords();
    }

    /**
     * Whether the figure {@code f} of sentence {@code s} names or times something rather than counting
     * it: a tenor whatever its unit, the rest only as a bare number.
     */
    boolean test(String s, Figure f) {
        if (tenor(s, f) || rank(s, f) || minutes(s, f)) {
            return true;
        }
        if (!f.bare() || !numeral(f.text())) {
            return false;
        }
        return timeOfDay(s, f) || insideName(s, f) || quotedAlone(s, f) || namedAfter(s, f) || version(s, f);
    }

    /** 下午2時30分: the minutes after an hour word's number are the time too (read with 分 as their unit word or not). */
    private boolean minutes(String s, Figure f) {
        java.math.BigDecimal v = f.magnitude();
        if (v.signum() < 0 || v.compareTo(java.math.BigDecimal.valueOf(MINUTES)) >= 0 || v.stripTrailingZeros().scale() > 0
                || !numeral(f.text().replaceAll("\\D+$", ""))) {
            return false;
        }
        String digits = f.text().replaceAll("\\D+$", "");
        String after = s.substring(f.start() + digits.length());
        if (minuteWords.stream().noneMatch(after::startsWith)) {
            return false;
        }
        String before = s.substring(0, f.start());
        for (String w : hourWords) {
            if (before.endsWith(w) && before.length() > w.length() && Character.isDigit(before.charAt(before.length() - w.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    private boolean timeOfDay(String s, Figure f) {
        java.math.BigDecimal v = f.magnitude();
        if (v.signum() < 0 || v.compareTo(java.math.BigDecimal.valueOf(HOURS)) > 0 || v.stripTrailingZeros().scale() > 0) {
            return false;
        }
        String after = s.substring(f.end());
        for (String w : hourWords) {
            boolean latin = Character.isLetter(w.charAt(0)) && w.charAt(0) < 0x80;
            String a = latin ? after.stripLeading() : after;
            if (!a.regionMatches(latin, 0, w, 0, w.length())
                    || latin && a.length() > w.length() && Character.isLetter(a.charAt(w.length()))) {
                continue;
            }
            // 時 alone is the hour (24時); 點 is also an index's points, so a clock word must come before it
            boolean clock = clockBefore.stream().anyMatch(b -> f.start() >= b.length() && s.startsWith(b, f.start() - b.length()));
            return clock || !measureAfter.contains(w);
        }
        return false;
    }

    /**
     * A number written in numeral characters before another character, after one or opening its clause
     * (雙十一購物節, 十一黃金週):
     * part of a name, not a count; 第三度 is an ordinal's count and 兩至三成 a range, so 第 before and a
     * joining or measuring word after keep it. A number in digits is a code after a word that says so
     * (熱線95338); in digits 天衡88會員 and 售出412伙 look alike, and a measure word the units do not
     * know (伙, 班) is commoner than a number in a name, so it stays a row.
     */
    private boolean insideName(String s, Figure f) {
        String before = s.substring(0, f.start()).stripTrailing();
        if (codeBefore.stream().anyMatch(w -> before.regionMatches(true, before.length() - w.length(), w, 0, w.length()))) {
            return true;
        }
        if (f.text().codePoints().anyMatch(Character::isDigit) || f.start() == 0 || f.end() >= s.length()) {
            return false;
        }
        int prev = s.codePointBefore(f.start());
        int next = s.codePointAt(f.end());
        // 十一黃金週 opening its clause is a name as much as 雙十一 inside one
        return (han(prev) || !Character.isLetterOrDigit(prev)) && han(next) && !ordinalBefore.contains(new String(Character.toChars(prev)))
                && notNameAfter.stream().noneMatch(w -> s.startsWith(w, f.end()));
    }

    private static boolean han(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /**
     * A time glued to the name it makes (三個月HIBOR, 一年期LPR): a tenor, not a length of time or a
     * count. The words are {@code tenor-words}; the name starts with a Latin letter right after them
     * ("six months of growth" and 連續三個月增長 measure time).
     */
    private boolean tenor(String s, Figure f) {
        for (String w : tenorWords) {
            int at = f.text().endsWith(w) ? f.end() : s.startsWith(w, f.end()) ? f.end() + w.length() : -1;
            if (at < 0 && f.text().length() > 1) {
                // 三個 read as a count of 個 with 月 after it
                String tail = f.text().substring(f.text().length() - 1);
                at = w.startsWith(tail) && s.startsWith(w.substring(1), f.end()) ? f.end() + w.length() - 1 : -1;
            }
            if (at > 0 && at < s.length() && s.charAt(at) < 0x80 && Character.isLetter(s.charAt(at))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A count that ranks rather than counts (前十家企業合計份額, 增速前三位): the group it names, not a
     * number of things; the corpus guide's "an ordinal that names".
     */
    private boolean rank(String s, Figure f) {
        boolean counted = f.bare() || f.units().stream().allMatch(u -> u.kind() == io.briefing.facts.UnitKind.COUNT);
        return counted && rankBefore.stream().anyMatch(w -> f.start() >= w.length() && s.startsWith(w, f.start() - w.length()));
    }

    /** A number alone in quotation marks (“618”) or brackets (世騰半導體（7425）, a ticker). */
    private static boolean quotedAlone(String s, Figure f) {
        if (f.start() == 0 || f.end() >= s.length()) {
            return false;
        }
        int open = OPEN_QUOTES.indexOf(s.charAt(f.start() - 1));
        int close = CLOSE_QUOTES.indexOf(s.charAt(f.end()));
        // 北辰行動通訊（6983，簡稱北辰）: a ticker opening a name's bracket, a note after it
        char bracket = s.charAt(f.start() - 1);
        boolean tickerWithNote = (bracket == '（' || bracket == '(') && f.bare() && f.text().matches("\\d{4,6}")
                && "，,、；;".indexOf(s.charAt(f.end())) >= 0
                && s.indexOf(bracket == '（' ? '）' : ')', f.end()) - f.end() <= 14 && s.indexOf(bracket == '（' ? '）' : ')', f.end()) > 0;
        return open >= 0 && close >= 0 || tickerWithNote;
    }

    /** A number a name's word follows (7奈米, 華東2號, "the 10-year bond", 6.5英寸): a node, a model, a tenor. */
    private boolean namedAfter(String s, Figure f) {
        for (String w : nameAfter) {
            boolean latin = w.charAt(0) < 0x80 && Character.isLetter(w.charAt(w.length() - 1));
            if (s.regionMatches(true, f.end(), w, 0, w.length())
                    && (!latin || f.end() + w.length() >= s.length() || !Character.isLetter(s.charAt(f.end() + w.length())))) {
                return true;
            }
        }
        return false;
    }

    /** A version glued to its name (“天眼3.0”, Gen2.5x): a decimal number between a letter and a Latin letter or a closing mark. */
    private static boolean version(String s, Figure f) {
        if (f.start() == 0 || f.end() >= s.length() || f.text().indexOf('.') < 0) {
            return false;
        }
        char next = s.charAt(f.end());
        // a Han character after it joins a range or a unit (在13.5至14元): only a Latin letter or a closing mark names
        return Character.isLetter(s.codePointBefore(f.start())) && (next < 0x80 && Character.isLetter(next) || CLOSE_QUOTES.indexOf(next) >= 0);
    }

    /** A number and nothing else: digits with their separators, or numeral characters. */
    private static boolean numeral(String text) {
        return !text.isEmpty() && text.codePoints().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.' || c == '，'
                || "〇零一二三四五六七八九十百千兩两".indexOf(c) >= 0);
    }
}
