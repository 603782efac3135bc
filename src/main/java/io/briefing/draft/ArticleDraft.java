package io.briefing.draft;

import io.briefing.facts.Qualifier;
import io.briefing.facts.Unit;
import io.briefing.facts.UnitCatalogue;
import io.briefing.facts.UnitKind;
import io.briefing.figures.DateMention;
import io.briefing.figures.Figure;
import io.briefing.figures.FigureReader;
import io.briefing.figures.Reading;
import io.briefing.input.InputException;
import io.briefing.input.YamlFiles;
import io.briefing.input.YamlNode;
import io.briefing.provenance.PinyinAnnotations;
import io.briefing.reading.ArticleReading;
import io.briefing.reading.MetricNames;
import io.briefing.reading.Dated;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an article and drafts a fact-table row for every figure it states, with the one recognizer of
 * figures the check uses ({@link FigureReader}): the number in base units with its sign, its unit and
 * bound, the period the sentence gives, the sentence as the quote, and a guess of entity and metric
 * from the clause (words in {@code draft-words.yaml}).
 */
public final class ArticleDraft {
    /** What the draft read: the text (pinyin readings removed), its language, its sentences and the rows. */
    public record Result(String text, boolean chinese, int sentences, List<DraftRow> rows) {}

    private record Words(List<String> openers, List<String> cues, List<String> beforeNumber, EnglishSubject subject,
                         ChineseTopic topic, List<String> referring, NumberInName numberInName,
                         Optional<java.util.regex.Pattern> dayWords, List<String> wholeOf, List<String> topicMarkers,
                         List<String> measureHeads, List<String> sourceOpeners) {

        /** The topic a sentence opening "X方面，" sets (X, two to eight characters), else "". */
        String topicSetBy(String sentence) {
            int comma = sentence.indexOf('，');
            if (comma < 0) {
                return "";
            }
            String head = sentence.substring(0, comma).strip();
            for (String marker : topicMarkers) {
                if (head.endsWith(marker)) {
                    String x = head.substring(0, head.length() - marker.length()).strip();
                    int n = x.codePointCount(0, x.length());
                    boolean han = x.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
                    // (財報方面，華曜18日召開法說會: an aspect that is a measure or a report is no subject)
                    return n >= 2 && n <= 8 && han && measureHeads.stream().noneMatch(x::endsWith) ? x : "";
                }
            }
            return "";
        }
    }

