package io.briefing.figures;

import io.briefing.facts.Qualifier;
import io.briefing.facts.Unit;
import io.briefing.facts.UnitKind;
import io.briefing.facts.UnitCatalogue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;


/**
 * The one recognizer of figures in text, in English and in Chinese (Traditional or Simplified):
 * numbers in digits (with thousands separators, full-width or not) and in Chinese numerals,
 * magnitudes (萬, 億, million, bn), units from the unit catalogue (before the number: $, €, US$;
 * after it: 元, GW, 噸, per cent), signs and direction words (下跌, fell), bounding words (以上, more
 * than) and the parts of dates (2024年, 3月, 18日, March 3, the third quarter). Years, day numbers and
 * digits inside names (Qwen2-72B, GPT-4o) are not figures. Its vocabulary is data
 * ({@code figure-words.yaml}); it decides nothing about any one article.
 */
public final class FigureReader {
    private final FigureWords w = FigureWords.get();

    /** A bounding word and the bound it states: 逾 is more than, "up to" at most. */
    private record Bound(Qualifier qualifier, String word) {}

    /** A word that moves a figure and which way: 下跌 a fall, "rose" a rise. */
    private record Move(Figure.Direction direction, String word) {}
    /** Unit words in front of a number, longest first, each with the units it may mean. */
    private final List<Map.Entry<String, List<Unit>>> before;
    /** Unit words after a number, longest first. */
    private final List<Map.Entry<String, List<Unit>>> after;

    private static final Map<UnitCatalogue, FigureReader> READERS =
            Collections.synchronizedMap(new WeakHashMap<>());

    /** The reader of a catalogue, made once per catalogue (a batch reads many tables with the shipped one). */
    public static FigureReader of(UnitCatalogue units) {
        return READERS.computeIfAbsent(units, FigureReader::new);
    }

    public FigureReader(UnitCatalogue units) {
        Map<String, List<Unit>> b = new LinkedHashMap<>();
        Map<String, List<Unit>> a = new LinkedHashMap<>();
        for (Unit u : units.all()) {
            u.before().forEach(word -> b.computeIfAbsent(word, k -> new ArrayList<>()).add(u));
            u.text().forEach(word -> a.computeIfAbsent(word, k -> new ArrayList<>()).add(u));
        }
        // a word a dataset declared for a unit of things of its own is that unit's, not also the shipped count's:
        // "4,812 homes" of a table with a unit homes is no count (tamper: the row turned to unit count was
        // verified). (A currency's symbol stays shared: a declared "$ per passenger cruise day" keeps "$" USD's too.)
        for (Map.Entry<String, List<Unit>> e : a.entrySet()) {
            if (e.getValue().stream().anyMatch(u -> units.declared(u)
                    && (u.kind() == UnitKind.COUNT || u.kind() == UnitKind.QUANTITY))) {
                e.getValue().removeIf(u -> !units.declared(u) && u.kind() == UnitKind.COUNT);
            }
        }
        // a subunit word ("cents") states its unit with its part, unless another unit has the word as its
        // own (a dataset's "US cents per pound" keeps "cents"): then it is that unit's alone
        Map<String, BigDecimal> parts = new java.util.HashMap<>();
        Map<String, Map.Entry<Unit, BigDecimal>> claimed = new java.util.HashMap<>();
        // a dataset's own currency takes a subunit word before a shipped one: "cents" of a declared AUD are AUD's
        // (the shipped USD's "cents" read "8 cents a share" in an Australian article as US cents)
        List<Unit> declaredFirst = new ArrayList<>(units.all());
        declaredFirst.sort(java.util.Comparator.comparing(u -> !units.declared(u)));
        for (Unit u : declaredFirst) {
            u.subunits().forEach((word, part) -> {
                if (!a.containsKey(word) && !parts.containsKey(lowerAscii(word))) {
                    a.put(word, new ArrayList<>(List.of(u)));
                    parts.put(lowerAscii(word), part);
                } else if (a.containsKey(word) && !a.get(word).contains(u)) {
                    claimed.putIfAbsent(lowerAscii(word), Map.entry(u, part));
                }
            });
        }
        claimedSubunits = Map.copyOf(claimed);
        before = longestFirst(b);
        after = longestFirst(a);
        subunitParts = Map.copyOf(parts);
    }

    /** The part of its unit each subunit word stands for ("cents" 0.01), by the word in lower case. */
    private final Map<String, BigDecimal> subunitParts;

    /**
     * Subunit words another unit has as its own (a dataset's "cents" of US cents per pound): still their
     * currency's part where a figure per share follows ("61 cents a share" is US$0.61 of earnings).
     */
    private final Map<String, Map.Entry<Unit, BigDecimal>> claimedSubunits;

    private static List<Map.Entry<String, List<Unit>>> longestFirst(Map<String, List<Unit>> m) {
        List<Map.Entry<String, List<Unit>>> out = new ArrayList<>();
        m.forEach((k, v) -> out.add(Map.entry(k, List.copyOf(v))));
        out.sort((x, y) -> y.getKey().length() - x.getKey().length());
        return List.copyOf(out);
    }

    /** A-Z made a-z, nothing else: the text keeps its length, so offsets into it stay valid (unlike toLowerCase with İ). */
    public static String lowerAscii(String s) {
        return FigureWords.lowerAscii(s);
    }

