package io.briefing.build;

import io.briefing.draft.Coverage;
import io.briefing.facts.Category;
import io.briefing.facts.Dataset;
import io.briefing.facts.Fact;
import io.briefing.facts.FactTable;
import io.briefing.i18n.Language;
import io.briefing.i18n.Localized;
import io.briefing.input.InputException;
import io.briefing.input.InputProblem;
import io.briefing.input.Warnings;
import io.briefing.model.Block;
import io.briefing.model.Briefing;
import io.briefing.model.ChangeLine;
import io.briefing.model.ChangeMark;
import io.briefing.model.ChangeSet;
import io.briefing.model.ChartKind;
import io.briefing.model.ChartModel;
import io.briefing.model.ChartPoint;
import io.briefing.model.DocumentInfo;
import io.briefing.model.FactRow;
import io.briefing.model.LegendNote;
import io.briefing.model.KeyFigure;
import io.briefing.model.NumberStyle;
import io.briefing.model.Run;
import io.briefing.model.SourceNote;
import io.briefing.model.TableCell;
import io.briefing.provenance.CheckStatus;
import io.briefing.provenance.VerificationReport;
import io.briefing.template.ChartSpec;
import io.briefing.template.Column;
import io.briefing.template.Scale;
import io.briefing.template.Section;
import io.briefing.template.Selection;
import io.briefing.template.SeriesBy;
import io.briefing.template.SortOrder;
import io.briefing.template.Template;
import io.briefing.template.Where;
import io.briefing.weekly.WeekChanges;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;


/**
 * Builds the render-neutral {@link Briefing} from a fact table, a template and the verification of
 * the facts: selects facts per section, formats every figure in the chosen language and gives it
 * its source marker. All template errors that need the facts (unknown ids, unresolved placeholders)
 * are found here, before anything is written.
 */
public final class BriefingBuilder {
    /**
     * Options of one run that are not in the template or the table.
     *
     * @param changes the comparison with the previous week, null when there is none
     * @param noComparison why there is none: the label key of the sentence the Since-last-week section shows
     * @param coverage which figures of the article the table covers, null when there is no article to read
     */
    public record Options(Language language, Instant created, String toolVersion, List<String> inputFiles,
                          WeekChanges changes, String noComparison, Coverage coverage) {
        public Options(Language language, Instant created, String toolVersion, List<String> inputFiles) {
            this(language, created, toolVersion, inputFiles, null, "changes.first", null);
        }
    }

    private final Warnings warnings;

    public BriefingBuilder(Warnings warnings) {
        this.warnings = warnings;
    }

