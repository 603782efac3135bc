package io.briefing.provenance;

import io.briefing.facts.Fact;
import io.briefing.facts.Period;
import io.briefing.facts.Qualifier;
import io.briefing.facts.Unit;
import io.briefing.facts.UnitCatalogue;
import io.briefing.figures.DateMention;
import io.briefing.figures.Figure;
import io.briefing.figures.FigureReader;
import io.briefing.figures.Reading;
import io.briefing.reading.ArticleReading;
import io.briefing.reading.MetricNames;
import io.briefing.reading.ChangeBasis;
import java.util.HashSet;
import java.util.Optional;
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
    public record Setting(UnitCatalogue units, Period published, List<List<String>> entities) {
        public Setting {
            entities = List.copyOf(entities);
        }

        public static Setting of(UnitCatalogue units, String published) {
            return of(units, published, List.of());
        }

        /** @param entities the names of each entity the manifest declares ({@code entities:}), rows or not */
        public static Setting of(UnitCatalogue units, String published, List<List<String>> entities) {
            Period p = null;
            try {
                p = published == null || published.isBlank() ? null : Period.parse(published);
            } catch (IllegalArgumentException e) {
                // an unreadable date of publication: periods are then never taken from it
            }
            return new Setting(units, p, entities);
        }
    }

    /** The reading the last check made, for a coverage count of the same article to use again. */
    private volatile ArticleReading lastReading;

    public Optional<ArticleReading> lastReading() {
        return Optional.ofNullable(lastReading);
    }

    public VerificationReport verify(List<Fact> facts, String articleName, Setting setting) {
        FigureReader reader = FigureReader.of(setting.units());
        // one entity per pair of names: a row cannot rename an entity alone
        Map<String, Integer> entityOf = new LinkedHashMap<>();
        List<List<String>> entityNames = new ArrayList<>();
        for (Fact f : facts) {
            entityOf.computeIfAbsent(entityKey(f), k -> {
                entityNames.add(new ArrayList<>());
                return entityNames.size() - 1;
            });
            List<String> names = entityNames.get(entityOf.get(entityKey(f)));
            f.entityNames().stream().filter(n -> !names.contains(n)).forEach(names::add);
        }
        // the manifest's entities: those without rows are still owners the article may give a figure to
        for (List<String> declared : setting.entities()) {
            List<String> group = entityNames.stream().filter(g -> g.stream().anyMatch(declared::contains)).findFirst().orElse(null);
            if (group == null) {
                entityNames.add(new ArrayList<>(declared));
            } else {
                declared.stream().filter(n -> !group.contains(n)).forEach(group::add);
            }
        }
        ArticleReading reading = new ArticleReading(article, reader, entityNames, setting.published());
        lastReading = reading;
        // for each English name, the rows giving it each Chinese name (and the reverse): one is enough to show a rename
        Map<String, Map<String, Fact>> byEn = new HashMap<>();
        Map<String, Map<String, Fact>> byZh = new HashMap<>();
        for (Fact f : facts) {
            byEn.computeIfAbsent(name(f.entity().en()), k -> new LinkedHashMap<>()).putIfAbsent(name(f.entity().zh()), f);
            byZh.computeIfAbsent(name(f.entity().zh()), k -> new LinkedHashMap<>()).putIfAbsent(name(f.entity().en()), f);
        }
        rowMetrics = facts.stream().map(f -> f.metric().zh() == null ? "" : f.metric().zh()).toList();
        Map<String, FactCheck> checks = new LinkedHashMap<>();
        for (Fact f : facts) {
            FactCheck renamed = renamed(f, byEn, byZh);
            checks.put(f.id(), renamed != null ? renamed : check(f, span(f), reading, entityOf.get(entityKey(f)), setting));
        }
        return new VerificationReport(checks, articleName);
    }

    /** The Chinese metrics of the table's rows, for {@link #labelled}. */
    private List<String> rowMetrics = List.of();

    /**
     * 其中3奈米占23%、5奈米占37%: a figure whose clause labels it by a number (3奈米) belongs to a row whose
     * metric or entity names that label; a row that names neither, where another row's metric names it, is given
     * another row's figure. Null when the label fits or the table does not tell labels apart.
     */
    private FactCheck labelled(Fact f, Figure g, ArticleReading reading) {
        FactCheck respective = respectivelyLabelled(f, g, reading);
        if (respective != null) {
            return respective;
        }
        FactCheck trailing = trailingLabelled(f, g, reading);
        if (trailing != null) {
            return trailing;
        }
        Optional<String> label = reading.clauseLabel(g);
        if (label.isEmpty()) {
            return null;
        }
        String l = label.get();
        String metric = f.metric().zh() == null ? "" : f.metric().zh();
        // only a label told apart by a number (3奈米, 28奈米): a metric word (涉及金額) labels many rows alike;
        // but a row whose metric names the label of another figure of the sentence and not this one's
        // (營收為221.5億元，淨利潤為7.02億元 given to a net profit) is given that other figure's neighbour
        if (l.chars().noneMatch(Character::isDigit)) {
            return metric.contains(l) ? null : siblingLabelled(f, g, l, metric, reading);
        }
        if (metric.contains(l) || f.entityNames().stream().anyMatch(n -> n.contains(l) || l.contains(n))) {
            return null;
        }
        if (rowMetrics.stream().noneMatch(m -> m.contains(l))) {
            return null;
        }
        return new FactCheck(f.id(), f.line(), CheckStatus.NUMBER_MISMATCH, "the article gives 「" + g.text() + "」 to 「" + l
                + "」, which another row's metric names and this row's (「" + metric + "」) does not; Fix: take the figure the "
                + "article gives this row's metric, or correct the metric");
    }

    /**
     * 載客人數與貨運量分別為…，年增7.5%與年減2.6%: a figure a 分別 list gives one measure by its place belongs
     * to no row whose metric names another measure of the list and not its own (tamper: the cargo's 年減2.6%
     * given to the passengers' change was verified). Null when the metric names its own or no measure.
     */
    private static FactCheck respectivelyLabelled(Fact f, Figure g, ArticleReading reading) {
        Optional<String> label = reading.respectiveLabel(g);
        // a Chinese list's measures are named in metric_zh, an English list's in metric_en
        String metric = ((f.metric().zh() == null ? "" : f.metric().zh()) + " | "
                + (f.metric().en() == null ? "" : f.metric().en())).toLowerCase(java.util.Locale.ROOT);
        if (label.isEmpty() || MetricNames.namesAny(metric, List.of(label.get()))) {
            return null;
        }
        ArticleReading.Sentence s = reading.sentenceAt(g.start());
        for (Figure other : reading.figuresIn(s.start(), s.end())) {
            Optional<String> o = other == g ? Optional.empty() : reading.respectiveLabel(other);
            if (o.isPresent() && !o.get().equals(label.get()) && MetricNames.namesAny(metric, List.of(o.get()))) {
                String named = metric.contains(o.get()) && f.metric().en() != null
                        && f.metric().en().toLowerCase(java.util.Locale.ROOT).contains(o.get()) ? f.metric().en() : f.metric().zh();
                return new FactCheck(f.id(), f.line(), CheckStatus.NUMBER_MISMATCH, "the article gives 「" + g.text()
                        + "」 to 「" + label.get() + "」 by its place in a list (分別, respectively), and 「" + other.text() + "」 to 「"
                        + o.get() + "」, which this row's metric (「" + named + "」) names; Fix: take the figure the article gives "
                        + "this row's metric, or correct the metric");
            }
        }
        return null;
    }

    /**
     * "Its revenue rose 9% at constant exchange rates and 6% at current rates": two figures of a sentence told
     * apart by the words after them; a row whose metric names the other figure's words and not its own is
     * given the other's neighbour (tamper: the current-rates row given 9 was verified). Null otherwise.
     */
    private static FactCheck trailingLabelled(Fact f, Figure g, ArticleReading reading) {
        List<String> mine = reading.trailingLabel(g);
        String metric = f.metric().en() == null ? "" : f.metric().en().toLowerCase(java.util.Locale.ROOT);
        if (mine.isEmpty() || metric.isEmpty()) {
            return null;
        }
        ArticleReading.Sentence s = reading.sentenceAt(g.start());
        for (Figure other : reading.figuresIn(s.start(), s.end())) {
            List<String> theirs = other == g || !other.units().equals(g.units()) ? List.of() : reading.trailingLabel(other);
            // the first word of each tells them apart ("constant" and "current" exchange rates, "reported")
            if (!theirs.isEmpty() && !theirs.get(0).equals(mine.get(0)) && MetricNames.namesAny(metric, List.of(theirs.get(0)))
                    && !MetricNames.namesAny(metric, List.of(mine.get(0)))) {
                return new FactCheck(f.id(), f.line(), CheckStatus.NUMBER_MISMATCH, "the article tells 「" + g.text() + "」 by 「"
                        + String.join(" ", mine) + "」 and 「" + other.text() + "」 by 「" + String.join(" ", theirs) + "」, which this "
                        + "row's metric (「" + f.metric().en() + "」) names; Fix: take the figure the article gives this row's metric, or "
                        + "correct the metric");
            }
        }
        return null;
    }

    /**
     * The check of a figure labelled by a word (營收為…) whose row's metric names, instead, the word that labels
     * another figure of the same sentence (淨利潤為…); null when the metric names no other label.
     */
    private static FactCheck siblingLabelled(Fact f, Figure g, String label, String metric, ArticleReading reading) {
        ArticleReading.Sentence s = reading.sentenceAt(g.start());
        for (Figure other : reading.figuresIn(s.start(), s.end())) {
            if (other == g) {
                continue;
            }
            Optional<String> o = reading.clauseLabel(other);
            if (o.isPresent() && o.get().codePointCount(0, o.get().length()) >= 2 && !label.contains(o.get())
                    && !o.get().contains(label) && metric.contains(o.get())) {
                return new FactCheck(f.id(), f.line(), CheckStatus.NUMBER_MISMATCH, "the article gives 「" + g.text() + "」 to 「"
                        + label + "」 and 「" + other.text() + "」 to 「" + o.get() + "」, which this row's metric (「" + metric
                        + "」) names; Fix: take the figure the article gives this row's metric, or correct the metric");
            }
        }
        return null;
    }

    private static String entityKey(Fact f) {
        return (f.entity().en() == null ? "" : f.entity().en().strip()) + " | "
                + (f.entity().zh() == null ? "" : f.entity().zh().strip());
    }

    /** A row that gives an entity's name with another row's other name: one entity has one pair of names. */
    private static String name(String n) {
        return n == null ? "" : n.strip();
    }

    private static FactCheck renamed(Fact f, Map<String, Map<String, Fact>> byEn, Map<String, Map<String, Fact>> byZh) {
        String en = name(f.entity().en());
        String zh = name(f.entity().zh());
        List<Fact> others = new ArrayList<>();
        byEn.getOrDefault(en, Map.of()).forEach((z, o) -> {
            if (!z.equals(zh)) {
                others.add(o);
            }
        });
        byZh.getOrDefault(zh, Map.of()).forEach((e, o) -> {
            if (!e.equals(en)) {
                others.add(o);
            }
        });
        for (Fact o : others) {
            String oen = name(o.entity().en());
            String ozh = name(o.entity().zh());
            boolean sameEn = !en.isEmpty() && en.equals(oen);
            boolean sameZh = !zh.isEmpty() && zh.equals(ozh);
            if (sameEn != sameZh && !oen.isEmpty() && !ozh.isEmpty() && !en.isEmpty() && !zh.isEmpty()) {
                return new FactCheck(f.id(), f.line(), CheckStatus.ENTITY_NOT_FOUND, "the row names its entity 「" + en + "」 / 「"
                        + zh + "」, but row " + o.id() + " (line " + o.line() + ") names " + (sameEn ? "「" + en + "」 「" + ozh + "」"
                        : "「" + zh + "」 「" + oen + "」") + "; one entity has one pair of names. Fix: give both rows the same "
                        + "entity_en and entity_zh, or name the other entity in both languages");
            }
        }
        return null;
    }

    /** Checks one fact on its own (the article's other entities unknown). */
    public FactCheck check(Fact f, Setting setting) {
        ArticleReading reading = new ArticleReading(article, FigureReader.of(setting.units()), List.of(f.entityNames()),
                setting.published());
        return check(f, span(f), reading, 0, setting);
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

    private FactCheck check(Fact f, int[] span, ArticleReading reading, int entity, Setting setting) {
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
        if (!f.hasValue()) {
            return milestone(f, span, passage, reading, entity, setting);
        }
        return figure(f, span, passage, quote, reading, entity);
    }

    /** A fact without a number (a milestone): its entity is named by the sentences of its quote, or is the one in play. */
    private FactCheck milestone(Fact f, int[] span, String passage, ArticleReading reading, int entity, Setting setting) {
        int from = reading.sentenceAt(span[0]).start();
        int to = reading.sentenceAt(Math.max(span[0], span[1] - 1)).end();
        boolean named = reading.names().stream().anyMatch(m -> m.start() >= from && m.end() <= to && m.entities().contains(entity));
        if (!named) {
            return new FactCheck(f.id(), f.line(), CheckStatus.ENTITY_NOT_FOUND, "the quote 「" + shorten(passage)
                    + "」 does not name the fact's entity (" + String.join(" / ", f.entityNames())
                    + "); Fix: quote the sentence that names it, or add the name the article uses to the aliases column");
        }
        return date(f, passage, FigureReader.of(setting.units()).read(passage), setting);
    }

    /**
     * A fact with a number: a figure the quote locates, read in its sentence, equal to the fact's value in
     * its unit with the sign its frame gives, of the fact's entity as the reading resolves the owner, with
     * the bound its words say, against the base the metric names, of the period the reading resolves.
     */
    private FactCheck figure(Fact f, int[] span, String passage, String quote, ArticleReading reading, int entity) {
        if (f.amount().isRange()) {
            return range(f, span, passage, reading, entity);
        }
        Unit unit = f.unit();
        List<Figure> located = reading.figuresIn(span[0], span[1]);
        boolean change = MetricNames.namesChange(f.metric().en() + " " + f.metric().zh());
        // a change metric takes a figure stated as a move: 比去年減少12元, not the 286元 level beside it
        // and a level takes no move: "cut its forecast by $150 million to $1.65 billion" is no forecast of −$150 million
        boolean amount = switch (unit.kind()) {
            case CURRENCY, COUNT, QUANTITY, DURATION -> true;
            case PERCENT, SHARE, POINTS, NONE -> false;
        };
        List<Figure> equal = located.stream().filter(g -> g.canBeIn(unit) && equal(g, f)
                && (!change || reading.statedAsMove(g) || f.unit().kind() == io.briefing.facts.UnitKind.PERCENT)
                && (change || !amount || MetricNames.namesCut(metricName(f)) || !reading.movedBy(g))).toList();
        if (equal.isEmpty()) {
            // the figures the quote gives the row's entity, when it gives it any: the readings to compare
            List<Figure> theirs = located.stream().filter(g -> reading.owner(g).entities().contains(entity)).toList();
            return new FactCheck(f.id(), f.line(), CheckStatus.NUMBER_MISMATCH, mismatch(f, passage, quote,
                    theirs.stream().anyMatch(g -> g.canBeIn(unit)) ? theirs : located, reading));
        }
        String metric = f.metric().en() + " " + f.metric().zh();
        // "Net income rose 38% to $3.1 billion, or $1.42 per share": earnings per share is the figure said per share
        List<Figure> perUnit = located.stream().filter(g -> g.canBeIn(unit) && reading.perUnit(g, metric)
                && reading.owner(g).entities().contains(entity)).toList();
        if (!perUnit.isEmpty() && equal.stream().noneMatch(perUnit::contains)) {
            return new FactCheck(f.id(), f.line(), CheckStatus.NUMBER_MISMATCH, "the row's metric 「" + metricName(f)
                    + "」 is a figure per unit, which the quote gives as 「" + perUnit.get(0).text() + "」; Fix: take that figure, "
                    + "or correct the metric");
        }
        FactCheck first = null;
        for (Figure g : equal) {
            FactCheck c = figureCheck(f, g, reading, entity);
            if (c.status().ok()) {
                return c;
            }
            if (first == null) {
                first = c;
            }
        }
        return first;
    }

    /**
     * A range (qualifier range, {@code 13000000000..13500000000}): two figures the quote locates that the
     * reading takes as the ends of one range ({@code ArticleReading.rangeEnd}), equal to the row's ends in
     * its unit, the second with the fall the first states (再跌2%至3% is −3..−2); then read as any figure is.
     */
    private FactCheck range(Fact f, int[] span, String passage, ArticleReading reading, int entity) {
        Unit unit = f.unit();
        List<String> read = new ArrayList<>();
        FactCheck first = null;
        for (Figure a : reading.figuresIn(span[0], span[1])) {
            Optional<Figure> end = reading.rangeEnd(a);
            if (end.isEmpty()) {
                continue;
            }
            Figure b = end.get();
            if (!b.canBeIn(unit) || !a.canBeIn(unit) && !(a.bare() && !b.bare())) {
                read.add("「" + a.text() + "…" + b.text() + "」 in another unit");
                continue;
            }
            BigDecimal[] ends = io.briefing.reading.Ranges.valuesIn(a, b, unit);
            if (MetricNames.namesCut(metricName(f)) && ends[1].signum() < 0) {
                // 壓減產量8%至10%, a row whose metric names the cut: its size, 8..10, as a single cut's is
                ends = new BigDecimal[] {ends[1].negate(), ends[0].negate()};
            }
            if (ends[0].compareTo(f.amount().value()) != 0 || ends[1].compareTo(f.amount().high()) != 0) {
                read.add("「" + a.text() + "…" + b.text() + "」 = " + plain(ends[0]) + ".." + plain(ends[1]));
                continue;
            }
            FactCheck c = figureCheck(f, a, reading, entity, Optional.of(b));
            if (c.status().ok()) {
                return c;
            }
            if (first == null) {
                first = c;
            }
        }
        if (first != null) {
            return first;
        }
        return new FactCheck(f.id(), f.line(), CheckStatus.NUMBER_MISMATCH, "the fact is the range " + f.amount().written()
                + " " + unit.code() + ", but the article's passage 「" + shorten(passage) + "」 "
                + (read.isEmpty() ? "states no range" : "states " + String.join(", ", read))
                + "; Fix: write the range the article states, low to high, in base units");
    }


    private static String metricName(Fact f) {
        return f.metric().en() != null && !f.metric().en().isBlank() ? f.metric().en() : f.metric().zh();
    }

    private FactCheck figureCheck(Fact f, Figure g, ArticleReading reading, int entity) {
        return figureCheck(f, g, reading, entity, Optional.empty());
    }

    /** The checks of a figure, {@code g}; of a range, its first end, with {@code rangeEnd} its second. */
    private FactCheck figureCheck(Fact f, Figure g, ArticleReading reading, int entity, Optional<Figure> rangeEnd) {
        if (rangeEnd.isEmpty()) {
            Optional<Figure> lo = reading.rangeStart(g);
            Optional<Figure> hi = reading.rangeEnd(g);
            if (lo.isPresent() || hi.isPresent()) {
                Figure a = lo.orElse(g);
                Figure b = hi.orElse(g);
                BigDecimal[] ends = io.briefing.reading.Ranges.valuesIn(a, b, f.unit());
                return new FactCheck(f.id(), f.line(), CheckStatus.QUALIFIER_MISMATCH, "「" + g.text() + "」 is one end of the range 「"
                        + reading.text().substring(a.start(), b.end()) + "」, not a figure of its own; Fix: write the range "
                        + plain(ends[0]) + ".." + plain(ends[1]) + " with the qualifier range");
            }
        }
        if (f.unit().kind() == io.briefing.facts.UnitKind.SHARE && g.direction() != Figure.Direction.NONE
                && !MetricNames.namesCut(metricName(f))) {
            return new FactCheck(f.id(), f.line(), CheckStatus.NUMBER_MISMATCH, "「" + g.directionWord() + "」 makes 「" + g.text()
                    + "」 a move, not a share of a whole; Fix: give a change in percent (with its sign) or in points");
        }
        ArticleReading.Owner owner = reading.owner(g);
        if (!owner.entities().contains(entity)) {
            String whose = owner.entities().isEmpty() ? "to no entity the table names (" + owner.how() + ")"
                    : "to " + owner.entities().stream().map(id -> reading.entities().get(id).label()).distinct()
                    .reduce((a, b) -> a + " / " + b).orElse("") + " (" + owner.how() + ")";
            return new FactCheck(f.id(), f.line(), CheckStatus.ENTITY_NOT_FOUND, "the article gives 「" + g.text() + "」 "
                    + whose + ", not to " + String.join(" / ", f.entityNames()) + "; Fix: give the row the entity the article gives the figure"
                    + " to, or add the name the article uses for it to the aliases column");
        }
        if (owner.carriedFrom() >= 0
                && reading.sentenceAt(owner.carriedFrom()).paragraph() != reading.sentenceAt(g.start()).paragraph()) {
            // 輔材環節同樣承壓。光伏玻璃全年產量達到2600萬噸以上 after a paragraph on 多晶硅: a clause that puts a
            // topic of its own before the row's measure is about that topic, not the entity of another paragraph
            Optional<String> topic = reading.topicBefore(g, f.metric().zh());
            if (topic.isPresent() && f.entityNames().stream().noneMatch(n -> !n.isBlank() && topic.get().contains(n))) {
                return new FactCheck(f.id(), f.line(), CheckStatus.ENTITY_NOT_FOUND, "the article gives 「" + g.text() + "」 to 「"
                        + topic.get() + "」, the topic its clause puts before 「" + f.metric().zh() + "」, not to "
                        + String.join(" / ", f.entityNames()) + " (" + owner.how() + "); Fix: give the row the entity the article"
                        + " gives the figure to, or add 「" + topic.get() + "」 to the aliases column if it is another name for it");
            }
        }
        FactCheck other = labelled(f, g, reading);
        if (other != null) {
            return other;
        }
        // a range's ends carry no bound of their own (Ranges reads none that do)
        if (g.qualifier() != (rangeEnd.isPresent() ? Qualifier.EXACT : f.qualifier())) {
            String words = g.qualifierWord().isEmpty() ? "no bounding word" : "「" + g.qualifierWord() + "」 ("
                    + g.qualifier().code() + ")";
            return new FactCheck(f.id(), f.line(), CheckStatus.QUALIFIER_MISMATCH, "the fact's qualifier is "
                    + f.qualifier().code() + ", but the article has " + words + " at 「" + g.text() + "」");
        }
        if (reading.perUnitTheMetricLacks(g, f.metric().en() + " " + f.metric().zh())) {
            return new FactCheck(f.id(), f.line(), CheckStatus.NUMBER_MISMATCH, "「" + g.text() + "」 is a figure per share, "
                    + "but the row's metric 「" + metricName(f) + "」 is not; Fix: take the total the article states, or name the "
                    + "figure per share in the metric");
        }
        boolean previous = MetricNames.namesPrevious(f.metric().en() + " " + f.metric().zh());
        if (reading.revisedFrom(g) != previous) {
            return new FactCheck(f.id(), f.line(), CheckStatus.NUMBER_MISMATCH, previous
                    ? "the row's metric is a value before a revision, but 「" + g.text() + "」 is the value the article revises to; "
                    + "Fix: take the value it was revised from, or correct the metric"
                    : "「" + g.text() + "」 is the value the article revises from (the old one); Fix: take the new value, or name "
                    + "the old value in the metric (\"before the cut\", 原定)");
        }
        // a cut's size is stated as a fall (下調1.8萬元), not as the level it falls to (至15.98萬元)
        if (!previous && MetricNames.namesCut(metricName(f)) && (g.direction() != Figure.Direction.FALL
                || ArticleReading.signedByLoss(g)) && f.unit().kind().signed()) {
            return new FactCheck(f.id(), f.line(), CheckStatus.NUMBER_MISMATCH, "the row's metric is a cut, but 「" + g.text()
                    + "」 is stated as a level, not as a fall; Fix: take the size of the cut the article states");
        }
        boolean forecastMetric = MetricNames.namesForecast(f.metric().en() + " " + f.metric().zh());
        if (forecastMetric && !reading.forecastFramed(g)) {
            return new FactCheck(f.id(), f.line(), CheckStatus.NUMBER_MISMATCH, "the row's metric is a forecast or an estimate, "
                    + "but the article states 「" + g.text() + "」 as an actual figure; Fix: take the figure the article gives as "
                    + "the forecast, or correct the metric");
        }
        // (a share of a target done is given after the target it is of: 已完成全年目標的94%)
        if (!forecastMetric && reading.estimateFramed(g) && !MetricNames.namesTargetDone(f.metric().en() + " " + f.metric().zh())) {
            return new FactCheck(f.id(), f.line(), CheckStatus.NUMBER_MISMATCH, "the article gives 「" + g.text()
                    + "」 as an estimate or expectation, but the row's metric is an actual figure; Fix: take the actual figure, or "
                    + "name the estimate in the metric");
        }
        Optional<ChangeBasis> said = reading.basis(g);
        Optional<ChangeBasis> metric = MetricNames.basisOf(f.metric().en() + " " + f.metric().zh(), f.period());
        if (said.isPresent() && metric.isPresent() && said.get() != metric.get()) {
            return new FactCheck(f.id(), f.line(), CheckStatus.NUMBER_MISMATCH, "「" + g.text() + "」 is a change "
                    + said.get().words() + ", but the row's metric is a change " + metric.get().words()
                    + "; Fix: take the figure the article gives " + metric.get().words() + ", or correct the metric");
        }
        String who = " (" + owner.how() + ")";
        boolean contextUnit = false;
        if (g.bare() && f.unit().kind() == io.briefing.facts.UnitKind.CURRENCY && rangeEnd.map(Figure::bare).orElse(true)) {
            // a bare 200億 is money only when its sentence writes that currency beside another figure,
            // and not when a measure word follows it (20億單 counts orders)
            char next = g.end() < reading.text().length() ? reading.text().charAt(g.end()) : ' ';
            boolean bounded = !g.qualifierWord().isEmpty() && reading.text().startsWith(g.qualifierWord(), g.end());
            boolean measured = Character.UnicodeScript.of(next) == Character.UnicodeScript.HAN && "元萬万億亿".indexOf(next) < 0
                    && !bounded;
            ArticleReading.Sentence s = reading.sentenceAt(g.start());
            boolean written = reading.figures().stream().anyMatch(o -> o != g && o.start() >= s.start() && o.end() <= s.end()
                    && o.units().contains(f.unit())) || reading.money(g) && f.unit().equals(dominantCurrency(reading));
            if (measured || !written) {
                return new FactCheck(f.id(), f.line(), CheckStatus.NUMBER_MISMATCH, "the article writes no unit beside 「"
                        + g.text() + "」" + (measured ? " (「" + next + "」 counts something)" : ", and its sentence states no figure in "
                        + f.unit().code()) + "; Fix: give the figure the unit the article writes, or quote the sentence that names it");
            }
            contextUnit = true;
        }
        Period p = f.period();
        Optional<ArticleReading.When> when = reading.period(g);
        if (when.isPresent() && when.get().dated() != null && when.get().stated() && when.get().dated().admits(p)) {
            if (contextUnit) {
                return new FactCheck(f.id(), f.line(), CheckStatus.UNIT_FROM_CONTEXT, "the article writes no unit beside 「"
                        + g.text() + "」; " + f.unit().code() + " is the unit of its sentence's other figures");
            }
            return new FactCheck(f.id(), f.line(), CheckStatus.VERIFIED, "owner" + who + "; period " + p + " ("
                    + when.get().how() + ")");
        }
        // a day the article states beside the figure or in its clause is the figure's: another day it told
        // news on does not date it ("Its shares fell 8.9% on Thursday, extending Wednesday's 3.1% decline" gives
        // the 8.9% no Wednesday; tamper)
        boolean own = when.isPresent() && when.get().dated() != null && when.get().stated()
                && when.get().dated().kind() == io.briefing.reading.Dated.Kind.DAY
                && (when.get().how().contains("beside it") || when.get().how().contains("in its clause"));
        for (ArticleReading.When day : own ? List.<ArticleReading.When>of() : reading.reportDays(g)) {
            if (day.dated().admits(p)) {
                String stated = when.isPresent() && when.get().dated() != null
                        ? "the article dates the figure " + when.get().dated().describe() + " (" + when.get().how() + ")"
                        : "the article states no period for it";
                return new FactCheck(f.id(), f.line(), CheckStatus.DATED_BY_ARTICLE, stated + "; the period " + p + " is "
                        + day.how() + ", not a period the article gives the figure");
            }
        }
        String read = when.isPresent() && when.get().dated() != null
                ? "the article dates 「" + g.text() + "」 " + when.get().dated().describe() + " (" + when.get().how() + ")"
                : "the article states no period for 「" + g.text() + "」";
        return new FactCheck(f.id(), f.line(), CheckStatus.DATE_MISMATCH, "the period is " + p + ", but " + read
                + "; Fix: give the period the article states, or quote the sentence that dates it");
    }

    /** The currency the article writes most often beside its figures: the one a bare amount is in, after a money noun. */
    private static Unit dominantCurrency(ArticleReading reading) {
        Map<Unit, Integer> counts = new HashMap<>();
        for (Figure o : reading.figures()) {
            if (o.units().size() == 1 && o.units().get(0).kind() == io.briefing.facts.UnitKind.CURRENCY) {
                counts.merge(o.units().get(0), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The figure states the fact's value: equal in base units, with the sign its frame gives (a cut's size is positive). */
    private static boolean equal(Figure g, Fact f) {
        BigDecimal want = f.amount().value();
        BigDecimal got = g.valueIn(f.unit());
        if (g.direction() == Figure.Direction.FALL && f.unit().kind().signed()
                && MetricNames.namesCut(metricName(f))) {
            got = g.magnitude();
        }
        if (f.unit().kind().changeMayFall()) {
            // a count or a duration is a size, but its change may fall: 平均留港3.4晚，較去年同期少0.2晚 is a change
            // of -0.2 nights; a row whose metric is a change takes the fall's sign, whatever its unit
            if (want.signum() < 0) {
                // only a change's: "the 612 patients" after "shrank" is no fall of 612 (tamper's sign lie)
                String metric = f.metric().en() + " " + f.metric().zh();
                if (!MetricNames.namesChange(metric) && !MetricNames.namesNetFlow(metric)) {
                    return false;
                }
                got = g.signed();
            } else if (g.direction() == Figure.Direction.FALL && (MetricNames.namesChange(f.metric().en() + " " + f.metric().zh())
                    && !MetricNames.namesCut(f.metric().en() + " " + f.metric().zh())
                    || MetricNames.namesNetFlow(f.metric().en() + " " + f.metric().zh()))) {
                // (賣超1萬2,480張 is no net buying of +12,480: the sign lie tamper writes)
                return false;
            }
        }
        return got.compareTo(want) == 0;
    }

    /** Says what the quote states instead: the figures it locates, in the fact's unit, with their owners. */
    private static String mismatch(Fact f, String passage, String quote, List<Figure> located, ArticleReading reading) {
        Unit unit = f.unit();
        BigDecimal want = f.amount().value();
        StringBuilder sb = new StringBuilder("the fact's value is ").append(plain(want)).append(' ').append(unit.code())
                .append(" for ").append(f.entityNames().get(0)).append(", but ");
        List<Figure> inUnit = located.stream().filter(g -> g.canBeIn(unit)).toList();
        if (inUnit.isEmpty()) {
            sb.append("the article's passage 「").append(shorten(passage)).append("」 gives no figure in ").append(unit.code());
            // "a special dividend of 8 cents a share" in a table of a declared AUD: the cents were read as US cents
            for (Figure g : located) {
                if (unit.kind() == io.briefing.facts.UnitKind.CURRENCY && !g.units().isEmpty() && !g.unitWord().isBlank()
                        && g.units().get(0).subunits().containsKey(g.unitWord().strip())) {
                    sb.append("; 「").append(g.text()).append("」 is read in ").append(g.units().get(0).code())
                            .append("; Fix: if its ").append(g.unitWord().strip()).append(" are of ").append(unit.code())
                            .append(", declare them in the manifest under units: ").append(unit.code()).append(": subunits: { \"")
                            .append(g.unitWord().strip()).append("\": ").append(plain(g.units().get(0).subunits().get(g.unitWord().strip())))
                            .append(" }");
                    break;
                }
            }
        } else {
            List<String> read = new ArrayList<>();
            for (Figure g : inUnit) {
                read.add(describe(g, unit));
            }
            sb.append("the article's passage 「").append(shorten(passage)).append("」 gives it ").append(String.join(", ", read));
            for (Figure g : inUnit) {
                BigDecimal got = g.valueIn(unit);
                if (got.compareTo(want) == 0) {
                    sb.append(MetricNames.namesChange(f.metric().en() + " " + f.metric().zh())
                            ? "; 「" + g.text() + "」 is stated as a level, but the row's metric is a change; Fix: "
                            + "take the figure the article states as a move, or name the level in the metric"
                            : "; 「" + g.text() + "」 is stated as the size of a move (the level its clause goes on to comes "
                            + "after it), but the row's metric is a level; Fix: take the level, or name the move in the metric");
                } else if (got.signum() != 0 && want.signum() != 0 && got.abs().compareTo(want.abs()) == 0) {
                    sb.append("; the sign differs: ").append(g.directionWord().isEmpty()
                            ? "the passage states no fall, so the figure is positive"
                            : "「" + g.directionWord() + "」 makes it " + (got.signum() < 0 ? "a fall" : "a rise"));
                } else if (got.signum() != 0 && want.signum() != 0) {
                    int power = powerOfTen(got.abs(), want.abs());
                    if (power != 0) {
                        sb.append("; 「").append(g.text()).append("」 is 10^").append(power)
                                .append(" times the fact's value (a magnitude slip? 萬 = 10^4, 億 = 10^8, million = 10^6, billion = 10^9;"
                                        + " write the value in base units)");
                    }
                }
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