    private static final class Loaded {
        static final Map<String, Words> WORDS = load();
    }

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "q1", "q2", "q3", "q4");

    /** "the" and the word after it: "the co-operative" refers back to an organisation. */
    private static final java.util.regex.Pattern THE_NOUN = java.util.regex.Pattern.compile("\\bthe ([a-z][a-z-]*)");

    /** A present perfect ("has gained", "have lost"): what it tells is the period so far. */
    private static final java.util.regex.Pattern HAS_BEEN = java.util.regex.Pattern.compile("\\b(?:has|have)\\s+(?:\\w+ly\\s+)?\\w+(?:ed|en|lost|shed|risen|fallen|grown)\\b");

    private static final String SENTENCE_ENDS = "。！？!?；;\n";
    private static final String CLAUSE_ENDS = "，,；;。！？!?\n：:";
    private static final String QUOTES = "“”「」『』《》\"'（）()";

    private final FigureReader reader;
    private final UnitCatalogue units;
    /** Offsets of the line ends of the text being read, to number a sentence's line without counting from the start each time. */
    private int[] newlines = new int[0];
    /** The topic the clause of the row last made names itself (Chinese), "" when it names none. */
    private String ownTopic = "";
    /** The entity of the last Chinese row drafted that names one (not 其, 該公司): the one a pronoun refers to. */
    private String lastNamed = "";
    /** The last English subject drafted as a thing of its own ("U.S. restaurant chains"), and where its figure stands. */
    private String lastOwnEn = "";
    private int lastOwnEnAt = -1;
    /** The last English entity drafted that is a name the reading knows: the one a fragment falls back to. */
    private String lastNamedEn = "";
    /** Whether the article being drafted writes Simplified characters: the script its metric names take. */
    private boolean simplified;

    private int lineOf(int offset) {
        int i = java.util.Arrays.binarySearch(newlines, offset);
        return (i >= 0 ? i : -i - 1) + 1;
    }

    /** Whether rows get the owner and period the reading resolves (a draft) or only their figures (a coverage count). */
    private final boolean resolve;

    public ArticleDraft(UnitCatalogue units) {
        this(units, true);
    }

    private ArticleDraft(UnitCatalogue units, boolean resolve) {
        this.units = units;
        this.reader = FigureReader.of(units);
        this.resolve = resolve;
    }

    /**
     * A drafter for counting the figures a table covers: each row's figure, sentence and value, its period
     * only as the sentence names it (measured: resolving every figure's owner and period cost the
     * default verify's coverage about 30 ms of CPU it does not show).
     */
    public static ArticleDraft forCoverage(UnitCatalogue units) {
        return new ArticleDraft(units, false);
    }

    /**
     * The names the reading found, with the manifest's entities the article names: an entity sharing a
     * name with a found one joins it; one the article does not name is left out (it owns nothing here).
     */
    private static List<List<String>> withDeclared(List<List<String>> found, List<List<String>> declared, String text) {
        if (declared.isEmpty()) {
            return found;
        }
        List<List<String>> out = new ArrayList<>();
        found.forEach(g -> out.add(new ArrayList<>(g)));
        for (List<String> names : declared) {
            if (names.stream().noneMatch(n -> !n.isBlank() && text.contains(n))) {
                continue;
            }
            List<String> group = out.stream().filter(g -> g.stream().anyMatch(names::contains)).findFirst().orElse(null);
            if (group == null) {
                out.add(new ArrayList<>(names));
            } else {
                names.stream().filter(n -> !group.contains(n)).forEach(group::add);
            }
        }
        return out;
    }

    /** Drafts the rows of an article whose date of publication is unknown. */
    public Result read(String raw) {
        return read(raw, null);
    }

    /** Drafts the rows of an article published in the period given (a manifest's {@code published}), or null. */
    public Result read(String raw, io.briefing.facts.Period published) {
        return read(raw, published, (ArticleReading) null);
    }

    /** Drafts with a reading already made of the same text (verify's), when there is one. */
    public Result read(String raw, io.briefing.facts.Period published, ArticleReading made) {
        return read(raw, published, made, List.of());
    }

    /**
     * Drafts an article whose entities the manifest declares ({@code entities:}, each its names): they
     * are owners the reading knows beside the names it finds, so that a name it would not find alone
     * (a company without a word of organisations after it) still owns its figures.
     */
    public Result read(String raw, io.briefing.facts.Period published, List<List<String>> declared) {
        return read(raw, published, null, declared);
    }

    private Result read(String raw, io.briefing.facts.Period published, ArticleReading made, List<List<String>> declared) {
        String text = PinyinAnnotations.strip(io.briefing.input.CleanText.of(raw)).text();
        lastNamed = "";
        lastNamedEn = "";
        lastOwnEn = "";
        lastOwnEnAt = -1;
        boolean chinese = isChinese(text);
        Words words = Loaded.WORDS.get(chinese ? "zh" : "en");
        List<int[]> sentences = sentences(text, chinese);
        newlines = java.util.stream.IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').toArray();
        simplified = chinese && Glossary.get().simplified(text);
        // one reading of the article, the one verify makes: the period of each figure as a reader resolves it
        // in English, the proper nouns the text names are the entities a figure may belong to
        // (in Chinese, the names of organisations and indices the article writes); a coverage count resolves
        // no owner, and takes verify's reading as it is
        ArticleReading article = made != null && made.text().equals(text) && !resolve ? made
                : new ArticleReading(text, reader, resolve ? withDeclared(ArticleReading.namesIn(text, chinese, MONTHS), declared, text)
                : List.of(), published);
        // an undated figure is of the article's own year (a 2025 article naming "mid-2026" twice is still
        // about 2025); only an article with no date of its own falls back to the year it names most
        int year = article.articleDate().map(java.time.LocalDate::getYear)
                .orElseGet(() -> published != null ? published.year() : mainYear(text, sentences));
        Optional<String> articleDay = article.articleDate().map(java.time.LocalDate::toString);
        // the day the news is told: the article's dateline, else the day the manifest says it was published
        Optional<String> toldOn = articleDay.or(() -> published != null && published.day() > 0
                ? Optional.of(published.toString()) : Optional.empty());
        List<String> knownNames = article.entities().stream().flatMap(e -> e.names().stream())
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        Map<Integer, Figure> byStart = new HashMap<>();
        for (Figure g : article.figures()) {
            byStart.put(g.start(), g);
        }
        Drafting drafting = new Drafting(text, chinese, words, article, byStart, knownNames, year, articleDay, toldOn);
        List<DraftRow> rows = new ArrayList<>();
        int n = 0;
        for (int[] span : sentences) {
            n++;
            new SentenceDraft(drafting, span, n, rows).draft();
        }
        return new Result(text, chinese, sentences.size(), List.copyOf(rows));
    }

    /** What the draft of an article reads it with: its text, language, words and the one reading of it. */
    private record Drafting(String text, boolean chinese, Words words, ArticleReading article, Map<Integer, Figure> byStart,
                            List<String> knownNames, int year, Optional<String> articleDay, Optional<String> toldOn) {}

    /** The draft of one sentence: its figures' rows, with the topic and the lists in play from figure to figure. */
    private final class SentenceDraft {
        private final Drafting d;
        private final int[] span;
        private final int n;
        private final List<DraftRow> rows;
        private final String s;
        private final List<Figure> inSentence;
        private Figure previous;
        private String topic;
        private boolean topicIsOwn;
        private final List<String> clauseTopics = new ArrayList<>();
        private final List<int[]> phones;
        private final boolean respectively;
        private final int[][] runs;
        private List<String> listedNames = List.of();

        SentenceDraft(Drafting d, int[] span, int n, List<DraftRow> rows) {
            this.d = d;
            this.span = span;
            this.n = n;
            this.rows = rows;
            this.s = d.text().substring(span[0], span[1]);
            this.inSentence = inSentence(d.article(), span);
            // 網上銷售方面，9月佔零售業總銷貨價值的9.1%: a sentence opening "as for X" is about X
            String topic = d.chinese() ? d.words().topicSetBy(s) : "";
            // whether the topic in play is one a clause of this sentence named itself (訪港旅客…，按年增加12.4%
            // goes on with 訪港旅客, not with the research centre that announced it), and those topics in order
            boolean topicIsOwn = !topic.isEmpty();
            if (d.chinese() && topic.isEmpty()) {
                topic = openingTopic(s, inSentence, d.words());
            }
            this.phones = phoneLike(s);
            // 澜星、青橙、玄鸟、极光…分别为1620万部、1380万部、1150万部和960万部: the i-th figure of a run is
            // the i-th name's, not every name's (the reading does this for names it knows; a draft also
            // for the names the list itself gives)
            this.respectively = ArticleReading.saysRespectively(s);
            this.runs = runs(s, inSentence, reader);
            this.topic = topic;
            this.topicIsOwn = topicIsOwn;
        }

        void draft() {
            for (int fi = 0; fi < inSentence.size(); fi++) {
                figure(fi);
            }
        }

        private void figure(int fi) {
            Figure f = inSentence.get(fi);
            if (!worthATableRow(f) || f.bare() && (listNumber(d.text(), span[0], s, f) || inside(phones, f)
                    || partOfTimeOrRange(s, f)) || d.words().numberInName().test(s, f) || inKnownStem(s, f, d.knownNames())) {
                return;
            }
            Figure read = d.byStart().get(span[0] + f.start());
            if (read == null) {
                return; // not a figure of the reading: a number inside a name or a time (Sept. 30)
            }
            if (resolve && d.article().inHeader(read.start())) {
                return; // a headline's figure is the body's, told again there with its owner and period
            }
            if (resolve && d.article().rangeStart(read).isPresent()) {
                return; // the second end of a range: the row of its first end holds both
            }
            Optional<ArticleReading.When> when = resolve ? d.article().period(read) : Optional.empty();
            DraftRow row = row(rows.size() + 1, d.text(), span, n, s, f, previous, when,
                    resolve ? d.article().newsDay(read) : Optional.empty(), d.articleDay(), d.year(), d.chinese(), d.words(), topic);
            topic = d.chinese() ? row.entityZh() : row.entityEn();
            if (d.chinese() && !ownTopic.isEmpty()) {
                topicIsOwn = ownTopic(ownTopic, d.words(), d.knownNames());
                if (topicIsOwn && !clauseTopics.contains(ownTopic)) {
                    clauseTopics.add(ownTopic);
                }
            }
            Optional<Figure> rangeEnd = resolve ? d.article().rangeEnd(read) : Optional.empty();
            if (rangeEnd.isPresent()) {
                row = asRange(row, read, rangeEnd.get(), d.text());
            }
            if (resolve) {
                row = withMetricTheCheckReads(row, read, d.article());
                row = periodOfAMarketsMove(row, d.article(), read, when, d.toldOn(), d.words(), s, f, span, d.chinese());
            }
            Owned owned = owned(row, f, read, s, span[0], d.text(), d.article(), d.chinese(), d.words(), d.knownNames(), topic, topicIsOwn);
            row = owned.row();
            topic = owned.topic();
            topicIsOwn = owned.topicIsOwn();
            boolean fromReading = owned.fromReading();
            // names listed together share the figure (智譜AI、月之暗面、百川智能均已躋身估值“200億俱樂部”):
            // a table holds it once for each, as a person would write it
            String entity = d.chinese() ? row.entityZh() : row.entityEn();
            // a name the reading knows is one name, "and" or not (Food and Drug Administration)
            // (星程電信與北辰則將…: the last name of a list, up to the adverb after it)
            List<String> listed = d.knownNames().contains(entity) ? List.of(entity)
                    : names(entity, d.chinese()).stream().map(x -> d.chinese() ? d.words().topic().beforeAdverb(x) : x).toList();
            if (listed.size() > 1) {
                listedNames = listed;
            }
            // "Personal lines and commercial lines premiums rose 12% and 6%, respectively": the things the
            // subject lists, its measure's word left off the last
            if (respectively && !d.chinese() && runs[fi][1] >= 2 && listedNames.size() != runs[fi][1] && !fromReading) {
                List<String> things = d.words().subject().listed(s, f.start());
                if (things.size() == runs[fi][1]) {
                    listedNames = things;
                }
            }
            if (respectively && runs[fi][1] >= 2 && listedNames.size() == runs[fi][1]) {
                listed = List.of(listedNames.get(runs[fi][0]));
            } else if (respectively && d.chinese() && runs[fi][1] >= 2 && ownTopic.isEmpty() && topicIsOwn
                    && clauseTopics.size() >= runs[fi][1]) {
                // 內地旅客約301萬人次，非內地旅客約86萬人次，按年增幅分別為9.8%及22.6%: the topics of the
                // clauses before, in order
                listed = List.of(clauseTopics.get(clauseTopics.size() - runs[fi][1] + runs[fi][0]));
            }
            if (d.chinese() && listed.size() == 1 && d.words().referring().stream().noneMatch(listed.get(0)::startsWith)) {
                lastNamed = listed.get(0);
            }
            if (!d.chinese() && listed.size() == 1 && d.knownNames().contains(listed.get(0))) {
                lastNamedEn = listed.get(0);
            }
            for (String name : listed) {
                rows.add(new DraftRow(String.format(java.util.Locale.ROOT, "f%03d", rows.size() + 1), row.value(), row.unit(),
                        row.qualifier(), row.period(), d.chinese() ? "" : name, d.chinese() ? name : "", row.metricEn(), row.metricZh(),
                        row.quote(), row.figure(), row.sentence(), row.line(), row.start(), row.toFill()));
            }
            previous = f;
        }
    }


    /** The reading's figures of a sentence, with offsets in the sentence: the article is read once. */
    private static List<Figure> inSentence(ArticleReading article, int[] span) {
        List<Figure> inSentence = new ArrayList<>();
        for (Figure g : article.figuresIn(span[0], span[1])) {
            if (g.start() >= span[0] && g.end() <= span[1]) {
                inSentence.add(new Figure(g.magnitude(), g.direction(), g.directionWord(), g.units(), g.unitWord(),
                        g.qualifier(), g.qualifierWord(), g.text(), g.start() - span[0], g.end() - span[0]));
            }
        }
        return inSentence;
    }

    /**
     * "Its shares rose 7.8% in after-hours trading": a market's move, in a sentence that names no time, is of the
     * day the news is told, not of the quarter then in play (a day in play, "on Thursday", stays; "AI services now
     * account for nearly half" is the quarter's share). "The stock has gained 62% this year": a present perfect says
     * the year so far, unless the figure is one the article expects for the whole year (a forecast, a target);
     * 今年雙十一 is this year's festival, over, and 今年以來 is read as the year so far already.
     */
    private static DraftRow periodOfAMarketsMove(DraftRow row, ArticleReading article, Figure read,
                                                 Optional<ArticleReading.When> when, Optional<String> toldOn, Words words,
                                                 String s, Figure f, int[] span, boolean chinese) {
        boolean dayInPlay = when.isPresent() && when.get().dated() != null
                && (when.get().dated().kind() == Dated.Kind.DAY || when.get().dated().kind() == Dated.Kind.WEEK);
        if (when.isPresent() && !dayInPlay && toldOn.isPresent()
                && words.dayWords().filter(p -> p.matcher(clauseAround(s, f)).find()).isPresent()
                && article.times().stream().noneMatch(t -> t.start() >= span[0] && t.end() <= span[1])) {
            row = row.withPeriod(toldOn.get());
        }
        if (!chinese && HAS_BEEN.matcher(s.substring(0, f.start())).find()
                && when.isPresent() && when.get().dated() != null && when.get().dated().kind() == Dated.Kind.THIS_YEAR
                && !article.forecastFramed(read) && !article.estimateFramed(read)
                && row.period().equals(Integer.toString(when.get().dated().period().year()))) {
            row = row.withPeriod(row.period() + "-YTD");
        }
        return row;
    }

    /**
     * 今年年貨節自1月10日晚8點開啟，至2月5日結束，為期27天: a first clause with no figure names what the
     * sentence's subjectless clauses go on about (the reading's owner, where it resolves one, still wins);
     * "" when it states a figure, reports (據統計, 協會10月30日公布) or names an aspect (財報方面).
     */
    private static String openingTopic(String s, List<Figure> inSentence, Words words) {
        int firstEnd = 0;
        while (firstEnd < s.length() && CLAUSE_ENDS.indexOf(s.charAt(firstEnd)) < 0) {
            firstEnd++;
        }
        int end = firstEnd;
        String first = s.substring(0, firstEnd).strip();
        if (firstEnd == s.length() || inSentence.stream().anyMatch(g -> g.start() < end)
                || words.sourceOpeners().stream().anyMatch(first::startsWith)
                || ArticleReading.reportingWords().stream().anyMatch(first::contains)) {
            return "";
        }
        String opening = words.topic().opening(stripOpeners(first, words, true));
        return words.topicMarkers().stream().noneMatch(opening::endsWith) && words.measureHeads().stream().noneMatch(opening::endsWith)
                ? opening : "";
    }

    /** 292億至300億美元: the row of a range's first end as one row, the range, in the unit its second end writes. */
    private DraftRow asRange(DraftRow row, Figure read, Figure b, String text) {
        Unit u = read.bare() ? unitOf(b, text, b.start()) : unitOf(read, text, read.start());
        java.math.BigDecimal[] ends = io.briefing.reading.Ranges.valuesIn(read, b, u);
        List<String> fill = new ArrayList<>(row.toFill());
        if (!b.bare()) {
            fill.remove("unit");
        }
        return new DraftRow(row.id(), ends[0].stripTrailingZeros().toPlainString() + ".."
                + ends[1].stripTrailingZeros().toPlainString(), u.code(), Qualifier.RANGE.code(), row.period(),
                row.entityEn(), row.entityZh(), row.metricEn(), row.metricZh(), row.quote(),
                text.substring(read.start(), b.end()), row.sentence(), row.line(), row.start(), List.copyOf(fill));
    }

    /**
     * A row with the owner a careful reader gives its figure, whether the reading or the clause's subject
     * gave it, and the topic then in play.
     */
    private record Owned(DraftRow row, boolean fromReading, String topic, boolean topicIsOwn) {}

    /**
     * The row with its owner: the one the reading resolves ("It", 該公司, subjectless sentences), unless
     * the clause has a topic of its own (a quoted mall, 全省, a thing of a market), else a name the clause
     * holds, else the entity last drafted; never a piece of the clause.
     */
    private Owned owned(DraftRow row, Figure f, Figure read, String s, int sentenceStart, String text, ArticleReading article,
                        boolean chinese, Words words, List<String> knownNames, String topic, boolean topicIsOwn) {
        // a figure followed by its quoted name (最高5億元“訓力券”) is about that name, whoever is in play
        boolean quotedName = quoted(s.substring(f.end())).isPresent();
        // whether the entity is one the reading or the clause's subject gives, not a guess from the clause
        boolean fromReading = false;
        if (resolve && !quotedName) {
            ArticleReading.Owner owner = article.owner(read);
            // a Chinese draft knows only the names it found: an owner carried into another
            // paragraph (past subjects it cannot name) is a guess it does not make
            // (unless the sentence opens by referring back: 公司年初提出，… is the company in play)
            boolean farCarried = chinese && owner.carriedFrom() >= 0
                    && article.sentenceAt(owner.carriedFrom()).paragraph() != article.sentenceAt(read.start()).paragraph()
                    && words.referring().stream().noneMatch(s.strip()::startsWith);
            // a Chinese clause with a topic of its own (全港住宅註冊量…, after 據嘉域地產研究部) is about
            // that topic, not about the source or the company carried from the sentence before
            // (but a later clause's common noun, 云岫酒业…126家，9月末经销商总数为3017家, is a thing of the
            // company whose figure the sentence gave before it; 研究中心公布，9月訪港旅客… is not)
            // (a name the table lacks, as the reading cut it from the clause, up to its adverb: 北辰則將… is 北辰)
            String ownerName = owner.entities().isEmpty() ? chinese ? words.topic().beforeAdverb(owner.named()) : owner.named()
                    : article.entities().get(owner.entities().iterator().next()).label();
            boolean ownTopicFirst = chinese && !owner.namedInClause() && !owner.namedInSentence()
                    && (ownTopic(ownTopic, words, knownNames) || ownTopic.isEmpty() && topicIsOwn);
            // 匯星地產旗下商場「星匯8號」10月人流…: the quoted name the clause is about, not its owner
            ownTopicFirst |= chinese && quotedIn(s, ownTopic);
            if (!farCarried && !ownTopicFirst && (!owner.entities().isEmpty() || !owner.named().isEmpty())) {
                fromReading = true;
                // the owner as the reading resolves it ("It" and subjectless sentences too), not a fragment
                // (an entity's name starts with a capital, as a table writes it: "Distillate inventories")
                String name = !chinese && !ownerName.isEmpty() && Character.isLowerCase(ownerName.charAt(0))
                        ? Character.toUpperCase(ownerName.charAt(0)) + ownerName.substring(1) : ownerName;
                row = new DraftRow(row.id(), row.value(), row.unit(), row.qualifier(), row.period(),
                        chinese ? "" : name, chinese ? name : row.entityZh(),
                        row.metricEn(), row.metricZh(), row.quote(), row.figure(), row.sentence(), row.line(), row.start(),
                        row.toFill());
            }
        }
        // a clause whose topic is a name the reading knows without its organisation word
        // (力旭前三季累計營收… after 力旭科技) is about that name, whoever the sentence before was
        // about; 酒店 is no short name of 酒店業協會
        if (resolve && chinese && !quotedName && ownTopic.codePointCount(0, ownTopic.length()) >= 2) {
            String start = ownTopic;
            List<String> longer = knownNames.stream().filter(k -> k.startsWith(start) && !k.equals(start)
                    && ArticleReading.organisationWord(k.substring(start.length()))).toList();
            if (longer.size() == 1 && !knownNames.contains(start)) {
                topic = longer.get(0); // and the clauses that go on (年減6.8%) keep it
                topicIsOwn = true;
                row = row.withEntity("", longer.get(0));
            }
        }
        // 全省玉米, 該省: the whole of the province in play, the one of its kind the article named last
        if (resolve && chinese && !quotedName) {
            Optional<String> whole = wholeOf(row.entityZh(), knownNames, text, sentenceStart + f.start(), words);
            if (whole.isPresent()) {
                row = row.withEntity("", whole.get());
                fromReading = true;
            }
        }
        // 其, 該公司, 她 that the reading could not resolve: the entity of the last row drafted, as a reader
        // takes it from the text before, rather than the pronoun itself
        if (resolve && chinese && !lastNamed.isEmpty() && words.referring().stream().anyMatch(row.entityZh()::startsWith)) {
            row = row.withEntity("", lastNamed);
        }
        // an English clause whose subject is a thing of its own ("Consumer price inflation eased to
        // 2.4%") states the figure of that thing, whoever the paragraph is about
        if (resolve && !chinese && !quotedName) {
            Optional<String> own = words.subject().of(s, f.start(), knownNames);
            // "Same-store sales at U.S. restaurant chains fell 0.8%. Traffic dropped 2.6%, its fifth straight
            // decline": a sentence naming no one goes on with the thing of its own the sentence before was about,
            // not with the company the reading carries past it
            if (own.isEmpty() && !lastOwnEn.isEmpty()) {
                ArticleReading.Owner carried = article.owner(read);
                int here = article.sentenceAt(read.start()).index();
                // (only where the sentence names no one or says "it": "The co-operative plans…" is the company's)
                // ("Its shares rose 2%" after a sentence about inflation is the bank's: "it" goes on with a thing of its
                // own in its own sentence only, "Traffic dropped 2.6%, its fifth straight decline")
                int ownSentence = lastOwnEnAt < 0 ? -1 : article.sentenceAt(lastOwnEnAt).index();
                boolean pronoun = carried.how().startsWith("「it") || carried.how().startsWith("「they") || carried.how().startsWith("「their");
                boolean unnamed = carried.how().startsWith("the sentence, naming no one") || pronoun && ownSentence == here;
                java.util.regex.Matcher the = THE_NOUN.matcher(s.substring(0, f.start()).toLowerCase(java.util.Locale.ROOT));
                while (the.find()) {
                    unnamed &= !ArticleReading.organisationNounsEn().contains(the.group(1));
                }
                if (unnamed && carried.carriedFrom() >= 0 && carried.carriedFrom() < lastOwnEnAt
                        && ownSentence >= here - 1) {
                    own = Optional.of(lastOwnEn);
                }
            }
            if (own.isPresent()) {
                fromReading = true;
                // (not "the South Island's": a place's share of a thing the sentence named before)
                if (!own.get().endsWith("'s") && !own.get().endsWith("’s")) {
                    lastOwnEn = own.get();
                    lastOwnEnAt = sentenceStart + f.start();
                }
                row = new DraftRow(row.id(), row.value(), row.unit(), row.qualifier(), row.period(), own.get(), "",
                        row.metricEn(), row.metricZh(), row.quote(), row.figure(), row.sentence(), row.line(), row.start(),
                        row.toFill());
            }
        }
        // an entity is a name, never a piece of the clause: one holding a name the reading knows is that
        // name (獲利王華岳金控, 禾嘉粮油前三季度实现), one that cannot be a name ("rose", "to", a clause with
        // its figure) is the entity last drafted, for the analyst to check (on eight held-out articles a
        // quarter of the drafted entities were such pieces)
        // (a name the sentence quotes, 「星匯8號」, is a name, digits and all)
        String drafted = chinese ? row.entityZh() : row.entityEn();
        boolean quotedTopic = chinese && quotedIn(s, drafted);
        if (resolve && !quotedName && !fromReading && !quotedTopic) {
            row = asName(row, chinese, knownNames, words);
        }
        return new Owned(row, fromReading, topic, topicIsOwn);
    }

    /**
     * The row with its metric only when the check would read the figure as that metric says: a metric
     * naming a cut or a decline (跌幅, "cut its forecast") takes a positive size where the draft gives the
     * signed move; an actual figure's metric for one the article gives as an estimate, a forecast's for
     * an actual figure, a value before a revision, or a change on another basis (同比 for 環比) would
     * each be refused once accepted unchanged. Such a metric is left to fill instead.
     */
    private static DraftRow withMetricTheCheckReads(DraftRow row, Figure read, ArticleReading article) {
        String m = row.metricEn() + " " + row.metricZh();
        if (m.isBlank()) {
            return row;
        }
        boolean forecast = MetricNames.namesForecast(m);
        Optional<io.briefing.reading.ChangeBasis> said = article.basis(read);
        Optional<io.briefing.reading.ChangeBasis> named = MetricNames.basisOf(m);
        boolean misread = MetricNames.namesCut(m) || forecast && !article.forecastFramed(read)
                || !forecast && article.estimateFramed(read) || MetricNames.namesPrevious(m) != article.revisedFrom(read)
                || said.isPresent() && named.isPresent() && said.get() != named.get();
        if (!misread) {
            return row;
        }
        List<String> fill = new ArrayList<>(row.toFill());
        for (String c : List.of("metric_en", "metric_zh")) {
            if (!fill.contains(c)) {
                fill.add(c);
            }
        }
        return new DraftRow(row.id(), row.value(), row.unit(), row.qualifier(), row.period(), row.entityEn(), row.entityZh(), "", "",
                row.quote(), row.figure(), row.sentence(), row.line(), row.start(), List.copyOf(fill));
    }

    /**
     * A bare number in digits between a name's first characters and a word (天衡88會員 after 天衡商城): a
     * member scheme, a model or a plan of that name, not a count.
     */
    private static boolean inKnownStem(String s, Figure f, List<String> knownNames) {
        if (!f.bare() || f.start() < 2 || f.end() >= s.length() || !f.text().matches("\\d{1,4}")
                || Character.UnicodeScript.of(s.charAt(f.end())) != Character.UnicodeScript.HAN) {
            return false;
        }
        String stem = s.substring(f.start() - 2, f.start());
        boolean han = stem.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return han && knownNames.stream().anyMatch(n -> n.length() > 2 && n.startsWith(stem));
    }

    /** Whether a sentence writes a name in quotation marks (「星匯8號」, “訓力券”). */
    private static boolean quotedIn(String sentence, String name) {
        return !name.isEmpty() && (sentence.contains("「" + name + "」") || sentence.contains("“" + name + "”"));
    }

    /**
     * The place a topic opening with "the whole" or "this" and a word of places (全省, 該市) refers to: the
     * name ending with that word the article wrote last before the figure, if there is one.
     */
    private static Optional<String> wholeOf(String topic, List<String> knownNames, String text, int at, Words words) {
        for (String w : words.wholeOf()) {
            if (topic.length() > w.length() && topic.startsWith(w)) {
                String kind = topic.substring(w.length(), w.length() + 1);
                String best = null;
                int bestAt = -1;
                for (String name : knownNames) {
                    int last = text.lastIndexOf(name, at);
                    if (name.endsWith(kind) && name.length() > 2 && last > bestAt) {
                        best = name;
                        bestAt = last;
                    }
                }
                return Optional.ofNullable(best);
            }
        }
        return Optional.empty();
    }

    /**
     * The row with its entity as a name ({@link #nameOrNothing}), else the entity last drafted; a list of
     * names (智譜AI、月之暗面) is left to be split.
     */
    private DraftRow asName(DraftRow row, boolean chinese, List<String> knownNames, Words words) {
        String entity = chinese ? row.entityZh() : row.entityEn();
        if (names(entity, chinese).size() > 1) {
            return row;
        }
        String cleaned = nameOrNothing(entity, chinese, knownNames, words);
        String use = !cleaned.isEmpty() ? cleaned : chinese ? lastNamed : lastNamedEn;
        return use.isEmpty() || use.equals(entity) ? row : chinese ? row.withEntity("", use) : row.withEntity(use, "");
    }

    /**
     * The entity as a name: itself when it is a name the reading knows or reads as one; the longest known
     * name inside it; else nothing (a piece of the clause: "rose", "the company posted a net loss of",
     * 第三季度营收为221.5亿元, 至25亿元). A Chinese phrase of its own with no figure, time or verb stays
     * (全港住宅, 直播間): the topic of its clause.
     */
    private static String nameOrNothing(String entity, boolean chinese, List<String> knownNames, Words words) {
        String e = entity.strip();
        if (e.isEmpty() || knownNames.contains(e)) {
            return e;
        }
        for (String k : knownNames) { // longest first
            if (k.codePointCount(0, k.length()) >= 2 && e.contains(k)) {
                return k;
            }
        }
        boolean figure = e.chars().anyMatch(Character::isDigit);
        if (chinese) {
            boolean verb = ArticleReading.chineseVerbs().stream().anyMatch(e::contains);
            return figure || verb || e.codePointCount(0, e.length()) > 10 ? "" : e;
        }
        // an English name starts with a capital and is not a word that refers back ("It", "The")
        String first = e.split("\\s+")[0];
        boolean capital = Character.isUpperCase(e.codePointAt(0));
        boolean referring = words.referring().stream().anyMatch(r -> r.equalsIgnoreCase(first) || r.equalsIgnoreCase(e));
        return !capital || figure || referring || e.split("\\s+").length > 6 ? "" : e;
    }

    /**
     * Whether a Chinese clause's own topic is one to draft over the owner the reading carries: a phrase
     * of three characters or more that refers to no one (其, 該公司) and holds no name the reading knows.
     */
    private static boolean ownTopic(String topic, Words words, List<String> knownNames) {
        return topic.codePointCount(0, topic.length()) >= 3 && words.referring().stream().noneMatch(topic::startsWith)
                && knownNames.stream().noneMatch(topic::contains) && words.measureHeads().stream().noneMatch(topic::endsWith);
    }

    /**
     * Each figure's place in its run of listed figures and the run's length: figures with only a joining
     * word and measure characters between them (1620万部、1380万部和960万部, "21% and 9%").
     */
    private static int[][] runs(String s, List<Figure> figures, FigureReader reader) {
        int[][] out = new int[figures.size()][2];
        int start = 0;
        for (int i = 0; i <= figures.size(); i++) {
            boolean joined = i > 0 && i < figures.size() && reader.joinsFigures(s.substring(figures.get(i - 1).end(), figures.get(i).start()));
            if (!joined && i > 0) {
                for (int j = start; j < i; j++) {
                    out[j] = new int[] {j - start, i - start};
                }
                start = i;
            }
        }
        return out;
    }

    /** The clause of a sentence a figure is in: from the clause end before it to the one after it. */
    private static String clauseAround(String s, Figure f) {
        int a = f.start();
        while (a > 0 && CLAUSE_ENDS.indexOf(s.charAt(a - 1)) < 0) {
            a--;
        }
        int b = f.end();
        while (b < s.length() && CLAUSE_ENDS.indexOf(s.charAt(b)) < 0) {
            b++;
        }
        return s.substring(a, b);
    }

    /** Phone numbers and the like (010-6512 3456, +86 138 0013 8000): digit groups no amount is written as. */
    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile(
            "(?<![\\d.,])(?:\\+\\d{1,3}[ -]?)?(?:\\(?0\\d{1,3}\\)?[ -]?)?\\d{3,4}[ -]\\d{4}(?:[ -]\\d{4})?(?![\\d.,%])"
            + "|(?<![\\d.,])0\\d{2,3}-\\d{7,8}(?![\\d.,%])|(?<![\\d.,])\\+\\d{1,3}(?: \\d{2,4}){2,4}(?![\\d.,%])"
            // a toll-free line, 1-800-555-0147: groups of digits joined by two hyphens or more
            + "|(?<![\\d.,])\\d{1,4}(?:-\\d{2,4}){2,3}(?![\\d.,%])"
            // a time of day, 10:45 a.m., 9:30: hours and minutes
            + "|(?<![\\d.,:])\\d{1,2}:\\d{2}(?![\\d%])");

    private static List<int[]> phoneLike(String s) {
        List<int[]> out = new ArrayList<>();
        java.util.regex.Matcher m = PHONE.matcher(s);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static boolean inside(List<int[]> spans, Figure f) {
        for (int[] sp : spans) {
            if (f.start() < sp[1] && f.end() > sp[0]) {
                return true;
            }
        }
        return false;
    }

    /** The minutes of a time (10:30) or the second year of a range (2024-25): a digit, then ':' or a dash, right before it. */
    private static boolean partOfTimeOrRange(String s, Figure f) {
        int i = f.start();
        return i >= 2 && ":-–/".indexOf(s.charAt(i - 1)) >= 0 && Character.isDigit(s.charAt(i - 2));
    }

    /** List numbering: a bare number alone at the start of a line, followed by ".", ")" or 、 ("1.", "(2)", "三、"). */
    private static boolean listNumber(String text, int sentenceStart, String s, Figure f) {
        int i = sentenceStart + f.start() - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '(' || text.charAt(i) == '（')) {
            i--;
        }
        if (i >= 0 && text.charAt(i) != '\n') {
            return false;
        }
        int after = f.end();
        return after < s.length() && ".)）、．:".indexOf(s.charAt(after)) >= 0;
    }

    /**
     * A numeral that only says "a" (一個臨界點, 一家公司) is no figure for a table, nor is the "one" of
     * a bare count in words; everything else the reader finds is.
     */
    private static boolean worthATableRow(Figure f) {
        // a number written with a leading zero (010, 0800) is a code, never an amount
        if (f.text().matches("0\\d.*")) {
            return false;
        }
        boolean digits = f.text().chars().anyMatch(c -> c >= '0' && c <= '9' || c >= '０' && c <= '９');
        return digits || f.magnitude().compareTo(java.math.BigDecimal.ONE) != 0;
    }

    private DraftRow row(int number, String text, int[] span, int sentence, String s, Figure f, Figure previous,
                         Optional<ArticleReading.When> when, Optional<Dated> newsDay, Optional<String> articleDay, int year,
                         boolean chinese, Words words, String sentenceTopic) {
        Unit unit = unitOf(f, text, span[0] + f.start());
        String value = f.valueIn(unit).stripTrailingZeros().toPlainString();
        List<String> toFill = new ArrayList<>(List.of("category"));
        if (f.bare()) {
            toFill.add("unit"); // no unit word: a count is only the likeliest reading (200億 may be yuan)
        }
        // a period the article states; else the one in play in its paragraph; else the day its news was told
        String period = when.filter(w -> w.dated() != null && !w.remote()).map(w -> period(w.dated()))
                .or(() -> newsDay.map(ArticleDraft::period))
                .or(() -> when.isPresent() ? articleDay : Optional.empty()).orElse("");
        if (when.isEmpty() || when.get().dated() == null || !when.get().stated()) {
            // the article does not state it: the period then in play (a weaker truth), else the
            // article's year, for the analyst to check
            toFill.add("period");
        }
        if (period.isEmpty()) {
            period = year > 0 ? Integer.toString(year) : "";
        }
        // the clause the figure is in, from after the figure before it in the same clause
        int clauseStart = f.start();
        while (clauseStart > 0 && CLAUSE_ENDS.indexOf(s.charAt(clauseStart - 1)) < 0) {
            clauseStart--;
        }
        int clauseOpen = clauseStart;
        if (previous != null && previous.end() > clauseStart && previous.end() <= f.start()) {
            clauseStart = previous.end();
        }
        int clauseEnd = f.end();
        while (clauseEnd < s.length() && CLAUSE_ENDS.indexOf(s.charAt(clauseEnd)) < 0) {
            clauseEnd++;
        }
        String pre = stripOpeners(s.substring(clauseStart, f.start()), words, chinese);
        ownTopic = "";
        String entity;
        String metric;
        // the next figure of a list (1620萬部、1380萬部和1150萬部): only a measure word and a join between, no topic
        boolean listed = previous != null && previous.end() >= clauseStart && f.start() - previous.end() <= 3;
        if (chinese && listed) {
            entity = sentenceTopic;
            metric = "";
            ownTopic = "";
        } else if (chinese) {
            String[] split = words.topic().split(pre, words.cues());
            entity = split[0];
            metric = split[1];
            ownTopic = trimEnds(entity);
            if (trimEnds(entity).isEmpty()) {
                // a clause that starts with its change (，同比增長12.7%) goes on with the clause before's topic
                entity = sentenceTopic;
            }
        } else {
            int[] name = lastName(pre);
            entity = name == null ? pre : pre.substring(name[0], name[1]);
            metric = name == null ? "" : pre.substring(name[1]);
        }
        // a figure followed by its quoted name (最高5億元“訓力券”、5000萬元“語料券”) is about that name
        // the name as the article writes it, in its quotation marks: “訓力券” is a coined name, 訓力券 a word
        Optional<String> named = quoted(s.substring(f.end(), clauseEnd));
        entity = named.isPresent() ? writtenQuoted(s.substring(f.end(), clauseEnd)) : trimEnds(entity);
        metric = trimEnds(dropBeforeNumber(metric.strip(), words.beforeNumber()));
        if (entity.isEmpty()) {
            // a list of figures each followed by its name (5000萬元“語料券”): the name after the figure
            String post = s.substring(f.end(), clauseEnd);
            entity = trimEnds(quoted(post).orElse(""));
        }
        if (entity.isEmpty()) {
            entity = trimEnds(s.substring(clauseStart, clauseEnd));
        }
        toFill.add(chinese ? "entity_en" : "entity_zh");
        // the metric as the glossary names it, in both languages: the term nearest the figure in the words
        // the clause measures it by, else in the clause before it; unknown, the clause's words, to fill
        String before = s.substring(clauseStart, f.start());
        // ("Research spending rose 9% to $780 million": the clause's metric, for its level as for its change)
        // each looked up in its last 400 characters: a term names the metric near the figure, and the whole
        // clause took 6 ms a figure in a 2,000-character run of 5,000 figures (draft 19 s)
        Optional<Glossary.Term> term = Glossary.get().find(tail(metric)).or(() -> Glossary.get().find(tail(before)))
                .or(() -> Glossary.get().find(tail(s.substring(clauseOpen, f.start()))));
        String metricEn = chinese ? "" : metric;
        String metricZh = chinese ? metric : "";
        if (term.isPresent()) {
            metricEn = term.get().en();
            metricZh = term.get().zh(simplified);
        } else {
            toFill.add(chinese ? "metric_en" : "metric_zh");
            toFill.add("metric_" + (chinese ? "zh" : "en"));
        }
        toFill.add("reporter_en");
        toFill.add("reporter_zh");
        String quote = s.strip();
        if (quote.length() > 400) {
            quote = s.substring(clauseStart, clauseEnd).strip();
        }
        int line = lineOf(span[0]);
        return new DraftRow(String.format(java.util.Locale.ROOT, "f%03d", number), value, unit.code(), f.qualifier().code(),
                period, chinese ? "" : entity, chinese ? entity : "", metricEn, metricZh,
                quote, f.text(), sentence, line, span[0] + f.start(), List.copyOf(toFill));
    }

    /** The names of a list ("A、B、C", "A, B and C"), or the one name. */
    private static List<String> names(String entity, boolean chinese) {
        String[] parts = chinese ? entity.split("、") : entity.split(",\\s*|\\s+and\\s+");
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            String t = trimEnds(p);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        // in English only names are listed so (Northwind Line and Baltic Crest), not "units and costs"
        boolean names = chinese || out.stream().allMatch(n -> Character.isUpperCase(n.codePointAt(0)));
        return out.size() > 1 && out.size() <= 8 && names ? out : List.of(entity);
    }

    /** The unit its word means (percent before share: a rate is the commoner reading), or a count for a bare number. */
    private Unit unitOf(Figure f, String text, int at) {
        if (f.units().size() > 1 && f.units().stream().allMatch(u -> u.kind() == UnitKind.CURRENCY
                && (u.text().contains(f.unitWord()) || u.before().contains(f.unitWord())))) {
            // 4,286億元 in a Taiwanese article that wrote 新台幣 before it: a unit word several currencies
            // share (元) is the currency whose own word (新台幣, NT$, 港元) the article named last
            Unit best = null;
            int bestAt = -1;
            for (Unit u : f.units()) {
                for (String marker : markers(u)) {
                    boolean shared = f.units().stream().anyMatch(o -> o != u && markers(o).contains(marker));
                    int last = shared || marker.equals(f.unitWord()) ? -1 : text.lastIndexOf(marker, at);
                    if (last > bestAt) {
                        best = u;
                        bestAt = last;
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        if (!f.units().isEmpty()) {
            return f.units().get(0);
        }
        return units.all().stream().filter(u -> u.bare() && u.kind() == UnitKind.COUNT).findFirst()
                .orElse(units.none());
    }

    /**
     * The words that name a currency before a number (新台幣, NT$), two characters or more: not those after
     * it, which may name what it is paid for ("a barrel").
     */
    private static List<String> markers(Unit u) {
        return u.before().stream().filter(w -> w.codePointCount(0, w.length()) >= 2).toList();
    }

    /**
     * The period of the fact table's forms that says what the article says: a week by its last day, this
     * week (本週, up to the article's date) by its last working day (a week's market move ends on Friday,
     * whatever day the weekly is dated), a total up to a day (截至11月14日累計) by the year that holds it,
     * a span by its last day or the month it lies in.
     */
    private static String period(Dated d) {
        return switch (d.kind()) {
            case YEAR, QUARTER, MONTH, DAY -> d.period().toString();
            // 截至6月30日止六個月: the year to June 30 is the first half, the six months a table writes
            case YEAR_TO_DATE -> d.to() != null && d.to().getMonthValue() == 6 && d.to().getDayOfMonth() == 30
                    ? d.period().year() + "-H1" : d.period().toString();
            case THIS_YEAR -> Integer.toString(d.period().year());
            case WEEK -> (d.loose() ? lastWorkingDay(d.to()) : d.to()).toString();
            case UP_TO -> Integer.toString(d.to().getYear());
            case HALF -> d.period().year() + "-H" + d.whichHalf();
            // a weekend (11月8日至9日) by its last day, a span that is a whole month or quarter as that period,
            // any other span of days as the span (10月1日至7日: 2025-10-01..2025-10-07)
            case SPAN -> d.from().plusDays(3).isAfter(d.to()) ? d.to().toString()
                    : wholePeriod(d) ? d.tightest().toString() : d.from() + ".." + d.to();
        };
    }

    /** Whether a span of days is exactly the month, quarter or year that holds it. */
    private static boolean wholePeriod(Dated d) {
        io.briefing.facts.Period p = d.tightest();
        java.time.LocalDate end = p.quarter() > 0 ? p.start().plusMonths(3).minusDays(1)
                : p.month() > 0 ? p.start().plusMonths(1).minusDays(1) : p.start().plusYears(1).minusDays(1);
        return p.start().equals(d.from()) && end.equals(d.to());
    }

    private static java.time.LocalDate lastWorkingDay(java.time.LocalDate d) {
        return switch (d.getDayOfWeek()) {
            case SATURDAY -> d.minusDays(1);
            case SUNDAY -> d.minusDays(2);
            default -> d;
        };
    }

    /**
     * The year the article names most often: "this year" and a month without a year are taken to be in
     * it. Read sentence by sentence: the reader looks back through its text for bounding words, and a
     * whole article read as one text made that quadratic (262 KB of figures ran for minutes).
     */
    private int mainYear(String text, List<int[]> sentences) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int[] span : sentences) {
            for (DateMention d : reader.read(text.substring(span[0], span[1])).dates()) {
                if (d.part() == DateMention.Part.YEAR) {
                    counts.merge(d.value(), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(0);
    }

    private static boolean isChinese(String text) {
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long latin = text.codePoints().filter(c -> c < 0x80 && Character.isLetter(c)).count();
        return han > latin / 3;
    }

    /** Sentence spans: ended by 。！？; and a line end; in English also by ". " before a capital, a digit or a quote. */
    static List<int[]> sentences(String text, boolean chinese) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = SENTENCE_ENDS.indexOf(c) >= 0;
            if (!end && c == '.' && i + 2 < text.length() && text.charAt(i + 1) == ' ') {
                char next = text.charAt(i + 2);
                end = Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '“';
            }
            if (end) {
                if (text.substring(start, i + 1).strip().length() > 1) {
                    out.add(new int[] {start, i + 1});
                }
                start = i + 1;
            }
        }
        if (text.substring(start).strip().length() > 1) {
            out.add(new int[] {start, text.length()});
        }
        return bounded(text, out);
    }

    /** Longest run of text read as one sentence: the reader's look-back makes a longer one slow, and no sentence is this long. */
    private static final int MAX_SENTENCE = 2_000;

    /** Sentences over {@link #MAX_SENTENCE} characters, cut at the last clause end or space before the limit. */
    private static List<int[]> bounded(String text, List<int[]> spans) {
        List<int[]> out = new ArrayList<>(spans.size());
        for (int[] span : spans) {
            int start = span[0];
            while (span[1] - start > MAX_SENTENCE) {
                int cut = ArticleReading.cutBefore(text, start, MAX_SENTENCE);
                out.add(new int[] {start, cut});
                start = cut;
            }
            out.add(new int[] {start, span[1]});
        }
        return out;
    }

    private static String stripOpeners(String pre, Words words, boolean chinese) {
        String p = pre.strip();
        boolean changed = true;
        while (changed && !p.isEmpty()) {
            changed = false;
            while (!p.isEmpty() && (QUOTES.indexOf(p.charAt(0)) >= 0 || "、,，".indexOf(p.charAt(0)) >= 0)) {
                p = p.substring(1).strip();
                changed = true;
            }
            for (String o : words.openers()) {
                if (chinese ? p.startsWith(o) : p.regionMatches(true, 0, o + " ", 0, o.length() + 1)) {
                    p = p.substring(o.length()).strip();
                    changed = true;
                    break;
                }
            }
        }
        return p;
    }

    /** The last 400 characters of a text, where a glossary term of the figure after it is looked for. */
    private static String tail(String text) {
        return text.length() <= 400 ? text : text.substring(text.length() - 400);
    }

    /** The last run of capitalized words ("Sample Container Index", "US West Coast") in an English clause. */
    private static int[] lastName(String pre) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+(?:(?:of|and|the|de|du|&)\\s+)?\\p{Lu}[\\p{L}\\p{N}&.'’-]*)*").matcher(pre);
        int[] last = null;
        while (m.find()) {
            last = new int[] {m.start(), m.end()};
        }
        return last;
    }

    private static String dropBeforeNumber(String metric, List<String> words) {
        String m = metric;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String w : words) {
                boolean ends = m.length() >= w.length() && !w.isEmpty() && m.toLowerCase(java.util.Locale.ROOT).endsWith(w);
                // an English word ends there only at a word boundary ("that" does not end in "at")
                int before = m.length() - w.length() - 1;
                boolean whole = before < 0 || !Character.isLetter(w.charAt(0)) || w.charAt(0) > 0x7f
                        || !Character.isLetter(m.charAt(before));
                if (ends && whole) {
                    m = m.substring(0, m.length() - w.length()).strip();
                    changed = true;
                }
            }
        }
        return m;
    }

    /** A name in quotation marks opening a text: group 1 with its marks, group 2 without. */
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("^\\s*([“「『\"]([^”」』\"]{1,40})[”」』\"])");

    /** The quoted name opening {@code post}, with its marks. */
    private static String writtenQuoted(String post) {
        java.util.regex.Matcher m = QUOTED.matcher(post);
        return m.find() ? m.group(1) : trimEnds(post);
    }

    private static Optional<String> quoted(String post) {
        java.util.regex.Matcher m = QUOTED.matcher(post);
        return m.find() ? Optional.of(m.group(2)) : Optional.empty();
    }

    private static String trimEnds(String s) {
        String t = s.strip();
        while (!t.isEmpty() && (QUOTES.indexOf(t.charAt(0)) >= 0 || "、,，的".indexOf(t.charAt(0)) >= 0)) {
            t = t.substring(1).strip();
        }
        while (!t.isEmpty() && (QUOTES.indexOf(t.charAt(t.length() - 1)) >= 0 || "、,，的".indexOf(t.charAt(t.length() - 1)) >= 0)) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t.length() > 120 ? t.substring(t.length() - 120) : t;
    }

    private static Map<String, Words> load() {
        String name = "draft-words.yaml";
        try (InputStream in = ArticleDraft.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the program");
            }
            YamlNode root = YamlFiles.parse(Path.of(name), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Map<String, Words> out = new HashMap<>();
            for (Map.Entry<String, YamlNode> e : root.entries().entrySet()) {
                out.put(e.getKey(), new Words(list(e.getValue(), "openers"), list(e.getValue(), "metric-cues"),
                        sortedLongestFirst(list(e.getValue(), "before-number")), new EnglishSubject(ArticleReading.subjectVerbsEn(), ArticleReading.reportingEn(),
                        sortedLongestFirst(list(e.getValue(), "referring")), list(e.getValue(), "generic-modifiers"),
                        list(e.getValue(), "openers"), ArticleReading.ownSubjectWordsEn()),
                        new ChineseTopic(sortedLongestFirst(list(e.getValue(), "time-openers")),
                                sortedLongestFirst(list(e.getValue(), "subjectless-starts")), ArticleReading.chineseVerbs(),
                                list(e.getValue(), "topic-enders"), list(e.getValue(), "topic-prepositions"),
                                list(e.getValue(), "name-kinds")),
                        list(e.getValue(), "referring"), new NumberInName(new NumberInName.Words(list(e.getValue(), "hour-words"),
                        sortedLongestFirst(list(e.getValue(), "clock-before")), list(e.getValue(), "measure-after"),
                        list(e.getValue(), "not-name-after"), list(e.getValue(), "ordinal-before"), list(e.getValue(), "code-before"),
                        sortedLongestFirst(list(e.getValue(), "name-after")), sortedLongestFirst(list(e.getValue(), "tenor-words")),
                        list(e.getValue(), "rank-before"), list(e.getValue(), "minute-words"))), anyOf(list(e.getValue(), "day-words")), list(e.getValue(), "whole-of"),
                        list(e.getValue(), "topic-markers"), ArticleReading.measureHeads(),
                        list(e.getValue(), "source-openers")));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException e) {
            throw new IllegalStateException(name + " of the program is broken: " + e.getMessage(), e);
        }
    }

    /** One pattern for a list of words, a Latin word matched whole and in any case; none for no words. */
    private static Optional<java.util.regex.Pattern> anyOf(List<String> words) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (String w : words) {
            boolean latin = w.charAt(0) < 0x80;
            parts.add(latin ? "\\b" + java.util.regex.Pattern.quote(w) + "\\b" : java.util.regex.Pattern.quote(w));
        }
        return Optional.of(java.util.regex.Pattern.compile(String.join("|", parts), java.util.regex.Pattern.CASE_INSENSITIVE));
    }

    private static List<String> list(YamlNode n, String key) throws InputException {
        List<String> out = new ArrayList<>();
        Optional<YamlNode> v = n.get(key);
        if (v.isPresent()) {
            for (YamlNode item : v.get().items()) {
                out.add(item.text());
            }
        }
        return out;
    }

    private static List<String> sortedLongestFirst(List<String> l) {
        List<String> s = new ArrayList<>(l);
        s.sort(Comparator.comparingInt(String::length).reversed());
        return s;
    }
}
