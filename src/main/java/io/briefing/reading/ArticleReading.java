package io.briefing.reading;

import io.briefing.facts.Period;
import io.briefing.figures.ChineseNumerals;
import io.briefing.figures.Figure;
import io.briefing.figures.FigureReader;
import io.briefing.figures.Reading;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One reading of an article, made once and asked by {@code verify}, {@code draft} and coverage alike:
 * its paragraphs and sentences, every figure with its frame, every entity it names and every time it
 * names. It answers what a careful reader answers: whose a figure is ("It", 其 and subjectless
 * sentences resolved to the entity in play) and of when (a quarter named in the sentence before, 本週,
 * 同期, "a year earlier", "next year"), each answer with the words it rests on.
 *
 * <p>It decides nothing about any one article: the words it reads by are {@code reading-words.yaml},
 * the entities are the dataset's.
 */
public final class ArticleReading {
    private final String text;
    private final String lowered;
    private final FigureReader reader;
    private final ReadingWords w = ReadingWords.get();
    private final List<Sentence> sentences = new ArrayList<>();
    private List<Entity> entities;
    private final List<NameMention> names = new ArrayList<>();
    private final List<Figure> figures;
    private final List<TimeMention> times;
    private final boolean[] clauseEnd;
    private final LocalDate articleDate;
    private final Period published;
    private final int firstBody;
    /** For each figure, the index of the figure that ends the range it starts, or -1 ({@link Ranges}). */
    private final int[] rangeEnds;
    /** For each figure: the time mention attached to it ("58,900 in September", 第二季的58.1%), or -1. */
    private final int[] attached;
    private final Map<Integer, Optional<When>> periods = new HashMap<>();
    private int[] newlines;
    private int[] figureStarts;
    private int[] timeStarts;
    private int[] nameStarts;
    private boolean[] freeTimes;
    private final java.util.IdentityHashMap<Figure, Integer> figureIndex = new java.util.IdentityHashMap<>();
    private Boolean[] forecasts;

    /** A sentence: its paragraph (a line of the article) and its offsets. */
    public record Sentence(int index, int paragraph, int start, int end) {}

    /** An entity of the dataset: its names as the fact table gives them, and whether it is a part of another (a unit of a company). */
    public record Entity(int id, String label, List<String> names, boolean part) {}

    /** A place the article names an entity; names joined by connectors (A、B和C) share a group. */
    public record NameMention(List<Integer> entities, String name, int start, int end, int group) {}

    /**
     * Whose a figure is, and the words that say so ("named in its clause", "「It」 = Aldercrest, line 12").
     *
     * @param named the name the article gives the owner where it names one the table lacks ("Data" of
     *              "Data and Applications … respectively"), else ""
     * @param carriedFrom where the name of an owner carried from an earlier sentence stands, else -1
     */
    public record Owner(Set<Integer> entities, String how, String named, int carriedFrom) {
        public Owner(Set<Integer> entities, String how, String named) {
            this(entities, how, named, -1);
        }

        public Owner(Set<Integer> entities, String how) {
            this(entities, how, "", -1);
        }

        static final String NAMED_IN_CLAUSE = "named in its clause";
        static final String NAMED_IN_SENTENCE = "named earlier in its sentence";
        static final String REPORTED_IN_SENTENCE = "named earlier in its sentence, as who reports it";

        /** Whether the clause of the figure names its owner (else the owner is carried or referred to). */
        public boolean namedInClause() {
            return how.startsWith(NAMED_IN_CLAUSE);
        }

        /** Whether the figure's sentence names its owner in a clause before the figure's, not as who reports it. */
        public boolean namedInSentence() {
            return how.startsWith(NAMED_IN_SENTENCE) && !how.startsWith(REPORTED_IN_SENTENCE);
        }
    }

    /**
     * When a figure is of, and how the article says so.
     *
     * @param dated  the period
     * @param stated the article states it (else it is the article's own date, a weaker truth)
     * @param how    the words it rests on
     * @param remote carried from an earlier paragraph: only the period then in play, which a draft
     *               does not propose (a share move two paragraphs after a quarter is of its day)
     */
    public record When(Dated dated, boolean stated, String how, boolean remote) {
        public When(Dated dated, boolean stated, String how) {
            this(dated, stated, how, false);
        }
    }