    public Briefing build(FactTable table, Template template, VerificationReport report, Options options) throws InputException {
        Context ctx = new Context(table, options.language(), report, warnings);
        ChangesBuilder weekly = options.changes() == null ? null : new ChangesBuilder(ctx, options.changes());
        ChangeSet changes = weekly == null ? ChangeSet.notCompared(ctx.labels.get(options.noComparison(),
                table.dataset().series())) : weekly.build();
        ctx.weekly = weekly;
        ctx.toldInText.addAll(toldInText(ctx, template));
        ctx.onCards.addAll(onCards(ctx, template));
        List<Block> blocks = new ArrayList<>();
        List<ChartModel> charts = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (Section section : template.sections()) {
            try {
                section(ctx, section, blocks, charts, problems, changes);
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        // markers with no Sources section to point to (the executive summary): the reader is told where they lead
        if (blocks.stream().noneMatch(Block.Sources.class::isInstance) && !ctx.shownNumbers().isEmpty()) {
            blocks.add(new Block.Note(ctx.labels.get("sources.elsewhere")));
        }
        List<SourceNote> sources = sources(ctx);
        List<SourceNote> shown = ctx.shownNumbers().stream().map(n -> sources.get(n - 1)).toList();
        // the previous week's sources of the old values the Since-last-week section cites
        Set<Integer> cited = new java.util.TreeSet<>();
        for (Block block : blocks) {
            if (block instanceof Block.Changes c) {
                for (List<ChangeLine> ls : List.of(c.moves(), c.dropped())) {
                    ls.stream().filter(l -> l.previousRef() != null).forEach(l -> cited.add(l.previousRef().number()));
                }
            }
        }
        List<SourceNote> previous = cited.stream().map(n -> changes.previousSources().get(n - 1)).toList();
        String previousIntro = previous.isEmpty() ? "" : ctx.labels.get("sources.previous", changes.since(), changes.previousArticle());
        blocks.replaceAll(block -> block instanceof Block.Sources so
                ? new Block.Sources(so.heading(), so.intro(), shown, previousIntro, previous) : block);
        return new Briefing(info(ctx, template, report, options), template.pageSize(), template.onePage(), ctx.language,
                ctx.labels, blocks, charts, factRows(ctx), sources,
                ctx.table.dataset().units().all().stream().map(Context::style).distinct().toList(), changes);
    }

    /** The facts the template's key-figure sections show as cards, as {@link #keyFigures} selects them. */
    private static Set<String> onCards(Context ctx, Template template) throws InputException {
        Set<String> ids = new java.util.HashSet<>();
        for (Section section : template.sections()) {
            if (section instanceof Section.KeyFigures k) {
                FactSelector.select(k.select(), ctx.table).stream().filter(Fact::hasValue).limit(k.max())
                        .forEach(f -> ids.add(f.id()));
            }
        }
        return ids;
    }

    /** The facts the template's text sections tell (its paragraphs and the findings it takes, within its limit). */
    private static Set<String> toldInText(Context ctx, Template template) {
        Set<String> ids = new java.util.HashSet<>();
        for (Section section : template.sections()) {
            if (section instanceof Section.Text t) {
                List<Localized> texts = new ArrayList<>();
                t.paragraphs().forEach(p -> texts.add(p.text()));
                if (t.fromFindings()) {
                    texts.addAll(ctx.table.dataset().findings());
                }
                texts.stream().limit(t.limit()).forEach(l -> ids.addAll(Placeholders.named(l.in(ctx.language))));
            }
        }
        return ids;
    }

    private void section(Context ctx, Section section, List<Block> blocks, List<ChartModel> charts,
                         List<InputProblem> problems, ChangeSet changes) throws InputException {
        FactTable table = ctx.table;
        if (section instanceof Section.KeyFigures k) {
            keyFigures(ctx, k).ifPresent(blocks::add);
        } else if (section instanceof Section.Chart c) {
            chart(ctx, c, blocks, charts);
        } else if (section instanceof Section.ChartsPerCategory cs) {
            chartsPerCategory(ctx, cs, blocks, charts, changes);
        } else if (section instanceof Section.Table t) {
            table(ctx, t).ifPresent(blocks::add);
        } else if (section instanceof Section.Text t) {
            text(ctx, t, problems).ifPresent(blocks::add);
        } else if (section instanceof Section.Sources s) {
            // its notes are filled in when every section has said which figures it shows
            blocks.add(new Block.Sources(ctx.heading(s.title(), "sources"), ctx.labels.get("sources-intro"), List.of(), "",
                    List.of()));
        } else if (section instanceof Section.Changes c) {
            blocks.add(changesBlock(ctx, c, changes));
        } else if (section instanceof Section.PageBreak) {
            blocks.add(new Block.PageBreak());
        }
    }

    /** A chart section: its chart, and as cards what it cannot draw (one figure, another unit). */
    private void chart(Context ctx, Section.Chart c, List<Block> blocks, List<ChartModel> charts) throws InputException {
        FactTable table = ctx.table;
        List<Fact> facts = FactSelector.select(c.spec().select(), table);
        String fallback = facts.isEmpty() ? "" : ctx.category(facts.get(0));
        ChartBuilder builder = new ChartBuilder(ctx);
        var chart = builder.build("chart-" + (charts.size() + 1), c.spec(), facts, fallback);
        // what the chart cannot draw (one figure, another unit) is shown as cards, never dropped
        List<Fact> left = notShown(ctx, chart.isPresent() ? builder.notDrawn() : facts);
        if (chart.isPresent()) {
            ChartModel drawn = statedElsewhere(ctx, builder.notDrawn(), left, c.where(), "the chart", "chart.not-drawn")
                    .map(chart.get()::withNote).orElse(chart.get());
            charts.add(drawn);
            blocks.add(new Block.Charts(null, List.of(drawn)));
        } else if (facts.stream().noneMatch(Fact::hasValue)) {
            warnings.add(c.where().problem("the chart has no facts to show in this table, left out",
                    "check its facts: selection").message());
        }
        if (!left.isEmpty()) {
            warnings.add(c.where().problem(left.size() + " figure(s) of this chart cannot be charted with the others "
                    + "(one figure, or another unit): shown as key-figure cards", "").message());
            blocks.add(new Block.KeyFigures(fallback, cards(ctx, left, Map.of())));
        }
    }

    /** What a charts-per-category section gathers, category by category. */
    private static final class CategoryCharts {
        /** The charts the page draws. */
        final List<ChartModel> group = new ArrayList<>();
        /** Every chart, told as a sentence or not: the workbook keeps a sheet and a native chart for each. */
        final List<ChartModel> all = new ArrayList<>();
        /** Cards and sentences of the figures no chart shows. */
        final List<Block> cardBlocks = new ArrayList<>();
        /** Charts told as a sentence: each still takes its place in the template's limit. */
        int sentences;
        /** Categories whose every figure is a key-figure card above already. */
        int allOnCards;
    }

    /** A chart per category, within the template's limit; what no chart shows is told as cards or sentences. */
    private void chartsPerCategory(Context ctx, Section.ChartsPerCategory cs, List<Block> blocks, List<ChartModel> charts,
                                   ChangeSet changes) throws InputException {
        FactTable table = ctx.table;
        Map<String, List<Fact>> byCategory = FactTable.groupBy(FactSelector.select(cs.select(), table),
                Fact::category);
        ChartSpec spec = new ChartSpec(cs.kind(), null, null, cs.select(), SortOrder.SIZE,
                Scale.AUTO, Set.of(), SeriesBy.METRIC, cs.small());
        // the figures the page already shows as key-figure cards (a changes table's figures still get a chart)
        Set<String> onCards = new java.util.HashSet<>();
        blocks.stream().filter(Block.KeyFigures.class::isInstance).map(Block.KeyFigures.class::cast)
                .forEach(k -> k.figures().forEach(f -> onCards.add(f.ref().factId())));
        CategoryCharts acc = new CategoryCharts();
        for (Category cat : byWeight(table.dataset().categories(), byCategory, changes, cs.limit())) {
            if (acc.group.size() + acc.sentences >= cs.limit()) {
                break; // the template's limit: what it leaves out it leaves out on purpose
            }
            category(ctx, cs, spec, cat, byCategory.getOrDefault(cat.id(), List.of()), onCards, charts.size(), acc);
        }
        if (acc.group.isEmpty() && acc.cardBlocks.isEmpty() && acc.allOnCards > 0) {
            // a week whose every figure is a key figure: the page says why it has no chart, rather than
            // leave the reader to wonder (heat pumps, 7 and 14 March)
            blocks.add(new Block.Text(cs.title() == null ? null : ctx.heading(cs.title(), "facts"),
                    List.of(List.of(Run.plain(ctx.labels.get("charts.all-on-cards"))))));
        } else if (acc.group.isEmpty() && acc.cardBlocks.isEmpty()) {
            warnings.add(cs.where().problem("no category of this table has facts to chart, section left out", "")
                    .message());
        } else {
            charts.addAll(acc.all);
            if (!acc.group.isEmpty()) {
                blocks.add(new Block.Charts(cs.title() == null ? null : ctx.heading(cs.title(), "facts"), acc.group));
            }
            blocks.addAll(acc.cardBlocks);
        }
    }

    /** One category's chart, if its figures make one, and what the chart leaves to cards or a sentence. */
    private void category(Context ctx, Section.ChartsPerCategory cs, ChartSpec spec, Category cat, List<Fact> inCat,
                          Set<String> onCards, int chartsBefore, CategoryCharts acc) throws InputException {
        boolean drawn = false;
        List<Fact> left = inCat;
        ChartModel built = null;
        if (!cs.repeatShown() && inCat.stream().anyMatch(Fact::hasValue)
                && inCat.stream().filter(Fact::hasValue).allMatch(f -> onCards.contains(f.id()))) {
            acc.allOnCards++;
            return; // every figure of it is a key-figure card above already: not shown twice
        }
        if (ChartBuilder.autoKind(inCat).isPresent()) {
            ChartBuilder builder = new ChartBuilder(ctx);
            var chart = builder.build("chart-" + (chartsBefore + acc.all.size() + 1), spec, inCat,
                    cat.label().in(ctx.language));
            if (chart.isPresent() && unlikeMeasures(chart.get())) {
                // an export value, a quarter's loss and a credit cap on one scale compare nothing: each
                // is a card (or, among small charts, one sentence) of its own; the workbook keeps the
                // sheet of figures, as for every chart
                warnings.add(cs.where().problem("category '" + cat.id() + "': its figures are "
                        + chart.get().series().size() + " measures of one figure each; one axis would compare "
                        + "unlike things, so the PDF does not chart them", "").message());
                acc.all.add(chart.get());
                chart = Optional.empty();
            }
            if (chart.isPresent() && sameValue(chart.get())) {
                // bars of one length say nothing a sentence does not (the three "at least CNY 20bn" valuations);
                // and a sentence says nothing the findings say already
                if (cs.repeatShown() || !toldAlready(ctx, inCat, onCards)) {
                    acc.cardBlocks.add(sameValueSentence(ctx, cat.label().in(ctx.language), chart.get()));
                    acc.sentences++;
                }
            } else {
                // every bar carries its number, even one a card or a move states above: a bar labelled
                // by its marker alone ([1], [5]) sent an executive hunting for the figure
                chart.ifPresent(acc.group::add);
            }
            chart.ifPresent(acc.all::add);
            drawn = chart.isPresent();
            built = chart.orElse(null);
            left = drawn ? builder.notDrawn() : inCat;
        }
        // one figure, or figures in another unit than the chart's: key-figure cards, never left out
        List<Fact> outside = left;
        left = notShown(ctx, left);
        // (a small chart's figures that no sentence will tell because the text tells them already are
        // named under the chart too: the summary's "New installations" dropped its 12.5% unsaid)
        boolean toldInText = cs.small() && !left.isEmpty() && left.size() <= 3 && !cs.repeatShown()
                && toldAlready(ctx, left, onCards);
        if (built != null) {
            ChartModel plain = built;
            statedElsewhere(ctx, outside, toldInText ? List.of() : left, cs.where(), "category '" + cat.id() + "'",
                    toldInText && outside.size() == left.size() ? "chart.not-drawn.told" : "chart.not-drawn").map(plain::withNote)
                    .ifPresent(noted -> {
                        // the chart as drawn (if it was: a chart told as a sentence is not) and as kept for the workbook
                        acc.group.replaceAll(m -> m == plain ? noted : m);
                        acc.all.replaceAll(m -> m == plain ? noted : m);
                    });
        }
        uncharted(ctx, cs, cat, inCat, left, drawn, onCards, acc);
    }

    /** A category's figures no chart shows: a sentence among small charts, else key-figure cards. */
    private void uncharted(Context ctx, Section.ChartsPerCategory cs, Category cat, List<Fact> inCat, List<Fact> left, boolean drawn,
                           Set<String> onCards, CategoryCharts acc) throws InputException {
        if (cs.small() && !left.isEmpty() && left.size() <= 3) {
            // among small charts a lone card reads as a key figure it is not (and under the chart's own
            // title, as a second heading): one sentence tells it, unless the text sections tell it already
            if (cs.repeatShown() || !toldAlready(ctx, left, onCards)) {
                warnings.add(cs.where().problem("category '" + cat.id() + "': " + left.size() + " figure(s) "
                        + (drawn ? "outside its chart" : "make no chart") + ", told as a sentence", "").message());
                acc.cardBlocks.add(figuresSentence(ctx, cat.label().in(ctx.language), left));
                acc.sentences++;
            }
        } else if (!left.isEmpty()) {
            warnings.add(cs.where().problem("category '" + cat.id() + "': " + left.size() + " figure(s) "
                    + (drawn ? "are not in its chart (another unit, a range, or undated)" : "make no chart")
                    + ", shown as key-figure cards", "").message());
            acc.cardBlocks.add(new Block.KeyFigures(cat.label().in(ctx.language), cards(ctx, left, Map.of())));
            // (shipping's "Third-quarter results" showed its Q4 guidance card alone, the quarter's revenue and
            // profits being told in the findings: under the heading they are named again, none left unsaid)
            List<Fact> asCards = left;
            List<Fact> statedAbove = drawn ? List.of() : inCat.stream().filter(Fact::hasValue)
                    .filter(f -> !asCards.contains(f)).toList();
            if (!statedAbove.isEmpty()) {
                acc.cardBlocks.add(figuresSentence(ctx, ctx.labels.get("cards.stated-above"), statedAbove));
            }
        }
    }

    /**
     * The categories in the order a page of few charts shows them: what moved most since last week first
     * (its largest move relative to last week's value; a figure new this week counts as a whole move), then
     * a category that holds a key figure (the card's context), then the table's order. A template that
     * charts every category keeps the table's order.
     */
    static List<Category> byWeight(List<Category> categories, Map<String, List<Fact>> byCategory, ChangeSet changes, int limit) {
        if (limit >= categories.size()) {
            return categories;
        }
        Map<String, Double> moved = new java.util.HashMap<>();
        for (ChangeLine l : changes.lines()) {
            double size = switch (l.mark()) {
                case NEW -> 1.0;
                case UP, DOWN -> l.previousValue().isPresent() && l.currentValue().isPresent() && l.previousValue().getAsDouble() != 0
                        ? Math.abs(l.currentValue().getAsDouble() / l.previousValue().getAsDouble() - 1) : 1.0;
                case BOUND, DROPPED, REWORDED, NOT_COMPARED -> 0.0;
            };
            moved.merge(l.factId(), size, Math::max);
        }
        java.util.function.ToDoubleFunction<Category> move = c -> byCategory.getOrDefault(c.id(), List.of()).stream()
                .mapToDouble(f -> moved.getOrDefault(f.id(), 0.0)).max().orElse(0);
        java.util.function.Predicate<Category> key = c -> byCategory.getOrDefault(c.id(), List.of()).stream().anyMatch(Fact::key);
        List<Category> out = new ArrayList<>(categories);
        out.sort(Comparator.comparingDouble(move).reversed().thenComparing(c -> key.test(c) ? 0 : 1));
        return out;
    }

    private static Block changesBlock(Context ctx, Section.Changes c, ChangeSet changes) {
        List<ChangeLine> moves = changes.lines().stream().filter(l -> l.mark() == ChangeMark.UP || l.mark() == ChangeMark.DOWN
                || l.mark() == ChangeMark.BOUND).filter(l -> c.repeatShown() || !ctx.onCards.contains(l.factId())).toList();
        List<ChangeLine> added = changes.lines().stream().filter(l -> l.mark() == ChangeMark.NEW).toList();
        List<ChangeLine> dropped = changes.lines().stream().filter(l -> l.mark() == ChangeMark.DROPPED).toList();
        int left = Math.max(0, moves.size() - c.limit()) + Math.max(0, added.size() - c.limit())
                + Math.max(0, dropped.size() - c.limit());
        moves = moves.subList(0, Math.min(moves.size(), c.limit()));
        added = added.subList(0, Math.min(added.size(), c.limit()));
        dropped = dropped.subList(0, Math.min(dropped.size(), c.limit()));
        // the figures it shows are cited: their sources are listed
        for (List<ChangeLine> shown : List.of(moves, added)) {
            shown.forEach(l -> ctx.ref(ctx.table.fact(l.factId()).orElseThrow()));
        }
        String more = left == 0 ? "" : ctx.labels.get("changes.more", left);
        String intro = changes.compared() ? ctx.labels.get("changes.intro", changes.since(), changes.summary()) : changes.note();
        List<String> headers = List.of(ctx.labels.get("changes.col.change"), ctx.labels.get("changes.col.figure"),
                ctx.labels.get("changes.col.was", changes.sinceShort()), ctx.labels.get("changes.col.now"));
        return new Block.Changes(ctx.heading(c.title(), "changes.heading"), intro, headers, changes, moves, added, dropped, more);
    }

    private Optional<Block> keyFigures(Context ctx, Section.KeyFigures k) throws InputException {
        Selection sel = k.select();
        List<Fact> facts = FactSelector.select(sel, ctx.table).stream().filter(Fact::hasValue).limit(k.max()).toList();
        if (facts.isEmpty()) {
            warnings.add(k.where().problem("no key figures in this table, section left out",
                    "mark rows with key=yes or name ids under facts:").message());
            return Optional.empty();
        }
        return Optional.of(new Block.KeyFigures(ctx.heading(k.title(), "key-figures"), cards(ctx, facts, k.labels())));
    }

    /** Whether every figure of these is on a key-figure card above or told by the template's text sections. */
    private static boolean toldAlready(Context ctx, List<Fact> facts, Set<String> onCards) {
        return facts.stream().filter(Fact::hasValue).allMatch(f -> onCards.contains(f.id()) || ctx.toldInText.contains(f.id()));
    }

    /** True for a bar chart of two or more figures of one series, all the same value with the same bound. */
    static boolean sameValue(ChartModel m) {
        boolean timeline = switch (m.kind()) {
            case TIMELINE -> true;
            case BAR, HBAR, GROUPED_BAR, STACKED_BAR, LINE -> false;
        };
        if (timeline || m.points().size() < 2 || m.series().size() > 1) {
            return false;
        }
        var first = m.points().get(0);
        return m.points().stream().allMatch(p -> p.value() == first.value() && p.bound() == first.bound());
    }

    /** "Start-up valuations: Zhipu AI, Moonshot AI and Baichuan AI, at least CNY 20bn each [3][4][5]". */
    private static Block sameValueSentence(Context ctx, String category, ChartModel m) {
        List<Fact> facts = m.points().stream().map(p -> ctx.table.fact(p.ref().factId()).orElseThrow()).toList();
        List<String> names = m.categories();
        String joined = names.size() == 1 ? names.get(0)
                : String.join(ctx.labels.get("list.join"), names.subList(0, names.size() - 1))
                        + ctx.labels.get("list.last") + names.get(names.size() - 1);
        // the value is a run of its own (bold, with the markers): the label is split where it stands
        String gap = "\u0000";
        String[] around = ctx.labels.get("chart.same-value", joined, gap).split(gap, 2);
        List<Run> runs = new ArrayList<>();
        runs.add(Run.plain(category + ctx.labels.get("list.colon") + around[0]));
        boolean flagged = m.points().stream().anyMatch(ChartPoint::flagged);
        var points = m.points();
        // the value in words ("at least CNY 20 billion"), as the findings give it
        runs.add(new Run(ctx.value(facts.get(0)), points.get(0).ref(), flagged));
        for (int i = 1; i < points.size(); i++) {
            runs.add(new Run("", points.get(i).ref(), flagged));
        }
        if (around.length > 1 && !around[1].isEmpty()) {
            runs.add(Run.plain(around[1]));
        }
        return new Block.Text(null, List.of(runs));
    }

    /**
     * "Milestones of 2024: OpenAI, 12-day “marathon” product launch event (Dec 2024): 12 days [18]"; several
     * figures one after another ("…: €450 million [7]; Baltic Crest Shipping, Revenue (Q3 2025): …").
     */
    private static Block figuresSentence(Context ctx, String category, List<Fact> facts) {
        // each value is a run of its own (bold, with its marker): the label is split where it stands
        String gap = "\u0000";
        List<Run> runs = new ArrayList<>();
        StringBuilder plain = new StringBuilder(category + ctx.labels.get("list.colon"));
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            String[] around = ctx.labels.get("chart.one-figure", ctx.entity(f), ctx.metric(f), ctx.period(f.period()), gap)
                    .split(gap, 2);
            if (i > 0) {
                plain.append(ctx.labels.get("list.figures-separator"));
            }
            plain.append(around[0]);
            runs.add(Run.plain(plain.toString()));
            plain.setLength(0);
            runs.add(new Run(ctx.value(f), ctx.ref(f), ctx.flagged(f)));
            if (around.length > 1) {
                plain.append(around[1]);
            }
        }
        if (plain.length() > 0) {
            runs.add(Run.plain(plain.toString()));
        }
        return new Block.Text(null, List.of(runs));
    }

    private static List<KeyFigure> cards(Context ctx, List<Fact> facts, Map<String, Localized> labels) {
        List<KeyFigure> figures = new ArrayList<>();
        for (Fact f : facts) {
            Localized custom = labels.get(f.id());
            String label = custom != null ? custom.in(ctx.language) : ctx.entity(f);
            // "Heat-pump subsidy budget for 2025 · 2025" says the year twice: the period only when the words lack it
            String period = ctx.period(f.period());
            String detail = ctx.metric(f).contains(period) ? ctx.metric(f) : ctx.metric(f) + " · " + period;
            String qualifierNote = f.qualifier().isExact() ? "" : ctx.labels.get("qualifier." + f.qualifier().code());
            boolean one = f.hasValue() && !f.amount().isRange();
            figures.add(new KeyFigure(ctx.compact(f), label, detail, qualifierNote, ctx.ref(f), ctx.flagged(f),
                    ctx.weekly == null ? "" : ctx.weekly.card(f), one ? OptionalDouble.of(Context.cellValue(f)) : OptionalDouble.empty(),
                    Context.style(f.unit()), one ? ctx.sign(f) : "", ctx.weekly == null ? OptionalDouble.empty() : ctx.weekly.moved(f)));
        }
        return figures;
    }

    /** Cards shown for figures a chart cannot draw; more would crowd out the briefing (the workbook has them all). */
    private static final int MAX_CARDS = 6;

    /**
     * The figures a chart leaves out (another unit, a range, undated) that the page states elsewhere
     * already, so get no card beside it: a line under the chart names each with its marker, and a warning
     * says so, so that no figure of its selection is dropped unsaid (Baltic Crest's euro results beside
     * Northwind's dollar ones). Empty when it leaves out none of them.
     */
    private Optional<LegendNote> statedElsewhere(Context ctx, List<Fact> outside, List<Fact> asCards,
                                                 io.briefing.template.Where where, String what, String labelKey) {
        List<Fact> stated = outside.stream().filter(f -> f.hasValue() && !asCards.contains(f)).toList();
        if (stated.isEmpty()) {
            return Optional.empty();
        }
        String items = stated.stream().map(f -> ctx.typeset(ctx.entity(f) + ", " + inSentence(ctx.metric(f)) + ": " + ctx.compact(f) + " "
                + ctx.ref(f).marker())).collect(java.util.stream.Collectors.joining(ctx.labels.get("chart.not-drawn.join")));
        LegendNote note = new LegendNote(LegendNote.Mark.NONE, ctx.labels.get(labelKey, items));
        warnings.add(where.problem(what + ": " + stated.size() + " figure(s) are not in its chart (another unit, a "
                + "range, or undated) and are stated above: named under the chart", "").message());
        return Optional.of(note);
    }

    /** "Operating profit" inside a sentence: "operating profit"; an acronym ("FDA review time") keeps its capitals. */
    private static String inSentence(String metric) {
        return metric.length() > 1 && Character.isUpperCase(metric.charAt(0)) && Character.isLowerCase(metric.charAt(1))
                ? Character.toLowerCase(metric.charAt(0)) + metric.substring(1) : metric;
    }

    /**
     * Whether a chart of bars puts unlike measures on one axis: two or more series (metrics), none of which
     * is compared across entities (each has one bar), as solar's export value, quarterly loss and credit cap.
     */
    static boolean unlikeMeasures(ChartModel m) {
        boolean bars = switch (m.kind()) {
            case BAR, HBAR -> true;
            case GROUPED_BAR, STACKED_BAR, LINE, TIMELINE -> false;
        };
        List<String> series = m.points().stream().map(ChartPoint::series).toList();
        return bars && series.stream().distinct().count() >= 2
                && series.stream().distinct().allMatch(x -> java.util.Collections.frequency(series, x) == 1);
    }

    /** Figures (facts with a value) that the briefing does not show yet, at most {@link #MAX_CARDS}. */
    private static List<Fact> notShown(Context ctx, List<Fact> facts) {
        List<Fact> left = new ArrayList<>();
        for (Fact f : facts) {
            // a figure the briefing already shows (a key figure, a finding above) is not repeated
            if (f.hasValue() && !ctx.shown(f)) {
                left.add(f);
                if (left.size() == MAX_CARDS) {
                    break;
                }
            }
        }
        return left;
    }

    private Optional<Block> table(Context ctx, Section.Table t) throws InputException {
        List<Fact> facts = FactSelector.select(t.select(), ctx.table);
        if (facts.isEmpty()) {
            warnings.add(t.where().problem("the table has no facts in this table, left out", "").message());
            return Optional.empty();
        }
        int shown = Math.min(facts.size(), t.maxRows());
        Comparator<Fact> byValue = Comparator.comparing(f -> f.hasValue() ? f.amount().asDouble() : Double.NEGATIVE_INFINITY);
        // only the rows shown are kept: the order's first maxRows, found in one pass
        List<Fact> top = switch (t.sort()) {
            case PERIOD -> Ranking.top(facts, Comparator.comparing(Fact::period), shown);
            case LABEL -> Ranking.top(facts, Comparator.comparing(ctx::entity), shown);
            case VALUE_DESC -> Ranking.top(facts, byValue.reversed(), shown);
            case VALUE_ASC -> Ranking.top(facts, byValue, shown);
            case SIZE -> Ranking.top(facts, Comparator.comparing((Fact f) -> f.hasValue() ? Math.abs(f.amount().asDouble())
                    : Double.NEGATIVE_INFINITY).reversed(), shown);
            case TABLE -> List.copyOf(facts.subList(0, shown));
        };
        List<String> headers = t.columns().stream().map(c -> ctx.labels.get("col." + c.code())).toList();
        List<List<TableCell>> rows = new ArrayList<>();
        for (Fact f : top) {
            List<TableCell> row = new ArrayList<>();
            for (Column c : t.columns()) {
                row.add(cell(ctx, f, c));
            }
            rows.add(row);
        }
        String more = facts.size() > shown ? ctx.labels.get("table.more", facts.size() - shown) : null;
        float[] widths = new float[t.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = switch (t.columns().get(i)) {
                case QUOTE -> 5f;
                case METRIC, ENTITY -> 3f;
                case ENTITY_ZH, REPORTER, CATEGORY -> 2.2f;
                case VALUE -> 2.8f;
                // "2025年10月10日" on one line (at 1.6 it wrapped "10日" in Chinese tables)
                case PERIOD -> 2.0f;
                case ID, UNIT, QUALIFIER, SOURCE, STATUS -> 1.1f;
            };
        }
        return Optional.of(new Block.Table(ctx.heading(t.title(), "facts"), headers, rows, more, widths));
    }

    private static TableCell cell(Context ctx, Fact f, Column column) {
        return switch (column) {
            case ID -> TableCell.text(f.id());
            case CATEGORY -> TableCell.text(ctx.category(f));
            case ENTITY -> TableCell.text(ctx.entity(f));
            case ENTITY_ZH -> TableCell.text(f.entity().zh());
            case METRIC -> TableCell.text(ctx.metric(f));
            case VALUE -> f.hasValue() ? new TableCell(ctx.value(f), ctx.ref(f), true, ctx.flagged(f)) : TableCell.text("–");
            case UNIT -> TableCell.text(f.unit().name().in(ctx.language));
            case QUALIFIER -> TableCell.text(ctx.labels.get("qualifier." + f.qualifier().code()));
            case PERIOD -> TableCell.text(ctx.period(f.period()));
            case REPORTER -> TableCell.text(f.reporter().in(ctx.language));
            case QUOTE -> TableCell.text(f.quote());
            case SOURCE -> new TableCell(ctx.ref(f).marker(), ctx.ref(f), false, ctx.flagged(f));
            case STATUS -> TableCell.text(status(ctx, f));
        };
    }

    private Optional<Block> text(Context ctx, Section.Text t, List<InputProblem> problems) {
        List<Section.Paragraph> paragraphs = new ArrayList<>(t.paragraphs());
        if (t.fromFindings()) {
            Dataset d = ctx.table.dataset();
            for (Localized l : d.findings()) {
                paragraphs.add(new Section.Paragraph(l, new Where(d.manifest(), 0, 0, "findings")));
            }
        }
        List<List<Run>> out = new ArrayList<>();
        for (Section.Paragraph p : paragraphs.subList(0, Math.min(paragraphs.size(), t.limit()))) {
            try {
                out.add(Placeholders.fill(p, ctx));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (out.isEmpty()) {
            if (problems.isEmpty()) {
                warnings.add(t.where().problem("the text section has no paragraphs for this table, left out",
                        "add findings to the manifest").message());
            }
            return Optional.empty();
        }
        return Optional.of(new Block.Text(ctx.heading(t.title(), "findings"), out));
    }

    private static String status(Context ctx, Fact f) {
        CheckStatus s = ctx.report.status(f.id());
        return switch (s) {
            case VERIFIED -> ctx.labels.get("status.verified");
            case DATED_BY_ARTICLE -> ctx.labels.get("status.dated-by-article");
            case UNIT_FROM_CONTEXT -> ctx.labels.get("status.unit-from-context");
            case NOT_CHECKED -> ctx.labels.get("status.not-checked");
            case QUOTE_NOT_FOUND, ENTITY_NOT_FOUND, NUMBER_MISMATCH, QUALIFIER_MISMATCH, DATE_MISMATCH ->
                    ctx.labels.get("status.unverified") + " (" + s.words() + ")";
        };
    }

    /**
     * Every fact as the workbook lists it, computed row by row when read: a table of a million facts
     * is not copied into a second million objects.
     */
    private List<FactRow> factRows(Context ctx) {
        List<Fact> facts = ctx.table.facts();
        return new AbstractList<>() {
            @Override
            public FactRow get(int i) {
                Fact f = facts.get(i);
                // both languages' names as the table writes them: the sheet is read back as the fact table
                return new FactRow(f.id(), i + 1, ctx.category(f), names(f.entity(), ctx.language), names(f.metric(), ctx.language),
                        f.hasValue() && !f.amount().isRange() ? OptionalDouble.of(Context.cellValue(f)) : OptionalDouble.empty(),
                        f.hasValue() && f.amount().isRange() ? f.amount().written() : "",
                        f.hasValue() ? ctx.value(f) : "", ctx.labels.get("qualifier." + f.qualifier().code()),
                        f.unit().name().in(ctx.language), f.period().toString(), names(f.reporter(), ctx.language), f.quote(),
                        f.key(), String.join("|", f.aliases()), Context.style(f.unit()), status(ctx, f), !ctx.flagged(f));
            }

            @Override
            public int size() {
                return facts.size();
            }
        };
    }

    private static FactRow.Names names(io.briefing.i18n.Localized name, Language language) {
        String en = name.en() == null ? "" : name.en();
        String zh = name.zh() == null ? "" : name.zh();
        return language == Language.ZH ? new FactRow.Names(zh, en) : new FactRow.Names(en, zh);
    }

    /** The Sources entries, computed when read, like {@link #factRows}. */
    private List<SourceNote> sources(Context ctx) {
        Dataset d = ctx.table.dataset();
        String article = ctx.article(d);
        List<Fact> facts = ctx.table.facts();
        return new AbstractList<>() {
            @Override
            public SourceNote get(int i) {
                Fact f = facts.get(i);
                String label = ctx.entity(f) + " — " + ctx.metric(f);
                return new SourceNote(i + 1, f.id(), label, ctx.value(f), f.quote(),
                        f.reporter().in(ctx.language), article, status(ctx, f), !ctx.flagged(f));
            }

            @Override
            public int size() {
                return facts.size();
            }
        };
    }

    private DocumentInfo info(Context ctx, Template template, VerificationReport report, Options options) {
        Dataset d = ctx.table.dataset();
        // typeset here, not only where the PDF draws them: the PDF's Info and XMP and the workbook's
        // properties said "格局收斂、價格戰與政策催化:數說這一年" with the page's "：" half-width
        String title = ctx.typeset(template.title() == null ? d.title().in(ctx.language) : template.title().in(ctx.language));
        String subtitle = ctx.typeset(template.subtitle() == null ? d.subtitle().in(ctx.language)
                : template.subtitle().in(ctx.language));
        String dateLine = ctx.labels.get("as-of", ctx.date(d.asOf()));
        String publisher = d.source().publisher().in(ctx.language);
        String sourceLine = ctx.labels.get("source-line", publisher + (d.source().published().isEmpty() ? ""
                : " (" + d.source().published() + ")"));
        List<String> keywords = d.categories().stream().map(c -> ctx.typeset(c.label().in(ctx.language))).toList();
        long unverified = report.checked() ? report.failures().size() : 0;
        String banner = unverified > 0 ? ctx.labels.get("unverified-banner", unverified) : null;
        Coverage cov = options.coverage();
        String coverage = cov == null ? "" : cov.uncoveredFigures() == 0 ? ctx.labels.get("coverage.all", cov.total())
                : ctx.labels.get("coverage.some", cov.covered(), cov.total(), cov.uncoveredFigures());
        // the author is who publishes the briefing, never the tool (that is the Producer and CreatorTool)
        return new DocumentInfo(title, subtitle, dateLine, sourceLine, d.publisher().in(ctx.language), subtitle, keywords, d.asOf(), options.created(),
                options.toolVersion(), options.inputFiles(), template.name(),
                String.valueOf(template.file()), banner, coverage);
    }
}
