package io.briefing.provenance;

import io.briefing.facts.Fact;
import io.briefing.facts.Period;
import io.briefing.facts.Unit;
import io.briefing.facts.UnitCatalogue;
import io.briefing.figures.DateMention;
import io.briefing.figures.Figure;
import io.briefing.figures.FigureReader;
import io.briefing.figures.Reading;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;


/**
 * Checks facts against the normalized article. "Verified" means the article states this number, with
 * this sign, unit and magnitude, for this entity, with this bound:
 * <ol>
 * <li>the quote occurs in the article (ignoring white space and full-/half-width punctuation);</li>
 * <li>the article's passage for the quote names the fact's entity (a name or an alias of the row);</li>
 * <li>the figures are read from the article's passage, not from the quote as typed, so a quote whose
 *     number was split by a space or retyped in full width cannot verify a different number;</li>
 * <li>the figure that verifies is one the passage gives to that entity (in its clause, or carried over
 *     from the clause before), in a unit word that means the fact's unit, equal in base units and with
 *     the sign its direction word gives it;</li>
 * <li>its bounding word says what the qualifier says;</li>
 * <li>the dates the passage names agree with the period; a period the passage does not state, taken
 *     from the article's date, has its own status.</li>
 * </ol>
 */
public final class QuoteVerifier {
    private final String article;
    private final MatchText folded;
    private final List<String> passages;

    public QuoteVerifier(String normalizedArticle) {
        this.article = normalizedArticle;
        this.folded = MatchText.of(normalizedArticle);
        this.passages = passages(normalizedArticle);
    }

    /** What a check needs to know beyond the fact: the units, when the article appeared, and who else the article names. */
    public record Setting(UnitCatalogue units, Period published) {
        public static Setting of(UnitCatalogue units, String published) {
            Period p = null;
            try {
                p = published == null || published.isBlank() ? null : Period.parse(published);
            } catch (IllegalArgumentException e) {
                // an unreadable date of publication: periods are then never taken from it
            }
            return new Setting(units, p);
        }
    }