    public ArticleReading(String article, FigureReader reader, List<List<String>> entityNames, Period published) {
        this.text = article;
        this.lowered = FigureReader.lowerAscii(FigureReader.fold(article));
        this.reader = reader;
        this.clauseEnd = reader.clauseEnds(article, true);
        splitSentences();
        this.entities = entities(entityNames);
        findNames();
        Reading r = reader.read(article);
        // 218.6億澳門元 with 澳門 a name of the table: a name inside a figure's unit word is the unit's, not a
        // mention of the entity (its figure was dropped as a number inside a name)
        names.removeIf(m -> r.figures().stream().anyMatch(g -> !g.unitWord().isEmpty() && g.text().endsWith(g.unitWord())
                && m.start() >= g.end() - g.unitWord().length() && m.end() <= g.end()));
        // 約新台幣1,862億元 with 新台幣 a name of the table (a row on the currency): the currency word before the
        // number is the figure's unit, not the owner of the clause (ten rows of a held-out article went to it)
        names.removeIf(m -> r.figures().stream().anyMatch(g -> !g.unitWord().isEmpty() && g.text().startsWith(g.unitWord())
                && m.start() >= g.start() && m.end() <= g.start() + g.unitWord().length()));
        // 轉向台幣計價債券, 靠台幣分紅保單熱賣: in Chinese a currency the table names is a subject only where it moves
        // (新台幣兌美元升值, 若新台幣不再大幅升值); before a noun it says what the noun is priced in
        names.removeIf(m -> !latin(charAt(text, m.start())) && !m.entities().isEmpty() && m.entities().stream().allMatch(this::currency)
                && !currencyMoves(m));
        List<Figure> unnamed = r.figures().stream()
                .filter(f -> !overlaps(nameSpans(), digitsStart(f), f.end())).toList();
        this.firstBody = firstBodyParagraph(r);
        markParts();
        // no date of publication given: the year the article names most stands for it, its forecasts aside
        // ("by mid-2026" in a 2025 article)
        if (published == null) {
            this.forecasts = new Boolean[sentences.size()];
            published = r.dates().stream().filter(d -> d.part() == io.briefing.figures.DateMention.Part.YEAR)
                    .filter(d -> !forecast(sentenceAt(d.start())))
                    .collect(java.util.stream.Collectors.groupingBy(io.briefing.figures.DateMention::value,
                            java.util.stream.Collectors.counting()))
                    .entrySet().stream().max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> new Period(e.getKey(), 0, 0, false)).orElse(null);
            if (published == null) {
                // only forecasts name a year ("by mid-2026"): the article is from before the first of them
                published = r.dates().stream().filter(d -> d.part() == io.briefing.figures.DateMention.Part.YEAR)
                        .mapToInt(io.briefing.figures.DateMention::value).min().stream()
                        .mapToObj(y -> new Period(y - 1, 0, 0, false)).findFirst().orElse(null);
            }
        }
        this.articleDate = articleDate(published, r);
        // a year inside a name (百度世界2024) is no time
        this.times = withoutDateline(new TimeReader(article, lowered, w, articleDate, published).read(r.dates(), unnamed)).stream()
                .filter(m -> !overlaps(nameSpans(), m.start(), m.end())).toList();
        this.published = published;
        // a number inside a time is not a figure: the three of "the three months to September"
        int[][] timeSpans = times.stream().map(m -> new int[] {m.start(), m.end()}).toArray(int[][]::new);
        this.figures = unnamed.stream().filter(f -> !overlaps(timeSpans, f.start(), f.end()))
                .toList();
        this.newlines = java.util.stream.IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').toArray();
        this.figureStarts = figures.stream().mapToInt(Figure::start).toArray();
        this.rangeEnds = Ranges.ends(text, figures, w, reader.rangeJoins());
        this.timeStarts = times.stream().mapToInt(TimeMention::start).toArray();
        this.nameStarts = names.stream().mapToInt(NameMention::start).toArray();
        for (int i = 0; i < figures.size(); i++) {
            figureIndex.put(figures.get(i), i);
        }
        this.forecasts = new Boolean[sentences.size()];
        this.attached = attach();
        this.freeTimes = new boolean[times.size()];
        boolean[] exclusive = new boolean[times.size()];
        for (int i = 0; i < attached.length; i++) {
            int t = attached[i];
            // "a net loss of $95 million for the quarter. Revenue rose 9%": the quarter named again stays in play
            if (t >= 0 && (times.get(t).relative() != TimeMention.Relative.NONE
                    && times.get(t).relative() != TimeMention.Relative.THE_QUARTER || comparing(figures.get(i)))) {
                exclusive[t] = true;
            }
        }
        for (int t = 0; t < times.size(); t++) {
            // "roughly the same as a year ago" compares: a year back is never the period in play
            freeTimes[t] = !times.get(t).base() && !exclusive[t] && !told(t)
                    && times.get(t).relative() != TimeMention.Relative.YEAR_EARLIER
                    && times.get(t).relative() != TimeMention.Relative.WEEK_EARLIER
                    && times.get(t).relative() != TimeMention.Relative.QUARTER_BEFORE;
        }
        this.describing = new int[times.size()][];
        java.util.regex.Matcher rc = DESCRIBING_CLAUSE.matcher(lowered);
        while (rc.find()) {
            // ", which reported third-quarter results on Wednesday,": the results the sentences after it tell
            if (MetricNames.namesAny(lowered.substring(rc.start(), rc.end()), w.reporting)) {
                continue;
            }
            int[] tr = range(timeStarts, rc.start(), rc.end());
            for (int t = tr[0]; t < tr[1]; t++) {
                if (times.get(t).end() <= rc.end()) {
                    describing[t] = new int[] {rc.start(), rc.end()};
                }
            }
        }
    }

    /**
     * A wire dateline ("SAN FRANCISCO, Oct 28 (Sample Wire) - …") opens the first paragraph with the
     * day of the report, not a period of its figures: times before its dash are left out.
     */
    private List<TimeMention> withoutDateline(List<TimeMention> all) {
        List<TimeMention> out = all;
        int paragraphs = 0;
        int last = -1;
        for (Sentence first : sentences) {
            if (first.paragraph() < firstBody || first.paragraph() == last) {
                continue;
            }
            last = first.paragraph();
            if (paragraphs++ >= 5) {
                break;
            }
            String head = text.substring(first.start(), Math.min(first.end(), first.start() + 80));
            int dash = -1;
            for (String d : List.of(" - ", " – ", " — ")) {
                int at = head.indexOf(d);
                if (at >= 0 && (dash < 0 || at < dash)) {
                    dash = at;
                }
            }
            if (dash < 0) {
                continue;
            }
            int end = first.start() + dash;
            out = out.stream().filter(m -> m.start() < first.start() || m.start() >= end).toList();
        }
        return out;
    }

    /** Where a figure's number starts: a name over its currency symbol (US of US$1.5bn) does not hide it. */
    private static int digitsStart(Figure f) {
        String t = f.text();
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i)) || ChineseNumerals.NUMERAL_CHARS.indexOf(t.charAt(i)) >= 0) {
                return f.start() + i;
            }
        }
        return f.start();
    }

    private int[][] nameSpanCache;

    private int[][] nameSpans() {
        if (nameSpanCache == null) {
            nameSpanCache = names.stream().map(m -> new int[] {m.start(), m.end()}).toArray(int[][]::new);
        }
        return nameSpanCache;
    }

    /** Whether [start, end) overlaps one of the spans (sorted by start, each shorter than REACH). */
    private static boolean overlaps(int[][] spans, int start, int end) {
        int lo = 0;
        int hi = spans.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans[mid][0] < end) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo - 1; i >= 0 && spans[i][0] > start - REACH; i--) {
            if (spans[i][1] > start) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word is one that ends an organisation's name (科技, 銀行, 集團). */
    public static boolean organisationWord(String word) {
        return ReadingWords.get().organisationWords.contains(word);
    }

    /** Words of a market's or an economy's thing ("stocks", "yield"): an English subject with one is its own. */
    public static List<String> ownSubjectWordsEn() {
        return ReadingWords.get().ownSubjectWordsEn;
    }

    /** The verbs an English clause's subject comes before ("rose", "fell", "was"). */
    public static List<String> subjectVerbsEn() {
        return ReadingWords.get().subjectVerbsEn;
    }

    /** The words of person_titles_en ("chief", "officer"): a name with one is a person, who owns no figure. */
    public static Set<String> personTitlesEn() {
        return ReadingWords.get().personTitlesEn;
    }

    /** The English words of reporting_words ("said", "told"): who says a figure, before what it is of. */
    public static List<String> reportingEn() {
        return ReadingWords.get().reporting.stream().filter(x -> latin(x.charAt(0))).toList();
    }

    /** The Chinese verbs and adverbs no subject nor name holds (披露, 提供, 仍), the longest first. */
    public static List<String> chineseVerbs() {
        return ReadingWords.get().verbsZh;
    }

    /** The words that tell who reports or expects (公布, 表示, 預計, "said"). */
    public static List<String> reportingWords() {
        return ReadingWords.get().reporting;
    }

    /** English nouns of organisations ("company", "chain", "utility"): a group of them can own a figure. */
    public static Set<String> organisationNounsEn() {
        return ReadingWords.get().organisationNouns;
    }

    /** 營收, 成本, 財報: words that end a measure's name, not an owner's. */
    public static List<String> measureHeads() {
        return ReadingWords.get().measureHeads;
    }

    /** Whether a sentence hands its figures to a list of names in order (分別, "respectively"). */
    public static boolean saysRespectively(String sentence) {
        return ReadingWords.get().respectively.stream().anyMatch(sentence::contains);
    }

    /**
     * The entities a draft reads an article with, where no table names them: in English its proper
     * nouns ({@link EnglishNames#in}), in Chinese the names of organisations and indices ({@link ChineseNames}).
     */
    public static List<List<String>> namesIn(String text, boolean chinese, Set<String> months) {
        return chinese ? ChineseNames.in(text) : EnglishNames.in(text, months);
    }

    /** How many times a word occurs in a text, overlapping or not. */
    static int count(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            n++;
        }
        return n;
    }

    // ---- sentences ------------------------------------------------------------------------------

    private void splitSentences() {
        int paragraph = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = "。！？!?".indexOf(c) >= 0 || c == '\n' || c == '.' && fullStop(i);
            if (end) {
                // a closing quote or bracket belongs to the sentence it closes
                int e = i + 1;
                while (e < text.length() && "」』”\"’)）".indexOf(text.charAt(e)) >= 0) {
                    e++;
                }
                add(start, e, paragraph);
                if (c == '\n') {
                    paragraph++;
                }
                start = e;
                i = e - 1;
            }
        }
        add(start, text.length(), paragraph);
    }

    /**
     * The longest sentence read as one, in characters. Every reading of a figure looks back through its
     * sentence, so one "sentence" of 9,999 figures took minutes (draft 66 s, verify 177 s for 179 KB);
     * a journalist's longest runs to a few hundred characters. A longer one is read in pieces cut at a
     * clause's end (or a space) before the limit.
     */
    static final int LONGEST_SENTENCE = 2_000;

    private void add(int start, int end, int paragraph) {
        int s = start;
        while (s < end && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (end - s > LONGEST_SENTENCE) {
            int clause = cutBefore(text, s, LONGEST_SENTENCE);
            sentences.add(new Sentence(sentences.size(), paragraph, s, clause));
            s = clause;
            while (s < end && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
        }
        if (s < end) {
            sentences.add(new Sentence(sentences.size(), paragraph, s, end));
        }
    }

    /**
     * Where a run longer than {@code limit} characters from {@code start} is cut: after the last clause
     * mark in its second half; else at the last space between two words ("million | and"), never between
     * a number and its unit ("$241 | million" lost 85 of 9,999 figures); else at the last space; else at
     * the limit, between two code points.
     */
    public static int cutBefore(String text, int start, int limit) {
        int cut = start + limit;
        int floor = start + limit / 2;
        for (int i = cut; i > floor; i--) {
            if (",;，；、。".indexOf(text.charAt(i - 1)) >= 0) {
                return i;
            }
        }
        int anySpace = -1;
        for (int i = cut; i > floor; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                if (i - 2 >= start && Character.isLetter(text.charAt(i - 2)) && i < text.length() && Character.isLetter(text.charAt(i))) {
                    return i;
                }
                anySpace = anySpace < 0 ? i : anySpace;
            }
        }
        if (anySpace > 0) {
            return anySpace;
        }
        return Character.isLowSurrogate(text.charAt(cut)) ? cut - 1 : cut;
    }

    private boolean fullStop(int i) {
        char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        if (!Character.isWhitespace(next) && "\"”’)".indexOf(next) < 0) {
            return false;
        }
        int s = i;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        String word = ReadingWords.lower(text.substring(s, i));
        return !w.abbreviations.contains(word) && !(word.length() == 1 && Character.isUpperCase(text.charAt(s)));
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return sentences.get(Math.max(lo, 0));
    }

    /** The line of the article (1-based) an offset is on. */
    public int line(int offset) {
        return lowerBound(newlines, offset) + 1;
    }

    /** The header (headline, byline, dateline) is not read for who or when: the body starts at its first long paragraph. */
    private static final java.util.regex.Pattern WIRE_DATELINE = java.util.regex.Pattern.compile(
            "[A-Z][A-Z .'/-]{2,40}(?:, [A-Z][a-z]{2,8}\\.? \\d{1,2})? \\([^)\\n]{2,40}\\) ?[-\u2013\u2014]");

    private int firstBodyParagraph(Reading r) {
        Map<Integer, Integer> length = new java.util.TreeMap<>();
        Map<Integer, Integer> start = new HashMap<>();
        for (Sentence s : sentences) {
            length.merge(s.paragraph(), s.end() - s.start(), Integer::sum);
            start.putIfAbsent(s.paragraph(), s.start());
        }
        // a short dated line among the first ones is the dateline: the body starts after it
        int seen = 0;
        int dateline = -1;
        for (Map.Entry<Integer, Integer> e : length.entrySet()) {
            if (seen++ >= 6) {
                break;
            }
            int from = start.get(e.getKey());
            int to = from + e.getValue();
            // "2025年10月18日", "Friday 21 November 2025", "October 2025": a year and more, on a short line
            List<io.briefing.figures.DateMention.Part> parts = r.dates().stream().filter(d -> d.start() >= from && d.end() <= to)
                    .map(io.briefing.figures.DateMention::part).distinct().toList();
            boolean dated = parts.size() >= 2 && parts.contains(io.briefing.figures.DateMention.Part.YEAR);
            if (dated && e.getValue() < 120) {
                dateline = e.getKey();
            }
        }
        if (dateline >= 0) {
            return dateline + 1;
        }
        // "SANTIAGO/PERTH, Oct 23 (Sample Wire) - Chilean copper miner …": a wire story's body opens with its
        // dateline; the lines before it (a disclaimer, the headline, the byline) are its header
        seen = 0;
        for (Integer paragraph : length.keySet()) {
            if (seen++ >= 6) {
                break;
            }
            int from = start.get(paragraph);
            if (WIRE_DATELINE.matcher(text.substring(from, Math.min(text.length(), from + 120))).lookingAt()) {
                return paragraph;
            }
        }
        return length.entrySet().stream().filter(e -> e.getValue() >= 60).mapToInt(Map.Entry::getKey).min().orElse(0);
    }

    // ---- entities -----------------------------------------------------------------------------

    private static List<Entity> entities(List<List<String>> entityNames) {
        List<Entity> out = new ArrayList<>();
        for (List<String> n : entityNames) {
            out.add(new Entity(out.size(), n.get(0), List.copyOf(n), false));
        }
        // a part of another entity names it: Nimbara Compute is Nimbara's, 寧巴拉運算業務 寧巴拉's
        List<Entity> marked = new ArrayList<>();
        for (Entity a : out) {
            boolean part = false;
            for (Entity b : out) {
                if (a == b || b.names().stream().anyMatch(a.names()::contains)) {
                    continue;
                }
                // the whole's name opens the part's: 台鼎金控 ends with 金控 (the group of all holding
                // companies in a held-out article) and is one of them, not a part of it
                for (String bn : b.names()) {
                    for (String an : a.names()) {
                        part |= bn.length() >= 2 && an.length() > bn.length() && contains(an, bn)
                                && FigureReader.lowerAscii(an).startsWith(FigureReader.lowerAscii(bn));
                    }
                }
            }
            // "Kestrel Forge Entertainment" after "Kestrel Forge": a company's full name, not a unit of it
            String label = a.label().strip();
            if (latin(charAt(label, 0)) && label.contains(" ") && endsWithOrganisationSuffix(label)) {
                part = false;
            }
            marked.add(new Entity(a.id(), a.label(), a.names(), part));
        }
        return List.copyOf(marked);
    }

    private static boolean contains(String hay, String needle) {
        String h = FigureReader.lowerAscii(hay);
        String n = FigureReader.lowerAscii(needle);
        for (int at = h.indexOf(n); at >= 0; at = h.indexOf(n, at + 1)) {
            if (!latin(charAt(h, at - 1)) && !latin(charAt(h, at + n.length())) || !latin(n.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** The figure that ends the range a figure starts (300億美元 of 292億至300億美元), if it starts one. */
    public Optional<Figure> rangeEnd(Figure f) {
        int i = indexOf(f);
        return i >= 0 && rangeEnds[i] >= 0 ? Optional.of(figures.get(rangeEnds[i])) : Optional.empty();
    }

    /** The figure that starts the range a figure ends, if it ends one. */
    public Optional<Figure> rangeStart(Figure f) {
        int i = indexOf(f);
        return i > 0 && rangeEnds[i - 1] == i ? Optional.of(figures.get(i - 1)) : Optional.empty();
    }

    /** Whether an offset lies in the header (headline, byline, dateline), which the body restates. */
    public boolean inHeader(int at) {
        return sentenceAt(at).paragraph() < firstBody;
    }

    public List<Entity> entities() {
        return entities;
    }

    /**
     * A name written in lower case as a word describing another thing: before a head such as output,
     * production or prices ("copper output"), or after a unit and "of" ("81,400 tonnes of copper"). It
     * names what the figure measures, not whose it is (seen: a table aliasing the metal's exchange price
     * "Copper" took every "copper production" of a miner's report for the price's).
     */
    private boolean modifier(int at, int end) {
        if (!latin(text.charAt(at)) || !Character.isLowerCase(text.charAt(at))) {
            return false;
        }
        java.util.regex.Matcher next = NEXT_WORD.matcher(lowered).region(end, Math.min(lowered.length(), end + 24));
        if (next.lookingAt() && w.modifiedHeads.contains(next.group(1))) {
            return true;
        }
        return UNIT_OF.matcher(lowered.substring(Math.max(0, at - 32), at)).find();
    }

    /** A clause that opens with the old value of a revision: "from about €365 million", "down from up to 460,000". */
    private static final java.util.regex.Pattern OLD_VALUE_CLAUSE = java.util.regex.Pattern.compile("(?:[a-z]+ )?from ");
    /** The noun of a base between its comparing word and its figure: " a profit of", " revenue of". */
    private static final java.util.regex.Pattern BASE_NOUN = java.util.regex.Pattern.compile(
            "\\s+(?:(?:a|an|the|its|their)\\s+)?(?:[a-z-]+\\s+){0,2}of$");
    private static final java.util.regex.Pattern NEXT_WORD = java.util.regex.Pattern.compile(" ([a-z]+)");
    /** A quantity of something: "81,400 tonnes of ", "1.2 million barrels of ". */
    private static final java.util.regex.Pattern UNIT_OF = java.util.regex.Pattern.compile("\\d[\\d,.]*(?: [a-z]+)? [a-z]+ of $");

    /** Every name of the table, folded and lower-cased as the text is searched, with its entities: built once. */
    private final Map<String, List<Integer>> entitiesByName = new HashMap<>();

    /** Every place a name of an entity stands, longest names first; a name two entities share stands for both. */
    private void findNames() {
        Map<String, List<Integer>> byName = entitiesByName;
        for (Entity e : entities) {
            for (String n : e.names()) {
                String key = FigureReader.lowerAscii(FigureReader.fold(n));
                if (!key.isBlank()) {
                    byName.computeIfAbsent(key, k -> new ArrayList<>()).add(e.id());
                }
            }
        }
        List<String> keys = new ArrayList<>(byName.keySet());
        keys.sort((a, b) -> b.length() - a.length());
        boolean[] taken = new boolean[text.length() + 1];
        List<NameMention> found = new ArrayList<>();
        for (String key : keys) {
            for (int at = lowered.indexOf(key); at >= 0; at = lowered.indexOf(key, at + 1)) {
                int end = at + key.length();
                if (latin(key.charAt(0)) && latin(charAt(lowered, at - 1))
                        || latin(key.charAt(key.length() - 1)) && latin(charAt(lowered, end))) {
                    continue; // inside a longer word
                }
                if (modifier(at, end)) {
                    continue; // "copper output", "tonnes of copper": the name of a thing describing another
                }
                final int nameEnd = end;
                if (!latin(key.charAt(key.length() - 1)) && w.wordsAcrossNameEnd.stream().anyMatch(x -> lowered.startsWith(x, nameEnd - 1))) {
                    continue; // 快遞業務量: 快遞業 (the industry) ends inside 業務
                }
                if (charAt(text, end) == '-' && Character.isLowerCase(charAt(text, end + 1))) {
                    continue; // "London-listed": an adjective made of the name
                }
                String written = text.substring(at, end);
                if (written.length() >= 4 && written.chars().anyMatch(Character::isLetter) && latin(written.charAt(0))
                        && written.equals(written.toUpperCase(java.util.Locale.ROOT))
                        && byName.get(key).stream().noneMatch(id -> entities.get(id).names().contains(written))) {
                    continue; // "LONDON, Oct. 23 (…) -": a dateline or a headline in capitals, not a mention
                }
                boolean free = true;
                for (int k = at; k < end; k++) {
                    free &= !taken[k];
                }
                if (free) {
                    Arrays.fill(taken, at, end, true);
                    found.add(new NameMention(byName.get(key), text.substring(at, end), at, end, -1));
                }
            }
        }
        describe(found, taken);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        int group = 0;
        for (int i = 0; i < found.size(); i++) {
            NameMention m = found.get(i);
            if (i > 0 && (!reader.connects(text.substring(found.get(i - 1).end(), Math.max(found.get(i - 1).end(), m.start())))
                    || opensWithIn(found.get(i - 1).start()))) {
                group++; // ("In Paris, Marenne said": a place and the subject, no list of names)
            }
            names.add(new NameMention(m.entities(), m.name(), m.start(), m.end(), group));
        }
    }

    /**
     * "The bank", "the economy", "that business", 該行: a describing word before the head of an entity's
     * name stands for that entity (the one named last before it, else the only one with that head),
     * unless the words are a pronoun ("the company", 該公司), which the reader resolves as the one in play.
     */
    private void describe(List<NameMention> found, boolean[] taken) {
        Map<String, List<Integer>> heads = new HashMap<>();
        for (Entity e : entities) {
            for (String n : e.names()) {
                String name = FigureReader.lowerAscii(n.strip());
                if (name.isEmpty()) {
                    continue;
                }
                if (latin(name.charAt(name.length() - 1))) {
                    String[] words = name.split("[\\s-]+");
                    int of = java.util.Arrays.asList(words).indexOf("of");
                    String head = of > 0 ? words[of - 1] : words[words.length - 1];
                    // "German power for delivery next year": a time ("this year") is no head of the name
                    if (head.length() >= 3 && head.chars().allMatch(c -> latin((char) c)) && !w.timeHeads.contains(head)) {
                        heads.computeIfAbsent(head, k -> new ArrayList<>()).add(e.id());
                    }
                } else if (name.length() >= 3) {
                    heads.computeIfAbsent(name.substring(name.length() - 1), k -> new ArrayList<>()).add(e.id());
                    heads.computeIfAbsent(name.substring(name.length() - 2), k -> new ArrayList<>()).add(e.id());
                }
            }
        }
        headWords = heads;
        List<NameMention> real = new ArrayList<>(found);
        real.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (String d : w.describing) {
            boolean latinWord = latin(d.charAt(0));
            for (int at = lowered.indexOf(d); at >= 0; at = lowered.indexOf(d, at + 1)) {
                int from = at + d.length() + (latinWord ? 1 : 0);
                if (latinWord && (latin(charAt(lowered, at - 1)) || charAt(lowered, at + d.length()) != ' ')) {
                    continue;
                }
                int to = from;
                if (latinWord) {
                    while (to < lowered.length() && latin(lowered.charAt(to))) {
                        to++;
                    }
                } else {
                    to = Math.min(lowered.length(), from + 2);
                    if (from < lowered.length() && w.measureWords.contains(String.valueOf(lowered.charAt(from)))) {
                        continue; // 这场集采: a measure word, not the head of a name
                    }
                }
                if (latinWord && charAt(lowered, to) == '-') {
                    continue; // "the London-listed company": the name made an adjective
                }
                if (latinWord && lowered.startsWith(" that ", to)) {
                    continue; // "the coffee that Brazil has already harvested": a thing the clause defines, no name
                }
                // an English head is the whole word ("the miner" is no "mine"); a Chinese one its last character or two
                for (int end = to; end > from && (!latinWord || end == to); end--) {
                    String head = lowered.substring(from, end);
                    List<Integer> ids = heads.get(head);
                    String words = lowered.substring(at, end);
                    final int start = at;
                    if (ids == null || w.pronouns.contains(words) || w.pronouns.stream().anyMatch(p -> lowered.startsWith(p, start))
                            || anyTaken(taken, at, end)) {
                        continue;
                    }
                    Integer pick = null;
                    for (NameMention m : real) {
                        if (m.end() <= at) {
                            for (int id : m.entities()) {
                                if (ids.contains(id)) {
                                    pick = id;
                                }
                            }
                        }
                    }
                    if (pick == null && ids.stream().distinct().count() == 1) {
                        pick = ids.get(0);
                    }
                    if (pick != null) {
                        Arrays.fill(taken, at, end, true);
                        found.add(new NameMention(List.of(pick), text.substring(at, end), at, end, -1));
                    }
                    break;
                }
            }
        }
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
     * An entity whose Chinese name starts like another's that the article names first is a part of it
     * (天衡88會員 of 天衡商城): a sentence naming no one is not about a part.
     */
    private void markParts() {
        Map<Integer, Integer> first = new HashMap<>();
        Set<Integer> owned = new HashSet<>();
        List<NameMention> ownedAt = new ArrayList<>();
        for (NameMention m : names) {
            for (int id : m.entities()) {
                first.putIfAbsent(id, m.start());

            }
            // in the body only: a disclaimer's "Nordavia, its institutions, every company …" is a list
            // (旗下腔鏡手術機器人「瀾圖-3」與骨科手術機器人WL-20: a name joined to an owned one is owned too)
            NameMention previous = ownedAt.isEmpty() ? null : ownedAt.get(ownedAt.size() - 1);
            boolean listedWithOwned = previous != null && previous.end() <= m.start() && m.start() - previous.end() <= 14
                    && OWNED_LIST_GAP.matcher(lowered.substring(previous.end(), m.start())).matches();
            if (m.entities().size() == 1 && sentenceAt(m.start()).paragraph() >= firstBody
                    && (ownedAt(m) || describedAsAThing(m) || listedWithOwned)) {
                owned.add(m.entities().get(0));
                ownedAt.add(m);
            }
        }
        // the owner of a thing: the last entity named before it that is not owned itself ("Veridane … its
        // injection Lunavra"; "The arthritis treatment Tessivan" after Veridane's other drugs)
        for (NameMention m : ownedAt) {
            int id = m.entities().get(0);
            if (ownerOf.containsKey(id) || organisation(entities.get(id))) {
                continue;
            }
            for (int k = names.indexOf(m) - 1; k >= 0; k--) {
                NameMention b = names.get(k);
                if (b.entities().size() == 1 && !owned.contains(b.entities().get(0)) && b.entities().get(0) != id) {
                    ownerOf.put(id, b.entities().get(0));
                    break;
                }
            }
        }
        List<Entity> out = new ArrayList<>();
        for (Entity a : entities) {
            boolean part = a.part() || owned.contains(a.id()) && !organisation(a);
            for (Entity b : entities) {
                if (a == b || part) {
                    continue;
                }
                int fa = first.getOrDefault(a.id(), Integer.MAX_VALUE);
                int fb = first.getOrDefault(b.id(), Integer.MAX_VALUE);
                boolean bFirst = fb < fa || fb == fa && shortest(b) < shortest(a);

                for (String an : a.names()) {
                    for (String bn : b.names()) {
                        // (a company is no part of its project: 星匯博企 after a headline's 星匯灣度假城)
                        if (bFirst && cjk(an) && cjk(bn) && an.length() >= 3 && bn.length() >= 3 && !an.equals(bn)
                                && !(organisation(a) && !organisation(b) && !an.startsWith(bn))
                                && an.substring(0, 2).equals(bn.substring(0, 2))) {
                            part = true;
                        }
                    }
                }
            }
            out.add(new Entity(a.id(), a.label(), a.names(), part));
        }
        entities = List.copyOf(out);
    }

    /**
     * Whether the article names this mention as something owned: "its weight-loss injection Lunavra",
     * "Glycora, its older diabetes drug", "Halden's Skyline brand", 旗下東南亞業務. What is owned is a
     * part: a sentence naming no one, "It" and "the company" are not about it.
     */
    private boolean ownedAt(NameMention m) {
        String before = lowered.substring(Math.max(0, m.start() - 60), m.start());
        java.util.regex.Matcher p = OWNED_BEFORE.matcher(before);
        if (p.find() && !others(p.group())) {
            // "Veridane's injection Lunavra": owned by a name the reading knows; "Chile's Andina", "Australia's
            // Redgum Lithium": a place's company is no part of the place (a possessor the table does not name)
            if (p.group().startsWith("its") || p.group().startsWith("their")) {
                return true;
            }
            int at = m.start() - before.length() + p.start();
            for (NameMention b : names) {
                if (b.end() == at && !b.entities().isEmpty()) {
                    return true;
                }
            }
        }
        String after = lowered.substring(m.end(), Math.min(lowered.length(), m.end() + 12));
        if (after.startsWith(", its ") || after.startsWith(", their ") || after.startsWith(", a unit of")
                || after.startsWith(", a subsidiary of") || after.startsWith(", part of")) {
            return true;
        }
        for (String word : w.ownedBefore) {
            int at = m.start() - word.length();
            // 旗下 right before the name, or before a short description of it (旗下品牌天衡88; 旗下腔鏡手術機器人「瀾圖-3」:
            // up to ten characters of description, then a quotation mark)
            for (int gap = 0; gap <= 11 && at - gap >= 0; gap++) {
                String description = lowered.substring(Math.max(0, at - gap + word.length()), m.start());
                if (lowered.startsWith(word, at - gap) && (gap <= 4 ? noBound(description)
                        : description.matches("\\p{IsHan}{5,10}[“「『\"]?") && noBound(description.replaceAll("[“「『\"]$", "")))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Between two Chinese names of one list: a closing quote, a joining word, a short description. */
    private static final java.util.regex.Pattern OWNED_LIST_GAP = java.util.regex.Pattern.compile(
            "[”」』\"]?(?:與|与|和|及|、|以及)\\p{IsHan}{0,10}");

    /** The owner of each entity the article names as something owned (a product, a unit). */
    private final Map<Integer, Integer> ownerOf = new HashMap<>();

    /** "its …", "their …" or a possessive ('s) and at most four lower-case words right before a name. */
    /** "its struggling rival Westmarch": a word of the description says the name is another's peer, not a part. */
    private boolean others(String description) {
        String[] words = description.strip().replaceAll("[ ,]+$", "").split("\\s+");
        return words.length > 1 && w.notOwnedNouns.contains(words[words.length - 1]);
    }

    private static final java.util.regex.Pattern OWNED_BEFORE = java.util.regex.Pattern.compile(
            "(?:\\bits|\\btheir|'s|\u2019s)(?: [a-z][a-z-]*){0,4}[ ,]+$");

    /**
     * "The arthritis treatment Tessivan", "the blood thinner Arvelo": a name after "the" and a description
     * in lower case whose head word is not a word for an organisation is the name of a thing (a product,
     * a programme), not of a company.
     */
    private boolean describedAsAThing(NameMention m) {
        if (m.start() == 0 || !Character.isUpperCase(text.charAt(m.start()))) {
            return false;
        }
        String before = text.substring(Math.max(0, m.start() - 60), m.start());
        java.util.regex.Matcher d = DESCRIBED.matcher(before);
        if (!d.find()) {
            return false;
        }
        String[] words = d.group(1).strip().split("[ ,]+");
        // "The strike ended after Andina agreed": a verb or a linking word is no description
        if (java.util.Arrays.stream(words).anyMatch(x -> w.descriptionBreaks.contains(x.toLowerCase(java.util.Locale.ROOT)))) {
            return false;
        }
        String head = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        // "In the third quarter Northwind Line earned …": a time before a name describes no thing
        return !w.organisationNouns.contains(head) && !w.organisationNouns.contains(head.replaceAll("s$", ""))
                && !w.timeHeads.contains(head.replaceAll("s$", ""));
    }

    private static final java.util.regex.Pattern DESCRIBED = java.util.regex.Pattern.compile(
            "(?:^|[ (])(?:[Tt]he|[Aa]n?) ((?:[a-z][a-z-]* ){1,3}[a-z][a-z-]*) $");

    /** Whether an entity is named as an organisation: one of its names ends with a word for one. */
    private boolean organisation(Entity e) {
        for (String n : e.names()) {
            String last = n.strip();
            // "Bank of Nordavia", "Ministry of Finance": a word for an organisation heads the name
            String head = FigureReader.lowerAscii(last.split(" ")[0]);
            if (last.contains(" ") && (w.organisationSuffixes.contains(head) || w.organisationNouns.contains(head))) {
                return true;
            }
            if (endsWithOrganisationSuffix(last)) {
                return true;
            }
            for (String o : w.organisationWords) {
                if (n.endsWith(o)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a name's last word is one of organisation_suffixes_en ("Group", "Inc.", "Entertainment"). */
    private static boolean endsWithOrganisationSuffix(String name) {
        int sp = name.lastIndexOf(' ');
        String lastWord = FigureReader.lowerAscii(sp >= 0 ? name.substring(sp + 1) : name).replace(".", "");
        return ReadingWords.get().organisationSuffixes.contains(lastWord);
    }

    private boolean noBound(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            if (w.nameBounds.indexOf(gap.charAt(i)) >= 0 || !Character.isLetter(gap.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int shortest(Entity e) {
        return e.names().stream().mapToInt(String::length).min().orElse(0);
    }

    private static boolean cjk(String s) {
        return !s.isEmpty() && Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    public List<NameMention> names() {
        return names;
    }

    // ---- figures ------------------------------------------------------------------------------

    /** The figures of the article (not those inside a name), in order. */
    public List<Figure> figures() {
        return figures;
    }

    /** The figures that overlap the span: the quote locates them, the sentence reads them. */
    public List<Figure> figuresIn(int start, int end) {
        int[] r = range(figureStarts, Math.max(0, start - REACH), end);
        return figures.subList(r[0], r[1]).stream().filter(f -> f.start() < end && f.end() > start).toList();
    }

    private int indexOf(Figure f) {
        return figureIndex.getOrDefault(f, -1);
    }

    /**
     * How far a clause or a sentence is read around a figure, at most: no clause of an article is longer,
     * and a text without ends (a 2 MB line of figures) is read in bounded work.
     */
    static final int REACH = 300;
    /** How many sentences back an owner or a period is carried, at most. */
    static final int CARRY = 30;

    /**
     * The label a Chinese clause gives its figure before a verb (其中3奈米占23%: 「3奈米」), or empty:
     * what the figure is of, when the clause says so itself.
     */
    public Optional<String> clauseLabel(Figure f) {
        Sentence s = sentenceAt(f.start());
        String head = text.substring(Math.max(clauseStart(f.start()), s.start()), f.start()).strip();
        for (String opener : w.labelOpeners) {
            if (head.startsWith(opener)) {
                head = head.substring(opener.length()).strip();
                break;
            }
        }
        int verb = -1;
        for (String v : w.labelVerbs) {
            int at = head.indexOf(v);
            if (at > 0 && (verb < 0 || at < verb)) {
                verb = at;
            }
        }
        if (verb < 2 || verb > 12) {
            return Optional.empty();
        }
        String label = head.substring(0, verb).strip();
        boolean han = label.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return han ? Optional.of(label) : Optional.empty();
    }

    /**
     * 載客人數與貨運量分別為96.2萬人次及5.38萬公噸，年增7.5%與年減2.6%: the measure a Chinese 分別 list gives
     * the figure by its place — each run of figures after the list, as long as the list, goes to its measures
     * in order; empty when the sentence has no such list or its figures do not come in runs of its length.
     */
    public Optional<String> respectiveLabel(Figure f) {
        Sentence s = sentenceAt(f.start());
        String sentence = text.substring(s.start(), s.end());
        Optional<String> english = respectiveLabelEn(f, s);
        if (english.isPresent()) {
            return english;
        }
        int at = -1;
        for (String word : w.respectively) {
            int k = sentence.indexOf(word);
            if (k > 0 && !latin(word.charAt(0)) && (at < 0 || k < at)) {
                at = k;
            }
        }
        if (at < 0 || f.start() < s.start() + at) {
            return Optional.empty();
        }
        int listEnd = s.start() + at;
        int listStart = Math.max(clauseStart(listEnd), s.start());
        // the list's words after the last name or time before 分別 (凌雲10月載客人數與貨運量: 載客人數, 貨運量)
        int[] nr = range(nameStarts, Math.max(0, listStart - REACH), listEnd);
        for (NameMention m : names.subList(nr[0], nr[1])) {
            if (m.end() > listStart && m.end() <= listEnd) {
                listStart = m.end();
            }
        }
        int[] tr = range(timeStarts, Math.max(0, listStart - REACH), listEnd);
        for (TimeMention t : times.subList(tr[0], tr[1])) {
            if (t.end() > listStart && t.end() <= listEnd) {
                listStart = t.end();
            }
        }
        String[] parts = text.substring(listStart, listEnd).strip().split("[與与和及、跟]");
        if (parts.length < 2) {
            return Optional.empty();
        }
        for (String part : parts) {
            if (part.codePointCount(0, part.length()) < 2 || part.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    != Character.UnicodeScript.HAN)) {
                return Optional.empty();
            }
        }
        // (the list's statement ends at a semicolon: 載客率81.4% after it is a figure of its own)
        int end = s.end();
        for (int k = listEnd; k < s.end(); k++) {
            if (text.charAt(k) == '；' || text.charAt(k) == ';') {
                end = k;
                break;
            }
        }
        List<Figure> after = figuresIn(listEnd, end);
        int i = after.indexOf(f);
        if (i < 0 || after.size() % parts.length != 0) {
            return Optional.empty();
        }
        return Optional.of(parts[i % parts.length]);
    }

    /**
     * The words an English figure is told by right after it ("9% at constant exchange rates", "2% in Swiss
     * francs", "1.5% on a reported basis"): the words of a phrase opened by one of trailing_label_openers_en,
     * up to the next figure, clause end or joining word, without articles; empty when none.
     */
    public List<String> trailingLabel(Figure f) {
        if (!latin(charAt(text, f.end() + 1)) || f.end() >= text.length() || text.charAt(f.end()) != ' ') {
            return List.of();
        }
        int limit = Math.min(Math.min(clauseEndAt(f.end()), sentenceAt(f.start()).end()), f.end() + 60);
        List<Figure> next = figuresIn(f.end(), limit);
        if (!next.isEmpty()) {
            limit = next.get(0).start();
        }
        String after = lowered.substring(f.end(), limit);
        // ("4.6% in that period", "in the three months to September": a time, no label)
        int[] tr = range(timeStarts, f.end(), limit);
        if (tr[1] > tr[0]) {
            return List.of();
        }
        java.util.regex.Matcher m = TRAILING.matcher(after);
        if (!m.find() || !w.trailingLabelOpenersEn.contains(m.group(1))) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String x : m.group(2).strip().split("\\s+")) {
            if (w.predicateJoinersEn.contains(x) || w.prepositionsEn.contains(x) && !words.isEmpty()) {
                break;
            }
            if (x.matches("[a-z][a-z-]{2,}") && !w.articlesEn.contains(x)) {
                words.add(x);
            }
        }
        return words;
    }

    private static final java.util.regex.Pattern TRAILING = java.util.regex.Pattern.compile("^ ([a-z]+) ((?:[a-z-]+ ?){1,5})");

    /**
     * "Residential and commercial volumes grew 1.1% and 3.9%, respectively": the measure an English list before
     * the figures gives the figure by its place (residential, commercial: the first word of each of its parts
     * that is no article or pronoun); empty when the list names an entity of the table, or its parts are not
     * as many as the run of figures alike the figure is in.
     */
    private Optional<String> respectiveLabelEn(Figure f, Sentence s) {
        return respectiveListEn(f, s).filter(l -> !l.named()).map(l -> l.labels().get(l.place()));
    }

    /**
     * An English list before a run of figures: its parts as written, the label of each (the word before
     * its connector; of the last part, its first word), the figure's place, and whether a name of the
     * table stands in it.
     */
    private record RespectiveList(List<String> parts, List<String> labels, int place, boolean named, boolean places) {
        /**
         * "Residential and commercial volumes": words that qualify one head, not things each with a head
         * of its own ("Retail lines and business lines premiums": "lines" again in the last part).
         */
        boolean qualifiers() {
            List<String> last = List.of(parts.get(parts.size() - 1).strip().split("\\s+"));
            // ("Butter and cheddar fell 5.1% and 0.7%": things, the verb right after the last; a shared head
            // is a noun between the last label and the verb)
            return labels.subList(0, labels.size() - 1).stream().noneMatch(last::contains) && head().size() >= 2;
        }

        /** The words of the last part after its label: the head the labels share ("chains fell"). */
        List<String> head() {
            List<String> last = List.of(parts.get(parts.size() - 1).strip().split("\\s+"));
            int at = last.indexOf(labels.get(labels.size() - 1));
            return at < 0 ? List.of() : last.subList(at + 1, last.size());
        }
    }

    private Optional<RespectiveList> respectiveListEn(Figure f, Sentence s) {
        int word = -1;
        for (String r : w.respectively) {
            int k = latin(r.charAt(0)) ? lowered.indexOf(r, f.end()) : -1;
            if (k >= 0 && k < s.end() && (word < 0 || k < word)) {
                word = k;
            }
        }
        if (word < 0) {
            return Optional.empty();
        }
        int cs = Math.max(clauseStart(f.start()), s.start());
        List<Figure> run = runOf(f, cs, word);
        if (!run.contains(f) || run.size() < 2) {
            return Optional.empty();
        }
        int listStart = Math.max(clauseStart(run.get(0).start()), s.start());
        String list = lowered.substring(listStart, run.get(0).start());
        // "Organic sales in the US and Europe rose 5% and 1%": a list of places after "in" is what the figures
        // are of, the measure before it their subject's
        while (!list.isEmpty() && Character.isWhitespace(list.charAt(0))) {
            listStart++;
            list = list.substring(1);
        }
        java.util.regex.Matcher place = PLACE_LIST.matcher(list);
        boolean places = place.find();
        if (places) {
            listStart += place.end();
            list = list.substring(place.end());
        }
        String[] parts = list.split(",\\s+and\\s+|,\\s+|\\s+and\\s+");
        if (parts.length != run.size()) {
            return Optional.empty();
        }
        List<String> labels = new ArrayList<>();
        String written = text.substring(listStart, run.get(0).start());
        for (int i = 0; i < parts.length; i++) {
            // (a place's letters as written: "US", "EU")
            List<String> words = java.util.Arrays.stream(parts[i].strip().split("\\s+"))
                    .filter(x -> x.matches("[a-z][a-z-]{2,}") || places && x.matches("[a-z]{2}")
                            && written.matches("(?s).*\\b" + x.toUpperCase(java.util.Locale.ROOT) + "\\b.*"))
                    .filter(x -> !w.pronouns.contains(x) && !w.demonstratives.contains(x) && !w.articlesEn.contains(x))
                    .toList();
            String label = words.isEmpty() ? null : i < parts.length - 1 ? words.get(words.size() - 1) : words.get(0);
            if (label == null || labels.contains(label)) {
                return Optional.empty();
            }
            labels.add(label);
        }
        return Optional.of(new RespectiveList(List.of(parts), labels, run.indexOf(f), tableNamedBetween(listStart, run.get(0).start()),
                places));
    }

    /** The head of an English list up to a place preposition before its parts ("organic sales in the"). */
    private static final java.util.regex.Pattern PLACE_LIST = java.util.regex.Pattern.compile(
            "^[a-z][a-z -]*?\\b(?:in|across)\\s+(?:the\\s+)?(?=\\S)");

    /**
     * "Traffic at quick-service and casual-dining chains fell 3.1% and 1.9%, respectively": each label with
     * the head the list shares is a name of the table (quick-service chains, casual-dining chains); the
     * figure goes to the one of its place. Null when a member names no entity.
     */
    private Owner listedWithSharedHeadEn(RespectiveList l) {
        if (!l.qualifiers() || l.head().isEmpty()) {
            return null;
        }
        for (int n = 1; n <= Math.min(3, l.head().size()); n++) {
            String head = String.join(" ", l.head().subList(0, n));
            List<Set<Integer>> members = new ArrayList<>();
            for (String label : l.labels()) {
                String member = label + " " + head;
                Set<Integer> ids = new LinkedHashSet<>();
                entitiesByName.forEach((key, of) -> {
                    if (key.equals(member) || key.endsWith(" " + member)) {
                        ids.addAll(of);
                    }
                });
                members.add(ids);
            }
            if (members.stream().noneMatch(Set::isEmpty) && new java.util.HashSet<>(members).size() == members.size()) {
                return new Owner(new LinkedHashSet<>(members.get(l.place())), "listed with 「" + l.labels().get(l.place()) + " "
                        + head + "」 (respectively, figure " + (l.place() + 1) + " of " + members.size() + ")");
            }
        }
        return null;
    }

    /**
     * 光伏玻璃全年產量達到2600萬噸以上: the words a Chinese clause puts before the measure it states (a
     * row's metric, 產量), its dates and openers left out, when they are a noun phrase of their own (光伏玻璃);
     * empty when the clause opens with the measure, or names what it measures with a pronoun or a
     * demonstrative (其產量, 該公司產量), or the measure is not in the clause.
     */
    public Optional<String> topicBefore(Figure f, String measure) {
        String core = measure.split("[（(]", 2)[0].strip();
        if (core.isEmpty() || core.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return Optional.empty();
        }
        Sentence s = sentenceAt(f.start());
        int cs = Math.max(clauseStart(f.start()), s.start());
        int at = text.indexOf(core, cs);
        if (at < 0 || at + core.length() > f.start()) {
            return Optional.empty();
        }
        StringBuilder pre = new StringBuilder();
        int[] tr = range(timeStarts, Math.max(0, cs - REACH), at);
        int i = cs;
        for (TimeMention t : times.subList(tr[0], tr[1])) {
            if (t.end() > cs && t.start() < at) {
                pre.append(text, i, Math.max(i, t.start()));
                i = Math.max(i, t.end());
            }
        }
        pre.append(text, Math.min(i, at), at);
        String topic = pre.toString().strip();
        boolean cut = true;
        while (cut && !topic.isEmpty()) {
            cut = false;
            for (String opener : concat(w.labelOpeners, w.notNameStart)) {
                if (topic.startsWith(opener)) {
                    topic = topic.substring(opener.length()).strip();
                    cut = true;
                }
            }
            while (!topic.isEmpty() && "，,、：:（）()".indexOf(topic.charAt(0)) >= 0) {
                topic = topic.substring(1).strip();
                cut = true;
            }
        }
        if (topic.endsWith("的")) {
            topic = topic.substring(0, topic.length() - 1);
        }
        final String said = topic;
        boolean plain = said.length() >= 2 && said.length() <= 12
                && said.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        boolean pointing = concat(w.pronouns, w.possessives, w.demonstratives, w.sourcesAfter, w.sourcesBefore).stream()
                .anyMatch(said::contains);
        return plain && !pointing ? Optional.of(said) : Optional.empty();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }

    int clauseStart(int at) {
        int i = Math.min(at, text.length());
        int floor = Math.max(0, at - REACH);
        while (i > floor && !clauseEnd[i - 1]) {
            i--;
        }
        return i;
    }

    int clauseEndAt(int at) {
        int i = Math.max(at, 0);
        int ceiling = Math.min(text.length(), at + REACH);
        while (i < ceiling && !clauseEnd[i]) {
            i++;
        }
        return i;
    }

    /** The indexes [lo, hi) of the items (sorted by start) that start in [from, to). */
    private static int[] range(int[] starts, int from, int to) {
        return new int[] {lowerBound(starts, from), lowerBound(starts, to)};
    }

    private static int lowerBound(int[] starts, int value) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    // ---- whose --------------------------------------------------------------------------------

    /** Whose the figure is, as a careful reader resolves it; empty entities when the text does not say. */
    public Owner owner(Figure f) {
        Sentence s = sentenceAt(f.start());
        Owner listed = respectively(f, s);
        if (listed != null) {
            return listed;
        }
        int cs = Math.max(clauseStart(f.start()), s.start());
        int ce = Math.min(clauseEndAt(f.end()), s.end());
        NameMention before = null;
        NameMention after = null;
        NameMention earlier = null;
        int[] r = range(nameStarts, Math.max(s.start(), f.start() - REACH), Math.min(ce, f.end() + REACH));
        for (NameMention m : names.subList(r[0], r[1])) {
            if (objectOrOwned(m)) {
                continue;
            }
            if (m.start() >= cs && m.end() <= f.start()) {
                before = m;
            } else if (after == null && m.start() >= f.end() && m.end() <= ce && !source(m) && !placeOfLaterFigure(f, m)) {
                after = m;
            } else if (m.start() >= s.start() && m.end() <= cs && !inRelativeClause(m) && !source(m) && !inPlace(m)
                    && !(inPart(m.start()) && !inPart(f.start()))) {
                // (其中儲能電池出口佔比過半；9月出口額為…: the part named before the ； owns nothing after it)
                // ("… at $61.40 in New York; the stock had gained a third": a place after "in" owns nothing)
                earlier = m;
            }
        }
        if (before != null) {
            // "Aldercrest forecast sales below Wall Street estimates and said it would cut 5%": "it" after the
            // nearest name is the clause's subject, its first name
            String between = lowered.substring(before.end(), f.start());
            String pronoun = firstWord(between, w.pronouns);
            if (pronoun != null) {
                for (NameMention m : names.subList(r[0], r[1])) {
                    if (m.start() >= cs && m != before && !inRelativeClause(m)) {
                        return new Owner(group(m), "「" + pronoun + "」 refers to the clause's subject 「" + m.name() + "」");
                    }
                    if (m == before) {
                        break;
                    }
                }
            }
            Owner split = contrasted(before, s);
            return split != null ? split : new Owner(group(before), Owner.NAMED_IN_CLAUSE + ": 「" + before.name() + "」");
        }
        if (after != null && (firstWord(lowered.substring(cs, f.start()), w.pronouns) == null || !ownedAt(after))) {
            // "the miner took a $430 million writedown on its lithium business": a name after the figure that the
            // clause's own subject owns ("its …") is not the figure's owner; the subject is
            Owner split = contrasted(after, s);
            return split != null ? split : new Owner(group(after), Owner.NAMED_IN_CLAUSE + ": 「" + after.name() + "」");
        }
        // 明顯跑贏下跌0.41%的中證500指數: the figure is of the organisation the 的 after it names, whether or not
        // the table names it (tamper: the row given to the index named earlier in its sentence was verified)
        String ofName = ownerAfterDe(f, ce);
        if (ofName != null) {
            return new Owner(Set.of(), "the figure is of 「" + ofName + "」 (after 的), which the table does not name", ofName);
        }
        if (earlier != null) {
            // "…, while copper demand from electric vehicles rises by more than 5%": a clause opening with a
            // word of contrast has a subject of its own; the name earlier in the sentence is not it
            String opening = lowered.substring(cs, f.start()).strip();
            for (String word : w.ownSubjectClauses) {
                String rest = opening.startsWith(word + " ") ? opening.substring(word.length() + 1) : "";
                // "…, while its revenue came to €2.1 billion": a pronoun subject is the one in play
                boolean pronoun = w.pronouns.stream().anyMatch(p -> rest.startsWith(p + " ") || rest.equals(p));
                if (rest.length() > 3 && !pronoun) {
                    String subject = text.substring(cs, f.start()).strip().substring(word.length()).strip();
                    subject = subject.length() > 60 ? subject.substring(0, 60) + "…" : subject;
                    return new Owner(Set.of(), "its clause, after 「" + word + "」, has a subject of its own: 「" + subject
                            + "」, which the table does not name", subject);
                }
            }
            Owner subject = pronounForSubject(s, cs, ce, earlier, names.subList(r[0], r[1]));
            if (subject != null) {
                return subject;
            }
            Owner goesOn = goesOnFromPronounClause(earlier, cs);
            if (goesOn != null) {
                return goesOn;
            }
            String contrasted = contrastedMeasureOwner(earlier, cs, f.start());
            if (contrasted != null) {
                return new Owner(Set.of(), "its clause says the same measure of 「" + contrasted + "」 (before 則), which the table "
                        + "does not name", contrasted);
            }
            String parallel = parallelSubject(earlier, cs, f.start());
            if (parallel != null) {
                // 算力概念指數累計漲幅達47.66%，服務器概念指數累計漲幅達84.03%: the second clause has its own subject
                return new Owner(Set.of(), "its clause says the same of 「" + parallel + "」, which the table does not name",
                        parallel);
            }
            // 研究中心本週公布，9月訪港旅客…: a name whose clause reports and states nothing is who tells the
            // figures, still their owner for a check, but the topic of the clause after it is theirs to a draft
            int nameClauseEnd = clauseEndAt(earlier.end());
            boolean reports = MetricNames.namesAny(lowered.substring(earlier.end(), Math.min(nameClauseEnd, cs)), w.reporting)
                    && figuresIn(earlier.end(), Math.min(nameClauseEnd, cs)).isEmpty();
            return new Owner(group(earlier), (reports ? Owner.REPORTED_IN_SENTENCE : Owner.NAMED_IN_SENTENCE)
                    + ": 「" + earlier.name() + "」");
        }
        // "Green coffee now makes up about 45% of its cost of goods sold": a share of what "its" refers to
        boolean ofPossessed = java.util.regex.Pattern.compile("^\\s*of (?:its|their) ").matcher(lowered.substring(f.end(), ce)).find();
        String sibling = ofPossessed ? null : sibling(s);
        if (sibling != null) {
            return new Owner(Set.of(), "its sentence is about 「" + sibling + "」, which the table does not name", sibling);
        }
        String label = label(s, f.start());
        if (label == null) {
            label = topic(cs, f.start());
        }
        if (label != null) {
            // "2. 3C数码：同比增长11%": the line's label is its subject, though the table does not name it
            return new Owner(Set.of(), "its line is about 「" + label + "」, which the table does not name", label);
        }
        // "The company plans a plant in North Carolina and expects to treat 2 million patients": a clause whose
        // subject is a pronoun is about the entity in play, whatever place or product it names later
        String opening = lowered.substring(cs, f.start()).strip();
        boolean pronounSubject = w.pronouns.stream().anyMatch(p -> opening.startsWith(p)
                && (!latin(p.charAt(0)) || !latin(charAt(opening, p.length()))));
        String unnamed = pronounSubject ? null : unnamedProperNoun(s, cs, f.start());
        if (unnamed != null) {
            // "Rates on the Asia-Mediterranean lane rose 4.1%": the clause names its own subject, one the
            // table lacks; the entity of the sentence before is not carried past it
            return new Owner(Set.of(), "its clause names 「" + unnamed + "」, which the table does not name", unnamed);
        }
        String own = ownSubject(cs, f.start());
        Owner measured = own != null && companyMeasure(own) ? measureInPlay(own, f, cs) : null;
        if (measured != null) {
            return measured;
        }
        if (own != null) {
            // "Gasoline stocks fell 2.4 million barrels": a thing of its own, not the inventories of the sentence
            // before (tamper: with no gasoline row in the table, the other row's entity was verified)
            return new Owner(Set.of(), "its clause's subject 「" + own + "」 is a thing of its own, which the table does not name",
                    own);
        }
        return carried(f.start(), cs);
    }

    /**
     * The subject of an English clause when it names a market's or an economy's thing of its own ("Gasoline
     * stocks fell", "Mortgage approvals climbed"): the words before its first subject verb, with one of
     * own_subject_words_en and no pronoun; else null.
     */
    private String ownSubject(int cs, int at) {
        String head = text.substring(cs, at).strip();
        // ", while distillate inventories were …": the word of contrast opens the clause, it is no subject's
        for (String word : w.ownSubjectClauses) {
            if (head.toLowerCase(java.util.Locale.ROOT).startsWith(word + " ")) {
                head = head.substring(word.length()).strip();
            }
        }
        if (head.isEmpty() || !latin(head.charAt(0))) {
            return null;
        }
        String[] words = head.split("\\s+");
        int verb = -1;
        for (int i = 0; i < words.length && verb < 0; i++) {
            if (w.subjectVerbsEn.contains(words[i].toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", ""))) {
                verb = i;
            }
        }
        if (verb <= 0 || verb > 6) {
            return null;
        }
        String subject = String.join(" ", java.util.Arrays.copyOfRange(words, 0, verb)).replaceAll("[,;:]+$", "");
        String lower = subject.toLowerCase(java.util.Locale.ROOT);
        if (w.pronouns.stream().anyMatch(p -> lower.equals(p) || lower.startsWith(p + " ") || lower.startsWith(p + "'"))
                || lower.contains(",")) {
            return null;
        }
        for (String word : lower.split("\\s+")) {
            if (w.ownSubjectWordsEn.contains(word.replaceAll("[^a-z]", ""))) {
                return subject;
            }
        }
        return null;
    }

    /**
     * Whether an English subject of a thing of its own is rather an organisation's own measure: it opens with
     * "the", its last word is one of company_measure_heads_en ("The average selling price") and none of its
     * words is a market's (market_words_en, own_subject_words_en other than the head: "the unemployment rate").
     */
    private boolean companyMeasure(String subject) {
        String[] words = subject.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        if (words.length < 2 || !words[0].equals("the") || !w.companyMeasureHeadsEn.contains(words[words.length - 1])) {
            return false;
        }
        for (int i = 1; i < words.length - 1; i++) {
            String x = words[i].replaceAll("[^a-z-]", "");
            if (w.marketWordsEn.contains(x) || w.ownSubjectWordsEn.contains(x) || x.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "The average selling price rose 2.8%": the measure of the organisation in play, when there is one (not
     * a part's, nor an index's or a rate's); else null.
     */
    private Owner measureInPlay(String subject, Figure f, int cs) {
        Owner inPlay = carried(f.start(), cs);
        if (inPlay.entities().isEmpty() || inPlay.entities().stream().anyMatch(id -> entities.get(id).part()
                || thingOfAMarket(entities.get(id)))) {
            return null;
        }
        return new Owner(inPlay.entities(), "its clause's subject 「" + subject + "」 is a measure of the organisation in play: "
                + inPlay.how(), "", inPlay.carriedFrom());
    }

    /** Whether an entity is a market's thing by its names' last word ("… housebuilding index", "Two-year fixed mortgage rate"). */
    private boolean thingOfAMarket(Entity e) {
        return e.names().stream().allMatch(n -> latin(charAt(n, 0))
                && w.ownSubjectWordsEn.contains(n.substring(n.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * "Kestrel pushed back the release of Titan 4, …, and said it would cut 650 jobs": "it" in a later clause
     * is the sentence's subject, its first name, not the name nearest before (", about 6% of its staff": the
     * pronoun may follow the figure in its clause); null when the clause has no English pronoun or the
     * subject is that nearest name.
     */
    private Owner pronounForSubject(Sentence s, int cs, int ce, NameMention earlier, List<NameMention> near) {
        String pronoun = firstWord(lowered.substring(cs, ce), w.pronouns);
        if (pronoun != null && !latin(pronoun.charAt(0)) && organisationPronoun(pronoun) && !mayBeAnOrganisation(earlier)) {
            // 瑞峰人壽財務長指出，今年以來新台幣升值逾8%，公司前三季避險成本約1.85%: 公司 is the company the sentence
            // named before, not the currency nearer to it
            for (int k = near.size() - 1; k >= 0; k--) {
                NameMention m = near.get(k);
                if (m.start() >= s.start() && m.end() <= cs && mayBeAnOrganisation(m) && !objectOrOwned(m)) {
                    return new Owner(group(m), "「" + pronoun + "」 refers to 「" + m.name() + "」, the company its sentence named");
                }
            }
            Owner before = carried(ce, cs);
            return before.entities().isEmpty() ? null : before;
        }
        if (pronoun == null || !latin(pronoun.charAt(0))) {
            return null;
        }
        // ("… said the wholesale price of ground beef averaged $3.85, and that the company's commodity costs would
        // rise by 4%": "the company" is no commodity; the company in play before the sentence)
        boolean organisation = organisationPronoun(pronoun);
        boolean skipped = false;
        for (NameMention m : near) {
            if (m.start() >= s.start() && m.end() <= cs && !inRelativeClause(m) && !source(m) && !objectOrOwned(m) && !openingPlace(m)) {
                if (organisation && !mayBeAnOrganisation(m)) {
                    skipped = true;
                    continue;
                }
                return m == earlier ? null : new Owner(group(m), "「" + pronoun + "」 refers to the sentence's subject 「" + m.name() + "」");
            }
        }
        if (skipped) {
            Owner before = carried(ce, cs);
            return before.entities().isEmpty() ? null : before;
        }
        return null;
    }

    /** 上市酒店股方面，…: a name whose clause is the name and a word of field_openers only. */
    private boolean fieldOpener(NameMention m) {
        int cs = clauseStart(m.start());
        return lowered.substring(cs, m.start()).strip().length() <= 4
                && w.fieldOpeners.contains(lowered.substring(m.end(), clauseEndAt(m.end())).strip());
    }

    /**
     * …新台幣兌美元升值逾8%，公司前三季年化避險成本約1.85%，較去年同期上升0.42個百分點: a Chinese clause with no
     * subject goes on with the clause before it, whose subject 公司 is the company, not the currency named
     * before that. Null when no clause between the earlier name and this one opens with an organisation pronoun.
     */
    private Owner goesOnFromPronounClause(NameMention earlier, int cs) {
        if (latin(charAt(text, cs)) || latin(charAt(text, earlier.start()))) {
            return null;
        }
        List<Figure> between = figuresIn(earlier.end(), cs);
        for (int k = between.size() - 1; k >= 0; k--) {
            Figure g = between.get(k);
            int gs = clauseStart(g.start());
            if (gs < earlier.end()) {
                break;
            }
            String pronoun = firstWord(lowered.substring(gs, g.start()), w.pronouns);
            if (pronoun != null && organisationPronoun(pronoun)) {
                Owner before = owner(g);
                return before.entities().isEmpty() ? null
                        : new Owner(before.entities(), "its clause goes on with the one before (" + before.how() + ")");
            }
        }
        return null;
    }

    /** "the company", "the group's": a word that refers back to an organisation only. */
    private boolean organisationPronoun(String pronoun) {
        if (w.organisationPronounsZh.contains(pronoun)) {
            return true;
        }
        String last = pronoun.substring(pronoun.lastIndexOf(' ') + 1).replaceAll("['’]s$", "");
        return pronoun.startsWith("the ") && w.organisationNouns.contains(last);
    }

    /** "The York-based builder", "the London-listed company": one to three describing words, then an organisation noun. */
    private java.util.regex.Pattern organisationDescription;

    /**
     * The phrase an English clause opens with that describes an organisation without naming it ("The York-based
     * builder now expects …"): like "the company", it refers to the organisation in play. Null when it opens
     * with none, or with a bare "the company" (a pronoun of its own).
     */
    private String organisationDescription(String head) {
        if (organisationDescription == null) {
            String nouns = w.organisationNouns.stream().map(java.util.regex.Pattern::quote)
                    .collect(java.util.stream.Collectors.joining("|"));
            organisationDescription = java.util.regex.Pattern.compile("^the\\s+(?:[\\p{L}][\\p{L}'’-]*\\s+){1,3}?(?:" + nouns
                    + ")(?![\\p{L}'’-])");
        }
        java.util.regex.Matcher m = organisationDescription.matcher(head.stripLeading());
        if (!m.find()) {
            return null;
        }
        // ("the company's average selling price": a possessive before a noun is no description of the company)
        String words = m.group().substring(4);
        return words.matches(".*\\b(?:of|and|or|in|at|for|to|its|their)\\b.*") ? null : m.group().replaceAll("\\s+", " ");
    }

    /** Whether a mention may name a company: an English name the text capitalizes, not a storm's ("Hurricane Ilse"). */
    private boolean mayBeAnOrganisation(NameMention m) {
        return !(latin(charAt(text, m.start())) && Character.isLowerCase(text.charAt(m.start()))) && !notAnOrganisation(m)
                && !m.entities().isEmpty() && !m.entities().stream().allMatch(this::thing);
    }

    /** Per entity, once: whether it names a thing (a common noun or a currency), not a company; null until asked. */
    private Boolean[] things;

    private boolean thing(int id) {
        if (things == null) {
            things = new Boolean[entities.size()];
        }
        if (things[id] == null) {
            // each test reads the whole text or the entity's names through the figure reader: asked per mention
            things[id] = commonNoun(id) || currency(id);
        }
        return things[id];
    }

    /**
     * An entity the article writes in lower case where it names it ("copper producer Gidgee", "its gold") is a
     * thing, not a company, though a sentence opens with it ("Copper averaged US$9,790 a tonne. The company said
     * …" was given to copper).
     */
    private boolean commonNoun(int id) {
        for (String n : entities.get(id).names()) {
            if (n.isEmpty() || !latin(n.charAt(0)) || !Character.isUpperCase(n.charAt(0))) {
                continue;
            }
            String lower = n.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + n.substring(1);
            for (int at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
                if (!latin(charAt(text, at - 1)) && !latin(charAt(text, at + lower.length()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a mention stands in a clause a word of condition opens (若, 如果, "if"). */
    private boolean inCondition(NameMention m) {
        String head = lowered.substring(clauseStart(m.start()), m.start()).strip();
        return w.conditions.stream().anyMatch(c -> latin(c.charAt(0)) ? head.equals(c) || head.startsWith(c + " ") : head.startsWith(c));
    }

    /** Whether a word of a currency's move (兌, 升值, 匯率) follows a mention of it within its clause. */
    private boolean currencyMoves(NameMention m) {
        String after = lowered.substring(m.end(), Math.min(lowered.length(), m.end() + 8));
        int stop = 0;
        while (stop < after.length() && !clauseEnd(after.charAt(stop))) {
            stop++;
        }
        String rest = after.substring(0, stop);
        return w.currencyMovesZh.stream().anyMatch(rest::contains);
    }

    /** An entity a name of which is a currency word of the units (新台幣, 台幣): no company "公司" goes back to. */
    private boolean currency(int id) {
        return entities.get(id).names().stream().anyMatch(n -> reader.read(n + "1").figures().stream()
                .anyMatch(g -> g.unitWord().equals(n) && g.units().stream()
                        .anyMatch(u -> u.kind() == io.briefing.facts.UnitKind.CURRENCY)));
    }

    /**
     * 澄观数据显示，…; 據統計局數據; "according to Kestrel Research": a name the figures come from, not one
     * they are about (the words are reading-words.yaml's sources_after and sources_before).
     */
    private boolean source(NameMention m) {
        int to = Math.min(lowered.length(), m.end() + w.sourceGap + 8);
        String after = lowered.substring(m.end(), to);
        // "well short of the $1.46 billion Quarry Analytics said analysts were expecting": a name that says
        // a figure its clause gave before it tells that figure, it does not own it
        if (latin(charAt(text, m.start())) && w.reporting.stream().anyMatch(r -> latin(r.charAt(0)) && after.startsWith(" " + r + " "))) {
            int cs = clauseStart(m.start());
            if (!figuresIn(Math.max(cs, m.start() - REACH), m.start()).isEmpty()) {
                return true;
            }
        }
        for (String word : w.sourcesAfter) {
            int at = after.indexOf(word);
            String gap = at >= 0 ? after.substring(0, at) : "";
            if (at >= 0 && at <= w.sourceGap && gap.chars().noneMatch(c -> clauseEnd(c))
                    && (gap.isEmpty() || w.ownReports.stream().noneMatch(gap::endsWith))) {
                return true;
            }
        }
        // 样本证券汽车行业首席分析师赵启铭表示: the firm of a person who speaks, not what the figures are of
        String titled = lowered.substring(m.end(), Math.min(lowered.length(), m.end() + w.sourceGap + 6));
        for (String title : w.analystTitles) {
            int at = titled.indexOf(title);
            if (at >= 0 && at <= w.sourceGap + 2 && titled.substring(0, at).chars().noneMatch(c -> clauseEnd(c))) {
                return true;
            }
        }
        String before = lowered.substring(Math.max(0, m.start() - w.sourceGap - 12), m.start()).stripTrailing();
        for (String word : w.sourcesBefore) {
            if (before.endsWith(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean clauseEnd(int c) {
        return "，,。；;：:！？!?\n".indexOf(c) >= 0;
    }

    /** Where a run of capitalised words that continues a word ending at {@code end} ends, before {@code at}. */
    private int capitalisedRunEnd(int end, int at) {
        int e = end;
        while (e + 1 < at && text.charAt(e) == ' ' && Character.isUpperCase(text.charAt(e + 1))) {
            e++;
            while (e < at && (latin(text.charAt(e)) || text.charAt(e) == '-')) {
                e++;
            }
        }
        return e;
    }

    /**
     * A capitalised word in the clause before a figure, not opening its sentence, not a name of the
     * table, a time, a pronoun or a describing word: a proper noun the clause is about ("Asia-Mediterranean").
     */
    private String unnamedProperNoun(Sentence s, int clauseStart, int at) {
        int from = Math.max(clauseStart, s.start());
        int i = from;
        while (i < at) {
            char c = text.charAt(i);
            if (!latin(c)) {
                i++;
                continue;
            }
            boolean wordStart = Character.isUpperCase(c) && latin(c) && (i == 0 || !latin(text.charAt(i - 1)));
            int end = i + 1;
            while (end < at && (latin(text.charAt(end)) || text.charAt(end) == '-')) {
                end++;
            }
            if (wordStart && !EnglishNames.opensSentence(text, i) && i > s.start() && !covered(i, end)) {
                String word = text.substring(i, end);
                String lower = word.toLowerCase(java.util.Locale.ROOT);
                int dash = word.lastIndexOf('-');
                String before = lowered.substring(Math.max(0, i - 20), i);
                if ("(（".indexOf(charAt(text, i - 1)) >= 0 && ")）".indexOf(charAt(text, end)) >= 0) {
                    i = end; // 每間可供出租客房收入（RevPAR）: a bracketed gloss of the words before it
                    continue;
                }
                if (dash > 0 && dash < word.length() - 1 && Character.isLowerCase(word.charAt(dash + 1))) {
                    i = Math.max(end, i + 1); // "The London-listed company": an adjective
                    continue;
                }
                if (charAt(text, end) == ' ' && Character.isDigit(charAt(text, end + 1))) {
                    i = Math.max(end, i + 1); // "orders for the Aster 7 SUV": a model's name, a thing sold, no owner
                    continue;
                }
                // "Same-store sales in the United States and in international markets rose 4.2% and 1.7%": a place
                // the clause's measure is of; "polled by Example Wire": the poll's source; all their capitalised
                // words, no owner
                if (before.endsWith(" in ") || before.endsWith(" in the ") || w.sourcesBefore.stream().anyMatch(b -> before.endsWith(b + " "))) {
                    i = Math.max(capitalisedRunEnd(end, at), i + 1);
                    continue;
                }
                // "after writing down the value of its US brand Hartwell by €480m": a thing the subject owns, named
                // after "its", is no owner of its own
                if (OWNED_NAME.matcher(lowered.substring(Math.max(s.start(), i - 40), i)).find()) {
                    i = Math.max(capitalisedRunEnd(end, at), i + 1);
                    continue;
                }
                // "Chief Financial Officer Katrin Oberholz told reporters that tariffs had cost €780 million": a
                // person with a title speaks for the entity in play; "Financial" is no owner of the table's lacking
                int runEnd = capitalisedRunEnd(end, at);
                if (java.util.Arrays.stream(lowered.substring(i, runEnd).split("[\\s-]+")).anyMatch(w.personTitlesEn::contains)) {
                    i = Math.max(runEnd, i + 1);
                    continue;
                }
                if (word.length() >= 3 && !w.pronouns.contains(lower) && !w.describing.contains(lower)
                        && !w.demonstratives.contains(lower) && !word.equals(word.toUpperCase(java.util.Locale.ROOT))
                        && !reader.monthName(word)) { // "in the April-June quarter" names a time, not an owner
                    return word;
                }
            }
            i = Math.max(end, i + 1);
        }
        return null;
    }

    private static final java.util.regex.Pattern OWNED_NAME = java.util.regex.Pattern.compile(
            "\\b(?:its|their)(?:\\s+[a-z.&-]+){0,3}\\s+$");

    /** Whether a name of the table or a time covers any of these characters. */
    private boolean covered(int from, int to) {
        int[] r = range(nameStarts, Math.max(0, from - REACH), to);
        for (NameMention m : names.subList(r[0], r[1])) {
            if (m.start() < to && m.end() > from) {
                return true;
            }
        }
        int[] t = range(timeStarts, Math.max(0, from - REACH), to);
        for (TimeMention m : times.subList(t[0], t[1])) {
            if (m.start() < to && m.end() > from) {
                return true;
            }
        }
        return false;
    }

    /** ", which the bank watches closely,": a name inside a relative clause is not the sentence's subject. */
    private boolean inRelativeClause(NameMention m) {
        int cs = clauseStart(m.start());
        String head = lowered.substring(cs, m.start()).strip();
        String first = head.split("\\s+", 2)[0];
        if (first.equals("which") || first.equals("who") || first.equals("whose") || first.equals("where")) {
            return true;
        }
        // "Net bookings, the industry's preferred measure of sales, rose 14%": an aside that describes the
        // subject by another name's possession is no subject of its own
        String named = lowered.substring(m.start(), m.end());
        boolean article = head.equals("the") || head.equals("a") || head.equals("an")
                || head.isEmpty() && (named.startsWith("the ") || named.startsWith("a ") || named.startsWith("an "));
        boolean aside = cs > sentenceAt(m.start()).start() && article
                && (lowered.startsWith("'s ", m.end()) || lowered.startsWith("’s ", m.end()));
        return aside && range(figureStarts, cs, clauseEndAt(m.end()))[0] == range(figureStarts, cs, clauseEndAt(m.end()))[1];
    }

    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile(
            "^(?:\\(?[0-9一二三四五六七八九十]{1,2}[.)、．）]\\s*)?([^：:，,。；;\\s][^：:，,。；;]{0,15})[：:]");

    /** 美妝類目則同比下降6%: the topic before 則 in the figure's clause, when it is a noun phrase (no figure, base or time word). */
    private String topic(int clauseStart, int at) {
        for (Topic t : topicsBefore(clauseStart, at, 2)) {
            String topic = t.words();
            boolean plain = topic.length() >= 2 && topic.length() <= 12 && topic.chars().noneMatch(Character::isDigit)
                    && topic.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            int[] tr = range(timeStarts, clauseStart, t.end());
            boolean timed = tr[1] > tr[0] || w.changeBases.values().stream().flatMap(List::stream).anyMatch(topic::contains);
            // 平均房價則下跌4.1%: a measure before 則 is what the clause measures, not whose it is
            boolean measure = w.measureHeads.stream().anyMatch(topic::endsWith);
            if (plain && !timed && !measure) {
                return topic;
            }
        }
        return null;
    }

    /** The words before a topic marker (則) of the clause, one per marker found at least {@code least} chars in. */
    private record Topic(String words, int end) { }

    private List<Topic> topicsBefore(int clauseStart, int at, int least) {
        String head = lowered.substring(clauseStart, at);
        List<Topic> topics = new ArrayList<>();
        for (String marker : w.topicMarkers) {
            int i = head.indexOf(marker);
            if (i >= least && !w.notTopicBefore.contains(String.valueOf(head.charAt(i - 1)))) {
                topics.add(new Topic(text.substring(clauseStart, clauseStart + i).strip(), clauseStart + i));
            }
        }
        return topics;
    }

    /**
     * 銀行通路…，占比約五成二；業務員通路占比則升至約三成五: a topic before 則 that ends with a measure its sentence
     * gave another owner before (占比) names whose that measure is, not the earlier name's (the row given to
     * 銀行通路 was verified: tamper). Null otherwise (經常性收益率則維持在3.62% keeps its owner: no 收益率 before).
     */
    private String contrastedMeasureOwner(NameMention earlier, int clauseStart, int at) {
        for (Topic t : topicsBefore(clauseStart, at, 3)) {
            String topic = t.words();
            String measure = w.measureHeads.stream().filter(topic::endsWith).findFirst().orElse(null);
            if (measure == null) {
                continue;
            }
            String owner = topic.substring(0, topic.length() - measure.length());
            boolean plain = owner.length() >= 2 && owner.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            String before = lowered.substring(Math.min(earlier.end(), clauseStart), clauseStart);
            int[] tr = range(timeStarts, clauseStart, t.end());
            if (plain && before.contains(FigureReader.lowerAscii(measure)) && tr[0] == tr[1]) {
                return owner;
            }
        }
        return null;
    }

    /**
     * The subject of a clause built like an earlier one of its sentence ("A累計漲幅達x，B累計漲幅達y"): the
     * words before the predicate the earlier name's clause has, when they are not that name.
     */
    private String parallelSubject(NameMention earlier, int clauseStart, int at) {
        int ecs = clauseStart(earlier.start());
        int ece = clauseEndAt(earlier.end());
        Figure next = null;
        for (Figure g : figuresIn(earlier.end(), ece)) {
            if (g.start() >= earlier.end()) {
                next = g;
                break;
            }
        }
        if (next == null || ecs >= clauseStart) {
            return null;
        }
        String predicate = lowered.substring(earlier.end(), next.start());
        String head = lowered.substring(clauseStart, at);
        if (predicate.strip().length() < 2) {
            return null;
        }
        if (head.endsWith(predicate) && head.length() - predicate.length() >= 2) {
            String subject = text.substring(clauseStart, at - predicate.length()).strip();
            return subject.length() >= 2 && subject.chars().noneMatch(Character::isDigit) && !w.measureModifiersZh.contains(subject)
                    ? subject : null;
        }
        // 其中建筑用钢需求占比将降至四成半，制造业用钢占比有望首次过半: the measure the name's clause opens with
        // (占比, after at most a word) stated again of a noun phrase of the later clause's own
        if (latin(charAt(text, earlier.start()))) {
            return null;
        }
        for (int len = Math.min(4, predicate.length()); len >= 2; len--) {
            for (int k = 0; k <= Math.min(2, predicate.length() - len); k++) {
                String measure = predicate.substring(k, k + len);
                int in = head.indexOf(measure);
                if (measure.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) && in >= 2) {
                    String subject = text.substring(clauseStart, clauseStart + in).strip();
                    boolean han = subject.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
                    boolean pronoun = w.pronouns.stream().anyMatch(subject::startsWith) || w.labelOpeners.stream().anyMatch(subject::startsWith);
                    // (同比增长…，环比增长6.8%: a basis of the same move, no subject; 較上月 neither)
                    boolean basis = subject.contains("比") || subject.startsWith("按")
                            || w.comparing.stream().filter(x -> !latin(x.charAt(0))).anyMatch(subject::contains)
                            // (占集團營收比重已不足一成: a part of a whole the subject is, no subject of its own)
                            || w.wholeOf.stream().filter(x -> !latin(x.charAt(0))).anyMatch(subject::startsWith);
                    // (全年业务量有望突破…: a time before the measure is no subject)
                    final int from = clauseStart;
                    final int to = clauseStart + in;
                    int[] tr = range(timeStarts, Math.max(0, from - REACH), to);
                    boolean time = times.subList(tr[0], tr[1]).stream().anyMatch(x -> x.start() < to && x.end() > from);
                    return han && subject.length() >= 2 && !pronoun && !basis && !time && !w.measureModifiersZh.contains(subject)
                            ? subject : null;
                }
            }
        }
        return null;
    }

    private Map<String, List<Integer>> headWords = Map.of();

    /**
     * "Services inflation, which …, slowed to 3.9%": a sentence opening with a name of the same kind as an
     * entity of the table (its head word) but not one the table names is about that other entity.
     */
    private String sibling(Sentence s) {
        java.util.regex.Matcher m = SIBLING.matcher(text.substring(s.start(), Math.min(s.end(), s.start() + 60)));
        if (!m.find()) {
            return null;
        }
        String[] words = m.group(1).split(" ");
        String phrase = null;
        for (int n = 2; n <= words.length && phrase == null; n++) {
            // ("Solberg said the group expected …": a verb ends the opening noun phrase, none is made across it)
            String word = words[n - 1].toLowerCase(java.util.Locale.ROOT);
            if (w.subjectVerbsEn.contains(word) || w.reporting.contains(word)) {
                return null;
            }
            if (headWords.containsKey(word)) {
                phrase = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
            }
        }
        if (phrase == null) {
            return null;
        }
        String lower = phrase.toLowerCase(java.util.Locale.ROOT);
        String first = lower.split(" ")[0];
        if (w.describing.contains(first) || w.pronouns.stream().anyMatch(lower::startsWith)) {
            return null;
        }
        // "Lithium output, …, more than doubled": a measure of the entity in play (its output, sales,
        // costs), not an entity of its own beside the table's "World copper mine output"
        String[] said = lower.split(" ");
        if (w.modifiedHeads.contains(said[said.length - 1])) {
            return null;
        }
        // "Shipments of green coffee fell 21.4%": a measure of something, the entity in play's
        if (said.length > 1 && w.modifiedHeads.contains(said[0]) && said[1].equals("of")) {
            return null;
        }
        int[] r = range(nameStarts, s.start(), s.start() + phrase.length() + 1);
        return r[1] > r[0] ? null : phrase;
    }

    private static final java.util.regex.Pattern SIBLING = java.util.regex.Pattern.compile("^([A-Z][a-z]+(?: [a-z]+){1,3})[ ,]");

    /** A sentence that opens with a label and a colon ("2. 3C数码：…", "Beauty: …") before the figure: the label. */
    private String label(Sentence s, int at) {
        java.util.regex.Matcher m = LABEL.matcher(text.substring(s.start(), Math.min(at, s.start() + 24)));
        if (!m.find()) {
            return null;
        }
        // "Its shares (NYSE: CPLW) rose 1.9%": a colon inside a bracket opened before it ends no label
        String label = m.group(1);
        boolean open = label.chars().filter(c -> c == '(' || c == '（').count() > label.chars().filter(c -> c == ')' || c == '）').count();
        // (海外業務是該公司最主要的增長引擎：…: a clause that refers back to who it is about is no label)
        String lower = label.toLowerCase(java.util.Locale.ROOT);
        boolean refers = w.pronouns.stream().anyMatch(p -> !latin(p.charAt(0)) && p.length() >= 2 && lower.contains(p));
        return open || refers ? null : label.strip();
    }

    /** Whether every name of a mention's entities opens with a word of a thing no company is ("Hurricane Delphine"). */
    private boolean notAnOrganisation(NameMention m) {
        // ("the Sample 350 housebuilding index", "Two-year fixed mortgage rate": a thing of a market, named by its
        // last word, is no builder "the York-based builder" goes back to)
        return !m.entities().isEmpty() && m.entities().stream().allMatch(id -> entities.get(id).names().stream()
                .anyMatch(n -> w.notOrganisationFirstEn.contains(n.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT)))
                || thingOfAMarket(entities.get(id)));
    }

    private Set<Integer> group(NameMention m) {
        Set<Integer> out = new LinkedHashSet<>();
        for (NameMention x : names) {
            if (x.group() == m.group()) {
                out.addAll(x.entities());
            }
        }
        return out;
    }

    /**
     * The entity in play before a sentence that names none: the last whole entity (not a part) named
     * before, the subject of the last sentence that names one; after a demonstrative ("that business",
     * 該業務) the last entity named, part or whole.
     */
    private Owner carried(int at, int clauseStart) {
        String head = lowered.substring(clauseStart, at);
        String referent = firstWord(head, w.pronouns);
        if (referent == null) {
            referent = organisationDescription(head);
        }
        boolean demonstrative = demonstrative(head);
        Sentence s = sentenceAt(at);
        for (int k = s.index() - 1; k >= 0 && k >= s.index() - CARRY; k--) {
            Sentence p = sentences.get(k);
            if (p.paragraph() < firstBody) {
                break;
            }
            NameMention pick = null;
            NameMention field = null;
            // a sentence whose subject is a pronoun or unnamed ("It expects …", "The company sells a third of
            // its crude to Westmere", "Output averaged …, of which half came from Block 17") is about the
            // entity in play before it: the names it gives later are objects, not what "It" goes on about
            int subjectEnd = subjectEnd(p);
            int[] r = range(nameStarts, Math.max(p.start(), p.end() - 4 * REACH), p.end());
            for (NameMention m : names.subList(r[0], r[1])) {
                if (m.start() < p.start() || m.end() > p.end() || source(m) || objectOrOwned(m) || inRelativeClause(m) || openingPlace(m)) {
                    continue;
                }
                // ("the mine" in "the lowest since the mine restarted": a common noun that happens to be an entity's
                // head word, in a clause of time or reason, is no name a later sentence goes back to; "had expected
                // the bank to hold" still is)
                if (!demonstrative && (m.start() >= subjectEnd || afterPreposition(m) || inContrastTail(p, m) || modifiesName(m)
                        || m.name().startsWith("the ") && afterAnyWord(lowered.substring(Math.max(p.start(), m.start() - 9), m.start()),
                                w.timeClauseOpenersEn))) {
                    continue;
                }
                // "Titan 4 has a budget of $300 million. [¶] Net bookings rose 14%": a name with its own number (a
                // game, a field, a model) owns no company's figures; a sentence naming no one, or "the company",
                // goes on with the company before it ("It", "the index" may still be the numbered thing)
                if (!demonstrative && (referent == null || !referent.equals("it") && !referent.equals("its")) && numbered(m)) {
                    continue;
                }
                // ("Delphine … was the costliest storm in Harbor Ridge's history. The company put total restoration
                // costs at …": a storm, a law or a festival is no company, firm or group)
                if (referent != null && organisationPronoun(referent) && !mayBeAnOrganisation(m)) {
                    continue;
                }
                if (!demonstrative && k < s.index() && inPart(m.start())) {
                    continue; // 其中儲能電池出口佔比過半。9月單月出口額…: the part was that sentence's alone
                }
                if (!demonstrative && inCondition(m)) {
                    continue; // 若新台幣不再大幅升值，明年壽險業獲利可望…: the condition's subject is not the sentence's
                }
                if (!demonstrative && fieldOpener(m)) {
                    field = field == null ? m : field; // 酒店股方面，…: the sentence's field, its subject only if none follows
                    continue;
                }
                if (demonstrative) {
                    pick = m; // the last named
                } else if (pick == null && m.entities().stream().anyMatch(id -> !entities.get(id).part())) {
                    pick = m; // the subject: the first whole entity named
                }
            }
            if (pick == null && field != null && field.entities().stream().anyMatch(id -> !entities.get(id).part())) {
                pick = field;
            }
            // "It", "the company" is one: a sentence whose subject is several names ("Block 17 and Block 9 pumped
            // … respectively") is not what it refers to
            if (pick != null && referent != null && latin(referent.charAt(0)) && !referent.equals("they")
                    && !referent.equals("their") && group(pick).size() > 1) {
                final NameMention picked = pick;
                if (names.stream().filter(x -> x.group() == picked.group()).count() > 1) {
                    continue;
                }
            }
            // "The company put restoration costs at $800 million. Roughly two-thirds will be capitalised": a sentence
            // before whose subject is "It" or "the company" names its entity by that word: the one it refers to
            if (pick == null && !demonstrative && k < s.index()) {
                String opening = lowered.substring(p.start(), Math.min(p.end(), p.start() + 60)).strip();
                String described = organisationDescription(opening);
                for (String pronoun : described != null ? List.of(described) : w.pronouns) {
                    if (latin(pronoun.charAt(0)) && opening.startsWith(pronoun + " ") && !pronoun.startsWith("the s")) {
                        Owner before = carried(p.start() + lowered.substring(p.start()).indexOf(pronoun) + pronoun.length(), p.start());
                        if (!before.entities().isEmpty()) {
                            // (the sentence's own opening, "Its trading arm … narrowed its loss": that part)
                            String own = lowered.substring(s.start(), at).strip();
                            String first = own.split("\\s+", 2)[0];
                            NameMention named = names.stream().filter(x -> x.start() == before.carriedFrom()).findFirst().orElse(null);
                            Owner part = named != null && w.pronouns.contains(first) ? possessedPart(own, first, named) : null;
                            if (part != null) {
                                return part;
                            }
                            String word = referent != null ? "「" + referent + "」" : "the sentence, naming no one,";
                            return new Owner(before.entities(), word + " goes on with 「" + pronoun + "」 of line " + line(p.start())
                                    + ", which " + before.how().substring(before.how().indexOf("refers to")), "", before.carriedFrom());
                        }
                        break;
                    }
                }
            }
            if (pick != null) {
                String word = referent != null ? "「" + referent + "」" : demonstrative ? "the demonstrative" : "the sentence, naming no one,";
                Set<Integer> ids = new LinkedHashSet<>();
                for (int id : group(pick)) {
                    if (demonstrative || !entities.get(id).part()) {
                        ids.add(id);
                    }
                }
                // (the sentence's own opening, "Its trading arm, which …, narrowed its loss": the subject)
                String opening = lowered.substring(s.start(), at).strip();
                String firstWord = opening.split("\\s+", 2)[0];
                Owner part = w.pronouns.contains(firstWord) ? possessedPart(opening, firstWord, pick) : null;
                if (part != null) {
                    return part;
                }
                return new Owner(ids, word + " refers to 「" + pick.name() + "」, line " + line(pick.start()), "", pick.start());
            }
        }
        return new Owner(Set.of(), "no entity is named in it or before it");
    }

    /** The English object verbs, then one to four describing words, at the end of a text: built once. */
    private java.util.regex.Pattern objectAfterDescription;

    private java.util.regex.Pattern objectAfterDescription() {
        if (objectAfterDescription == null) {
            String verbs = w.objectVerbs.stream().filter(x -> latin(x.charAt(0))).map(java.util.regex.Pattern::quote)
                    .collect(java.util.stream.Collectors.joining("|"));
            objectAfterDescription = java.util.regex.Pattern.compile("(?:^|\\s)(?:" + verbs + ") (?:[a-z][a-z-]* ){1,4}$");
        }
        return objectAfterDescription;
    }

    /**
     * Whether a Chinese name stands in a phrase that describes the name after it (以建筑用钢为主的宁澜钢铁:
     * the steelmaker is the subject, construction steel what it mostly makes).
     */
    private boolean modifiesName(NameMention m) {
        if (latin(charAt(text, m.start()))) {
            return false;
        }
        int[] r = range(nameStarts, m.end(), m.end() + 9);
        for (NameMention n : names.subList(r[0], r[1])) {
            if (n.group() != m.group()) {
                String gap = text.substring(m.end(), n.start());
                return gap.endsWith("的") && gap.chars().noneMatch(ArticleReading::clauseEnd);
            }
        }
        return false;
    }

    /** Whether a text ends with one of the words and a space, the word whole ("… since ", not "… rinse "). */
    private static boolean afterAnyWord(String text, List<String> words) {
        for (String word : words) {
            String tail = word + " ";
            if (text.endsWith(tail) && !latin(charAt(text, text.length() - tail.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an English name stands in a closing clause of contrast (", while its older insulins, Basevia
     * and Rapilog, rose 2% and fell 9%"): the subject of that clause, not of the sentence a later "It" or a
     * sentence naming no one goes on about.
     */
    private boolean inContrastTail(Sentence p, NameMention m) {
        if (!latin(charAt(text, m.start()))) {
            return false;
        }
        String head = lowered.substring(p.start(), m.start());
        // "Priya Venkataraman … estimates that SLV-118 could reach": what a speaker says is of, not whom the
        // sentence is about
        if (afterAnyWord(head, w.speechComplementsEn) && m.start() > p.start() + 6) {
            return true;
        }
        for (String word : w.ownSubjectClauses) {
            int at = head.lastIndexOf(", " + word + " ");
            if (at >= 0 && head.indexOf(';', at) < 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether an English name ends with a number of its own ("Titan 4", "Block 17"): a thing, not a company. */
    private boolean numbered(NameMention m) {
        return latin(charAt(text, m.start())) && m.name().matches(".*\\p{L}[ \\t]+\\d{1,3}");
    }

    /**
     * Where a sentence's subject ends, for the entity it carries on: at its start when it opens with a
     * pronoun ("It", "The company"), so the names it gives later are objects; else its end. English only:
     * a Chinese sentence puts a topic before its figures in ways this does not read.
     */
    private int subjectEnd(Sentence p) {
        if (!latin(firstLetter(p))) {
            return p.end();
        }
        String opening = lowered.substring(p.start(), Math.min(p.end(), p.start() + 60)).strip();
        for (String pronoun : w.pronouns) {
            if (latin(pronoun.charAt(0)) && opening.startsWith(pronoun) && !latin(charAt(opening, pronoun.length()))) {
                return p.start();
            }
        }
        if (organisationDescription(opening) != null) {
            return p.start();
        }
        // (a sentence whose first figure comes before its names is no sign of an unnamed subject: "Roughly a
        // third of the economists polled by Northgate News had expected the bank to hold" is about the bank)
        return p.end();
    }

    /**
     * "Comparable sales rose 1.9% in North America but fell 2.3% in its international markets": a name after
     * "in", "at" or "for" with another figure between it and this one is where that figure is, not this one's
     * owner (tamper: the North America row given the other segment's names was verified). ("a third of the 42
     * economists polled by Northgate News": a name after "by" still owns.)
     */
    private boolean placeOfLaterFigure(Figure f, NameMention m) {
        if (!latin(charAt(text, m.start())) || !afterPlacePreposition(m) || figuresIn(f.end(), m.start()).isEmpty()) {
            return false;
        }
        // ("Revenue rose 4% to $2.8 billion at Ostra": no word joining a second predicate between, still the owner)
        return MetricNames.namesAny(lowered.substring(f.end(), m.start()), w.predicateJoinersEn);
    }

    /**
     * "Comparable sales rose 1.9% in North America but fell 2.3% in its international markets": two places or
     * segments a sentence gives a figure each, after "in", "at" or "for", are two things; when the table makes
     * them names of one entity, the figure's owner is not resolved (tamper: the North America row given the
     * other segment's names, its alias kept, was verified). Null when the sentence has no such pair.
     */
    private Owner contrasted(NameMention m, Sentence s) {
        if (!latin(charAt(text, m.start())) || !afterPlacePreposition(m)) {
            return null;
        }
        String mine = lowered.substring(m.start(), m.end());
        int[] r = range(nameStarts, s.start(), s.end());
        for (NameMention o : names.subList(r[0], r[1])) {
            String other = lowered.substring(o.start(), o.end());
            if (o == m || !sameEntity(m, o) || mine.contains(other) || other.contains(mine) || !afterPlacePreposition(o)) {
                continue;
            }
            int from = Math.min(m.end(), o.end());
            int to = Math.max(m.start(), o.start());
            if (from < to && !figuresIn(from, to).isEmpty()) {
                return new Owner(Set.of(), "its sentence gives figures to 「" + m.name() + "」 and 「" + o.name() + "」 as two "
                        + "things, which the table makes one entity");
            }
        }
        return null;
    }

    /**
     * Whether two mentions name one entity: the same, or entities the table labels alike (rows of one name
     * whose aliases differ are read as entities of their own, each with its aliases).
     */
    private boolean sameEntity(NameMention a, NameMention b) {
        for (int x : a.entities()) {
            for (int y : b.entities()) {
                if (x == y || entities.get(x).label().equalsIgnoreCase(entities.get(y).label())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether an English name stands after "in", "at" or "for" (an article or a possessive between). */
    private boolean afterPlacePreposition(NameMention m) {
        String before = lowered.substring(Math.max(0, m.start() - 12), m.start());
        return before.matches("(?s).*\\b(?:in|at|for)\\s+(?:(?:the|its|their)\\s+)?$");
    }

    /** Whether the words before an offset, back to its sentence's start, are "In" or "In the". */
    private boolean opensWithIn(int at) {
        int i = at;
        while (i > 0 && ".!?\n".indexOf(text.charAt(i - 1)) < 0 && at - i < 10) {
            i--;
        }
        return (i == 0 || ".!?\n".indexOf(text.charAt(i - 1)) >= 0) && lowered.substring(i, at).strip().matches("in(?:\\s+the)?");
    }

    /**
     * "In Paris, Marenne said on Thursday it would shed about 3,000 jobs": a place that opens the sentence
     * with "In" and a comma, a name right after it: the name is the subject, the place only where.
     */
    private boolean openingPlace(NameMention m) {
        if (!latin(charAt(text, m.start())) || !lowered.startsWith(",", m.end())) {
            return false;
        }
        Sentence s = sentenceAt(m.start());
        String head = lowered.substring(s.start(), m.start()).strip();
        if (!head.matches("in(?:\\s+the)?")) {
            return false;
        }
        int[] r = range(nameStarts, m.end(), Math.min(text.length(), m.end() + 4));
        return r[1] > r[0];
    }

    private boolean inPlace(NameMention m) {
        if (!latin(charAt(text, m.start()))) {
            return false;
        }
        String before = lowered.substring(Math.max(0, m.start() - 8), m.start());
        // (after a figure of its clause: "In Germany, 63% of new homes …" is about Germany)
        int cs = Math.max(clauseStart(m.start()), sentenceAt(m.start()).start());
        return before.matches("(?s).*\\bin\\s+(?:the\\s+)?$") && !figuresIn(cs, m.start()).isEmpty();
    }

    /** Whether an English name stands right after a preposition ("from Hurricane Delphine", "to Westmere"). */
    private boolean afterPreposition(NameMention m) {
        if (!latin(charAt(text, m.start()))) {
            return false;
        }
        // ("in the Kalvarian Sea": an article between is no subject's)
        // ("For Meridane, the negotiation adds to a difficult year": a sentence's opening "for" or "at" sets
        // its topic, the name is what the sentence is about)
        String opening = lowered.substring(sentenceAt(m.start()).start(), m.start()).strip();
        if (w.topicOpenersEn.contains(opening)) {
            return false;
        }
        // ("Same-store sales at U.S. restaurant chains fell 0.8%", "Shares in Harrowgate fell 14.2%": a name inside
        // the sentence's subject, after the measure it owns, is what the sentence is about)
        java.util.regex.Matcher owned = java.util.regex.Pattern.compile("^([a-z][a-z-]*(?:\\s+[a-z][a-z-]*){0,3})\\s+(?:at|of|in)(?:\\s+the)?$")
                .matcher(opening);
        if (owned.find() && java.util.Arrays.stream(owned.group(1).split("\\s+")).noneMatch(x -> w.subjectVerbsEn.contains(x)
                || w.prepositionsEn.contains(x) || w.pronouns.contains(x))) {
            return false;
        }
        String before = lowered.substring(Math.max(0, m.start() - 18), m.start()).replaceAll("\\s(?:the|a|an)\\s+$", " ");
        java.util.regex.Matcher last = java.util.regex.Pattern.compile("([a-z]+)\\s+$").matcher(before);
        return last.find() && w.prepositionsEn.contains(last.group(1));
    }

    private char firstLetter(Sentence p) {
        for (int i = p.start(); i < p.end(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return ' ';
    }

    private String firstWord(String head, List<String> words) {
        for (String word : words) {
            int at = head.indexOf(word);
            if (at >= 0 && (!latin(word.charAt(0)) || !latin(charAt(head, at - 1)) && !latin(charAt(head, at + word.length())))) {
                return word;
            }
        }
        return null;
    }

    /** A demonstrative before a noun: "that business", 該業務 (not 該公司, a pronoun). */
    private boolean demonstrative(String head) {
        for (String word : w.demonstratives) {
            for (int at = head.indexOf(word); at >= 0; at = head.indexOf(word, at + 1)) {
                int end = at + word.length();
                final int from = at;
                if (latin(word.charAt(0))) {
                    if (!latin(charAt(head, at - 1)) && charAt(head, end) == ' ' && latin(charAt(head, end + 1))) {
                        // "this year", "that quarter" is a time, not a thing pointed back to
                        int e = end + 1;
                        while (e < head.length() && latin(head.charAt(e))) {
                            e++;
                        }
                        if (w.timeHeads.contains(head.substring(end + 1, e))) {
                            continue;
                        }
                        return true;
                    }
                } else if (w.pronouns.stream().noneMatch(p -> head.startsWith(p, from))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "A and B grew 21% and 9%, respectively", 世騰與力旭9月營收分別為215.4億元及98.7億元: the i-th
     * figure of each run of figures alike goes to the i-th name; 前者 and 後者 to the first and last.
     */
    private Owner respectively(Figure f, Sentence s) {
        String sentence = lowered.substring(Math.max(s.start(), f.start() - REACH), Math.min(s.end(), f.end() + REACH));
        boolean listed = w.respectively.stream().anyMatch(sentence::contains);
        int cs = clauseStart(f.start());
        String clause = lowered.substring(Math.max(cs, s.start()), f.start());
        boolean former = w.former.stream().anyMatch(clause::contains);
        boolean latter = w.latter.stream().anyMatch(clause::contains);
        if (!listed && !former && !latter) {
            return null;
        }
        List<NameMention> list = lastList(s, f.start());
        if (list == null && listed) {
            return unlisted(f, s, clause);
        }
        if (list == null) {
            return null;
        }
        if (former || latter) {
            NameMention m = former ? list.get(0) : list.get(list.size() - 1);
            return new Owner(new LinkedHashSet<>(m.entities()), (former ? "「前者」/the former" : "「後者」/the latter")
                    + " is 「" + m.name() + "」, line " + line(m.start()));
        }
        int from = list.get(list.size() - 1).end() > s.start() ? list.get(list.size() - 1).end() : s.start();
        // "rose 19% and 8%, respectively, while mobile fell 3%": the run ends at the English word
        int upTo = s.end();
        for (String word : w.respectively) {
            int at = latin(word.charAt(0)) ? lowered.indexOf(word, f.end()) : -1;
            if (at >= 0 && at < upTo) {
                upTo = at;
            }
        }
        List<Figure> run = new ArrayList<>();
        int[] fr = range(figureStarts, Math.max(from, f.start() - REACH), Math.min(s.end(), f.end() + REACH));
        for (Figure g : figures.subList(fr[0], fr[1])) {
            if (g.start() < from || g.end() > s.end() || g.start() > upTo) {
                continue;
            }
            // (…股价分别上涨4.2%和1.1%，北仓粮贸则下跌3.5%: a later clause that names its own owner ends the run)
            boolean ownClause = !run.isEmpty() && clauseStart(g.start()) > run.get(run.size() - 1).end()
                    && namedBetween(clauseStart(g.start()), g.start());
            if (!run.isEmpty() && (!alike(run.get(run.size() - 1), g) || ownClause)) {
                if (run.contains(f)) {
                    break;
                }
                run.clear();
            }
            run.add(g);
        }
        if (!run.contains(f) || run.size() != list.size()) {
            // a list of other names before (內地旅客…非內地旅客) is not this one: 來自東南亞、歐洲及美洲的旅客分別…
            return listed ? listedWithSharedHead(f, s) : null;
        }
        NameMention m = list.get(run.indexOf(f));
        return new Owner(new LinkedHashSet<>(m.entities()), "listed with 「" + m.name() + "」 (respectively, figure "
                + (run.indexOf(f) + 1) + " of " + run.size() + ")");
    }

    /**
     * A figure of a sentence that says "respectively" (分別) with no list of the table's names before it: its
     * owner by the members of one name, "the two", capitals, a shared head, its clauses, or the measures an
     * English list names; unresolved when the list names things the table does not match one by one.
     */
    private Owner unlisted(Figure f, Sentence s, String clause) {
        Owner byMembers = listedInOneName(f, s);
        if (byMembers != null) {
            return byMembers;
        }
        Owner byPair = listedAsTheTwo(f, s, clause);
        if (byPair != null) {
            return byPair;
        }
        if (respectiveListEn(f, s).filter(l -> l.places() && !l.named()).isPresent()) {
            return ownerOfPlaces(f, s);
        }
        Owner byCapitals = listedByCapitals(f, s);
        if (byCapitals != null) {
            return byCapitals;
        }
        Owner byHead = listedWithSharedHead(f, s);
        Owner byClauses = byHead != null ? byHead : listedByClauses(f, s);
        if (byClauses != null || !inRespectiveRun(f, s)) {
            return byClauses;
        }
        // "Residential and commercial volumes grew 1.1% and 3.9%, respectively": a list of measures, no
        // name among them, is the subject's, and the measure the figure's place gives it is checked on the row
        // (not "Retail lines and business lines premiums": each part a thing of its own, which a draft names)
        Optional<RespectiveList> english = respectiveListEn(f, s);
        Owner byHeadEn = english.map(this::listedWithSharedHeadEn).orElse(null);
        if (byHeadEn != null) {
            return byHeadEn;
        }
        if (english.filter(l -> l.qualifiers() && !l.named()).isPresent()) {
            return null;
        }
        // "Personal lines and commercial lines premiums rose 12% and 6%, respectively", where the table names
        // only one of the two: the figure is the i-th of a list the reading cannot match with the table's
        // names, and no name of the clause owns it (tamper: the two rows' entities swapped were verified)
        return new Owner(Set.of(), "its sentence gives its figures respectively to a list of names the table does not "
                + "match one by one");
    }

    /**
     * "Organic sales in the US and Europe rose 5% and 1% respectively": places the table does not name are
     * where, not who; the figures are of the name before them in the clause, else of the one in play (the
     * places were taken as the clause's own subject, and both rows refused).
     */
    private Owner ownerOfPlaces(Figure f, Sentence s) {
        int from = Math.max(clauseStart(f.start()), s.start());
        int[] r = range(nameStarts, from, f.start());
        for (int k = r[1] - 1; k >= r[0]; k--) {
            NameMention m = names.get(k);
            if (!m.entities().isEmpty() && !objectOrOwned(m)) {
                return new Owner(group(m), Owner.NAMED_IN_CLAUSE + ": 「" + m.name() + "」");
            }
        }
        return carried(f.start(), from);
    }

    /**
     * 寰宇電信與星程電信的5G平均下載速率分別為412.3Mbps及365.8Mbps: a pair the table names as one entity (for a
     * figure they hold together) is, for a figure each, its members in order; null when the last name before
     * the figure joins no names of the table, or not as many as its run of figures.
     */
    private Owner listedInOneName(Figure f, Sentence s) {
        int[] r = range(nameStarts, s.start(), f.start());
        if (r[1] <= r[0]) {
            return null;
        }
        NameMention one = names.get(r[1] - 1);
        List<Set<Integer>> members = members(one);
        if (members.size() < 2) {
            return null;
        }
        List<Figure> run = runOf(f, one.end(), Math.min(s.end(), clauseEndAt(f.end())));
        if (!run.contains(f) || run.size() != members.size()) {
            return null;
        }
        return new Owner(new LinkedHashSet<>(members.get(run.indexOf(f))), "listed in 「" + one.name() + "」 (respectively, figure "
                + (run.indexOf(f) + 1) + " of " + run.size() + ")");
    }

    /**
     * The entities a name joins with connectors (寰宇電信與星程電信, "Alder and Birch"), each part a name of the
     * table, in order; empty when a part names none.
     */
    private List<Set<Integer>> members(NameMention m) {
        List<Set<Integer>> out = new ArrayList<>();
        String rest = m.name();
        List<String> joins = reader.connectorWords();
        while (!rest.isBlank()) {
            int cut = -1;
            int len = 0;
            for (String c : joins) {
                int at = latin(c.charAt(0)) ? rest.toLowerCase(java.util.Locale.ROOT).indexOf(" " + c + " ") : rest.indexOf(c);
                int l = latin(c.charAt(0)) ? c.length() + 2 : c.length();
                if (at > 0 && (cut < 0 || at < cut)) {
                    cut = at;
                    len = l;
                }
            }
            String part = (cut < 0 ? rest : rest.substring(0, cut)).strip();
            rest = cut < 0 ? "" : rest.substring(cut + len);
            Set<Integer> ids = new LinkedHashSet<>(entitiesByName.getOrDefault(FigureReader.lowerAscii(FigureReader.fold(part)), List.of()));
            if (ids.isEmpty()) {
                return List.of();
            }
            out.add(ids);
        }
        return out;
    }

    /**
     * "Its trading arm … narrowed its loss": a possessive that refers to a name, and the words after it, are
     * a part of that name's entity the table names ("Rheinwerk trading arm"); null when the table names no
     * such part.
     */
    private Owner possessedPart(String head, String referent, NameMention pick) {
        if (referent == null || !latin(referent.charAt(0)) || !head.strip().startsWith(referent + " ")) {
            return null;
        }
        String rest = head.strip().substring(referent.length()).strip();
        int comma = rest.indexOf(',');
        List<String> words = List.of((comma < 0 ? rest : rest.substring(0, comma)).strip().split("\\s+"));
        for (int n = Math.min(4, words.size()); n >= 1; n--) {
            String phrase = String.join(" ", words.subList(0, n));
            for (int id : pick.entities()) {
                for (String owner : entities.get(id).names()) {
                    String name = FigureReader.lowerAscii(FigureReader.fold(owner)).strip() + " " + phrase;
                    for (int part : entitiesByName.getOrDefault(name, List.of())) {
                        if (part != id) {
                            return new Owner(Set.of(part), "「" + referent + " " + phrase + "」 is 「" + entities.get(part).label()
                                    + "」 (「" + referent + "」 refers to 「" + pick.name() + "」, line " + line(pick.start()) + ")", "",
                                    pick.start());
                        }
                    }
                }
            }
        }
        return null;
    }

    /** Whether a name of the table stands in [from, to). */
    private boolean namedBetween(int from, int to) {
        int[] r = range(nameStarts, from, to);
        return r[1] > r[0];
    }

    /** Whether a name of the table (not a proper noun it lacks: "the US and Europe") stands between two offsets. */
    private boolean tableNamedBetween(int from, int to) {
        int[] r = range(nameStarts, from, to);
        return names.subList(r[0], r[1]).stream().anyMatch(m -> !m.entities().isEmpty());
    }

    /**
     * 兩集團第三季平均房價分別為每晚1,650港元及980港元, "the two companies earned $3bn and $2bn,
     * respectively": the two named last before the sentence, in its paragraph, in the order named.
     */
    private Owner listedAsTheTwo(Figure f, Sentence s, String clause) {
        if (w.theTwo.stream().noneMatch(clause::contains)) {
            return null;
        }
        List<NameMention> two = new ArrayList<>();
        int[] r = range(nameStarts, Math.max(0, s.start() - 4 * REACH), s.start());
        for (int k = r[1] - 1; k >= r[0] && two.size() < 2; k--) {
            NameMention m = names.get(k);
            if (sentenceAt(m.start()).paragraph() != s.paragraph() || source(m) || objectOrOwned(m)
                    || m.entities().stream().anyMatch(id -> entities.get(id).part())) {
                continue;
            }
            if (two.stream().noneMatch(t -> t.entities().equals(m.entities()))) {
                two.add(m);
            }
        }
        if (two.size() != 2) {
            return null;
        }
        // in the order the paragraph first names them (甲…乙…甲又…: 甲 first)
        if (firstIn(r, s, two.get(0)) > firstIn(r, s, two.get(1))) {
            java.util.Collections.swap(two, 0, 1);
        }
        List<Figure> run = runOf(f, Math.max(clauseStart(f.start()), s.start()), s.end());
        if (!run.contains(f) || run.size() != 2) {
            return null;
        }
        NameMention m = two.get(run.indexOf(f));
        return new Owner(new LinkedHashSet<>(m.entities()), "the two named before are 「" + two.get(0).name() + "」 and 「"
                + two.get(1).name() + "」 (respectively, figure " + (run.indexOf(f) + 1) + " of 2)");
    }

    /** Where the paragraph of {@code s} first names the entities of {@code m}, among the names in {@code r}. */
    private int firstIn(int[] r, Sentence s, NameMention m) {
        for (int k = r[0]; k < r[1]; k++) {
            NameMention x = names.get(k);
            if (sentenceAt(x.start()).paragraph() == s.paragraph() && x.entities().equals(m.entities())) {
                return x.start();
            }
        }
        return m.start();
    }

    /** The run of figures alike (a list) that holds {@code f}, among those starting in [from, to). */
    private List<Figure> runOf(Figure f, int from, int to) {
        List<Figure> run = new ArrayList<>();
        int[] fr = range(figureStarts, from, to);
        for (Figure g : figures.subList(fr[0], fr[1])) {
            if (!run.isEmpty() && !alike(run.get(run.size() - 1), g)) {
                if (run.contains(f)) {
                    break;
                }
                run.clear();
            }
            run.add(g);
        }
        return run;
    }

    /** Whether the figure is one of two or more alike figures joined in a run that "respectively" closes. */
    private boolean inRespectiveRun(Figure f, Sentence s) {
        int i = indexOf(f);
        int first = i;
        while (first > 0 && figures.get(first - 1).start() >= s.start() && alike(figures.get(first - 1), figures.get(first))
                && reader.connects(text.substring(figures.get(first - 1).end(), figures.get(first).start()))) {
            first--;
        }
        int last = i;
        while (last + 1 < figures.size() && figures.get(last + 1).end() <= s.end() && alike(figures.get(last), figures.get(last + 1))
                && reader.connects(text.substring(figures.get(last).end(), figures.get(last + 1).start()))) {
            last++;
        }
        return last > first;
    }

    /**
     * Two figures of one list: the same units, or the same kinds of unit (新台幣215.4億元及98.7億元: the
     * currency is written once, before the first, so the second reads as 元 alone).
     */
    private static boolean alike(Figure a, Figure b) {
        if (a.units().equals(b.units())) {
            return true;
        }
        java.util.Set<io.briefing.facts.UnitKind> ka = new java.util.HashSet<>();
        a.units().forEach(u -> ka.add(u.kind()));
        return !ka.isEmpty() && b.units().stream().anyMatch(u -> ka.contains(u.kind()));
    }

    private static final java.util.regex.Pattern CAPITAL_LIST = java.util.regex.Pattern.compile(
            "([A-Z][\\p{L}\\d-]*)((?:\\s*,\\s*[A-Z][\\p{L}\\d-]*)*)\\s*,?\\s+(?:and|&)\\s+([A-Z][\\p{L}\\d-]*)");

    /**
     * "the company's Data and Applications segments grew 21% and 9%, respectively": a list of
     * capitalised names the table may not all have; the i-th figure goes to the i-th name, so a figure
     * listed with a name the table lacks belongs to no entity of the table.
     */
    private Owner listedByCapitals(Figure f, Sentence s) {
        int from = Math.max(s.start(), f.start() - REACH);
        java.util.regex.Matcher m = CAPITAL_LIST.matcher(text.substring(from, f.start()));
        List<int[]> members = null;
        int listEnd = -1;
        while (m.find()) {
            members = new ArrayList<>();
            members.add(new int[] {from + m.start(1), from + m.end(1)});
            java.util.regex.Matcher mid = java.util.regex.Pattern.compile("[A-Z][\\p{L}\\d-]*").matcher(m.group(2));
            while (mid.find()) {
                members.add(new int[] {from + m.start(2) + mid.start(), from + m.start(2) + mid.end()});
            }
            members.add(new int[] {from + m.start(3), from + m.end(3)});
            listEnd = from + m.end();
        }
        if (members == null) {
            return null;
        }
        List<Figure> run = runOf(f, listEnd, Math.min(s.end(), f.end() + REACH));
        if (!run.contains(f) || run.size() != members.size()) {
            return null;
        }
        int[] member = members.get(run.indexOf(f));
        Set<Integer> ids = new LinkedHashSet<>();
        for (NameMention n : names) {
            if (n.start() < member[1] && n.end() > member[0]) {
                ids.addAll(n.entities());
            }
        }
        return new Owner(ids, "listed with 「" + text.substring(member[0], member[1]) + "」 (respectively, figure "
                + (run.indexOf(f) + 1) + " of " + run.size() + ")", text.substring(member[0], member[1]));
    }

    /**
     * 來自東南亞、歐洲及美洲的旅客分別按年增加18%、27%及9%: a Chinese list whose members share the noun after
     * 的 (旅客), so the table's 東南亞旅客 is its first member though the article never writes that name. The
     * i-th figure goes to the member's entity: the one named member + noun, or the member itself; a member
     * the table has no entity for owns its figure, so no other entity takes it.
     */
    private Owner listedWithSharedHead(Figure f, Sentence s) {
        // the sentence's text before the figure (a 、 between the members is no clause end here)
        int from = Math.max(s.start(), f.start() - REACH);
        String before = text.substring(from, f.start());
        int marker = -1;
        for (String r : w.respectively) {
            marker = Math.max(marker, before.lastIndexOf(r));
        }
        if (marker <= 0) {
            return null;
        }
        int clause = 0;
        for (int i = marker - 1; i >= 0; i--) {
            if (clauseEnd(before.charAt(i))) {
                clause = i + 1;
                break;
            }
        }
        from += clause;
        before = before.substring(clause);
        marker -= clause;
        String joins = w.nameJoins.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(java.util.regex.Pattern::quote).reduce((a, b) -> a + "|" + b).orElse("、");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\p{IsHan}{2,12}?)((?:(?:" + joins + ")\\p{IsHan}{2,8}?)+)的(\\p{IsHan}{1,4})$")
                .matcher(before.substring(0, marker));
        if (!m.find()) {
            return null;
        }
        List<String> members = new ArrayList<>();
        members.add(m.group(1));
        for (String part : m.group(2).split(joins)) {
            if (!part.isEmpty()) {
                members.add(part);
            }
        }
        String head = m.group(3);
        List<Figure> run = runOf(f, from + marker, Math.min(s.end(), f.end() + REACH));
        if (members.size() < 2 || !run.contains(f) || run.size() != members.size()) {
            return null;
        }
        String member = members.get(run.indexOf(f));
        Set<Integer> ids = new LinkedHashSet<>();
        for (Entity e : entities) {
            for (String n : e.names()) {
                // the member itself, or the member's last words + the shared noun (來自東南亞 + 旅客 = 東南亞旅客)
                boolean same = n.equals(member) || n.length() > head.length() + 1 && n.endsWith(head)
                        && member.endsWith(n.substring(0, n.length() - head.length()));
                if (same) {
                    ids.add(e.id());
                }
            }
        }
        return new Owner(ids, "listed with 「" + member + "」 of 「" + head + "」 (respectively, figure " + (run.indexOf(f) + 1)
                + " of " + run.size() + ")", member);
    }

    /**
     * 內地旅客約301萬人次，非內地旅客約86萬人次，按年增幅分別為9.8%及22.6%: a clause with 分別 that names no one,
     * after clauses that each name one entity; its i-th figure goes to the i-th of them, when they are
     * as many as its figures.
     */
    private Owner listedByClauses(Figure f, Sentence s) {
        int cs = Math.max(clauseStart(f.start()), s.start());
        int ce = Math.min(clauseEndAt(f.end()), s.end());
        String clause = lowered.substring(cs, ce);
        if (w.respectively.stream().noneMatch(clause::contains)) {
            return null;
        }
        List<NameMention> subjects = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        int[] r = range(nameStarts, s.start(), ce);
        for (NameMention m : names.subList(r[0], r[1])) {
            if (m.end() > cs) {
                return null; // the clause names someone: not this case
            }
            if (!source(m) && m.start() >= s.start() && seen.addAll(m.entities())) {
                subjects.add(m);
            }
        }
        List<Figure> run = runOf(f, cs, ce);
        if (run.size() < 2 || !run.contains(f) || run.size() != subjects.size()) {
            return null;
        }
        NameMention m = subjects.get(run.indexOf(f));
        return new Owner(new LinkedHashSet<>(m.entities()), "listed with 「" + m.name() + "」 (respectively, figure "
                + (run.indexOf(f) + 1) + " of " + run.size() + ", each named in a clause before)");
    }

    /** The words between a time and its figure less 的/為 and a topic marker (上年同期則虧損3.08億港元: 則). */
    private String withoutLinks(String gap) {
        String out = gap.replaceAll("[的為为]", "");
        for (String marker : w.topicMarkers) {
            out = out.startsWith(marker) ? out.substring(marker.length()) : out;
        }
        return out;
    }

    /** The last list of two or more names joined by connectors before the offset, in its sentence or the one before. */
    private List<NameMention> lastList(Sentence s, int before) {
        int floor = Math.max(s.index() > 0 ? sentences.get(s.index() - 1).start() : s.start(), before - 2 * REACH);
        List<NameMention> best = null;
        int[] r = range(nameStarts, floor, before);
        int i = r[0];
        while (i < r[1]) {
            int j = i;
            while (j + 1 < r[1] && names.get(j + 1).group() == names.get(i).group()) {
                j++;
            }
            NameMention first = names.get(i);
            if (first.start() >= floor && names.get(j).end() <= before && j > i) {
                best = names.subList(i, j + 1);
            }
            i = j + 1;
        }
        return best;
    }

    // ---- when ---------------------------------------------------------------------------------

    private int[] attach() {
        int[] out = new int[figures.size()];
        Arrays.fill(out, -1);
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            int[] near = range(timeStarts, f.start() - 40, f.end() + 13);
            for (int t = near[0]; t < near[1]; t++) {
                TimeMention m = times.get(t);
                if (m.start() >= f.end() && m.start() - f.end() <= 12) {
                    String gap = lowered.substring(f.end(), m.start()).strip();
                    // ("against 93% in the second quarter": the article before the quarter is part of the gap)
                    if (gap.isEmpty() || gap.equals("in") || gap.equals("on") || gap.equals("for") || gap.equals("during")
                            || gap.equals("of") || gap.equals("in the") || gap.equals("for the") || gap.equals("during the")) {
                        // ("down 2.1% on a year earlier": a move's base, not the period of the move)
                        boolean base = gap.equals("on") && m.relative() == TimeMention.Relative.YEAR_EARLIER
                                && f.direction() != Figure.Direction.NONE;
                        if (!base && (latin(charAt(lowered, m.start())) || m.relative() != TimeMention.Relative.NONE)) {
                            out[i] = t;
                        }
                    }
                } else if (m.end() <= f.start() && f.start() - m.end() <= 6) {
                    // 上年同期為虧損21.7億元, 上年同期亏损2.1亿元, 去年的3.2%: only 的/為 and the figure's own direction word between
                    String gap = lowered.substring(m.end(), f.start());
                    // 6月底的5.6%, 9月末的7.2%: the month's end, start or middle is still that month's figure
                    if (m.dated() != null && m.dated().kind() == Dated.Kind.MONTH) {
                        gap = gap.replaceFirst("^(底|末|初|中旬|上旬|下旬)", "");
                    }
                    String rest = withoutLinks(f.directionWord().isEmpty() ? gap
                            : gap.replace(FigureReader.lowerAscii(f.directionWord()), ""));
                    // 上年同期為盈利2.18億元: a result's noun between the time and its figure (上年同期營業虧損為5.6億元:
                    // the noun holds the figure's direction word)
                    String whole = withoutLinks(gap);
                    for (String noun : w.attachedNounsZh) {
                        if (rest.equals(noun) || whole.equals(noun)) {
                            rest = "";
                        }
                    }
                    // (今年的约两成: the figure's bounding word between 的 and it)
                    if (!f.qualifierWord().isEmpty() && !latin(f.qualifierWord().charAt(0))) {
                        rest = rest.replace(f.qualifierWord(), "");
                    }
                    // (not a base: 較上年同期提升3.2個百分點 is a move against the year before, of the period in play)
                    // (由去年的12.4%: the base's own value, attached; 較上年同期提升3.2個百分點: a move against it, not)
                    boolean moveAgainst = !f.directionWord().isEmpty() && gap.contains(FigureReader.lowerAscii(f.directionWord()))
                            && !w.attachedNounsZh.contains(f.directionWord()) && afterComparing(m.start());
                    // (較8月的3.8%, 跌幅較上季的18.3%收窄: 的 makes the figure the base's own value, a base or not)
                    // (較上年同期的淨損5.62億元: the base's own loss, its noun after 的)
                    String core = f.directionWord().isEmpty() ? gap : gap.replace(FigureReader.lowerAscii(f.directionWord()), "");
                    for (String noun : w.attachedNounsZh) {
                        core = core.endsWith(noun) ? core.substring(0, core.length() - noun.length()) : core;
                    }
                    boolean ownValue = gap.strip().equals("的") || core.strip().equals("的");
                    if (!gap.isEmpty() && rest.isEmpty() && !latin(charAt(lowered, m.end() - 1)) && (!m.base() || ownValue) && !moveAgainst) {
                        out[i] = t;
                    }
                }
            }
        }
        return out;
    }

    /** Whether a comparing word (較, 比, than, from) stands right before an offset. */
    private boolean afterComparing(int at) {
        String head = lowered.substring(Math.max(0, at - 8), at).stripTrailing();
        for (String word : w.comparing) {
            if (head.endsWith(word) && (!latin(word.charAt(0)) || !latin(charAt(head, head.length() - word.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A time attached to a figure is that figure's alone when the figure is a comparison ("from 2.7% in
     * September", 較第二季的58.1%) or the time is relative ("31.9% a year earlier"); "to 4.25% on
     * Thursday" dates its whole clause.
     */
    private boolean comparing(Figure f) {
        String head = lowered.substring(Math.max(0, f.start() - 40), f.start()).stripTrailing();
        // (从今年的约两成, "down from the more than €2.4bn": a bounding word stands between the base word and it)
        String bound = FigureReader.lowerAscii(f.qualifierWord());
        if (!bound.isEmpty() && head.endsWith(bound)) {
            head = head.substring(0, head.length() - bound.length()).stripTrailing();
        }
        // "from a profit of €27m last year", "compared with a loss of $3m": the base's noun stands between
        java.util.regex.Matcher noun = BASE_NOUN.matcher(head);
        if (noun.find()) {
            head = head.substring(0, noun.start());
        }
        // 由原定的300伙: the comparison word, a few characters, then 的
        if (head.endsWith("的")) {
            String near = head.substring(Math.max(0, head.length() - 6));
            if (w.comparing.stream().filter(x -> !latin(x.charAt(0))).anyMatch(near::contains)) {
                return true;
            }
        }
        for (String word : w.comparing) {
            if (head.endsWith(word) && (!latin(word.charAt(0)) || !latin(charAt(head, head.length() - word.length() - 1)))) {
                return true;
            }
        }
        // 較第二季的58.1%: the comparison word stands before the date attached to it
        int a = attachedIndex(f);
        if (a >= 0) {
            String before = lowered.substring(Math.max(0, times.get(a).start() - 4), times.get(a).start());
            String b = before.endsWith("第") ? before.substring(0, before.length() - 1) : before;
            return w.comparing.stream().filter(x -> !latin(x.charAt(0))).anyMatch(b::endsWith);
        }
        return false;
    }

    private int attachedIndex(Figure f) {
        int i = indexOf(f);
        return i < 0 || attached == null ? -1 : attached[i];
    }

    private boolean free(int t) {
        return freeTimes[t];
    }

    /** A day told with a reporting word: 「the office said on Wednesday」, 晶岳9日公布 — when the news was told. */
    private boolean told(int t) {
        TimeMention m = times.get(t);
        // "the office said on Wednesday", "the council said last week": when the news was told
        if (m.dated() == null) {
            return false;
        }
        String before = lowered.substring(Math.max(0, m.start() - 12), m.start()).strip();
        String after = lowered.substring(m.end(), Math.min(lowered.length(), m.end() + 4));
        // ("The chain said last month its revenue rose 27% … in the three months to September": a month right
        // after an English reporting verb is when it was said too)
        if (m.dated().kind() == Dated.Kind.MONTH && latin(charAt(text, m.start()))) {
            // ("from the 66.5 million it had projected in September": when the forecast was made)
            String wide = lowered.substring(Math.max(0, m.start() - 20), m.start()).strip();
            return w.reporting.stream().anyMatch(word -> latin(word.charAt(0)) && before.endsWith(word))
                    || w.projectedInEn.stream().anyMatch(wide::endsWith);
        }
        if (m.dated().kind() != Dated.Kind.DAY && m.dated().kind() != Dated.Kind.WEEK) {
            return false;
        }
        for (String word : w.reporting) {
            if (latin(word.charAt(0)) ? before.endsWith(word + " on") || before.endsWith(word) : after.startsWith(word)) {
                return true;
            }
        }
        // "which reported third-quarter results on Wednesday": the day of a report told with its object between
        String clause = lowered.substring(Math.max(0, m.start() - 60), m.start());
        int cut = Math.max(clause.lastIndexOf(','), clause.lastIndexOf('.'));
        String head = clause.substring(cut + 1);
        return head.stripTrailing().endsWith(" on") && MetricNames.namesAny(head, w.reporting);
    }

    /**
     * A name that is the object of a verb of selling or making right before it (销售生猪, "sold hogs"), or
     * owned by a possessive right before it (其生猪养殖成本, "its lithium business"): not the owner of
     * its clause's figure, nor the subject carried on.
     */
    private boolean objectOrOwned(NameMention m) {
        if (inComparison(m) || describesOrganisation(m)) {
            return true;
        }
        String before = lowered.substring(Math.max(0, m.start() - 12), m.start());
        for (List<String> words : List.of(w.objectVerbs, w.wholeOf, w.possessives)) {
            for (String word : words) {
                if (latin(word.charAt(0)) ? before.endsWith(" " + word + " ") || before.equals(word + " ")
                        : before.endsWith(word)) {
                    return true;
                }
            }
        }
        if (!latin(charAt(text, m.start())) && (ownedAcrossATime(m) || locative(m))) {
            return true;
        }
        // "agreed to buy Finnish mobile developer Lumisade Games": an English verb's object after a few words
        // that describe it
        if (latin(charAt(text, m.start()))) {
            String wide = lowered.substring(Math.max(0, m.start() - 60), m.start());
            if (objectAfterDescription().matcher(wide).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * 丰岭农牧10月生猪销量同比增长18.7%, 其当月仔猪销量为52.3万头: a Chinese name after a time that follows a
     * company's name or a possessive is what that company sells or makes, not the owner of the clause's figures
     * (eight rows of a held-out article went to 生猪 and 仔猪, rows of their own).
     */
    /**
     * 得益于在广东、海南等南方高价区的布局，其…: a Chinese name right after 在 (or a name listed after such a
     * name) is where something is, not who; 其 and 该公司 after it go back to the company before (正在, 现在, 存在:
     * no place).
     */
    private boolean locative(NameMention m) {
        int at = m.start();
        // (广东、海南: the names of a place list after the first are places too)
        for (int k = names.indexOf(m) - 1; k >= 0; k--) {
            NameMention p = names.get(k);
            String gap = lowered.substring(Math.min(p.end(), at), at);
            if (p.end() <= at && gap.length() <= 1 && (gap.isEmpty() || "、,，和与與及".indexOf(gap.charAt(0)) >= 0)) {
                at = p.start();
            } else {
                break;
            }
        }
        // (中國目前在通用基礎大模型領域的競爭者: 在 opens a phrase a name can end, so only a list of places, 在广东、海南等,
        // is read as one)
        if (at == m.start() && w.placeListAfter.stream().noneMatch(x -> lowered.startsWith(x, m.end()))) {
            return false;
        }
        for (String word : w.locativesZh) {
            int s = at - word.length();
            if (s >= 0 && lowered.startsWith(word, s) && w.notLocativeBefore.indexOf(charAt(lowered, s - 1)) < 0) {
                return true;
            }
        }
        return false;
    }

    private boolean ownedAcrossATime(NameMention m) {
        if (times == null) {
            return false;
        }
        int at = -1;
        for (TimeMention t : times) {
            if (t.end() == m.start() || t.end() == m.start() - 1 && lowered.charAt(m.start() - 1) == '的') {
                at = t.start();
                break;
            }
        }
        // (其当月仔猪销量: a word of the time in play no time mention reads)
        for (String word : w.timeWordsZh) {
            if (at < 0 && lowered.startsWith(word, m.start() - word.length())) {
                at = m.start() - word.length();
            }
        }
        if (at < 0) {
            return false;
        }
        String before = lowered.substring(Math.max(0, at - 4), at);
        if (w.possessives.stream().anyMatch(p -> !latin(p.charAt(0)) && before.endsWith(p))) {
            return true;
        }
        final int timeStart = at;
        return names.stream().anyMatch(y -> y != m && y.end() == timeStart && !y.entities().isEmpty()
                && !y.entities().equals(m.entities()) && mayBeAnOrganisation(y));
    }

    /**
     * "Europe's second-largest carmaker by sales now expects …", "China's biggest lender": a name whose
     * possessive ranks an organisation (a word of rank_words_en, then one of organisation_nouns_en, within
     * four words) is where that organisation ranks, not the subject: the organisation is, the entity in play.
     */
    private boolean describesOrganisation(NameMention m) {
        if (!latin(charAt(text, m.start())) || !(lowered.startsWith("'s ", m.end()) || lowered.startsWith("’s ", m.end()))) {
            return false;
        }
        String[] words = lowered.substring(m.end() + 3, Math.min(lowered.length(), m.end() + 60)).split("[\\s,;.]+");
        for (int i = 0; i < Math.min(4, words.length); i++) {
            if (w.organisationNouns.contains(words[i].replaceAll("s$", "")) || w.organisationNouns.contains(words[i])) {
                return java.util.Arrays.stream(words, 0, i).anyMatch(x -> w.rankWordsEn.stream()
                        .anyMatch(r -> x.equals(r) || x.endsWith("-" + r) || x.startsWith(r + "-")));
            }
        }
        return false;
    }

    /**
     * 與主打電商件的同行不同，定位中高端的錦程速運…: a Chinese name in a clause that a comparison word opens and
     * closes (與…不同, 和…相比) is what the subject is compared with, not the subject.
     */
    private boolean inComparison(NameMention m) {
        if (latin(charAt(text, m.start()))) {
            return false;
        }
        int cs = clauseStart(m.start());
        int ce = clauseEndAt(m.end());
        if (ce <= cs || ce >= text.length() || !clauseEnd[ce]) {
            return false;
        }
        String clause = lowered.substring(cs, ce).strip();
        if (w.comparisonOpen.stream().anyMatch(clause::startsWith) && w.comparisonClose.stream().anyMatch(clause::endsWith)) {
            return true;
        }
        // 為三大電信中成長最快: the set a superlative ranks the subject in
        String rest = lowered.substring(m.end(), ce);
        return w.among.stream().anyMatch(rest::startsWith) && w.superlatives.stream().anyMatch(rest::contains);
    }

    /** Whether the offset lies in a clause that tells a result of the one before: ", bringing … to". */
    private boolean inResultClause(int at) {
        String clause = lowered.substring(Math.min(at, clauseStart(at)), at).strip();
        return w.resultClauses.stream().anyMatch(r -> clause.startsWith(r + " "));
    }

    /** When the figure is of, as a careful reader resolves it; empty when the article does not say. */
    public Optional<When> period(Figure f) {
        return atItsEnd(f, periodInPlay(f));
    }

    /** The period as the text puts it in play, before a level at its end adds its last day: what later mentions carry. */
    private Optional<When> periodInPlay(Figure f) {
        int i = indexOf(f);
        if (i < 0) {
            return Optional.empty();
        }
        Optional<When> known = periods.get(i);
        if (known != null) {
            return known;
        }
        periods.put(i, Optional.empty()); // a cycle reads as unknown
        Optional<When> out = resolve(f, i);
        periods.put(i, out);
        return out;
    }

    /**
     * A level its sentence gives at the end of the period in play ("closed 14 restaurants during the quarter
     * and ended it with 587", "taking the total to 3,418"): of that period, and of its last day too (the one
     * a fiscal quarter "ended Sept. 28" names).
     */
    private Optional<When> atItsEnd(Figure f, Optional<When> when) {
        if (when.isEmpty() || when.get().dated() == null || when.get().dated().to() != null) {
            return when;
        }
        Dated d = when.get().dated();
        if (d.kind() != Dated.Kind.QUARTER && d.kind() != Dated.Kind.MONTH && d.kind() != Dated.Kind.YEAR) {
            return when;
        }
        String before = lowered.substring(sentenceAt(f.start()).start(), f.start());
        for (String phrase : w.levelAtEnd) {
            if (before.contains(phrase)) {
                When w0 = when.get();
                return Optional.of(new When(d.atItsEnd(), w0.stated(), w0.how() + ", at its end (「" + phrase + "」)", w0.remote()));
            }
        }
        return when;
    }

    /**
     * A future time after a figure of its own clause ("has hedged 78% of its fuel needs for next year") is
     * that plan's time: it puts no period in play for the sentences after it (the next paragraph's "doubled
     * its operating profit to £138m" was dated next year).
     */
    private boolean forecastTail(TimeMention m) {
        Sentence s = sentenceAt(m.start());
        return future(m) && (trailsAFigure(m, s) || figureBefore(m, s));
    }

    /**
     * "…a $2.6 billion impairment charge on Brightwell Bio, a gene-therapy developer it acquired in 2023 for
     * $4.8 billion": a year before the article's, named after a figure of its sentence, looks back for a
     * clause of its own; it dates no other clause and puts no period in play (the next paragraph's revenue
     * was dated 2023). A base ("from $2bn in 2023") is the figure's own, and read apart.
     */
    private boolean lookBack(TimeMention m) {
        int year = articleDate != null ? articleDate.getYear() : published != null ? published.year() : 0;
        return year > 0 && !m.base() && m.relative() == TimeMention.Relative.NONE && m.dated() != null
                && m.dated().period().year() < year && figureBefore(m, sentenceAt(m.start()));
    }

    /**
     * The last year to date of a sentence before {@code at} that follows a figure of that sentence (前十月 after
     * 10月營收月增1.4%), or -1: such a time is of its clause's cumulative figures, and puts no period in play
     * for the sentences after it.
     */
    private int toDateAside(Sentence p, int at) {
        int[] tr = range(timeStarts, p.start(), at);
        for (int t = tr[1] - 1; t >= tr[0]; t--) {
            TimeMention m = times.get(t);
            if (m.end() <= at && m.dated() != null && m.dated().kind() == Dated.Kind.YEAR_TO_DATE && !m.base()
                    && figureBefore(m, p)) {
                return t;
            }
        }
        return -1;
    }

    /** Where the part of a sentence an offset lies in ends: its next ； or ;, else the sentence's end. */
    private int partEnd(int at, Sentence s) {
        for (int k = at; k < s.end(); k++) {
            char c = text.charAt(k);
            if (c == '；' || c == ';') {
                return k;
            }
        }
        return s.end();
    }

    /** Whether a figure of the time's sentence stands before it. */
    private boolean figureBefore(TimeMention m, Sentence s) {
        int[] gr = range(figureStarts, s.start(), m.start());
        for (int g = gr[0]; g < gr[1]; g++) {
            if (figures.get(g).end() <= m.start()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a figure's clause holds a time that looks back (lookBack): the figure is of that aside. */
    private boolean lookBackTimed(Figure g) {
        int cs = clauseStart(g.start());
        int ce = clauseEndAt(g.end());
        int[] tr = range(timeStarts, cs, ce);
        for (int t = tr[0]; t < tr[1]; t++) {
            if (lookBack(times.get(t))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a future time after the figure, in its clause, is a forecast tail (the figure is that plan's). */
    private boolean forecastTailed(Figure g) {
        int ce = clauseEndAt(g.end());
        int[] tr = range(timeStarts, g.end(), ce);
        for (int t = tr[0]; t < tr[1]; t++) {
            if (forecastTail(times.get(t))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a time stands in an English clause of cause that opens after a comma: ", after heavy rain in August …". */
    private boolean causeTime(TimeMention m) {
        return latin(charAt(text, m.start())) && inCauseClause(m.start());
    }

    /** Whether an offset lies in a clause of cause that opens after a comma (cause_openers_en). */
    private boolean inCauseClause(int at) {
        int cs = clauseStart(at);
        if (cs <= 0 || !latin(charAt(text, at))) {
            return false;
        }
        String head = lowered.substring(cs, at).strip();
        return w.causeOpenersEn.stream().anyMatch(x -> head.startsWith(x + " "));
    }

    /**
     * "The stock has nearly doubled this year": a time of a market's move (market_moves) is that move's; it puts
     * no period in play for the sentences after it (the next paragraph's output was dated this year).
     */
    private boolean marketTime(TimeMention m) {
        return MetricNames.namesAny(lowered.substring(clauseStart(m.start()), clauseEndAt(m.end())), w.marketMoves);
    }

    /** Whether a figure of the time's own clause stands before it in the sentence: "to fall 3% next summer". */
    private boolean trailsAFigure(TimeMention m, Sentence s) {
        int cs = Math.max(clauseStart(m.start()), s.start());
        return figures.stream().anyMatch(g -> g.start() >= cs && g.end() <= m.start());
    }

    private Optional<When> resolve(Figure f, int i) {
        // the ends of a range share its period: "grow 4% to 5% next year" is next year's at both ends
        if (rangeEnds[i] >= 0) {
            Optional<When> end = periodInPlay(figures.get(rangeEnds[i]));
            if (end.isPresent() && end.get().dated() != null && end.get().stated()) {
                return end;
            }
        }
        if (attached[i] >= 0) {
            return Optional.of(besideIt(f, times.get(attached[i])));
        }
        Sentence s = sentenceAt(f.start());
        int cs = Math.max(clauseStart(f.start()), s.start());
        int ce = Math.min(clauseEndAt(f.end()), s.end());
        int best = nearest(cs, f.start(), f.end(), ce);
        // "said first-half profit fell 9% and that it would close at least two plants by the end of next
        // year": a deadline after the figure, nearer than the time before it, dates what is due by it
        int due = best >= 0 && times.get(best).end() <= f.start() ? dueBy(f.end(), ce) : -1;
        if (due >= 0 && times.get(due).start() - f.end() >= f.start() - times.get(best).end()) {
            due = -1;
        }
        if (due >= 0) {
            return Optional.of(of(times.get(due), "「" + times.get(due).text() + "」 in its clause, what it is due by"));
        }
        if (best >= 0) {
            return Optional.of(of(times.get(best), "「" + times.get(best).text() + "」 in its clause"));
        }
        Optional<When> told = inItsSentence(f, s, cs, ce);
        if (told.isPresent()) {
            return told;
        }
        return carriedTo(f, s);
    }

    /**
     * The time of a figure's sentence, outside its clause, that dates it: of a clause describing a name, else of
     * the sentence up to its figure's part, less the times of other clauses' own (a forecast's, a cause's, a look
     * back, one figure's alone); empty when none does.
     */
    private Optional<When> inItsSentence(Figure f, Sentence s, int cs, int ce) {
        // a figure inside a clause that describes a name ("The G11+ alliance, which pumps about 41% of the
        // world's crude, meets on 30 November") is dated by that clause alone, not by the sentence's verb
        int[] aside = describingClause(f.start(), s);
        int best = aside != null ? nearest(aside[0], f.start(), f.end(), aside[1]) : nearest(s.start(), f.start(), f.end(), s.end());
        // (…約占公司總營收的六成；該公司並計畫在年底前把…: a deadline of a later part after ；dates no figure before it)
        if (aside == null && best >= 0 && times.get(best).start() >= partEnd(f.end(), s) && deadline(best)) {
            best = nearest(s.start(), f.start(), f.end(), partEnd(f.end(), s));
        }
        // ("posted a rise in nine-month net profit, helped by its grid business, which accounted for 41% of group
        // EBITDA": an aside naming no time is of the time its sentence gave before it)
        if (aside != null && best < 0) {
            best = nearest(s.start(), aside[0], aside[0], aside[0]);
        }
        // a later clause's future (…降價壓力恐延續到明年上半年) is a forecast's time, not the figure's; an
        // event's day still to come in another clause ("meets on 30 November") is that event's
        if (best >= 0 && (times.get(best).start() >= f.end() || comingDay(times.get(best)))
                && (future(times.get(best)) || comingDay(times.get(best)) || inResultClause(times.get(best).start()))) {
            TimeMention day = times.get(best);
            // 明年3月29日起開闢…航線，每週3班: what starts on a day still to come, told before the figure, is of
            // that day's year (not of the day itself, nor undated)
            if (day.end() <= f.start() && comingDay(day) && day.dated().period().year() > articleDate.getYear()) {
                return Optional.of(new When(Dated.of(new Period(day.dated().period().year(), 0, 0, false)), true,
                        "「" + day.text() + "」 in its sentence: a day still to come, of its year"));
            }
            best = -1;
        }
        // ("took 15.6% of the market, up from 12.5% a year earlier, and their registrations jumped 19% last month
        // alone": a time of one figure alone dates no other clause)
        if (best >= 0 && partTime(times.get(best)) && (times.get(best).start() >= ce || times.get(best).end() <= cs)) {
            best = -1;
        }
        // ("The group produced 96,300 ounces, down 9 per cent from a year earlier, after heavy rain in August flooded
        // the pit": a time in a clause of cause after the figure is the cause's, not the figure's)
        if (best >= 0 && times.get(best).start() >= f.end() && causeTime(times.get(best))) {
            best = -1;
        }
        // (", a developer it acquired in 2023 for $4.8 billion": an earlier year told in another clause after a
        // figure is that clause's look back, not the time of the figure before it)
        if (best >= 0 && (times.get(best).start() >= ce || times.get(best).end() <= cs) && lookBack(times.get(best))) {
            best = -1;
        }
        // ("expects fares to fall by between 2% and 3% next summer, and cut his target price to €12.50": a future
        // time after a figure of its own clause is that forecast's, not the time of the clauses after it)
        // (", implying two or three more cuts" goes on with the forecast: only a clause joined as an action of its
        // own, "and cut …", leaves it)
        if (best >= 0 && times.get(best).end() <= cs && future(times.get(best)) && trailsAFigure(times.get(best), s)
                && w.actionJoins.stream().anyMatch(j -> lowered.substring(cs, f.start()).stripLeading().startsWith(j + " "))) {
            best = -1;
        }
        return best >= 0 ? Optional.of(of(times.get(best), "「" + times.get(best).text() + "」 in its sentence")) : Optional.empty();
    }

    /** The period carried to a figure whose sentence names none: the period in play, weaker when told of another. */
    private Optional<When> carriedTo(Figure f, Sentence s) {
        Optional<Carry> carried = carry(s.start());
        if (carried.isEmpty()) {
            return Optional.empty();
        }
        When c = carried.get().when();
        Dated.Kind carriedKind = c.dated() == null ? null : c.dated().kind();
        if ((carriedKind != Dated.Kind.DAY && carriedKind != Dated.Kind.WEEK || carriedKind == Dated.Kind.DAY && !recent(c.dated()))
                && marketMove(f)) {
            // (the day a market moved on is the news's, days before the article: not "the 26 weeks to 30 August")
            Dated day = lastDay(f.start());
            if (day == null || !recent(day)) {
                day = lastDayInBody(f.start(), true);
            }
            if (day == null && articleDate != null) {
                day = Dated.day(articleDate);
            }
            if (day != null) {
                return Optional.of(new When(day, false, "the day its news was told (" + day.describe() + "): a market's move "
                        + "in a sentence that names no time"));
            }
        }
        Sentence from = sentences.get(carried.get().sentence());
        // a period carried from a sentence about someone else is only the period then in play: a weaker truth
        Owner who = owner(f);
        Set<Integer> owner = who.entities();
        Set<Integer> subject = subject(from);
        if (!owner.isEmpty() && !subject.isEmpty() && !related(owner, subject)) {
            return Optional.of(new When(c.dated(), false, c.how() + ", told of " + entities.get(subject.iterator().next()).label()));
        }
        // a new paragraph that names its subject starts afresh: a period from the paragraphs before is only in play
        if (from.paragraph() != s.paragraph() && who.how().startsWith("named") && (subject.isEmpty() || !related(owner, subject))) {
            return Optional.of(new When(c.dated(), false, c.how() + ", from an earlier paragraph", true));
        }
        return Optional.of(c);
    }

    /** A time beside a figure: its own; "last year" as the base of a half or a quarter is that period a year before. */
    private When besideIt(Figure f, TimeMention m) {
        Optional<When> sameLastYear = comparing(f) && w.lastYearBases.contains(FigureReader.lowerAscii(m.text()).strip())
                ? inPlay(m.start()).filter(x -> x.dated() != null && x.dated().kind() != Dated.Kind.YEAR
                        && x.dated().kind() != Dated.Kind.THIS_YEAR && x.dated().period().year() == m.dated().period().year() + 1)
                : Optional.empty();
        if (sameLastYear.isPresent()) {
            Dated before = sameLastYear.get().dated().yearBefore();
            return new When(before, true, "「" + m.text() + "」 beside it, a base: " + before.describe()
                    + ", a year before " + sameLastYear.get().dated().describe());
        }
        return of(m, "「" + m.text() + "」 beside it");
    }

    private record Carry(When when, int sentence) {}

    /** The paragraphs that state a figure, filled on first use. */
    private java.util.BitSet figureParagraphs;

    /** Whether a paragraph states any figure. */
    private boolean statesFigure(int paragraph) {
        if (figureParagraphs == null) {
            java.util.BitSet out = new java.util.BitSet();
            for (Figure f : figures) {
                out.set(sentenceAt(f.start()).paragraph());
            }
            figureParagraphs = out;
        }
        return figureParagraphs.get(paragraph);
    }

    /** Whether a time stands in a clause that supposes it: 若第四季消費未見起色, "if demand weakens in the fourth quarter". */
    private boolean supposed(int t) {
        int cs = clauseStart(times.get(t).start());
        String head = lowered.substring(cs, times.get(t).start()).stripLeading();
        for (String word : w.conditionals) {
            if (head.startsWith(word) && (!latin(word.charAt(0)) || !latin(charAt(head, word.length())))) {
                return true;
            }
        }
        return false;
    }

    /** The entities a sentence is about: those of its first name. */
    private Set<Integer> subject(Sentence s) {
        int[] r = range(nameStarts, s.start(), Math.min(s.end(), s.start() + REACH));
        for (NameMention m : names.subList(r[0], r[1])) {
            // (not a name in an aside: "Net bookings, the industry's preferred measure, rose" is not about the industry)
            if (m.start() >= s.start() && m.end() <= s.end() && !inRelativeClause(m) && !source(m)) {
                return group(m);
            }
        }
        return Set.of();
    }

    /** The same entities, or one a part of the other (Nimbara Compute of Nimbara). */
    private boolean related(Set<Integer> a, Set<Integer> b) {
        for (int x : a) {
            for (int y : b) {
                if (x == y || partOf(x, y) || partOf(y, x)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean partOf(int part, int whole) {
        Entity p = entities.get(part);
        Entity wh = entities.get(whole);
        if (!p.part()) {
            return false;
        }
        if (ownerOf.getOrDefault(part, -1) == whole) {
            return true;
        }
        for (String pn : p.names()) {
            for (String wn : wh.names()) {
                if (wn.length() >= 2 && (contains(pn, wn) || cjk(pn) && cjk(wn) && pn.length() >= 3 && wn.length() >= 3
                        && pn.substring(0, 2).equals(wn.substring(0, 2)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a time lies after the article's year ("next year", 2026 in a 2025 article). */
    private boolean future(TimeMention m) {
        int year = articleDate != null ? articleDate.getYear() : published != null ? published.year() : 0;
        return year > 0 && m.dated() != null && m.dated().period().year() > year;
    }

    /** Whether a time is a day after the article's date: an event still to come. */
    private boolean comingDay(TimeMention m) {
        return articleDate != null && m.dated() != null && m.dated().kind() == Dated.Kind.DAY
                && m.dated().period().start().isAfter(articleDate);
    }

    /** The bounds of the describing clause (", which …,") the offset lies in, within its sentence; else null. */
    private int[] describingClause(int at, Sentence s) {
        java.util.regex.Matcher m = DESCRIBING_CLAUSE.matcher(lowered);
        m.region(s.start(), s.end());
        while (m.find()) {
            if (m.start() < at && at < m.end()) {
                return new int[] {m.start(), m.end()};
            }
        }
        return null;
    }

    /** The free time mention nearest before {@code at} from {@code from}, else the first after {@code after} up to {@code to}. */
    private int nearest(int from, int at, int after, int to) {
        int before = -1;
        int next = -1;
        int[] r = range(timeStarts, Math.max(from, at - REACH), Math.min(to, after + REACH));
        for (int t = r[0]; t < r[1]; t++) {
            TimeMention m = times.get(t);
            if (!free(t) || !reaches(t, at)) {
                continue;
            }
            if (m.start() >= from && m.end() <= at) {
                // 10月全月一手註冊量的四成: the month qualifies the noun the figure is a part of, not the figure
                String gap = lowered.substring(m.end(), at);
                // (全年財測目標的近五成: the figure's own bounding word after 的)
                int[] own = range(figureStarts, at, at + 1);
                if (own[1] > own[0]) {
                    String q = figures.get(own[0]).qualifierWord();
                    if (!q.isEmpty() && !latin(q.charAt(0)) && gap.endsWith(q)) {
                        gap = gap.substring(0, gap.length() - q.length());
                    }
                }
                // (明年將研發投入提高至營收的8%: a verb between, the time is the clause's)
                if (gap.length() > 1 && gap.endsWith("的") && gap.chars().noneMatch(c -> "，,；;。".indexOf(c) >= 0)
                        && w.timeNounBreaks.stream().noneMatch(gap::contains)) {
                    continue;
                }
                before = t;
            } else if (next < 0 && m.start() >= after && m.end() <= to) {
                next = t;
            }
        }
        return before >= 0 ? before : next;
    }

    /**
     * Whether an offset is in a part of its sentence that one of part_openers opens (其中第三季度…), up to the
     * sentence's 。 or ；: what it names is of that part alone, no period or owner the sentences after it go on with.
     */
    private boolean inPart(int at) {
        Sentence s = sentenceAt(at);
        int from = s.start();
        for (int k = at - 1; k > s.start(); k--) {
            char c = text.charAt(k);
            if (c == '；' || c == ';') {
                from = k + 1;
                break;
            }
        }
        String head = lowered.substring(from, at);
        for (String word : w.partOpeners) {
            int i = head.lastIndexOf(word);
            if (i >= 0 && (!latin(word.charAt(0)) || i == 0 || !latin(head.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** "jumped 19% last month alone": a time one of part_after follows is of its figure alone. */
    private boolean partTime(TimeMention m) {
        String after = lowered.substring(m.end(), Math.min(lowered.length(), m.end() + 12));
        return w.partAfter.stream().anyMatch(x -> after.startsWith(" " + x) || after.startsWith(x));
    }

    /** Whether a figure's clause has a time of that clause alone ("jumped 19% last month alone"). */
    private boolean partTimed(Figure g) {
        int[] tr = range(timeStarts, clauseStart(g.start()), clauseEndAt(g.end()));
        return times.subList(tr[0], tr[1]).stream().anyMatch(this::partTime);
    }

    /**
     * The period 期內, 同期 or "that period" names again: the one in play, passing over a news day (同日放榜的…
     * 中期虧損收窄，期內…: the half year of the results, not the day they came out).
     */
    private Optional<When> periodBefore(int at) {
        int from = at;
        for (int tries = 0; tries < CARRY; tries++) {
            Optional<Carry> c = carry(from);
            if (c.isEmpty() || c.get().when().dated() == null || c.get().when().dated().kind() != Dated.Kind.DAY) {
                return c.map(Carry::when);
            }
            int start = sentences.get(c.get().sentence()).start();
            if (start >= from) {
                return c.map(Carry::when);
            }
            from = start;
        }
        return inPlay(at);
    }

    /** The period in play before an offset: the last one named, or the last figure's, in the sentences before. */
    private Optional<When> inPlay(int at) {
        return carry(at).map(Carry::when);
    }

    private Optional<Carry> carry(int at) {
        Sentence s = sentenceAt(at);
        // a forecast's period (the quarter it forecasts) is not in play for the figures told after it
        boolean actual = !forecast(s);
        int first = s.start() < at ? s.index() : s.index() - 1;
        for (int k = first; k >= 0 && k >= first - CARRY; k--) {
            Sentence p = sentences.get(k);
            if (p.paragraph() < firstBody) {
                break;
            }
            if (actual && p.index() != s.index() && forecast(p) && !statesActual(p)) {
                continue;
            }
            // a speaker's words ("We see premium growth of 7% next year," said …) put no period in play for
            // the reporter's sentences after them: "Premiums rose 9% in the quarter" was dated next year
            if (p.index() != s.index() && speech(p)) {
                continue;
            }
            // a paragraph of an earlier scene that states no figure (the weather "after September began")
            // dates nothing: the figures told after it keep the period of the figures before it
            if (p.paragraph() != s.paragraph() && !statesFigure(p.paragraph())) {
                continue;
            }
            int limit = Math.min(p.end(), at);
            int floor = Math.max(p.start(), limit - REACH);
            boolean same = p.index() == s.index();
            int lastTime = lastTimeInPlay(floor, limit, at, same);
            int lastFigure = lastFigureInPlay(floor, limit, same);
            if (lastFigure >= 0 && (lastTime < 0 || figures.get(lastFigure).start() > times.get(lastTime).start())) {
                Optional<When> w0 = periodInPlay(figures.get(lastFigure));
                // a market's move dated by its news day puts that day in play for no one ("Its shares rose 7.8%.
                // AI services now account for nearly half of its sales" is the quarter's half), nor does a
                // figure of a span of days ("from Aug. 11 to Aug. 19 added roughly $120 million")
                if (w0.isPresent() && (!w0.get().stated() && marketMove(figures.get(lastFigure))
                        || p.index() != s.index() && w0.get().dated() != null && w0.get().dated().kind() == Dated.Kind.SPAN
                        && !w0.get().dated().staysInPlay())) {
                    continue;
                }
                // (…10月營收月增1.4%，前十月累計營收為1,597.8億元，年增2.1%。5G用戶數為438.6萬戶: a year to date told
                // after other figures of its sentence is theirs alone; the time before it stays in play)
                int toDate = p.index() != s.index() && w0.isPresent() ? toDateAside(p, figures.get(lastFigure).start()) : -1;
                if (toDate >= 0 && w0.get().dated() != null && w0.get().dated().kind() == Dated.Kind.YEAR_TO_DATE) {
                    Optional<Carry> before = carry(times.get(toDate).start());
                    if (before.isPresent()) {
                        return before;
                    }
                }
                if (w0.isPresent()) {
                    When x = w0.get();
                    String how = x.how().contains(", in play from line") ? x.how() : x.how() + ", in play from line " + line(p.start());
                    return Optional.of(new Carry(new When(x.dated(), x.stated(), how), p.index()));
                }
            }
            if (lastTime >= 0 && p.index() != s.index() && toDateAside(p, times.get(lastTime).end()) == lastTime) {
                Optional<Carry> before = carry(times.get(lastTime).start());
                if (before.isPresent()) {
                    return before;
                }
            }
            if (lastTime >= 0) {
                TimeMention m = times.get(lastTime);
                When w = of(m, "「" + m.text() + "」, line " + line(m.start()));
                // "for the quarter" with no quarter named before it dates nothing, and carries nothing
                if (w.dated() != null || m.relative() != TimeMention.Relative.THE_QUARTER) {
                    return Optional.of(new Carry(w, p.index()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The last time between {@code floor} and {@code limit} that puts a period in play at {@code at}; from another
     * sentence ({@code same} false) not a deadline, a span of days, a day to come, a supposed time, a part's, a
     * forecast's tail, a cause's, a market move's or a look back. -1 when none.
     */
    private int lastTimeInPlay(int floor, int limit, int at, boolean same) {
        int[] tr = range(timeStarts, floor, limit);
        for (int t = tr[1] - 1; t >= tr[0]; t--) {
            // (a span of days, "from Aug. 11 to Aug. 19", is the time of what its sentence tells alone)
            boolean span = times.get(t).dated() != null && times.get(t).dated().kind() == Dated.Kind.SPAN
                    && !times.get(t).dated().staysInPlay();
            // (nor a day after the article's, "planned to release the game on Nov. 14": an event to come)
            if (free(t) && times.get(t).end() <= limit && reaches(t, at)
                    && (same || !deadline(t) && !span && !dayToCome(times.get(t).dated()) && !supposed(t)
                    && !inPart(times.get(t).start()) && !partTime(times.get(t)) && !forecastTail(times.get(t))
                    && !causeTime(times.get(t)) && !marketTime(times.get(t)) && !lookBack(times.get(t)))) {
                return t;
            }
        }
        return -1;
    }

    /** The last figure between {@code floor} and {@code limit} whose period may be in play after it; -1 when none. */
    private int lastFigureInPlay(int floor, int limit, boolean same) {
        int[] gr = range(figureStarts, floor, limit);
        for (int g = gr[1] - 1; g >= gr[0]; g--) {
            if (figures.get(g).end() <= limit && attached[g] < 0 && (same || !inPart(figures.get(g).start())
                    && !partTimed(figures.get(g)) && !forecastTailed(figures.get(g)) && !inCauseClause(figures.get(g).start())
                    && !lookBackTimed(figures.get(g)))) {
                return g;
            }
        }
        return -1;
    }

    /**
     * Whether a sentence that has a forecast word states an actual figure all the same: "Net bookings rose
     * 14% to $1.38 billion in the quarter ended June 30, beating the $1.31 billion analysts had expected"
     * keeps its quarter in play, though "expected" is a forecast word.
     */
    private boolean statesActual(Sentence p) {
        int[] r = range(figureStarts, p.start(), p.end());
        boolean estimate = false;
        for (int g = r[0]; g < r[1]; g++) {
            estimate |= estimateFramed(figures.get(g));
        }
        if (!estimate) {
            return false;
        }
        // its forecast words are those of the estimate ("analysts had expected") and no others
        String t = lowered.substring(p.start(), p.end());
        for (String phrase : w.estimateAfter) {
            t = t.replace(phrase, " ");
        }
        for (String phrase : w.estimateBefore) {
            t = t.replace(phrase, " ");
        }
        return !forecastWords(t);
    }

    /** Whether the figure's clause tells a market's move ("Its shares rose 4.6%", "closed at $61.40"). */
    private boolean marketMove(Figure f) {
        return MetricNames.namesAny(lowered.substring(clauseStart(f.start()), clauseEndAt(f.end())), w.marketMoves);
    }

    /**
     * The name of an organisation right after a Chinese figure and 的, up to its clause's end (下跌0.41%的中證500指數),
     * when the table names no entity there; else null.
     */
    private String ownerAfterDe(Figure f, int clauseEnd) {
        if (charAt(text, f.end()) != '的') {
            return null;
        }
        String rest = text.substring(f.end() + 1, Math.max(f.end() + 1, clauseEnd)).strip();
        if (rest.length() < 3 || rest.length() > 14 || rest.chars().anyMatch(c -> c == '，' || c == ',')) {
            return null;
        }
        for (String word : w.organisationWords) {
            if (rest.endsWith(word) && rest.length() > word.length() + 1) {
                return rest;
            }
        }
        return null;
    }

    /** Whether a sentence is a speaker's words: it opens with a quotation mark. */
    private boolean speech(Sentence p) {
        int i = p.start();
        while (i < p.end() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i < p.end() && "\"“「『".indexOf(text.charAt(i)) >= 0) {
            return true;
        }
        // (a paragraph's opening quote may be left before the sentence, with the line break before it)
        int q = p.start() - 1;
        return q >= 0 && "\"“「『".indexOf(text.charAt(q)) >= 0 && (q == 0 || Character.isWhitespace(text.charAt(q - 1)));
    }

    private static Period dayOf(LocalDate d) {
        return new Period(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), false);
    }

    private When of(TimeMention m, String how) {
        return switch (m.relative()) {
            case NONE -> new When(m.dated(), true, how);
            case SAME -> periodBefore(m.start()).map(x -> new When(x.dated(), x.stated(), how + " = " + x.how()))
                    .orElse(new When(null, false, how + ", with no period before it"));
            case YEAR_EARLIER -> inPlay(m.start()).filter(x -> x.dated() != null).map(x -> new When(x.dated().yearBefore(), x.stated(),
                    how + ": a year before " + x.dated().describe())).orElse(new When(null, false, how + ", with no period before it"));
            case WEEK_EARLIER -> {
                // a week before the day in play, else before the day of the news
                Optional<When> x = inPlay(m.start()).filter(y -> y.dated() != null && y.dated().kind() == Dated.Kind.DAY);
                Optional<Dated> day = x.map(When::dated).or(() -> Optional.ofNullable(lastDay(m.start())));
                yield day.map(d -> new When(Dated.of(dayOf(d.period().start().minusWeeks(1))), x.map(When::stated).orElse(true),
                        how + ": a week before " + d.describe())).orElse(new When(null, false, how + ", with no day before it"));
            }
            case QUARTER_BEFORE -> {
                // the quarter before the one in play (or the one a month or day in play falls in), else
                // the quarter before the article's
                Optional<When> x = inPlay(m.start()).filter(y -> y.dated() != null && y.dated().period().hasMonth()
                        || y.dated() != null && y.dated().kind() == Dated.Kind.QUARTER);
                Period of = x.map(y -> y.dated().period()).orElse(articleDate == null ? null
                        : new Period(articleDate.getYear(), articleDate.getMonthValue(), 0, false));
                if (of == null) {
                    yield new When(null, false, how + ", with no quarter before it");
                }
                int q = of.quarter() > 0 ? of.quarter() : (of.month() + 2) / 3;
                Dated before = Dated.of(q > 1 ? new Period(of.year(), 0, 0, q - 1, false) : new Period(of.year() - 1, 0, 0, 4, false));
                yield new When(before, x.map(When::stated).orElse(false), how + ": the quarter before "
                        + x.map(y -> y.dated().describe()).orElse("the article's (" + of + ")"));
            }
            case QUARTER -> {
                Optional<When> x = inPlay(m.start());
                if (x.isPresent() && x.get().dated() != null && x.get().dated().kind() == Dated.Kind.QUARTER) {
                    yield new When(x.get().dated(), x.get().stated(), how + " = " + x.get().how());
                }
                int[] qr = range(timeStarts, m.end(), Math.min(text.length(), m.end() + 20 * REACH));
                for (int t = qr[0]; t < qr[1]; t++) {
                    TimeMention q = times.get(t);
                    if (q.start() > m.end() && free(t) && q.dated() != null && q.dated().kind() == Dated.Kind.QUARTER) {
                        yield new When(q.dated(), true, how + " = 「" + q.text() + "」, line " + line(q.start()));
                    }
                }
                yield new When(null, false, how + ", with no quarter named");
            }
            case THE_QUARTER -> {
                Optional<When> x = inPlay(m.start());
                if (x.isPresent() && x.get().dated() != null && x.get().dated().kind() == Dated.Kind.QUARTER) {
                    yield new When(x.get().dated(), x.get().stated(), how + " = " + x.get().how());
                }
                // the quarter the article named last before it, in its body, not as a base ("than in the second quarter")
                int[] qr = range(timeStarts, 0, m.start());
                for (int t = qr[1] - 1; t >= qr[0]; t--) {
                    TimeMention q = times.get(t);
                    if (q.end() <= m.start() && !q.base() && q.dated() != null && q.dated().kind() == Dated.Kind.QUARTER
                            && !inHeader(q.start())) {
                        yield new When(q.dated(), true, how + " = 「" + q.text() + "」, line " + line(q.start()));
                    }
                }
                yield x.map(w -> new When(w.dated(), w.stated(), how + " = " + w.how()))
                        .orElse(new When(null, false, how + ", with no quarter named before it"));
            }
            case NOW -> {
                // 同日 and 當日 name the day of the news told before, in its paragraph or, failing that, the body before it
                Dated day = lastDay(m.start());
                if (day == null) {
                    day = lastDayInBody(m.start(), false);
                }
                yield day != null ? new When(day, true, how + " = " + day.describe())
                        : new When(articleDate == null ? null : Dated.day(articleDate), articleDate != null,
                                how + " = the article's date");
            }
        };
    }

    /** The first deadline ("by the end of next year") after {@code after} and before {@code to}; else -1. */
    private int dueBy(int after, int to) {
        int[] r = range(timeStarts, after, to);
        for (int t = r[0]; t < r[1]; t++) {
            TimeMention m = times.get(t);
            if (m.end() <= to && free(t) && !m.base() && m.dated() != null && (deadline(t)
                    || w.deadlines.stream().anyMatch(x -> latin(x.charAt(0)) && m.text().toLowerCase(java.util.Locale.ROOT).startsWith(x + " ")))) {
                return t;
            }
        }
        return -1;
    }

    /**
     * "The FDA is due to decide by Oct. 17", 於11月底前: a deadline dates what is due by it, not the figures
     * of the sentences after it.
     */
    private boolean deadline(int t) {
        TimeMention m = times.get(t);
        String before = lowered.substring(Math.max(0, m.start() - 8), m.start());
        for (String word : w.deadlines) {
            if (latin(word.charAt(0)) ? before.endsWith(word + " ") : lowered.startsWith(word, m.end())) {
                return true;
            }
            // 年底前: a time word that holds its deadline word
            if (!latin(word.charAt(0)) && m.text().endsWith(word) && m.text().length() > word.length()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentence states a forecast or a plan ("expects", 預估, "would"). */
    boolean forecast(Sentence s) {
        Boolean known = forecasts[s.index()];
        if (known != null) {
            return known;
        }
        boolean out = forecastWords(s);
        forecasts[s.index()] = out;
        return out;
    }

    private boolean forecastWords(Sentence s) {
        // a forecast word inside a relative clause describes, it does not forecast: "the two-year yield,
        // which is more sensitive to the policy outlook, dropped … on Thursday" still dates what follows
        String t = RELATIVE_CLAUSE.matcher(lowered.substring(s.start(), Math.min(s.end(), s.start() + 4 * REACH))).replaceAll(",");
        return forecastWords(t);
    }

    // (a number's own comma or point, "$4,500", "1.5%", ends no clause)
    private static final java.util.regex.Pattern RELATIVE_CLAUSE = java.util.regex.Pattern.compile(
            ", (?:which|who|whose) (?:[^,]|(?<=\\d),(?=\\d))*,");

    /**
     * "Plavexa, which loses patent protection next year, dropped by a fifth", "Corbell, whose fiscal year
     * ends in March, said": a time inside a clause that describes a name dates only the figures of that
     * clause, and is not in play after it.
     */
    private static final java.util.regex.Pattern DESCRIBING_CLAUSE = java.util.regex.Pattern.compile(
            ", (?:which|who|whose|where|its|their) (?:[^,.;]|(?<=\\d)[,.](?=\\d))*,");

    /**
     * For each time inside a describing clause (", which …,", or an aside ", its second writedown this
     * year,"), the clause's bounds; else null.
     */
    private int[][] describing;

    /** Whether time {@code t} may date something at {@code at}: not from inside a clause that describes a name. */
    private boolean reaches(int t, int at) {
        int[] c = describing[t];
        return c == null || at >= c[0] && at < c[1];
    }

    private boolean forecastWords(String t) {
        return forecastWords(t, w);
    }

    /** Whether lowered text holds a forecast word of {@code forecasts} ("expects", 預計; "in May" is the month). */
    static boolean forecastWords(String t, ReadingWords w) {
        for (String word : w.forecasts) {
            for (int at = t.indexOf(word); at >= 0; at = t.indexOf(word, at + 1)) {
                // ("whose patent expired in May.": the month, not a "may" that forecasts)
                if (w.monthForecastWordsEn.contains(word) && (afterAnyWord(t.substring(0, at), w.monthLeadsEn)
                        || t.startsWith(" ", at + word.length()) && Character.isDigit(charAt(t, at + word.length() + 1)))) {
                    continue;
                }
                if (!latin(word.charAt(0)) || !latin(charAt(t, at - 1)) && !latin(charAt(t, at + word.length()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The day the news of a figure was told: the last day its paragraph names before it. */
    public Optional<Dated> newsDay(Figure f) {
        return Optional.ofNullable(lastDay(f.start()));
    }

    /** The last day the body names before an offset, in any paragraph (within a few of them). */
    private Dated lastDayInBody(int at, boolean recentOnly) {
        Dated out = null;
        int[] r = range(timeStarts, recentOnly && articleDate != null ? 0 : Math.max(0, at - 8 * REACH), at);
        for (int t = r[0]; t < r[1]; t++) {
            TimeMention m = times.get(t);
            if (m.end() <= at && !m.base() && m.relative() == TimeMention.Relative.NONE && m.dated() != null
                    && m.dated().kind() == Dated.Kind.DAY && !dayToCome(m.dated()) && sentenceAt(m.start()).paragraph() >= firstBody
                    && (!recentOnly || recent(m.dated()))) {
                out = m.dated();
            }
        }
        return out;
    }

    /**
     * Whether a day is within a week before the article's date, as the day of a move in its news is (the day
     * "the 26 weeks to 30 August" end is not: a held-out article's share move was dated by it).
     */
    private boolean recent(Dated d) {
        return articleDate == null || d.kind() != Dated.Kind.DAY || !d.period().start().isBefore(articleDate.minusDays(7));
    }

    /** Whether a time is a day after the article's own: an event to come, never the day of its news. */
    private boolean dayToCome(Dated d) {
        return d != null && d.kind() == Dated.Kind.DAY && articleDate != null && d.period().start().isAfter(articleDate);
    }

    /** The last day named before an offset in its paragraph (the day of the news it tells). */
    private Dated lastDay(int at) {
        int paragraph = sentenceAt(at).paragraph();
        Dated out = null;
        int[] r = range(timeStarts, Math.max(0, at - 4 * REACH), at);
        for (int t = r[0]; t < r[1]; t++) {
            TimeMention m = times.get(t);
            if (m.end() <= at && !m.base() && m.relative() == TimeMention.Relative.NONE && m.dated().kind() == Dated.Kind.DAY
                    && !dayToCome(m.dated()) && sentenceAt(m.start()).paragraph() == paragraph) {
                out = m.dated();
            }
        }
        return out;
    }

    /** Days the figure may be dated by without the article stating its period: the day its news was told, the article's date. */
    public List<When> reportDays(Figure f) {
        List<When> out = new ArrayList<>();
        Dated day = lastDay(f.start());
        if (day != null) {
            out.add(new When(day, false, "the day its news was told (" + day.describe() + ")"));
        }
        if (articleDate != null) {
            out.add(new When(Dated.day(articleDate), false, "the article's date (" + articleDate + ")"));
        }
        if (published != null && !published.hasDay()) {
            out.add(new When(Dated.of(published), false, "the article's date (" + published + ")"));
        }
        Optional<When> own = period(f);
        if (own.isEmpty() || own.get().dated() == null || !own.get().stated()) {
            // no period of its own: the article's year, or the month of a day only in play
            int year = articleDate != null ? articleDate.getYear() : published != null ? published.year() : 0;
            if (year > 0) {
                out.add(new When(Dated.of(new Period(year, 0, 0, false)), false, "the article's year (" + year + ")"));
            }
            if (articleDate != null) {
                out.add(new When(Dated.of(new Period(articleDate.getYear(), articleDate.getMonthValue(), 0, false)), false,
                        "the article's month (" + articleDate.getYear() + "-" + String.format("%02d", articleDate.getMonthValue()) + ")"));
            }
            if (own.isPresent() && own.get().dated() != null && own.get().dated().kind() == Dated.Kind.DAY) {
                Period d = own.get().dated().period();
                out.add(new When(Dated.of(new Period(d.year(), d.month(), 0, false)), false, "the month in play (" + d.year()
                        + "-" + String.format("%02d", d.month()) + ")"));
            }
            if (own.isPresent() && own.get().dated() != null) {
                out.add(new When(own.get().dated(), false, "the period in play, " + own.get().how()));
            }
        }
        return out;
    }

    public Optional<LocalDate> articleDate() {
        return Optional.ofNullable(articleDate);
    }

    /** The article's date: the manifest's when it gives a day, else the first full date of the header that agrees with it. */
    private LocalDate articleDate(Period published, Reading r) {
        if (published != null && published.hasDay()) {
            return published.start();
        }
        int headerEnd = sentences.stream().filter(s -> s.paragraph() >= firstBody).mapToInt(Sentence::start).findFirst()
                .orElse(text.length());
        List<io.briefing.figures.DateMention> parts = r.dates().stream().filter(d -> d.end() <= headerEnd).toList();
        for (int i = 0; i + 2 < parts.size(); i++) {
            int y = 0;
            int m = 0;
            int d = 0;
            for (var part : parts.subList(i, i + 3)) {
                switch (part.part()) {
                    case YEAR -> y = part.value();
                    case MONTH -> m = part.value();
                    case DAY -> d = part.value();
                    case QUARTER -> y = -1;
                }
            }
            // 2025年11月14日, "21 November 2025", "November 21, 2025"
            if (y > 0 && m > 0 && d > 0 && parts.get(i + 2).start() - parts.get(i).end() < 16) {
                try {
                    LocalDate date = LocalDate.of(y, m, d);
                    if (published == null || published.year() == date.getYear()
                            && (!published.hasMonth() || published.month() == date.getMonthValue())) {
                        return date;
                    }
                } catch (java.time.DateTimeException e) {
                    // not a date
                }
            }
        }
        return null;
    }

    /** The base of a change the figure states: the last basis word in its clause before it, or one right after it. */
    public Optional<ChangeBasis> basis(Figure f) {
        int cs = clauseStart(f.start());
        String head = lowered.substring(cs, f.start());
        // 跌幅較上季的18.3%: the earlier quarter's own value, no change against it; the words from its 較 on
        // say which figure it is, not the basis of a change
        int own = attachedIndex(f);
        if (own >= 0 && times.get(own).base() && times.get(own).start() >= cs && times.get(own).end() <= f.start()
                && lowered.substring(times.get(own).end(), f.start()).strip().equals("的")) {
            int cut = times.get(own).start();
            for (String word : w.comparing) {
                int at = lowered.lastIndexOf(word, cut);
                if (!latin(word.charAt(0)) && at >= cs && cut - at - word.length() <= 1) {
                    cut = Math.min(cut, at);
                }
            }
            head = lowered.substring(cs, cut);
        }
        ChangeBasis best = null;
        int bestAt = -1;
        String tail = lowered.substring(f.end(), Math.min(clauseEndAt(f.end()), f.end() + 24));
        // 環比: against the period before, whichever the figure's is (a quarter's is quarter on quarter)
        for (String word : w.previousBases) {
            int at = head.lastIndexOf(word);
            if (at > bestAt || bestAt < 0 && tail.stripLeading().startsWith(word)) {
                bestAt = Math.max(at, bestAt);
                best = MetricNames.previous(period(f).map(When::dated).map(Dated::period).orElse(null));
            }
        }
        for (Map.Entry<ChangeBasis, List<String>> e : w.changeBases.entrySet()) {
            for (String word : e.getValue()) {
                int at = head.lastIndexOf(word);
                if (at > bestAt) {
                    bestAt = at;
                    best = e.getKey();
                }
                if (bestAt < 0 && tail.stripLeading().startsWith(word)) {
                    best = e.getKey();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether the article states the figure as a forecast, estimate or target: in a forecasting sentence, or framed by one. */
    public boolean forecastFramed(Figure f) {
        if (estimateFramed(f)) {
            return true;
        }
        // a figure of a period that begins after the article's date can only be a forecast, a plan or a
        // target, whatever verb states it ("we see premium growth of 7% to 8% next year", 明年底要突破20GWh)
        Optional<When> when = period(f);
        if (articleDate != null && when.isPresent() && when.get().stated() && when.get().dated() != null
                && when.get().dated().period().start().isAfter(articleDate)) {
            return true;
        }
        Sentence s = sentenceAt(f.start());
        if (!forecast(s)) {
            return false;
        }
        // "revenue rose to $9.6 billion, ahead of the $9.2 billion analysts had expected": the expectation
        // is the other figure's; this one is a forecast only if its own clause says so (tamper: the
        // actual taken for the estimate was verified)
        int[] r = range(figureStarts, s.start(), s.end());
        boolean otherEstimate = false;
        for (int g = r[0]; g < r[1] && !otherEstimate; g++) {
            otherEstimate = figures.get(g) != f && estimateFramed(figures.get(g));
        }
        if (!otherEstimate) {
            return true;
        }
        return forecastWords(lowered.substring(clauseStart(f.start()), clauseEndAt(f.end())));
    }

    /** Whether the figure is framed as an estimate right around it ("analyst estimate of $12.1 billion", "the $8.6 billion analysts had expected"). */
    public boolean estimateFramed(Figure f) {
        String before = lowered.substring(Math.max(clauseStart(f.start()), f.start() - 26), f.start()).strip();
        String after = lowered.substring(f.end(), Math.min(clauseEndAt(f.end()), f.end() + 26)).strip();
        for (String word : w.estimateBefore) {
            String b = before;
            // the words may stand before a bound or a currency: "estimate of about $12 billion"
            // or after a copula: "its target is 9%", 增長目標為9%左右 (seen on a held-out article)
            if (b.endsWith(word) || b.matches(".*" + java.util.regex.Pattern.quote(word)
                    + "\\s*(the\\s+)?(is|was|of|at|為|为|是|定為|定为|訂為|订为)?\\s*"
                    + "(about|around|roughly|nearly|some|約|约|的|不低於|不低于|不少於|不少于|至少|逾|超過|超过)?\\s*$")) {
                return true;
            }
        }
        for (String word : w.estimateAfter) {
            if (after.startsWith(word)) {
                return true;
            }
        }
        // "raised his price target to $270 from $255": the old value is the same kind of figure as the new
        if (before.endsWith(" from") || before.endsWith("from")) {
            List<Figure> earlier = figuresIn(clauseStart(f.start()), f.start());
            Figure prev = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
            if (prev != null && prev != f && prev.end() <= f.start()
                    && lowered.substring(prev.end(), f.start()).strip().matches("(a barrel |a share |per share )?from")) {
                return estimateFramed(prev);
            }
        }
        return false;
    }

    /** Whether the figure is said per unit of something the metric names per unit too ("$1.42 per share" for "Earnings per share"). */
    public boolean perUnit(Figure f, String metric) {
        String m = FigureReader.lowerAscii(metric);
        String perWord = perWordAfter(f);
        if (!perWord.isEmpty()) {
            return m.matches(".*\\bper\\s+" + perWord + "\\b.*");
        }
        String before = lowered.substring(Math.max(clauseStart(f.start()), f.start() - 8), f.start());
        int at = before.lastIndexOf('每');
        if (at >= 0 && at + 1 < before.length()) {
            return m.contains("每" + before.charAt(at + 1));
        }
        // 平均房價分別為每晚1,650港元及980港元: a figure listed after one said per night is per night too
        List<Figure> earlier = figuresIn(clauseStart(f.start()), f.start());
        Figure prev = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
        return prev != null && prev.end() <= f.start() && reader.connects(text.substring(prev.end(), f.start()))
                && perUnit(prev, metric);
    }

    /**
     * Whether the figure is said per share (or per another unit of per_unit_named) and the metric does not say
     * so: "Net income rose to $1.14 billion, or $4.86 per share" gives net income no $4.86.
     */
    public boolean perUnitTheMetricLacks(Figure f, String metric) {
        String m = FigureReader.lowerAscii(metric);
        String perWord = perWordAfter(f);
        String before = lowered.substring(Math.max(clauseStart(f.start()), f.start() - 4), f.start());
        boolean said = false;
        boolean named = MetricNames.namesAny(metric, w.perShareMetrics);
        for (String unit : w.perUnitNamed) {
            said |= latin(unit.charAt(0)) ? perWord.equals(unit) : before.contains("每" + unit);
            named |= latin(unit.charAt(0)) ? m.matches(".*\\b(per|a)\\s+" + unit + "\\b.*") : m.contains("每" + unit);
        }
        return said && !named;
    }

    private static final java.util.regex.Pattern PER_WORD = java.util.regex.Pattern.compile("^\\s*(?:per|a)\\s+([a-z]+)");

    /** The unit an English figure is said per ("$1.42 per share", "52 cents a share": share), else empty. */
    private String perWordAfter(Figure f) {
        java.util.regex.Matcher per = PER_WORD.matcher(lowered.substring(f.end(), Math.min(lowered.length(), f.end() + 20)));
        return per.find() ? per.group(1) : "";
    }

    /**
     * Whether the figure is the old value of a revision: one the article compares another of its clause
     * with ("to 1.2% from 1.5%", 由原定的300伙減至150伙), both of one period.
     */
    public boolean revisedFrom(Figure f) {
        if (!comparing(f)) {
            return saidBefore(f);
        }
        int cs = clauseStart(f.start());
        int ce = clauseEndAt(f.end());
        // "cut its forecast to between €310 million and €330 million, from about €365 million previously": a
        // clause of the old value alone goes with the clause before it
        // ("…, down from up to 460,000 ounces previously": a direction word may stand before the from)
        if (cs > 0 && figuresIn(cs, ce).size() == 1 && OLD_VALUE_CLAUSE.matcher(lowered.substring(cs, f.start()).strip()).lookingAt()) {
            cs = Math.max(sentenceAt(f.start()).start(), clauseStart(cs - 1));
        }
        Optional<When> own = period(f);
        String mine = own.map(x -> x.dated() == null ? "?" : x.dated().describe()).orElse("?");
        for (Figure g : figuresIn(cs, ce)) {
            // (由新台幣1,399元調升至1,499元: the second names no currency of its own, and may be in the first's)
            if (g != f && (g.units().equals(f.units()) || !java.util.Collections.disjoint(g.units(), f.units())) && !comparing(g)
                    && period(g).map(x -> x.dated() == null ? "?" : x.dated().describe()).orElse("?").equals(mine)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "…, having previously guided to at least £2.85bn": a figure whose clause says it came earlier (revised_from_words),
     * after a figure of its units in an earlier clause of its sentence.
     */
    private boolean saidBefore(Figure f) {
        int cs = clauseStart(f.start());
        String head = lowered.substring(cs, f.start());
        boolean earlier = MetricNames.namesAny(head, w.revisedFromWords);
        if (!earlier || figuresIn(cs, f.start()).stream().anyMatch(g -> g.end() <= f.start())) {
            return false;
        }
        // (of a forecast or a target only: "sold 40 stores, having previously owned 300" revises nothing)
        Sentence s = sentenceAt(f.start());
        String sentence = lowered.substring(s.start(), s.end());
        boolean forecast = MetricNames.namesAny(sentence, w.forecasts) || MetricNames.namesAny(sentence, w.forecastMetrics);
        return forecast && figuresIn(s.start(), cs).stream().anyMatch(g -> !java.util.Collections.disjoint(g.units(), f.units()));
    }

    /** Whether the figure is stated as a move: a direction word, a sign, or a base it is compared with. */
    public boolean statedAsMove(Figure f) {
        return f.direction() != Figure.Direction.NONE || basis(f).isPresent();
    }

    /**
     * Whether an amount is the size of a move, not a level: "cut its forecast by $150 million to $1.65
     * billion". A row whose metric names no change does not take it. (A move against a base, 較去年增加約300個,
     * is left to the metric's words: a table names such moves in words the change list lacks, "increase from
     * last year", measured on the corpus.)
     */
    public boolean movedBy(Figure f) {
        if (f.direction() == Figure.Direction.NONE) {
            return false;
        }
        String before = lowered.substring(Math.max(0, f.start() - 12), f.start());
        if (before.matches("(?s).*\\bby (?:about |nearly |around |some |roughly |almost )?$")) {
            return true;
        }
        // "fell $1.20, or 1.5%, to $78.40": a move before the level its clause goes on to, in the same units
        int end = clauseEndAt(f.end());
        int sentenceEnd = sentenceAt(f.start()).end();
        for (Figure g : figuresIn(f.end(), Math.min(sentenceEnd, f.end() + 60))) {
            String gap = lowered.substring(f.end(), g.start());
            if (g.direction() == Figure.Direction.NONE && g.units().stream().anyMatch(f.units()::contains)
                    && gap.matches("(?s).*\\b(to|at)\\s*(about |nearly |around |roughly )?[$€£¥]?\\s*$|.*[至到]\\s*$")) {
                // (a level after a ； is another clause's: 虧損為1.35億港元，…；可供分派收入按年增加5.4%至2.76億港元)
                return g.start() <= end || gap.chars().noneMatch(c -> c == '；' || c == ';')
                        && gap.chars().filter(c -> c == ',' || c == '，').count() <= 2;
            }
        }
        return false;
    }

    /** Whether a money noun (估值, revenue) stands in the figure's clause before it: a bare number there is money. */
    public boolean money(Figure f) {
        String head = lowered.substring(Math.max(clauseStart(f.start()), f.start() - 30), f.start());
        return w.moneyNouns.stream().anyMatch(head::contains);
    }

    /** Whether a figure's direction is a loss noun (虧損, "net loss"): a level made negative, not a move. */
    public static boolean signedByLoss(Figure f) {
        String word = FigureReader.lowerAscii(f.directionWord());
        return !word.isEmpty() && ReadingWords.get().lossNouns.contains(word);
    }

    public List<TimeMention> times() {
        return times;
    }

    public String text() {
        return text;
    }

    public String lowered() {
        return lowered;
    }

    static boolean latin(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    static char charAt(String s, int i) {
        return i >= 0 && i < s.length() ? s.charAt(i) : ' ';
    }
}