    /** Every figure and date part of the text, in order. Offsets are the text's own. */
    public Reading read(String original) {
        String t = fold(original);
        // the vocabulary is searched in the text with its Latin letters lowered, as the vocabulary's are
        String lt = FigureWords.lowerAscii(t);
        boolean[] claimed = new boolean[t.length() + 1];
        List<DateMention> dates = new ArrayList<>();
        englishDates(t, original, claimed, dates);
        List<Figure> figures = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (claimed[i]) {
                i++;
            } else if (isDigit(c) && (i == 0 || !isDigit(t.charAt(i - 1)))) {
                i = arabic(t, lt, original, i, figures, dates);
            } else if (ChineseNumerals.NUMERAL_CHARS.indexOf(c) >= 0 && (startsChineseNumber(t, i) || roundAfterBound(t, i))) {
                i = chinese(t, lt, original, i, figures, dates);
            } else {
                i++;
            }
        }
        wordFigures(t, lt, original, figures, dates);
        figures.sort((a, b) -> Integer.compare(a.start(), b.start()));
        shareBounds(t, figures);
        shareDirections(t, lt, figures);
        shareTrailingDirections(lt, figures);
        pointsOfAShare(t, original, figures);
        shareUnitsBack(t, figures);
        risesByTimes(t, original, figures);
        dates.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Reading(List.copyOf(figures), List.copyOf(dates));
    }

    /**
     * The text with full-width forms made ASCII (８４．０３％ → 84.03%) and every kind of white space
     * and control character made a space, one character for one, so offsets stay the original's.
     */
    public static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c) || c == '\uFEFF') {
                c = ' ';
            }
            out[i] = c;
        }
        return new String(out);
    }

    // ---- numbers in digits ------------------------------------------------------------------

    private int arabic(String t, String lt, String original, int start, List<Figure> figures, List<DateMention> dates) {
        int i = start;
        StringBuilder num = new StringBuilder();
        boolean dot = false;
        while (i < t.length()) {
            char d = t.charAt(i);
            if (isDigit(d)) {
                num.append(d);
            } else if (d == '.' && !dot && i + 1 < t.length() && isDigit(t.charAt(i + 1))) {
                dot = true;
                num.append('.');
            } else if (d == ',' && !dot && groupOfThree(t, i + 1)) {
                // a thousands separator: 12,500
            } else {
                break;
            }
            i++;
        }
        int end = i;
        char prev = start > 0 ? t.charAt(start - 1) : ' ';
        // digits glued to a Latin name, or joined to one by a hyphen: Qwen2-72B, GPT-4o, Llama3-70B
        if (isLatin(prev) && !gluedCode(t, start) || prev == '-' && start > 1 && isLatin(t.charAt(start - 2))
                || prev == '-' && start > 1 && isDigit(t.charAt(start - 2)) && isLatin(charAt(t, end))) {
            return skipWord(t, end);
        }
        // an ordinal (第3) or a list number ("1." or "(1)" at the start of a line) is not a figure
        if (prev == '第' && !quarterAfter(t, end)) {
            return end;
        }
        if (prev == '第' || quarterAfter(t, end) && !dot) {
            return quarter(t, original, start, end, num.toString(), dates);
        }
        BigDecimal value;
        try {
            value = new BigDecimal(num.toString());
        } catch (NumberFormatException e) {
            return end;
        }
        // a year is written without a thousands comma and with no currency before it: "to $1,960 a tonne" dated
        // the figures of its sentence 1960
        boolean yearLike = !dot && num.length() == 4 && t.substring(start, end).indexOf(',') < 0 && prefixStart(t, start) == start;
        return suffix(t, lt, original, start, end, value, yearLike, figures, dates);
    }

    /** Whether a unit's code as the unit writes it, a whole word, stands glued before the digits at {@code at}: CHF5.84bn. */
    private boolean gluedCode(String t, int at) {
        for (Map.Entry<String, List<Unit>> e : before) {
            String word = e.getKey();
            int s = at - word.length();
            if (word.length() > 1 && isLatin(word.charAt(word.length() - 1)) && s >= 0 && t.startsWith(word, s)
                    && !isLatin(charAt(t, s - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean groupOfThree(String t, int at) {
        return at + 3 <= t.length() && isDigit(t.charAt(at)) && isDigit(t.charAt(at + 1)) && isDigit(t.charAt(at + 2))
                && !isDigit(charAt(t, at + 3));
    }

    private boolean quarterAfter(String t, int at) {
        for (String q : w.chineseQuarter) {
            if (t.startsWith(q, at)) {
                return true;
            }
        }
        return false;
    }

    private int quarter(String t, String original, int start, int end, String digits, List<DateMention> dates) {
        int q;
        try {
            q = Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return end;
        }
        int to = end;
        for (String word : w.chineseQuarter) {
            if (t.startsWith(word, end)) {
                to = end + word.length();
            }
        }
        if (q >= 1 && q <= 4 && to > end) {
            dates.add(new DateMention(DateMention.Part.QUARTER, q, original.substring(start, to), start, to));
        }
        return to;
    }

    // ---- numbers in Chinese numerals ---------------------------------------------------------

    private static boolean startsChineseNumber(String t, int i) {
        char c = t.charAt(i);
        if (i > 0 && ChineseNumerals.NUMERAL_CHARS.indexOf(t.charAt(i - 1)) >= 0) {
            return false;
        }
        // 萬, 億 and 半 do not start a number on their own (萬物, 億萬, 一半 aside); nor does 零, which
        // starts names (零一萬物, read as 10,000 until this rule), never an amount
        return "萬万億亿十拾百佰千仟零〇".indexOf(c) < 0 && (c != '半' || i + 1 < t.length() && "年月天個".indexOf(t.charAt(i + 1)) >= 0)
                || c == '十' && i + 1 < t.length() && ChineseNumerals.DIGITS.indexOf(t.charAt(i + 1)) >= 0;
    }

    private int chinese(String t, String lt, String original, int start, List<Figure> figures, List<DateMention> dates) {
        int i = start;
        while (i < t.length() && ChineseNumerals.NUMERAL_CHARS.indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        int runEnd = i;
        // 萬 and 億 at the end are magnitudes the suffix reads again
        int end = i;
        while (end > start + 1 && "萬万億亿".indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        BigDecimal v = ChineseNumerals.parse(t.substring(start, end));
        if (v == null) {
            return runEnd;
        }
        char prev = start > 0 ? t.charAt(start - 1) : ' ';
        if (prev == '第' || quarterAfter(t, end)) {
            if (quarterAfter(t, end) && v.intValue() >= 1 && v.intValue() <= 4) {
                return quarter(t, original, start, end, v.toPlainString(), dates);
            }
            return runEnd;
        }
        int before = figures.size();
        int next = suffix(t, lt, original, start, end, v, false, figures, dates);
        if (figures.size() > before) {
            Figure f = figures.get(figures.size() - 1);
            // a lone numeral (一輪, 一些) is a word, not a figure: it needs a magnitude, a unit or a tens word
            boolean counted = f.end() > end || t.substring(start, end).chars().anyMatch(ch -> "十拾百佰千仟萬万億亿".indexOf(ch) >= 0);
            if (!counted) {
                figures.remove(figures.size() - 1);
            }
        }
        return Math.max(next, runEnd > end ? end : runEnd);
    }

    /**
     * A bound in front of a list bounds each figure of it: 分別約為16,880港元及13,250港元 is about
     * both, "about 5% and 6%" too; a figure that states its own bound keeps it.
     */
    private void shareBounds(String t, List<Figure> figures) {
        for (int i = 1; i < figures.size(); i++) {
            Figure a = figures.get(i - 1);
            Figure b = figures.get(i);
            String gap = b.start() >= a.end() ? t.substring(a.end(), b.start()).strip() : "";
            // the list goes on: only connectors between, or a name and a connector (5億元「訓力券」、5000萬元)
            boolean listed = connects(gap) || gap.length() <= 12 && (gap.endsWith("、") || gap.endsWith("及") || gap.endsWith("和"));
            if (a.qualifier() == Qualifier.EXACT || b.qualifier() != Qualifier.EXACT || a.qualifierWord().isEmpty()
                    || b.start() < a.end() || !listed
                    || boundAfter(t, a.end()) > a.end() || !a.units().equals(b.units())) {
                continue;
            }
            figures.set(i, new Figure(b.magnitude(), b.direction(), b.directionWord(), b.units(), b.unitWord(), a.qualifier(),
                    a.qualifierWord(), b.text(), b.start(), b.end()));
        }
    }

    /**
     * A direction word in front of a list moves each figure of it: 同比分別下降9.3%、6.6%和11.2% are three
     * falls, "fell 3%, 5% and 7%, respectively" too. Only a figure with no word of its own, joined to
     * the one before by a connector alone and in the same units, takes it.
     */
    private void shareDirections(String t, String lt, List<Figure> figures) {
        for (int i = 1; i < figures.size(); i++) {
            Figure a = figures.get(i - 1);
            Figure b = figures.get(i);
            // 分別季減5%至8%及3%至6%: after a range, the list goes on from its first end's direction
            if (a.direction() == Figure.Direction.NONE && i >= 2 && figures.get(i - 2).direction() != Figure.Direction.NONE
                    && figures.get(i - 2).end() <= a.start() && !a.units().isEmpty() && a.units().equals(figures.get(i - 2).units())
                    && w.rangeJoins.contains(lt.substring(figures.get(i - 2).end(), a.start()).strip())
                    && b.start() >= a.end() && connects(t.substring(a.end(), b.start()).strip())) {
                // (not "fell 17% to $196 million, or 61 cents a share": a level after "to", restated)
                Figure first = figures.get(i - 2);
                a = new Figure(a.magnitude(), first.direction(), first.directionWord(), a.units(), a.unitWord(), a.qualifier(),
                        a.qualifierWord(), a.text(), a.start(), a.end());
            }
            if (a.direction() == Figure.Direction.NONE || b.direction() != Figure.Direction.NONE || b.start() < a.end()) {
                continue;
            }
            String gap = t.substring(a.end(), b.start()).strip();
            // "fell $1.20, or 1.5%, to $78.40": the same move restated in another unit moves the same way
            boolean restated = gap.equals(", or") || gap.equals(",or");
            if (!restated && (!a.units().equals(b.units()) || a.units().isEmpty())) {
                continue;
            }
            if (!restated && !connects(gap) || directionAfter(lt, a.end())) {
                continue;
            }
            figures.set(i, new Figure(b.magnitude(), a.direction(), a.directionWord(), b.units(), b.unitWord(), b.qualifier(),
                    b.qualifierWord(), b.text(), b.start(), b.end()));
        }
    }

    /** 同比增長1.3倍: a rise by 1.3 times is a rise of 130%, the 倍 its unit word (see times_word). */
    private void risesByTimes(String t, String original, List<Figure> figures) {
        String times = w.timesWord;
        if (times.isEmpty()) {
            return;
        }
        List<Unit> percent = unitsFor(after, "%");
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (f.direction() != Figure.Direction.RISE || !t.startsWith(times, f.end()) || percent.isEmpty()
                    || f.units().stream().anyMatch(u -> !u.text().contains(times))) {
                continue;
            }
            String head = t.substring(Math.max(0, f.start() - 6), f.start());
            head = head.endsWith("了") ? head.substring(0, head.length() - 1) : head;
            final String h = head;
            if (w.riseByTimes.stream().noneMatch(h::endsWith)) {
                continue;
            }
            int end = f.end() + times.length();
            figures.set(i, new Figure(f.magnitude().movePointRight(2), f.direction(), f.directionWord(), percent, times,
                    f.qualifier(), f.qualifierWord(), original.substring(f.start(), end), f.start(), end));
        }
    }

    /**
     * "lifting its share by 0.9 points to 9.8%": a number with no unit followed by a word of points_of_a_share
     * is in percentage points when its sentence holds a percentage that is a level; otherwise it stays as read
     * ("the index fell 30 points, or 0.4%": the percentage is a move, and the points an index's).
     */
    private void pointsOfAShare(String t, String original, List<Figure> figures) {
        List<Unit> points = unitsFor(after, w.pointsOfAShareAs);
        if (points.isEmpty()) {
            return;
        }
        for (int i = 0; i < figures.size(); i++) {
            Figure g = figures.get(i);
            if (!g.units().isEmpty() || !g.unitWord().isEmpty() || g.end() + 1 >= t.length() || t.charAt(g.end()) != ' ') {
                continue;
            }
            String word = null;
            for (String x : w.pointsOfAShare) {
                int e = matchAt(t, g.end() + 1, x);
                if (e > 0) {
                    word = x;
                    break;
                }
            }
            if (word == null) {
                continue;
            }
            int from = sentenceStart(t, g.start());
            int to = sentenceEnd(t, g.end());
            boolean level = figures.stream().anyMatch(h -> h != g && h.start() >= from && h.end() <= to
                    && h.direction() == Figure.Direction.NONE && h.units().stream().anyMatch(u -> u.kind() == io.briefing.facts.UnitKind.PERCENT)
                    // (", or 0.4%": the move restated in percent, not a level)
                    && w.pointsRestatedAfter.stream().noneMatch(x -> t.startsWith(x + " ", Math.max(0, h.start() - x.length() - 1))));
            if (!level) {
                continue;
            }
            int end = g.end() + 1 + word.length();
            figures.set(i, new Figure(g.magnitude(), g.direction(), g.directionWord(), points, word, g.qualifier(), g.qualifierWord(),
                    original.substring(g.start(), end), g.start(), end));
        }
    }

    /** Where the English sentence around an offset starts: after the last ". " before it. */
    private static int sentenceStart(String t, int at) {
        for (int k = at - 1; k > 0; k--) {
            if ((t.charAt(k) == ' ' || t.charAt(k) == '\n') && ".!?".indexOf(t.charAt(k - 1)) >= 0 || t.charAt(k) == '\n') {
                return k + 1;
            }
        }
        return 0;
    }

    /** Where the English sentence around an offset ends: at its next ". ", or the text's end. */
    private static int sentenceEnd(String t, int at) {
        for (int k = at; k + 1 < t.length(); k++) {
            if (".!?".indexOf(t.charAt(k)) >= 0 && (t.charAt(k + 1) == ' ' || t.charAt(k + 1) == '\n') || t.charAt(k) == '\n') {
                return k;
            }
        }
        return t.length();
    }

    /**
     * 分別下降0.58個和3.1個百分點: the first figure's measure word opens the unit the second writes in full,
     * so both are percentage points (the first was read as a count of 0.58); a bare number before it too.
     */
    private void shareUnitsBack(String t, List<Figure> figures) {
        for (int i = figures.size() - 1; i >= 1; i--) {
            Figure a = figures.get(i - 1);
            Figure b = figures.get(i);
            String aw = a.unitWord().strip();
            String bw = b.unitWord().strip();
            // (減少0.4及0.2個百分點, "down 0.3 and 0.6 percentage points": a bare number listed before one with its
            // unit is in that unit)
            // (digits alone: "9.1 million, 14.6 million and 5.7 million passengers respectively" keeps its run as read)
            boolean bare = aw.isEmpty() && a.units().isEmpty() && !bw.isEmpty() && a.text().matches("[0-9.,]+");
            if (b.start() < a.end() || !bare && (aw.isEmpty() || bw.length() <= aw.length() || !bw.startsWith(aw)) || b.units().isEmpty()
                    || !connects(t.substring(a.end(), b.start()).strip())) {
                continue;
            }
            figures.set(i - 1, new Figure(a.magnitude(), a.direction(), a.directionWord(), b.units(), b.unitWord(), a.qualifier(),
                    a.qualifierWord(), a.text(), a.start(), a.end()));
        }
    }

    /**
     * A direction word after the second end of a range moves both ends: 批價仍有5%至10%的下行壓力 is a fall
     * of 5% to 10%, "a 2% to 3% decline" too.
     */
    private void shareTrailingDirections(String lt, List<Figure> figures) {
        for (int i = figures.size() - 1; i >= 1; i--) {
            Figure a = figures.get(i - 1);
            Figure b = figures.get(i);
            if (b.direction() == Figure.Direction.NONE || a.direction() != Figure.Direction.NONE || b.start() < a.end()
                    || !w.rangeJoins.contains(lt.substring(a.end(), b.start()).strip())) {
                continue;
            }
            String after = lt.substring(b.end(), Math.min(lt.length(), b.end() + 12)).strip();
            String word = FigureReader.lowerAscii(b.directionWord());
            if (word.isEmpty() || !after.startsWith(word) && !(after.startsWith("的") && after.substring(1).startsWith(word))) {
                continue;
            }
            figures.set(i - 1, new Figure(a.magnitude(), b.direction(), b.directionWord(), a.units(), a.unitWord(), a.qualifier(),
                    a.qualifierWord(), a.text(), a.start(), a.end()));
        }
    }

    /** Whether a direction word stands right behind a figure ending at {@code end} ("a 12% fall"). */
    private boolean directionAfter(String lt, int end) {
        int at = end < lt.length() && lt.charAt(end) == ' ' ? end + 1 : end;
        for (String word : w.fallAfter) {
            if (matchAt(lt, at, word) > 0) {
                return true;
            }
        }
        for (String word : w.riseAfter) {
            if (matchAt(lt, at, word) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A round number that starts with its place after a bounding word: 逾百億元 is more than 10,000,000,000,
     * 超千萬人次 more than 10,000,000. Without the bound, 百億補貼 and 千萬富翁 are names and words.
     */
    private boolean roundAfterBound(String t, int i) {
        if ("百千".indexOf(charAt(t, i)) < 0 || "萬万億亿".indexOf(charAt(t, i + 1)) < 0) {
            return false;
        }
        for (String word : w.boundBeforeRound) {
            if (i >= word.length() && t.startsWith(word, i - word.length())) {
                return true;
            }
        }
        return false;
    }

    // ---- numbers in words ------------------------------------------------------------------------

    /**
     * Figures stated without digits, each where no figure or date already stands: number words (過半,
     * "a third", 一倍, "a full percentage point"), tenths (六成, 四成半), English counts ("seven to two")
     * and ordinals that count (its second reduction, 第三度, 連續第七個月). Their words are data.
     */
    private void wordFigures(String t, String lt, String original, List<Figure> figures, List<DateMention> dates) {
        boolean[] taken = new boolean[t.length() + 1];
        for (Figure f : figures) {
            Arrays.fill(taken, f.start(), f.end(), true);
        }
        for (DateMention d : dates) {
            Arrays.fill(taken, d.start(), d.end(), true);
        }
        for (FigureWords.NumberWord nw : w.numberWords) {
            String word = nw.word();
            boolean latin = isLatin(word.charAt(0));
            for (int at = lt.indexOf(word); at >= 0; at = lt.indexOf(word, at + 1)) {
                int end = at + word.length();
                if (latin && (isLatin(charAt(lt, at - 1)) || isLatin(charAt(lt, end))) || anyTaken(taken, at, end)
                        || latin && partOfTime(lt, at, end)) {
                    continue;
                }
                Figure.Direction dir = switch (nw.direction()) {
                    case "rise" -> Figure.Direction.RISE;
                    case "fall" -> Figure.Direction.FALL;
                    default -> Figure.Direction.NONE;
                };
                wordFigure(t, lt, original, at, end, nw.value(), nw.as(), nw.qualifier(), word, dir, figures, taken);
            }
        }
        for (int i = 1; i < t.length(); i++) {
            char c = t.charAt(i);
            char p = t.charAt(i - 1);
            if (c != w.tenths || taken[i - 1] || ChineseNumerals.NUMERAL_CHARS.indexOf(p) < 0
                    || w.tenthsNotBefore.indexOf(charAt(t, i + 1)) >= 0) {
                continue;
            }
            int s = i - 1;
            while (s > 0 && ChineseNumerals.NUMERAL_CHARS.indexOf(t.charAt(s - 1)) >= 0 && !taken[s - 1]) {
                s--;
            }
            BigDecimal v = ChineseNumerals.parse(t.substring(s, i));
            if (v == null || v.signum() <= 0 || v.compareTo(BigDecimal.TEN) > 0) {
                continue;
            }
            int end = i + 1;
            BigDecimal value = v.multiply(BigDecimal.TEN);
            if (charAt(t, end) == w.tenthsHalf) {
                value = value.add(BigDecimal.valueOf(5));
                end++;
            } else if (hundredthAfterTenths(t, end)) {
                // 四成五 is 45%, 一成二 12%: a digit after 成 is the next place, unless it starts a
                // number or a time of its own (六成五年 is not 65%)
                value = value.add(ChineseNumerals.parse(t.substring(end, end + 1)));
                end++;
            }
            wordFigure(t, lt, original, s, end, value, w.tenthsAs, null, "", Figure.Direction.NONE, figures, taken);
        }
        for (Map.Entry<String, Integer> e : w.cardinals.entrySet()) {
            String word = e.getKey();
            for (int at = lt.indexOf(word); at >= 0; at = lt.indexOf(word, at + 1)) {
                int end = at + word.length();
                // a count: a whole word followed by another word ("two dissenters", "seven to two")
                if (isLatin(charAt(lt, at - 1)) || isLatin(charAt(lt, end)) || anyTaken(taken, at, end)
                        || !(charAt(t, end) == ' ' && isLatin(charAt(t, end + 1)) || charAt(t, end) == ' ' && false)
                        && !(at >= 3 && lt.startsWith("to ", at - 3))) {
                    continue;
                }
                // "six months", "three percent": a unit word right after the number word is its unit
                int u = unitAfter(t, end);
                String unitWord = u > end ? t.substring(end, u).strip() : "";
                wordFigure(t, lt, original, at, end, BigDecimal.valueOf(e.getValue()), unitWord, null, "", Figure.Direction.NONE,
                        figures, taken);
            }
        }
        countingOrdinals(t, lt, original, figures, taken);
    }

    private boolean hundredthAfterTenths(String t, int at) {
        char d = charAt(t, at);
        if ("一二兩两三四五六七八九".indexOf(d) < 0) {
            return false;
        }
        char after = charAt(t, at + 1);
        return ChineseNumerals.NUMERAL_CHARS.indexOf(after) < 0 && after != w.tenths && w.tenthsNotBefore.indexOf(after) < 0
                && w.tenthsDigitNotBefore.indexOf(after) < 0;
    }

    private void countingOrdinals(String t, String lt, String original, List<Figure> figures, boolean[] taken) {
        for (Map.Entry<String, Integer> e : w.countingOrdinals.entrySet()) {
            String word = e.getKey();
            for (int at = lt.indexOf(word); at >= 0; at = lt.indexOf(word, at + 1)) {
                int end = at + word.length();
                // (charAt reads a space past the text's end: an ordinal that ends the text counts nothing)
                if (isLatin(charAt(lt, at - 1)) || end >= lt.length() || charAt(lt, end) != ' ' || anyTaken(taken, at, end)) {
                    continue;
                }
                // "the third price cut": one word between the ordinal and its word
                int between = end + 1;
                while (between < lt.length() && isLatin(lt.charAt(between))) {
                    between++;
                }
                String skipped = lt.substring(end + 1, between);
                for (String after : w.countingAfter) {
                    int aEnd = matchAt(lt, end + 1, after);
                    if (aEnd < 0 && !w.countingStreak.contains(after) && charAt(lt, between) == ' ' && !skipped.isEmpty()
                            && !w.countingBetweenNot.contains(skipped)) {
                        aEnd = matchAt(lt, between + 1, after);
                    }
                    if (aEnd > 0) {
                        // "the third consecutive quarter": quarters, when a unit has the word
                        String unitWord = "";
                        if (w.countingStreak.contains(after) && aEnd < lt.length() && charAt(lt, aEnd) == ' ') {
                            int we = aEnd + 1;
                            while (we < lt.length() && isLatin(lt.charAt(we))) {
                                we++;
                            }
                            String next = lt.substring(aEnd + 1, we);
                            unitWord = unitsFor(this.after, next).isEmpty() ? "" : next;
                        }
                        wordFigure(t, lt, original, at, end, BigDecimal.valueOf(e.getValue()), unitWord, Qualifier.EXACT, "",
                                Figure.Direction.NONE, figures, taken);
                        break;
                    }
                }
            }
        }
        // 第三度, 第二次; 連續第七個月 (with the unit word after it)
        for (int i = t.indexOf('第'); i >= 0; i = t.indexOf('第', i + 1)) {
            int s = i + 1;
            int e = s;
            while (e < t.length() && ChineseNumerals.NUMERAL_CHARS.indexOf(t.charAt(e)) >= 0) {
                e++;
            }
            int d = e;
            while (d < t.length() && isDigit(t.charAt(d))) {
                d++;
            }
            if (e == s && d == s || anyTaken(taken, s, Math.max(e, d))) {
                continue;
            }
            int numEnd = Math.max(e, d);
            BigDecimal v = e > s ? ChineseNumerals.parse(t.substring(s, e)) : new BigDecimal(t.substring(s, d));
            if (v == null || v.signum() <= 0) {
                continue;
            }
            boolean streak = false;
            for (String word : w.chineseStreak) {
                streak |= i >= word.length() && t.startsWith(word, i - word.length());
            }
            boolean counted = false;
            for (String word : w.chineseCountingAfter) {
                counted |= t.startsWith(word, numEnd);
            }
            if (streak) {
                int u = unitAfter(t, numEnd);
                String unitWord = u > numEnd ? t.substring(numEnd, u) : "";
                wordFigure(t, lt, original, s, numEnd, v, unitWord, Qualifier.EXACT, "", Figure.Direction.NONE, figures,
                        taken);
            } else if (counted) {
                wordFigure(t, lt, original, s, numEnd, v, "", Qualifier.EXACT, "", Figure.Direction.NONE, figures, taken);
            }
        }
    }

    /** "the second half of 2026", "half-year", "a quarter of an hour": a number word inside a time is no figure. */
    private boolean partOfTime(String lt, int at, int end) {
        String before = lt.substring(Math.max(0, at - 8), at);
        String after = lt.substring(end, Math.min(lt.length(), end + 6));
        return before.endsWith("first ") || before.endsWith("second ") || after.startsWith("-year") || after.startsWith(" year")
                || after.startsWith(" of 20") || after.startsWith(" of the year");
    }

    private static boolean anyTaken(boolean[] taken, int from, int to) {
        for (int k = from; k < to; k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds the figure a number word states: its units from the unit word it is read as (none: a count),
     * its bound from the word itself or from the words around it, its direction from its frame.
     */
    private void wordFigure(String t, String lt, String original, int start, int end, BigDecimal value, String as,
                            Qualifier own, String ownWord, Figure.Direction ownDirection, List<Figure> figures, boolean[] taken) {
        List<Unit> units = as.isEmpty() ? List.of() : unitsFor(after, as);
        int k = end;
        // a unit word right after the number word: 六成 is a share, 兩成 of revenue
        Qualifier qualifier = own == null ? Qualifier.EXACT : own;
        String qualifierWord = own == null || own == Qualifier.EXACT ? "" : ownWord;
        int boundEnd = boundAfter(t, k);
        if (boundEnd > k && (own == null || own == Qualifier.EXACT)) {
            qualifierWord = t.substring(k, boundEnd).strip();
            qualifier = boundQualifier(qualifierWord);
            k = boundEnd;
        } else if (own == null || own == Qualifier.EXACT || own == Qualifier.APPROXIMATELY) {
            // "more than a third": a bound said before a fraction in words is its bound, not the "about" of the word
            Bound found = boundBefore(t, lt, start);
            if (found != null) {
                qualifier = found.qualifier();
                qualifierWord = found.word();
            }
        }
        Figure.Direction direction = ownDirection;
        String directionWord = ownDirection == Figure.Direction.NONE ? "" : ownWord;
        if (direction == Figure.Direction.NONE) {
            Move move = directionOf(t, lt, start, end);
            if (move != null) {
                direction = move.direction();
                directionWord = move.word();
            }
        }
        figures.add(new Figure(value, direction, directionWord, units, as, qualifier, qualifierWord,
                original.substring(start, k), start, k));
        Arrays.fill(taken, start, k, true);
    }

    // ---- what follows and precedes a number ---------------------------------------------------

    /** A number read at [start, end) of the text, before what follows and precedes it is read. */
    private record Numeral(int start, int end, BigDecimal value, boolean yearLike) {}

    /** A number scaled by the magnitude words after it, and where they end: 1.2萬億, 2萬8,356, "bn". */
    private record Scaled(BigDecimal value, int exponent, boolean magnitude, int end) {
        BigDecimal amount() {
            return value.scaleByPowerOfTen(exponent).stripTrailingZeros();
        }
    }

    /** A bound said between a number and its unit (20余家, "20 or more companies"), and where it ends. */
    private record Infix(Bound bound, int end) {}

    /** A unit word at a number and the units it may mean; no units and an empty word where there is none. */
    private record UnitWord(List<Unit> units, String word, int end) {}

    /** What stands in front of a number: its sign (0: none), a currency symbol or code, and where they start. */
    private record Front(int start, int sign, Move move, UnitWord symbol) {}

    /**
     * Reads the magnitude, unit, date word and bound after the number at [start, end), and the sign,
     * currency symbol, bound and direction before it; adds a figure or a date part. Returns where
     * reading goes on.
     */
    private int suffix(String t, String lt, String original, int start, int end, BigDecimal value, boolean yearLike,
                       List<Figure> figures, List<DateMention> dates) {
        Numeral numeral = new Numeral(start, end, value, yearLike);
        Scaled scaled = scaled(t, end, value);
        Infix infix = infix(t, scaled.end(), scaled.magnitude());
        int k = infix == null ? scaled.end() : infix.end();
        UnitWord unit = unitWordAfter(t, k);
        k = unit.end();
        // digits glued to letters that are no magnitude and no unit belong to a name: 4o, 3D
        if (isLatin(charAt(t, end)) && !scaled.magnitude() && unit.units().isEmpty()) {
            return skipWord(t, end);
        }
        if (!scaled.magnitude() && infix == null) {
            int dated = dateEnd(t, original, numeral, k, unit, dates);
            if (dated >= 0) {
                return dated;
            }
        }
        Front front = front(t, original, start);
        if (front.symbol() != null) {
            unit = front.symbol();
        }
        if (unit.units().isEmpty() && !scaled.magnitude() && infix == null && front.sign() == 0
                && numeralOfName(t, front.start(), end, k)) {
            return k;
        }
        // a subunit word states its part of the unit: 12 cents is US$0.12
        List<Unit> units = unit.units();
        BigDecimal part = subunitParts.get(lowerAscii(unit.word().strip()));
        Map.Entry<Unit, BigDecimal> perShare = part == null ? perShareSubunit(unit.word(), lt, k) : null;
        if (perShare != null) {
            units = List.of(perShare.getKey());
            part = perShare.getValue();
        }
        BigDecimal amount = part == null ? scaled.amount() : scaled.amount().multiply(part).stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
        Bound bound = boundOf(t, lt, k, infix, front.start());
        Move move = front.move() != null ? front.move() : directionOf(t, lt, front.start(), k);
        Figure.Direction direction = move == null ? Figure.Direction.NONE : move.direction();
        units = changeOrLevel(units, direction);
        figures.add(new Figure(amount, direction, move == null ? "" : move.word(), units, unit.word(), bound.qualifier(),
                bound.word(), original.substring(front.start(), k), front.start(), k));
        return k;
    }

    /** The magnitude words after a number (Chinese ones stack: 1.2萬億, 3千萬; digits after them add: 2萬8,356). */
    private Scaled scaled(String t, int end, BigDecimal value) {
        int k = end;
        int exponent = 0;
        boolean magnitude = false;
        // a unit word that starts with a magnitude is the unit (300兆瓦 is 300 MW, not 300 × 10¹²), unless the
        // word without it is a word of the unit too: 7.63萬元/噸 in a unit written 元/噸 and 萬元/噸 is 76,300
        // yuan a tonne (a dataset listed both; the figure was read as 7.63)
        while (k < t.length() && w.chineseMagnitudes.containsKey(t.charAt(k))
                && (unitAfter(t, k) == k || unitAfter(t, k + 1) == unitAfter(t, k))) {
            exponent += w.chineseMagnitudes.get(t.charAt(k));
            magnitude = true;
            k++;
        }
        // digits after a Chinese magnitude add to it: 2萬8,356 = 28,356; 2兆2,932億 = 2.2932兆
        while (magnitude && exponent >= 4 && k < t.length() && isDigit(t.charAt(k))) {
            int e = k;
            while (e < t.length() && (isDigit(t.charAt(e)) || t.charAt(e) == ',' && groupOfThree(t, e + 1)
                    || t.charAt(e) == '.' && isDigit(charAt(t, e + 1)))) {
                e++;
            }
            int e2 = 0;
            int m = e;
            while (m < t.length() && w.chineseMagnitudes.containsKey(t.charAt(m))) {
                e2 += w.chineseMagnitudes.get(t.charAt(m));
                m++;
            }
            BigDecimal part;
            try {
                part = new BigDecimal(t.substring(k, e).replace(",", "")).scaleByPowerOfTen(e2);
            } catch (NumberFormatException ex) {
                break;
            }
            if (part.compareTo(BigDecimal.ONE.scaleByPowerOfTen(exponent)) >= 0) {
                break;
            }
            value = value.scaleByPowerOfTen(exponent).add(part).scaleByPowerOfTen(-e2);
            exponent = e2;
            k = m;
            if (e2 == 0) {
                break;
            }
        }
        if (!magnitude) {
            int m = latinMagnitude(t, k);
            if (m > k) {
                exponent = magnitudeOf(t.substring(k, m).strip());
                magnitude = true;
                k = m;
            }
        }
        return new Scaled(value, exponent, magnitude, k);
    }

    /** A bound between a number and its unit: 余, 餘 or 多 right after a number with no magnitude; "or more". */
    private Infix infix(String t, int k, boolean magnitude) {
        if (k < t.length() && "余餘多".indexOf(t.charAt(k)) >= 0 && !magnitude) {
            return new Infix(new Bound(Qualifier.MORE_THAN, String.valueOf(t.charAt(k))), k + 1);
        }
        // an English bound may stand between the number and its unit: 20 or more companies
        int pre = boundAfter(t, k);
        if (pre > k && isLatin(t.charAt(pre - 1)) && unitAfter(t, pre) > pre) {
            String word = t.substring(k, pre).strip();
            return new Infix(new Bound(boundQualifier(word), word), pre);
        }
        return null;
    }

    /** The unit word right after a number, if any. */
    private UnitWord unitWordAfter(String t, int k) {
        int u = unitAfter(t, k);
        if (u > k) {
            String word = t.substring(k, u).strip();
            return new UnitWord(unitsFor(after, word), word, u);
        }
        return new UnitWord(List.of(), "", k);
    }

    /**
     * Where the month number of "-10月" (a range join, a month number from 1 to 12, 月) ends when such a run
     * starts at {@code k}; -1 when none does.
     */
    private int monthRangeEnd(String t, int k) {
        int i = k;
        while (i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        String join = null;
        for (String j : w.rangeJoins) {
            if (!j.isEmpty() && !latinLetter(j.charAt(0)) && t.startsWith(j, i) && (join == null || j.length() > join.length())) {
                join = j;
            }
        }
        if (join == null) {
            return -1;
        }
        i += join.length();
        while (i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        int d = i;
        while (d < t.length() && d - i < 2 && t.charAt(d) >= '0' && t.charAt(d) <= '9') {
            d++;
        }
        if (d == i || d >= t.length() || w.monthChars.indexOf(t.charAt(d)) < 0) {
            return -1;
        }
        int month = Integer.parseInt(t.substring(i, d));
        return month >= 1 && month <= 12 ? d + 1 : -1;
    }

    private static boolean latinLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * Where reading goes on when a number with no magnitude and no bound is a date part or a year (which
     * it adds), or a year inside a name; -1 when it is a figure.
     */
    private int dateEnd(String t, String original, Numeral n, int k, UnitWord unit, List<DateMention> dates) {
        int start = n.start();
        int end = n.end();
        BigDecimal value = n.value();
        // 2025年 is a year even where a manifest declares 年 a unit (a duration in years): seen on a held-out
        // article, every "2025年" was read as a figure of 2,025 years and dated nothing
        if (unit.word().length() == 1 && w.yearChars.indexOf(unit.word().charAt(0)) >= 0
                && value.stripTrailingZeros().scale() <= 0 && value.intValue() >= 1900 && value.intValue() <= 2100
                && t.substring(start, end).indexOf(',') < 0) {
            dates.add(new DateMention(DateMention.Part.YEAR, value.intValue(), original.substring(start, k), start, k));
            return k;
        }
        if (!unit.units().isEmpty()) {
            return -1;
        }
        // 1-10月, 7至9月: the first month of a range of months is a date part, no figure
        int monthsTo = monthRangeEnd(t, k);
        if (monthsTo > 0 && value.scale() <= 0 && value.intValue() >= 1 && value.intValue() <= 12) {
            return k;
        }
        // date parts: 2024年, 3月, 18日
        if (k < t.length()) {
            char d = t.charAt(k);
            int v = value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0 ? value.intValue() : -1;
            if (w.yearChars.indexOf(d) >= 0) {
                if (v >= 1000 && v <= 2999) {
                    dates.add(new DateMention(DateMention.Part.YEAR, v, original.substring(start, k + 1), start, k + 1));
                }
                return k + 1;
            }
            if (w.monthChars.indexOf(d) >= 0 && v >= 1 && v <= 12) {
                dates.add(new DateMention(DateMention.Part.MONTH, v, original.substring(start, k + 1), start, k + 1));
                return k + 1;
            }
            if (w.dayChars.indexOf(d) >= 0 && v >= 1 && v <= 31) {
                dates.add(new DateMention(DateMention.Part.DAY, v, original.substring(start, k + 1), start, k + 1));
                return k + 1;
            }
        }
        if (!n.yearLike()) {
            return -1;
        }
        // a year glued between Chinese characters without 年 is part of a name (百度世界2024大會)
        if (isCjk(charAt(t, start - 1)) && isCjk(charAt(t, k)) && t.substring(start, end).indexOf(',') < 0
                && !w.chineseMagnitudes.containsKey(charAt(t, k)) && w.yearChars.indexOf(charAt(t, k)) < 0) {
            return end;
        }
        // a bare four-digit number from 1900 to 2100 is a year: "in 2025", "the 2024 report"
        int v = value.intValue();
        if (v >= 1900 && v <= 2100 && !isDigitOrPercent(charAt(t, k))) {
            dates.add(new DateMention(DateMention.Part.YEAR, v, original.substring(start, end), start, end));
            return end;
        }
        return -1;
    }

    /** In front of a number: a sign, then a currency symbol or code (with a sign before it: −$3m). */
    private Front front(String t, String original, int start) {
        int figStart = start;
        Move move = null;
        int sign = signAt(t, figStart - 1);
        if (sign != 0) {
            figStart--;
            move = new Move(sign < 0 ? Figure.Direction.FALL : Figure.Direction.RISE, String.valueOf(original.charAt(figStart)));
        }
        UnitWord symbol = null;
        int symbolStart = prefixStart(t, figStart);
        if (symbolStart < figStart) {
            String word = t.substring(symbolStart, figStart).strip();
            symbol = new UnitWord(unitsFor(before, word), word, figStart);
            figStart = symbolStart;
            int sign2 = signAt(t, figStart - 1);
            if (sign == 0 && sign2 != 0) {
                figStart--;
                move = new Move(sign2 < 0 ? Figure.Direction.FALL : Figure.Direction.RISE,
                        String.valueOf(original.charAt(figStart)));
            }
        }
        return new Front(figStart, sign, move, symbol);
    }

    /**
     * A subunit word another unit has as its own ("cents" of a declared US cents per pound) still means its
     * currency's part before a per-share word: "61 cents a share" is US$0.61. Null otherwise.
     */
    private Map.Entry<Unit, BigDecimal> perShareSubunit(String unitWord, String lt, int k) {
        Map.Entry<Unit, BigDecimal> claimed = claimedSubunits.get(lowerAscii(unitWord.strip()));
        String rest = lt.substring(k, Math.min(lt.length(), k + 12));
        return claimed != null && w.perShareAfter.stream().anyMatch(x -> rest.startsWith(" " + x) || rest.startsWith(x))
                ? claimed : null;
    }

    /** A figure's bound: a word after the unit first, then the infix (20余家), then words in front. */
    private Bound boundOf(String t, String lt, int k, Infix infix, int figStart) {
        int after = boundAfter(t, k);
        if (after > k) {
            String word = t.substring(k, after).strip().replaceAll("^[”\"」’']+", "");
            return new Bound(boundQualifier(word), word);
        }
        if (infix != null) {
            return infix.bound();
        }
        Bound before = boundBefore(t, lt, figStart);
        return before != null ? before : new Bound(Qualifier.EXACT, "");
    }

    /**
     * A unit word that may mean a rate or a move of one (厘 in Hong Kong: 報3.12厘 is a rate of 3.12%,
     * 下調0.25厘 a cut of 0.25 points) means the move when its frame states a direction, else the rate.
     */
    private static List<Unit> changeOrLevel(List<Unit> units, Figure.Direction direction) {
        boolean points = units.stream().anyMatch(u -> u.kind() == io.briefing.facts.UnitKind.POINTS);
        boolean rate = units.stream().anyMatch(u -> u.kind() == io.briefing.facts.UnitKind.PERCENT);
        if (!points || !rate) {
            return units;
        }
        boolean move = direction != Figure.Direction.NONE;
        return units.stream().filter(u -> (u.kind() == io.briefing.facts.UnitKind.POINTS) == move).toList();
    }

    /**
     * A small whole number with nothing after it, right after a capitalised word, numbers a name:
     * "Forge 3 maker", "the Asia 50 index", "Model 3". A month before it makes a date (handled
     * elsewhere), a thousands separator or a decimal point makes a figure.
     */
    private boolean numeralOfName(String t, int start, int end, int k) {
        if (end - start > 3 || k != end || start < 2 || t.charAt(start - 1) != ' ') {
            return false;
        }
        int w = start - 1;
        while (w > 0 && Character.isLetter(t.charAt(w - 1)) && !isCjk(t.charAt(w - 1))) {
            w--;
        }
        if (w == start - 1 || !Character.isUpperCase(t.charAt(w)) || w > 0 && Character.isLetterOrDigit(t.charAt(w - 1))) {
            return false;
        }
        String word = t.substring(w, start - 1).toLowerCase(java.util.Locale.ROOT);
        return !this.w.months.containsKey(word) && word.length() > 1;
    }

    /** The words that join the two ends of a range (至, "to"). */
    public List<String> rangeJoins() {
        return w.rangeJoins;
    }

    /** Whether a word names a month ("April", "Sept"), or a span of months ("April-June"). */
    public boolean monthName(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT).replace(".", "");
        for (String part : lower.split("[-–/]")) {
            if (!w.months.containsKey(part)) {
                return false;
            }
        }
        return !lower.isEmpty();
    }

    private static boolean isDigitChar(int c) {
        return c >= '0' && c <= '9';
    }

    private static int signAt(String t, int at) {
        if (at < 0) {
            return 0;
        }
        char s = t.charAt(at);
        if (s != '-' && s != '−' && s != '+' && s != '﹣' && s != '－') {
            return 0;
        }
        char before = at > 0 ? t.charAt(at - 1) : ' ';
        if (Character.isLetterOrDigit(before) && !isCjk(before)) {
            return 0; // a range (3-5) or a name (GPT-4)
        }
        return s == '+' ? 1 : -1;
    }

    private int latinMagnitude(String t, int k) {
        int at = k;
        boolean spaced = false;
        if (at < t.length() && t.charAt(at) == ' ') {
            at++;
            spaced = true;
        }
        if (!isLatin(charAt(t, at))) {
            return k;
        }
        int e = at;
        while (e < t.length() && isLatin(t.charAt(e))) {
            e++;
        }
        String word = t.substring(at, e).toLowerCase(Locale.ROOT);
        if (w.magnitudeWords.containsKey(word)) {
            return e;
        }
        if (w.abbreviations.containsKey(word) && (!spaced || word.length() > 1)) {
            return e;
        }
        return k;
    }

    private int magnitudeOf(String word) {
        String lw = word.toLowerCase(Locale.ROOT);
        Integer e = w.magnitudeWords.get(lw);
        return e != null ? e : w.abbreviations.getOrDefault(lw, 0);
    }

    /** The end of the longest unit word at {@code k} (after at most one space), or k. */
    private int unitAfter(String t, int k) {
        int at = k;
        if (at < t.length() && t.charAt(at) == ' ' && at + 1 < t.length() && (isLatin(t.charAt(at + 1)) || t.charAt(at + 1) == '%')) {
            at++;
        }
        for (Map.Entry<String, List<Unit>> e : after) {
            int end = matchAt(t, at, e.getKey());
            if (end > 0) {
                return end;
            }
        }
        return k;
    }

    /** Where a currency symbol or code in front of {@code figStart} starts (after at most one space), or figStart. */
    private int prefixStart(String t, int figStart) {
        int at = figStart;
        if (at > 0 && t.charAt(at - 1) == ' ') {
            at--;
        }
        for (Map.Entry<String, List<Unit>> e : before) {
            String word = e.getKey();
            int s = at - word.length();
            if (s >= 0 && regionMatches(t, s, word)) {
                if (isLatin(word.charAt(0)) && isLatin(charAt(t, s - 1))) {
                    continue; // inside a word
                }
                if (isLatin(word.charAt(word.length() - 1)) && at == figStart && !t.startsWith(word, s)) {
                    // a code glued to the number is the code only as the unit writes it: "CHF5.84bn" (the
                    // Financial Times' style); "Chf5" or "usd3" is read as part of a name
                    continue;
                }
                return s;
            }
        }
        return figStart;
    }

    private static List<Unit> unitsFor(List<Map.Entry<String, List<Unit>>> words, String word) {
        for (Map.Entry<String, List<Unit>> e : words) {
            if (e.getKey().equalsIgnoreCase(word)) {
                return e.getValue();
            }
        }
        return List.of();
    }

    /** The end of {@code word} matched at {@code at} (Latin words whole and ignoring case), or -1. */
    private static int matchAt(String t, int at, String word) {
        if (at + word.length() > t.length() || !regionMatches(t, at, word)) {
            return -1;
        }
        int end = at + word.length();
        if (isLatin(word.charAt(word.length() - 1)) && isLatin(charAt(t, end))) {
            return -1;
        }
        return end;
    }

    /**
     * Whether {@code word} stands at {@code at}, Latin letters compared without case. By hand: this runs
     * for every vocabulary word at every figure, and String.regionMatches(true, …) folds every character
     * of every language (measured: the seed's check went from 15 ms to 4 ms warm).
     */
    private static boolean regionMatches(String t, int at, String word) {
        int n = word.length();
        if (at < 0 || at + n > t.length()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char a = t.charAt(at + k);
            char b = word.charAt(k);
            if (a != b && lowerAscii(a) != lowerAscii(b)) {
                return false;
            }
        }
        return true;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    // ---- bounds and directions -----------------------------------------------------------------

    private int boundAfter(String t, int k) {
        int at = k;
        while (at < t.length() && "”\"」’'".indexOf(t.charAt(at)) >= 0) {
            at++;
        }
        int spaced = at < t.length() && t.charAt(at) == ' ' ? at + 1 : at;
        int best = k;
        for (List<String> words : w.boundsAfter.values()) {
            for (String word : words) {
                int start = isLatin(word.charAt(0)) || word.charAt(0) == '-' ? (word.charAt(0) == '-' ? at : spaced) : at;
                int end = matchAt(t, start, word);
                if (end > best) {
                    best = end;
                }
            }
        }
        return best;
    }

    private Qualifier boundQualifier(String word) {
        for (Map.Entry<Qualifier, List<String>> e : w.boundsAfter.entrySet()) {
            for (String x : e.getValue()) {
                if (x.equalsIgnoreCase(word)) {
                    return e.getKey();
                }
            }
        }
        return Qualifier.EXACT;
    }

    /**
     * How far before a figure a bounding word is looked for, at most: a clause of an article is
     * shorter, and a text without clause ends made the look-back scan the whole text for each figure
     * (a 2 MB line of figures ran for minutes).
     */
    private static final int BOUND_LOOK_BACK = 48;
    private static final int DIRECTION_LOOK_BACK = 80;

    /** Whether text between a bound and its figure is a per-unit word (每晚, 每股): the bound still holds. */
    private boolean perUnit(String between) {
        String b = between.strip();
        return w.perUnit.stream().anyMatch(p -> b.startsWith(p) && b.length() > p.length() && b.length() <= p.length() + 2
                && b.substring(p.length()).chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    }

    /**
     * A bounding word in front of the figure: a Latin one right in front of it (only spaces between);
     * a Chinese one of two or more characters anywhere in its clause (最高5億元、5000萬元 — both caps),
     * of one character right in front (約, 近, 逾). The nearest wins.
     */
    private Bound boundBefore(String cased, String t, int figStart) {
        // (the clause found in the text as written: a full stop before a capital ends a sentence, which the
        // lowered text cannot tell from an abbreviation)
        int clause = Math.max(clauseStart(cased, figStart, false), figStart - BOUND_LOOK_BACK);
        Bound best = null;
        int bestEnd = -1;
        for (Map.Entry<Qualifier, List<String>> e : w.boundsBefore.entrySet()) {
            for (String word : e.getValue()) {
                boolean latin = isLatin(word.charAt(0));
                int from = figStart;
                while (true) {
                    int at = lastIndexOf(t, word, from - word.length(), latin, clause);
                    if (at < clause || at < 0) {
                        break;
                    }
                    int wordEnd = at + word.length();
                    String between = t.substring(wordEnd, figStart);
                    boolean ok;
                    if (latin) {
                        String head = t.substring(Math.max(clause, at - 12), at).stripTrailing();
                        String verb = head.substring(head.lastIndexOf(' ') + 1);
                        ok = between.isBlank() && !isLatin(charAt(t, at - 1)) && !w.boundNotAfter.contains(verb);
                    } else {
                        // a bound in the clause bounds the first figure after it: 超過1億元的直播間有46個 bounds 1億
                        ok = (word.length() > 1 || between.isBlank() || perUnit(between))
                                // (約為4G用戶的2.3倍: a numeral in a name, 4G, is no figure between)
                                && between.replaceAll("\\d+[年月日號号季]|\\d+[A-Za-z]", "").chars().noneMatch(FigureReader::isDigitChar);
                    }
                    if (ok) {
                        if (wordEnd > bestEnd || wordEnd == bestEnd && word.length() > best.word().length()) {
                            best = new Bound(e.getKey(), word);
                            bestEnd = wordEnd;
                        }
                        break;
                    }
                    from = at + word.length() - 1;
                    if (from <= clause) {
                        break;
                    }
                }
            }
        }
        return best;
    }

    /**
     * The direction of a change: a word right behind the figure ("a 12% fall"), or the last direction
     * word in its clause in front of it ("下跌35%", "fell 12%"); a level word after that word ("fell to")
     * makes the figure a level, with no direction.
     */
    private Move directionOf(String cased, String t, int figStart, int figEnd) {
        Move behind = moveBehind(t, figEnd);
        if (behind != null) {
            return behind;
        }
        // the clause in front of it, at most DIRECTION_LOOK_BACK characters: see BOUND_LOOK_BACK ("It used
        // lower-grade ore. Comet produced 58,100 ounces" made the output a fall: the lowered text read the full
        // stop before "comet" as an abbreviation's)
        int clause = Math.max(clauseStart(cased, figStart, true), figStart - DIRECTION_LOOK_BACK);
        String region = t.substring(clause, figStart);
        // 降幅較上半年擴大0.8個百分點: a move in points of a rate of fall; widening the fall lowers the rate
        Move rateMove = rateOfFallMove(t, region, figStart, figEnd);
        if (rateMove != null) {
            return rateMove;
        }
        Move compared = fallCompared(region);
        if (compared != null) {
            return compared;
        }
        if (shareOfAWhole(t, figStart, figEnd) || sizesANoun(t, figStart, figEnd)) {
            return null;
        }
        MoveAt nearest = nearestMove(t, clause, region);
        if (nearest == null) {
            return null;
        }
        // a level word (Direction.NONE here): a fall named before it still frames the figure
        return nearest.move().direction() == Figure.Direction.NONE ? fallBeforeLevel(t, clause, region, nearest) : nearest.move();
    }

    /**
     * "The loss stemmed from a $2.6 billion impairment charge": an English figure between "a" and the noun it
     * sizes is that noun's amount; a direction word before the article moves some other thing (the charge was
     * read as a fall of $2.6 billion). A direction noun after it ("a $3bn loss") is read before this.
     */
    private boolean sizesANoun(String t, int figStart, int figEnd) {
        boolean article = w.nounArticles.stream().anyMatch(a -> {
            int at = figStart - a.length() - 1;
            return at >= 0 && t.startsWith(a + " ", at) && (at == 0 || t.charAt(at - 1) == ' ');
        });
        if (!article) {
            return false;
        }
        return figEnd + 2 < t.length() && t.charAt(figEnd) == ' ' && t.charAt(figEnd + 1) >= 'a' && t.charAt(figEnd + 1) <= 'z';
    }

    /** A direction word found in a clause, and where it ends in it. */
    private record MoveAt(Move move, int end) {
    }

    /** A direction word right behind a figure: "a 12% fall", "3% higher". */
    private Move moveBehind(String t, int figEnd) {
        int at = figEnd < t.length() && t.charAt(figEnd) == ' ' ? figEnd + 1 : figEnd;
        for (String word : w.fallAfter) {
            if (matchAt(t, at, word) > 0) {
                return new Move(Figure.Direction.FALL, word);
            }
        }
        for (String word : w.riseAfter) {
            if (matchAt(t, at, word) > 0) {
                return new Move(Figure.Direction.RISE, word);
            }
        }
        return null;
    }

    /**
     * 跌幅較8月的3.8%收窄: a fall's size compared with an earlier one, which is a fall too (though 的
     * before a percentage would make it a part of a whole).
     */
    private Move fallCompared(String region) {
        for (String noun : w.fallNouns) {
            int named = lastIndexOf(region, noun, region.length() - noun.length(), isLatin(noun.charAt(0)), 0);
            if (named >= 0 && !isLatin(noun.charAt(0))) {
                String between = region.substring(named + noun.length());
                for (String base : w.fallNounBases) {
                    int b = between.indexOf(base);
                    // (已較, 亦較: an adverb may stand before the comparison; no other word of direction between)
                    if (b >= 0 && b <= 1 && w.riseBefore.stream().noneMatch(between::contains)
                            && w.fallBefore.stream().noneMatch(between::contains)) {
                        return new Move(Figure.Direction.FALL, noun);
                    }
                }
            }
        }
        return null;
    }

    /**
     * The direction word of the clause nearest in front of the figure (the longer of two ending at the same
     * place): a fall, a rise, or a level word ("to", 至), given as Direction.NONE.
     */
    private MoveAt nearestMove(String t, int clause, String region) {
        int bestEnd = -1;
        Move best = null;
        for (Figure.Direction kind : Figure.Direction.values()) {
            List<String> words = switch (kind) {
                case FALL -> w.fallBefore;
                case RISE -> w.riseBefore;
                case NONE -> w.level;
            };
            for (String word : words) {
                int found = lastIndexOf(region, word, region.length() - word.length(), isLatin(word.charAt(0)), 0);
                while (found >= 0 && insideNoDirection(t, clause + found, word)) {
                    found = lastIndexOf(region, word, found - 1, isLatin(word.charAt(0)), 0);
                }
                if (found >= 0) {
                    int end = found + word.length();
                    if (end > bestEnd || end == bestEnd && best != null && word.length() > best.word().length()) {
                        bestEnd = end;
                        best = new Move(kind, word);
                    }
                }
            }
        }
        return best == null ? null : new MoveAt(best, bestEnd);
    }

    /**
     * A figure after a level word is a level, unless a fall noun before the level word frames it
     * (跌幅收窄至0.3%, 淨虧損收窄至9.3億元, "The loss at its drinks unit, Vellmar Green, narrowed to €14
     * million"); null for a level.
     */
    private Move fallBeforeLevel(String t, int clause, String region, MoveAt level) {
        int levelEnd = level.end();
        String head = region.substring(0, Math.max(0, levelEnd - level.move().word().length()));
        String tail = region.substring(levelEnd);
        for (String noun : w.gainNouns) {
            if (lastIndexOf(tail, noun, tail.length() - noun.length(), isLatin(noun.charAt(0)), 0) >= 0) {
                return null; // "… from a profit of $210 million": the figure is the gain the tail names
            }
        }
        for (String noun : w.fallNouns) {
            if (lastIndexOf(head, noun, head.length() - noun.length(), isLatin(noun.charAt(0)), 0) >= 0) {
                return new Move(Figure.Direction.FALL, noun);
            }
        }
        // a clause that opens with its level word has its subject before an aside; the subject's fall noun
        // still frames the figure
        String opening = FigureWords.lowerAscii(head).strip();
        boolean verbOnly = opening.isEmpty() || w.fallBefore.contains(opening) || w.riseBefore.contains(opening);
        if (verbOnly && clause > 0 && (t.charAt(clause - 1) == ',' || t.charAt(clause - 1) == ' ')) {
            String before = t.substring(Math.max(0, clause - DIRECTION_LOOK_BACK), clause);
            int stop = Math.max(before.lastIndexOf(". "), before.lastIndexOf('\n'));
            String subject = FigureWords.lowerAscii(before.substring(stop + 1)).strip();
            for (String noun : w.fallNouns) {
                if (isLatin(noun.charAt(0)) && (subject.startsWith(noun + " ")
                        || w.subjectDeterminers.stream().anyMatch(d -> subject.startsWith(d + " " + noun + " ")))) {
                    return new Move(Figure.Direction.FALL, noun);
                }
            }
        }
        return null;
    }

    /**
     * A move in points of a rate of fall (降幅較上半年擴大0.8個百分點, "the decline narrowed by 1.2 percentage
     * points"): the fall widening is a fall (−0.8), narrowing a rise; null when the figure is no such move.
     */
    private Move rateOfFallMove(String t, String region, int figStart, int figEnd) {
        String figure = FigureWords.lowerAscii(t.substring(figStart, figEnd));
        String after = FigureWords.lowerAscii(t.substring(figEnd, Math.min(t.length(), figEnd + 20))).strip();
        boolean points = w.pointsWords.stream().anyMatch(p -> figure.endsWith(p) || after.startsWith(p));
        if (!points) {
            return null;
        }
        String r = FigureWords.lowerAscii(region);
        int noun = -1;
        for (String n : w.rateFalls) {
            noun = Math.max(noun, r.lastIndexOf(n));
        }
        if (noun < 0) {
            return null;
        }
        String rest = r.substring(noun);
        for (String word : w.rateFallWidens) {
            if (rest.contains(word)) {
                return new Move(Figure.Direction.FALL, word);
            }
        }
        for (String word : w.rateFallNarrows) {
            if (rest.contains(word)) {
                return new Move(Figure.Direction.RISE, word);
            }
        }
        return null;
    }

    /**
     * A percentage that is a part of a whole is a level, whatever moved around it: "shrank tumours in
     * 47% of the patients", 貢獻了新增量的六成左右.
     */
    private boolean shareOfAWhole(String t, int figStart, int figEnd) {
        char last = charAt(t, figEnd - 1);
        // "make up half of its deliveries", "account for a quarter of its volume": a share in words
        String written = FigureWords.lowerAscii(t.substring(figStart, figEnd));
        boolean shareWord = isLatin(charAt(t, figStart)) && w.numberWords.stream()
                .anyMatch(n -> n.word().equals(written) && "%".equals(n.as()) && n.direction().isEmpty());
        if (shareWord && written.endsWith(" of")) {
            return true;
        }
        boolean percent = shareWord || last == '%' || last == w.tenths || last == w.tenthsHalf
                || FigureWords.lowerAscii(t.substring(Math.max(figStart, figEnd - 8), figEnd)).endsWith("percent")
                || FigureWords.lowerAscii(t.substring(Math.max(figStart, figEnd - 8), figEnd)).endsWith("per cent");
        if (!percent && !(ChineseNumerals.DIGITS.indexOf(last) >= 0 && t.lastIndexOf(w.tenths, figEnd) > figStart)) {
            return false;
        }
        if (FigureWords.lowerAscii(t).startsWith(" of ", figEnd)) {
            return true;
        }
        int before = figStart;
        for (List<String> words : w.boundsBefore.values()) {
            for (String word : words) {
                if (!isLatin(word.charAt(0)) && before >= word.length() && t.startsWith(word, figStart - word.length())) {
                    before = Math.min(before, figStart - word.length());
                }
            }
        }
        return before > 0 && w.partOf.indexOf(t.charAt(before - 1)) >= 0;
    }

    /** Whether the direction word found at {@code at} is part of a word that states no move (新增量, 增值稅). */
    private boolean insideNoDirection(String t, int at, String word) {
        for (String nd : w.noDirection) {
            int from = Math.max(0, at + word.length() - nd.length());
            for (int p = from; p <= at; p++) {
                if (t.startsWith(nd, p) && p + nd.length() >= at + word.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The last whole occurrence of {@code word} starting at or before {@code from} and not before
     * {@code floor}, or -1, in a text whose Latin letters are lowered (as the vocabulary's are); Latin words
     * match whole words only. It scans only that window.
     */
    private static int lastIndexOf(String lowered, String word, int from, boolean latin, int floor) {
        for (int at = Math.min(from, lowered.length() - word.length()); at >= Math.max(0, floor); at--) {
            if (lowered.startsWith(word, at)
                    && (!latin || !isLatin(charAt(lowered, at - 1)) && !isLatin(charAt(lowered, at + word.length())))) {
                return at;
            }
        }
        return -1;
    }

    /** Where the clause (ended by any clause end, 、 included) holding offset {@code at} of a text starts. */
    public int clauseStartIn(String text, int at) {
        return clauseStart(fold(text), at, true);
    }

    /** Where the clause holding offset {@code at} of a text ends. */
    public int clauseEndIn(String text, int at) {
        String t = fold(text);
        int i = Math.max(at, 0);
        while (i < t.length() && !clauseEnd(t, i, true)) {
            i++;
        }
        return i;
    }

    /** Where each clause of the text ends: true at a clause end (、 counted when {@code fine}). */
    public boolean[] clauseEnds(String text, boolean fine) {
        String t = fold(text);
        boolean[] out = new boolean[t.length()];
        for (int i = 0; i < t.length(); i++) {
            out[i] = clauseEnd(t, i, fine);
        }
        return out;
    }

    /** The next name's descriptor after a connector: "the blood thinner" (of "… and the blood thinner Arvelo"). */
    private static final java.util.regex.Pattern DESCRIPTOR = java.util.regex.Pattern.compile(
            "(?:the|its|their|a|an) [a-z][a-z-]*(?: [a-z][a-z-]*){0,3}");

    /**
     * Whether the text between two figures joins them into one run: a connector, after at most two
     * characters of the first one's measure (部、, 和, ", and").
     */
    public boolean joinsFigures(String gap) {
        String g = fold(gap).strip();
        for (String c : w.connectors) {
            if (g.length() >= c.length() && g.regionMatches(true, g.length() - c.length(), c, 0, c.length())) {
                String rest = g.substring(0, g.length() - c.length()).strip();
                return rest.length() <= 2 && (rest.isEmpty() || !isLatin(rest.charAt(rest.length() - 1)) || rest.equals(","));
            }
        }
        return false;
    }

    /** The words that join names into one subject (、, 和, 與, "and"), longest first. */
    public List<String> connectorWords() {
        return w.connectors;
    }

    /** Whether the text between two names only joins them (、, and, 和, &): the names then share a figure. */
    public boolean connects(String gap) {
        // a name's bracketed note before the connector: 牧丰股份（虚构）、禾川农牧（虚构）
        String g = fold(gap).strip().replaceFirst("^[（(][^）)]{1,12}[）)]", "").strip();
        if (g.isEmpty()) {
            return true;
        }
        for (String c : w.connectors) {
            if (g.equalsIgnoreCase(c) || g.equalsIgnoreCase(", " + c) || g.equalsIgnoreCase("," + c)) {
                return true;
            }
            // "Tessivan and the blood thinner Arvelo": a connector, then the next name's descriptor in lower case
            String rest = g.startsWith(", ") ? g.substring(2) : g;
            if (isLatin(c.charAt(0)) && rest.startsWith(c + " ") && DESCRIPTOR.matcher(rest.substring(c.length() + 1)).matches()) {
                return true;
            }
            // 與旗下子公司: a Chinese connector, then words that describe the next name
            if (!isLatin(c.charAt(0)) && g.startsWith(c) && w.connectorDescriptorsZh.contains(g.substring(c.length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The furthest a clause is looked back through: a "clause" of 5,000 figures joined by "and" made
     * every figure scan back to its start (verify 20 s, and minutes for 10,000); no clause is this long.
     */
    static final int LONGEST_CLAUSE = 2_000;

    /** Where the clause holding {@code at} starts; with {@code fine}, 、 also ends a clause. */
    int clauseStart(String t, int at, boolean fine) {
        int i = at;
        int floor = Math.max(0, at - LONGEST_CLAUSE);
        while (i > floor && !clauseEnd(t, i - 1, fine)) {
            i--;
        }
        return i;
    }

    boolean clauseEnd(String t, int i, boolean fine) {
        char c = t.charAt(i);
        if (c == '、') {
            return fine;
        }
        if (c == ',' && isDigit(charAt(t, i - 1)) && groupOfThree(t, i + 1)) {
            return false;
        }
        if (c == '.') {
            // "sales at U.S. restaurant chains fell": a dot before a word in lower case, or closing an initial
            // of initials (U.S., U.K.), ends an abbreviation, not a clause
            boolean initials = i >= 3 && Character.isUpperCase(charAt(t, i - 1)) && charAt(t, i - 2) == '.';
            return i + 1 >= t.length() || t.charAt(i + 1) == ' ' && !initials && !Character.isLowerCase(charAt(t, i + 2));
        }
        return w.clauseEnds.indexOf(c) >= 0;
    }

    // ---- English dates -------------------------------------------------------------------------

    /** Month names with a day or year (March 3, 3 March 2025, March 2025, in March) and quarters (the third quarter, Q3). */
    private void englishDates(String t, String original, boolean[] claimed, List<DateMention> dates) {
        int i = 0;
        while (i < t.length()) {
            if (!isLatin(t.charAt(i)) || isLatin(charAt(t, i - 1))) {
                i++;
                continue;
            }
            int e = i;
            while (e < t.length() && isLatin(t.charAt(e))) {
                e++;
            }
            String word = t.substring(i, e).toLowerCase(Locale.ROOT);
            Integer month = w.months.get(word);
            int wordEnd = e < t.length() && t.charAt(e) == '.' && word.length() <= 4 ? e + 1 : e;
            if (month != null) {
                dateAround(t, original, i, wordEnd, month, word, claimed, dates);
            } else if (word.length() == 2 && (word.charAt(0) == 'q' || word.charAt(1) == 'q')) {
                // Q3 or 3Q (the letters here, the digit follows or precedes)
            } else if (w.ordinals.containsKey(word) || isDigit(charAt(t, i - 1))) {
                quarterWords(t, original, i, e, word, claimed, dates);
            }
            i = e;
        }
        // Q3, 3Q
        for (int k = 0; k + 1 < t.length(); k++) {
            char a = t.charAt(k);
            char b = t.charAt(k + 1);
            boolean q3 = (a == 'Q' || a == 'q') && b >= '1' && b <= '4' && !isLatin(charAt(t, k - 1)) && !isLetterOrDigit(charAt(t, k + 2));
            boolean threeQ = a >= '1' && a <= '4' && (b == 'Q' || b == 'q') && !isLetterOrDigit(charAt(t, k - 1))
                    && !isLetterOrDigit(charAt(t, k + 2));
            if (q3 || threeQ) {
                int q = (q3 ? b : a) - '0';
                claim(claimed, k, k + 2);
                dates.add(new DateMention(DateMention.Part.QUARTER, q, original.substring(k, k + 2), k, k + 2));
            }
        }
    }

    private void quarterWords(String t, String original, int i, int e, String word, boolean[] claimed, List<DateMention> dates) {
        Integer q = w.ordinals.get(word);
        int start = i;
        if (q == null) {
            return;
        }
        if (isDigit(charAt(t, i - 1))) {
            start = i - 1; // 3rd
        }
        int at = e;
        if (at < t.length() && (t.charAt(at) == ' ' || t.charAt(at) == '-')) {
            at++;
        }
        for (String qw : w.quarterWords) {
            int end = matchAt(t, at, qw);
            if (end > 0 && q >= 1 && q <= 4) {
                claim(claimed, start, end);
                dates.add(new DateMention(DateMention.Part.QUARTER, q, original.substring(start, end), start, end));
            }
        }
    }

    private static final List<String> MONTH_LEADS = List.of("in", "since", "by", "from", "until", "till", "of", "early", "late",
            "mid", "last", "next", "this", "on", "during", "through", "end", "to", "ended", "ending");

    private void dateAround(String t, String original, int i, int e, int month, String word, boolean[] claimed,
                            List<DateMention> dates) {
        // March 3 (, 2025)
        int at = e < t.length() && t.charAt(e) == ' ' ? e + 1 : e;
        int d = digitsAt(t, at);
        if (d > at && d - at <= 2 && !isDigitOrPercent(charAt(t, d)) && !isLatin(charAt(t, d))) {
            int day = Integer.parseInt(t.substring(at, d));
            if (day >= 1 && day <= 31) {
                int end = d;
                // 3rd, 21st
                int suffixEnd = end;
                while (suffixEnd < t.length() && isLatin(t.charAt(suffixEnd)) && suffixEnd - end < 2) {
                    suffixEnd++;
                }
                claim(claimed, i, end);
                dates.add(new DateMention(DateMention.Part.MONTH, month, original.substring(i, e), i, e));
                dates.add(new DateMention(DateMention.Part.DAY, day, original.substring(at, end), at, end));
                year(t, original, end, claimed, dates);
                return;
            }
        }
        // 3 March (2025)
        int b = i - 1;
        if (b > 0 && t.charAt(b) == ' ') {
            int ds = b;
            while (ds > 0 && isDigit(t.charAt(ds - 1))) {
                ds--;
            }
            if (ds < b && b - ds <= 2 && !isLetterOrDigit(charAt(t, ds - 1)) && charAt(t, ds - 1) != '.') {
                int day = Integer.parseInt(t.substring(ds, b));
                if (day >= 1 && day <= 31) {
                    claim(claimed, ds, e);
                    dates.add(new DateMention(DateMention.Part.DAY, day, original.substring(ds, b), ds, b));
                    dates.add(new DateMention(DateMention.Part.MONTH, month, original.substring(i, e), i, e));
                    year(t, original, e, claimed, dates);
                    return;
                }
            }
        }
        // March 2025
        if (year(t, original, e, claimed, dates)) {
            dates.add(new DateMention(DateMention.Part.MONTH, month, original.substring(i, e), i, e));
            return;
        }
        // in March (not "may", which is a verb as often as a month)
        if (word.length() > 3 && !word.equals("may")) {
            // the word before the month, across the spaces between (none at the start of the text: the fuzzer found it)
            int ws = i;
            while (ws > 0 && t.charAt(ws - 1) == ' ') {
                ws--;
            }
            int le = ws;
            int ls = le;
            while (ls > 0 && isLatin(t.charAt(ls - 1))) {
                ls--;
            }
            String lead = t.substring(ls, le).toLowerCase(Locale.ROOT);
            // ("the September quarter": a month that names the quarter it ends, whatever word leads it)
            boolean namesQuarter = e < t.length() && (t.charAt(e) == ' ' || t.charAt(e) == '-')
                    && w.monthQuarter.stream().anyMatch(q -> regionMatches(t, e + 1, q));
            if (MONTH_LEADS.contains(lead) || lead.endsWith("-") || namesQuarter) {
                dates.add(new DateMention(DateMention.Part.MONTH, month, original.substring(i, e), i, e));
            }
        }
    }

    /** A four-digit year right after {@code at} (after a space or ", "), claimed as a date. */
    private static boolean year(String t, String original, int at, boolean[] claimed, List<DateMention> dates) {
        int s = at;
        if (s < t.length() && t.charAt(s) == ',') {
            s++;
        }
        if (s < t.length() && t.charAt(s) == ' ') {
            s++;
        }
        int d = digitsAt(t, s);
        if (d - s == 4 && !isDigitOrPercent(charAt(t, d))) {
            int y = Integer.parseInt(t.substring(s, d));
            if (y >= 1900 && y <= 2100) {
                claim(claimed, s, d);
                dates.add(new DateMention(DateMention.Part.YEAR, y, original.substring(s, d), s, d));
                return true;
            }
        }
        return false;
    }

    // ---- characters ----------------------------------------------------------------------------

    private static void claim(boolean[] claimed, int from, int to) {
        for (int k = from; k < to && k < claimed.length; k++) {
            claimed[k] = true;
        }
    }

    private static int digitsAt(String t, int at) {
        int d = at;
        while (d < t.length() && isDigit(t.charAt(d))) {
            d++;
        }
        return d;
    }

    private static int skipWord(String t, int from) {
        int i = from;
        while (i < t.length() && (isLatin(t.charAt(i)) || isDigit(t.charAt(i)) || t.charAt(i) == '-' || t.charAt(i) == '.')
                && !(t.charAt(i) == '.' && !isDigit(charAt(t, i + 1)))) {
            i++;
        }
        return Math.max(i, from + 1);
    }

    private static char charAt(String t, int i) {
        return i >= 0 && i < t.length() ? t.charAt(i) : ' ';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isDigitOrPercent(char c) {
        return isDigit(c) || c == '%';
    }

    static boolean isLatin(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean isLetterOrDigit(char c) {
        return isLatin(c) || isDigit(c);
    }

    private static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
