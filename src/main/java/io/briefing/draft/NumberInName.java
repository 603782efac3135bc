package io.briefing.draft;

import io.briefing.figures.Figure;
import java.util.List;

/**
 * Numbers a draft proposes no row for although the reader reads them: a time of day (11月14日24時,
 * 晚8點, "8 p.m."), a number inside a name (雙十一購物節) or a code (熱線95338)
 * and a number quoted alone as a name (“618”). Each is a bare number: one with a unit word
 * (1.2萬宗, 46個) is an amount wherever it stands. The words are in {@code draft-words.yaml}.
 */
final class NumberInName {
    /** Hours: a number above this before 時 is no time of day. */
    private static final int HOURS = 24;
    private static final String OPEN_QUOTES = "“「『\"'‘";
    private static final String CLOSE_QUOTES = "”」』\"'’";

    private final List<String> hourWords;
    private final List<String> clockBefore;
    private final List<String> measureAfter;
    private final List<String> notNameAfter;
    private final List<String> ordinalBefore;
    private final List<String> codeBefore;

    /**
     * @param hourWords    a word after the hour (時, 点, "p.m."): 24時
     * @param clockBefore  a word before the hour of a clock (晚, 上午), needed before a word that also
     *                     measures (點 is also an index's points: 跌300點)
     * @param measureAfter words after an hour word's number that also measure it (點 of an index)
     * @param notNameAfter words after a number in numeral characters that join or measure it (至, 度)
     * @param ordinalBefore words before a numeral that make it an ordinal (第), a count of its own
     * @param codeBefore   words before a number in digits that make it a code (熱線, 電話)
     */
    NumberInName(List<String> hourWords, List<String> clockBefore, List<String> measureAfter, List<String> notNameAfter,
                 List<String> ordinalBefore, List<String> codeBefore) {
        this.hourWords = hourWords;
        this.clockBefore = clockBefore;
        this.measureAfter = measureAfter;
        this.notNameAfter = notNameAfter;
        this.ordinalBefore = ordinalBefore;
        this.codeBefore = codeBefore;
    }

    /** Whether the bare figure {@code f} of sentence {@code s} names or times something rather than counting it. */
    boolean test(String s, Figure f) {
        if (!f.bare() || !numeral(f.text())) {
            return false;
        }
        return timeOfDay(s, f) || insideName(s, f) || quotedAlone(s, f);
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

    private static boolean quotedAlone(String s, Figure f) {
        return f.start() > 0 && f.end() < s.length() && OPEN_QUOTES.indexOf(s.charAt(f.start() - 1)) >= 0
                && CLOSE_QUOTES.indexOf(s.charAt(f.end())) >= 0;
    }

    /** A number and nothing else: digits with their separators, or numeral characters. */
    private static boolean numeral(String text) {
        return !text.isEmpty() && text.codePoints().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.' || c == '，'
                || "〇零一二三四五六七八九十百千兩两".indexOf(c) >= 0);
    }
}