    public VerificationReport verify(List<Fact> facts, String articleName, Setting setting) {
        FigureReader reader = FigureReader.of(setting.units());
        // facts that share a quote share its reading (three vouchers, two indices)
        Map<String, Reading> readings = new HashMap<>();
        // where each quote is in the article, and the names of the entities whose quotes overlap it
        int[][] spans = new int[facts.size()][];
        for (int i = 0; i < facts.size(); i++) {
            spans[i] = span(facts.get(i));
        }
        Map<Long, Set<String>> namesBySpan = new LinkedHashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            if (spans[i] != null) {
                namesBySpan.computeIfAbsent(key(spans[i]), k -> new LinkedHashSet<>()).addAll(facts.get(i).entityNames());
            }
        }
        long[] keys = namesBySpan.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        Map<String, FactCheck> checks = new LinkedHashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            Set<String> others = new LinkedHashSet<>();
            if (spans[i] != null) {
                int at = Arrays.binarySearch(keys, key(spans[i]));
                // quotes overlapping this one: the neighbours in order of start (a sentence overlaps few)
                for (int j = Math.max(0, at - 50); j < Math.min(keys.length, at + 50); j++) {
                    int s = (int) (keys[j] >>> 32);
                    int e = (int) keys[j];
                    if (s < spans[i][1] && e > spans[i][0]) {
                        others.addAll(namesBySpan.get(keys[j]));
                    }
                }
            }
            checks.put(f.id(), check(f, spans[i], others, reader, setting, readings));
        }
        return new VerificationReport(checks, articleName);
    }

    private static long key(int[] span) {
        return (long) span[0] << 32 | span[1];
    }

    /** Checks one fact on its own (the article's other entities unknown). */
    public FactCheck check(Fact f, Setting setting) {
        return check(f, span(f), new LinkedHashSet<>(f.entityNames()), FigureReader.of(setting.units()), setting,
                new HashMap<>());
    }

    /** The quote's place in the article, as offsets of the article's own text; null when it is not there. */
    private int[] span(Fact f) {
        String q = MatchText.foldAll(PinyinAnnotations.strip(f.quote()).text());
        if (q.isEmpty()) {
            return null;
        }
        int at = folded.folded.indexOf(q);
        if (at < 0) {
            return null;
        }
        return new int[] {folded.origin[at], folded.origin[at + q.length() - 1] + 1};
    }

    /** How alike (0..1) the closest passage must be for a failed quote's message to show it. */
    private static final double CLOSEST_SHOWN = 0.3;

    private FactCheck check(Fact f, int[] span, Set<String> allNames, FigureReader reader, Setting setting,
                            Map<String, Reading> readings) {
        String quote = PinyinAnnotations.strip(f.quote()).text();
        if (span == null) {
            Closest c = closest(quote);
            // a passage less than a third alike helps no one find a typo, and would echo whatever file
            // was named as the article (seen: the lines of /etc/passwd, 3% alike)
            String hint = c.score >= CLOSEST_SHOWN
                    ? "closest passage (" + Math.round(c.score * 100) + "% alike): 「" + shorten(c.passage) + "」"
                    : "no passage of the article resembles it (the closest is " + Math.round(c.score * 100)
                            + "% alike); Fix: check that source.file names this quote's article, or copy the sentence again";
            return new FactCheck(f.id(), f.line(), CheckStatus.QUOTE_NOT_FOUND, "the quote 「" + shorten(quote)
                    + "」 does not occur in the article; " + hint);
        }
        String passage = article.substring(span[0], span[1]);
        Attribution who = new Attribution(passage, allNames, reader);
        Set<String> own = new HashSet<>(f.entityNames());
        if (!who.names(own)) {
            return new FactCheck(f.id(), f.line(), CheckStatus.ENTITY_NOT_FOUND, "the quote 「" + shorten(passage)
                    + "」 does not name the fact's entity (" + String.join(" / ", f.entityNames())
                    + "); Fix: quote the sentence that names it, or add the name the article uses to the aliases column");
        }
        Reading reading = readings.computeIfAbsent(passage, reader::read);
        if (f.hasValue()) {
            FactCheck number = number(f, passage, quote, reading, who, own);
            if (number != null) {
                return number;
            }
        }
        return date(f, passage, reading, setting);
    }

    private FactCheck number(Fact f, String passage, String quote, Reading reading, Attribution who, Set<String> own) {
        Unit unit = f.unit();
        BigDecimal want = f.amount().value();
        List<Figure> figures = who.unmasked(reading.figures());
        List<Figure> theirs = new ArrayList<>();
        Figure hit = null;
        for (Figure fig : figures) {
            if (!fig.canBeIn(unit) || !who.owners(fig).stream().anyMatch(own::contains)) {
                continue;
            }
            theirs.add(fig);
            if (hit == null && fig.valueIn(unit).compareTo(want) == 0) {
                hit = fig;
            }
        }
        if (hit == null) {
            return new FactCheck(f.id(), f.line(), CheckStatus.NUMBER_MISMATCH,
                    mismatch(f, passage, quote, figures, theirs, who));
        }
        if (hit.qualifier() != f.qualifier()) {
            String words = hit.qualifierWord().isEmpty() ? "no bounding word" : "「" + hit.qualifierWord() + "」 ("
                    + hit.qualifier().code() + ")";
            return new FactCheck(f.id(), f.line(), CheckStatus.QUALIFIER_MISMATCH, "the fact's qualifier is "
                    + f.qualifier().code() + ", but the article has " + words + " at 「" + hit.text() + "」");
        }
        return null;
    }

    /** Says what the passage states instead, and to whom: both readings, so the analyst sees which is wrong. */
    private static String mismatch(Fact f, String passage, String quote, List<Figure> figures, List<Figure> theirs,
                                   Attribution who) {
        Unit unit = f.unit();
        BigDecimal want = f.amount().value();
        StringBuilder sb = new StringBuilder("the fact's value is ").append(plain(want)).append(' ').append(unit.code())
                .append(" for ").append(f.entityNames().get(0)).append(", but ");
        if (theirs.isEmpty()) {
            sb.append("the article's passage 「").append(shorten(passage)).append("」 gives it no figure in ").append(unit.code());
        } else {
            List<String> read = new ArrayList<>();
            for (Figure fig : theirs) {
                read.add(describe(fig, unit));
            }
            sb.append("the article's passage 「").append(shorten(passage)).append("」 gives it ").append(String.join(", ", read));
            for (Figure fig : theirs) {
                BigDecimal got = fig.valueIn(unit);
                if (got.signum() != 0 && want.signum() != 0 && got.abs().compareTo(want.abs()) == 0) {
                    sb.append("; the sign differs: ").append(fig.directionWord().isEmpty()
                            ? "the passage states no fall, so the figure is positive"
                            : "「" + fig.directionWord() + "」 makes it " + (got.signum() < 0 ? "a fall" : "a rise"));
                } else if (got.signum() != 0 && want.signum() != 0) {
                    int power = powerOfTen(got.abs(), want.abs());
                    if (power != 0) {
                        sb.append("; 「").append(fig.text()).append("」 is 10^").append(power)
                                .append(" times the fact's value (a magnitude slip? 萬 = 10^4, 億 = 10^8, million = 10^6, billion = 10^9;"
                                        + " write the value in base units)");
                    }
                }
            }
        }
        for (Figure fig : figures) {
            if (fig.canBeIn(unit) && fig.valueIn(unit).compareTo(want) == 0 && !theirs.contains(fig)) {
                List<String> owners = who.owners(fig);
                sb.append("; the passage gives 「").append(fig.text()).append("」 to ")
                        .append(owners.isEmpty() ? "no named entity" : String.join(" / ", owners)).append(", not to ")
                        .append(f.entityNames().get(0));
            }
        }
        String typed = MatchText.foldAll(quote);
        if (!typed.equals(quote.replaceAll("\\s", "")) || !quote.equals(passage)) {
            sb.append(" (the quote as typed: 「").append(shorten(quote)).append("」)");
        }
        return sb.toString();
    }

    private static String describe(Figure fig, Unit unit) {
        String value = plain(fig.valueIn(unit));
        String how = fig.directionWord().isEmpty() ? "" : ", 「" + fig.directionWord() + "」";
        return "「" + fig.text() + "」 (= " + value + how + ")";
    }

    /** n when a = b × 10ⁿ exactly (n ≠ 0), else 0. */
    private static int powerOfTen(BigDecimal a, BigDecimal b) {
        for (int n = -15; n <= 15; n++) {
            if (n != 0 && b.scaleByPowerOfTen(n).compareTo(a) == 0) {
                return n;
            }
        }
        return 0;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /**
     * The dates the passage names must be the period's. A month, quarter or day the passage does not
     * name at all is taken from the article's date when it is that date (status: dated by the article),
     * and is otherwise a mismatch.
     */
    private FactCheck date(Fact f, String passage, Reading reading, Setting setting) {
        Period p = f.period();
        if (p.yearToDate()) {
            return verified(f);
        }
        Set<Integer> years = new LinkedHashSet<>();
        Set<Integer> quarters = new LinkedHashSet<>();
        Set<Integer> months = new LinkedHashSet<>();
        Set<Integer> days = new LinkedHashSet<>();
        for (DateMention d : reading.dates()) {
            switch (d.part()) {
                case YEAR -> years.add(d.value());
                case QUARTER -> quarters.add(d.value());
                case MONTH -> months.add(d.value());
                case DAY -> days.add(d.value());
            }
        }
        String in = "the period is " + p + ", but the quote 「" + shorten(passage) + "」 ";
        if (!years.isEmpty() && !years.contains(p.year())) {
            return mismatch(f, in + "names the year(s) " + years);
        }
        if (p.hasQuarter() && !quarters.isEmpty() && !quarters.contains(p.quarter())) {
            return mismatch(f, in + "names the quarter(s) " + quarters);
        }
        if (p.hasMonth() && !months.isEmpty() && !months.contains(p.month())) {
            return mismatch(f, in + "names the month(s) " + months);
        }
        if (p.hasDay() && !days.isEmpty() && !days.contains(p.day())) {
            return mismatch(f, in + "names the day(s) " + days);
        }
        Period pub = setting.published();
        // a year the passage leaves unsaid is the article's own ("今年", "this year"): an article is about its year
        if (years.isEmpty() && (pub == null || pub.year() != p.year())) {
            return mismatch(f, in + "names no year" + (pub == null ? "" : ", and the article appeared in " + pub.year())
                    + "; Fix: quote the sentence that dates it, or give the period the quote states");
        }
        String missing = p.hasDay() && days.isEmpty() ? "day" : p.hasMonth() && months.isEmpty() ? "month"
                : p.hasQuarter() && quarters.isEmpty() ? "quarter" : null;
        if (missing == null) {
            return verified(f);
        }
        // a month or quarter the passage leaves unsaid may only be the article's own date, and is shown as such
        boolean fromArticle = pub != null && pub.year() == p.year() && !p.hasDay()
                && (!p.hasMonth() || pub.month() == p.month())
                && (!p.hasQuarter() || pub.hasMonth() && (pub.month() + 2) / 3 == p.quarter());
        if (!fromArticle) {
            return mismatch(f, in + "names no " + missing + (pub == null ? "" : ", and the article appeared in " + pub)
                    + "; Fix: quote the sentence that dates it, or give the period the quote states");
        }
        return new FactCheck(f.id(), f.line(), CheckStatus.DATED_BY_ARTICLE, "the quote states no " + missing + "; the period "
                + p + " is the article's date (" + pub + "), not a date the article gives for this fact");
    }

    private static FactCheck verified(Fact f) {
        return new FactCheck(f.id(), f.line(), CheckStatus.VERIFIED, "");
    }

    private static FactCheck mismatch(Fact f, String detail) {
        return new FactCheck(f.id(), f.line(), CheckStatus.DATE_MISMATCH, detail);
    }

    /**
     * Who the passage gives each figure to. Entity names are found in the passage (longest first);
     * a figure belongs to the name in its clause (the nearest one before it, else after it), or, when
     * its clause names nobody, to the last name of an earlier clause. Names joined only by connectors
     * (智譜AI、月之暗面、百川智能均…; Alpha and Beta each …) share their figures.
     */
    private static final class Attribution {
        private record Mention(String name, int start, int end, int group) {}

        private final String text;
        private final List<Mention> mentions = new ArrayList<>();
        private final FigureReader reader;

        Attribution(String passage, Set<String> names, FigureReader reader) {
            this.text = passage;
            this.reader = reader;
            // the mentions are found before 'joined' is asked, which needs the reader
            MatchText m = MatchText.of(passage);
            // longest first, so that 百度世界2024 is one name, not 百度 and a number
            List<String[]> sorted = new ArrayList<>();
            for (String name : names) {
                sorted.add(new String[] {name, MatchText.lowerAscii(MatchText.foldAll(name))});
            }
            sorted.sort((a, b) -> b[1].length() - a[1].length());
            boolean[] taken = new boolean[passage.length() + 1];
            // ASCII letters only: a case mapping that changed the length (İ → i̇) would break the offsets
            String hay = MatchText.lowerAscii(m.folded);
            for (String[] entry : sorted) {
                String name = entry[0];
                String needle = entry[1];
                if (needle.isEmpty()) {
                    continue;
                }
                for (int at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
                    int s = m.origin[at];
                    int e = m.origin[at + needle.length() - 1] + 1;
                    if (latin(charAt(passage, s)) && latin(charAt(passage, s - 1))
                            || latin(charAt(passage, e - 1)) && latin(charAt(passage, e))) {
                        continue; // inside a longer word
                    }
                    boolean free = true;
                    for (int k = s; k < e; k++) {
                        free &= !taken[k];
                    }
                    if (free) {
                        Arrays.fill(taken, s, e, true);
                        mentions.add(new Mention(name, s, e, -1));
                    }
                }
            }
            mentions.sort((a, b) -> Integer.compare(a.start, b.start));
            // names joined only by connectors form one group
            int group = 0;
            for (int i = 0; i < mentions.size(); i++) {
                if (i > 0 && !joined(mentions.get(i - 1).end, mentions.get(i).start)) {
                    group++;
                }
                Mention x = mentions.get(i);
                mentions.set(i, new Mention(x.name, x.start, x.end, group));
            }
        }

        private boolean joined(int from, int to) {
            return reader.connects(text.substring(from, to));
        }

        boolean names(Set<String> own) {
            return mentions.stream().anyMatch(m -> own.contains(m.name));
        }

        /** Figures that are not part of a name (百度世界2024, 零一萬物). */
        List<Figure> unmasked(List<Figure> figures) {
            return figures.stream().filter(f -> mentions.stream().noneMatch(m -> f.start() < m.end && f.end() > m.start)).toList();
        }

        /** The names the passage gives this figure to. */
        List<String> owners(Figure f) {
            int clause = reader.clauseStartIn(text, f.start());
            int clauseEnd = reader.clauseEndIn(text, f.end());
            Mention best = null;
            for (Mention m : mentions) {
                if (m.start >= clause && m.end <= f.start()) {
                    best = m; // the nearest before it in its clause
                }
            }
            if (best == null) {
                for (Mention m : mentions) {
                    if (m.start >= f.end() && m.end <= clauseEnd) {
                        best = m;
                        break;
                    }
                }
            }
            if (best == null) {
                for (Mention m : mentions) {
                    if (m.end <= clause) {
                        best = m; // carried over from an earlier clause
                    }
                }
            }
            if (best == null) {
                return List.of();
            }
            int g = best.group;
            return mentions.stream().filter(m -> m.group == g).map(Mention::name).distinct().toList();
        }

        private static boolean latin(char c) {
            return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
        }

        private static char charAt(String s, int i) {
            return i >= 0 && i < s.length() ? s.charAt(i) : ' ';
        }
    }

    private record Closest(String passage, double score) {}

    /** The passage of the article most like the quote, by shared character pairs (Dice coefficient). */
    private Closest closest(String quote) {
        Set<String> qb = bigrams(MatchText.foldAll(quote));
        String best = "";
        double bestScore = -1;
        for (String p : passages) {
            Set<String> pb = bigrams(MatchText.foldAll(p));
            int common = 0;
            for (String g : qb) {
                if (pb.contains(g)) {
                    common++;
                }
            }
            double score = qb.isEmpty() && pb.isEmpty() ? 0 : 2.0 * common / (qb.size() + pb.size());
            if (score > bestScore) {
                bestScore = score;
                best = p;
            }
        }
        return new Closest(best, Math.max(bestScore, 0));
    }

    private static List<String> passages(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c);
            if ("。！？\n;；".indexOf(c) >= 0 || c == ',' && sb.length() > 60) {
                if (!sb.toString().isBlank()) {
                    out.add(sb.toString().strip());
                }
                sb.setLength(0);
            }
        }
        if (!sb.toString().isBlank()) {
            out.add(sb.toString().strip());
        }
        // also pairs of neighbouring passages, for quotes that span a sentence end
        int n = out.size();
        for (int i = 0; i + 1 < n; i++) {
            out.add(out.get(i) + out.get(i + 1));
        }
        return out;
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }

    private static String shorten(String s) {
        return s.length() <= 70 ? s : s.substring(0, 67) + "…";
    }

    public String article() {
        return article;
    }
}
