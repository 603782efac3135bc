package io.briefing.build;

import io.briefing.facts.Fact;
import io.briefing.facts.FactTable;
import io.briefing.facts.Qualifier;
import io.briefing.facts.Unit;
import io.briefing.i18n.Language;
import io.briefing.model.Bound;
import io.briefing.model.ChartKind;
import io.briefing.model.ChartModel;
import io.briefing.model.ChartPoint;
import io.briefing.model.LegendNote;
import io.briefing.model.NumberStyle;
import io.briefing.template.ChartSpec;
import io.briefing.template.Scale;
import io.briefing.template.SeriesBy;
import io.briefing.template.SortOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;


/** Turns a chart spec and its facts into a {@link ChartModel}: order, scale, labels and notes. */
final class ChartBuilder {
    /** Most bars a chart draws; a larger selection keeps the top ones by value and says so. */
    static final int MAX_POINTS = 15;
    /** Series one chart draws: beyond a dozen, colours repeat and the legend crowds out the plot. */
    static final int MAX_SERIES = 12;
    private final Context ctx;
    /** The facts with a value that the last chart built does not draw: another unit, a range, or undated on a timeline. */
    private List<Fact> notDrawn = List.of();

    /** What the chart just built leaves out (not its top-k cut, which its note states): shown elsewhere as cards. */
    List<Fact> notDrawn() {
        return notDrawn;
    }

    ChartBuilder(Context ctx) {
        this.ctx = ctx;
    }

    // every kind named in each: a new kind is a compile error here until the builder says what it is

    /** Whether a kind draws values as bars or lines (a timeline lists dated events instead). */
    private static boolean bars(ChartKind kind) {
        return switch (kind) {
            case BAR, HBAR, GROUPED_BAR, STACKED_BAR, LINE -> true;
            case TIMELINE -> false;
        };
    }

    /** Whether a kind's categories are periods, in time order (a line), not entities. */
    private static boolean overTime(ChartKind kind) {
        return switch (kind) {
            case LINE -> true;
            case BAR, HBAR, GROUPED_BAR, STACKED_BAR, TIMELINE -> false;
        };
    }

    /** Whether a kind shows its series side by side or stacked, each named in the legend. */
    private static boolean bySeries(ChartKind kind) {
        return switch (kind) {
            case LINE, GROUPED_BAR, STACKED_BAR -> true;
            case BAR, HBAR, TIMELINE -> false;
        };
    }

    /** The kind a template asks for, or for "auto" (empty) the one the facts suggest; empty when they make no chart. */
    static Optional<ChartKind> resolve(Optional<ChartKind> choice, List<Fact> facts) {
        return choice.isPresent() ? choice : autoKind(facts);
    }

    static Optional<ChartKind> autoKind(List<Fact> facts) {
        // one pass, keeping counts only: the list may be a view of a million rows
        long dated = 0;
        Map<Unit, Integer> units = new LinkedHashMap<>();
        for (Fact f : facts) {
            if (barred(f)) {
                units.merge(f.unit(), 1, Integer::sum);
            } else if (f.period().hasMonth() || f.period().hasQuarter()) {
                dated++;
            }
        }
        long numeric = units.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (dated >= 2 && dated >= numeric) {
            return Optional.of(ChartKind.TIMELINE);
        }
        if (numeric >= 2) {
            return Optional.of(ChartKind.HBAR);
        }
        return Optional.empty();
    }

    Optional<ChartModel> build(String id, ChartSpec spec, List<Fact> selected, String fallbackTitle) {
        ChartKind kind = resolve(spec.kind(), selected).orElse(null);
        if (kind == null) {
            return Optional.empty();
        }
        String title = ctx.typeset(spec.title() == null ? fallbackTitle : ctx.heading(spec.title(), "facts"));
        if (!bars(kind)) {
            return timeline(id, spec, selected, title);
        }
        Map<Unit, Integer> units = unitCounts(selected);
        if (units.isEmpty()) {
            return Optional.empty();
        }
        Unit unit = units.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<Fact> sameUnit = FactTable.where(selected, f -> barred(f) && f.unit() == unit);
        // facts in another unit, and ranges, are shown beside the chart as key-figure cards (BriefingBuilder says so)
        if (sameUnit.size() < FactTable.where(selected, Fact::hasValue).size()) {
            notDrawn = FactTable.where(selected, f -> f.hasValue() && !(barred(f) && f.unit().equals(unit)));
        }
        metricSeries = sameMetrics(sameUnit);
        List<Fact> ordered;
        String more = null;
        if (sameUnit.size() > MAX_POINTS && !overTime(kind)) {
            int left = sameUnit.size() - MAX_POINTS;
            // the largest ones, found in one pass that keeps only them
            ordered = Ranking.top(sameUnit, Comparator.comparing((Fact f) -> f.amount().value()).reversed(), MAX_POINTS);
            more = ctx.labels.get("chart.top", MAX_POINTS, left);
        } else {
            ordered = sort(List.copyOf(sameUnit), spec.sort(), kind);
        }
        if (bySeries(kind)) {
            // a chart of 1,000 series is all legend (seen): the series with the largest figures are drawn
            Map<String, Double> bySeries = new LinkedHashMap<>();
            for (Fact f : ordered) {
                bySeries.merge(seriesName(f, kind, spec), Math.abs(f.amount().asDouble()), Math::max);
            }
            if (bySeries.size() > MAX_SERIES) {
                Set<String> kept = new java.util.HashSet<>();
                bySeries.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(MAX_SERIES)
                        .forEach(e -> kept.add(e.getKey()));
                ordered = FactTable.where(ordered, f -> kept.contains(seriesName(f, kind, spec)));
                int left = bySeries.size() - MAX_SERIES;
                more = ctx.labels.get("chart.top-series", MAX_SERIES, left);
            }
        }
        double max = ordered.stream().mapToDouble(f -> Math.abs(f.amount().asDouble())).max().orElse(0);
        Scale scale = spec.scale() == Scale.AUTO ? autoScale(unit, max) : spec.scale();
        double divisor = unit.isPercent() ? 1 : Math.max(1, scale.divisor());
        List<ChartPoint> points = new ArrayList<>();
        Set<Qualifier> qualifiers = new LinkedHashSet<>();
        for (Fact f : ordered) {
            String series = ctx.typeset(seriesName(f, kind, spec));
            String category = ctx.typeset(overTime(kind) ? ctx.period(f.period()) : ctx.entity(f));
            qualifiers.add(f.qualifier());
            points.add(new ChartPoint(series, category, f.amount().asDouble(), f.amount().asDouble() / divisor,
                    Context.bound(f.qualifier()), ctx.boundLabel(f), AmountFormat.symbol(f.qualifier()),
                    ctx.compact(f) + " " + ctx.ref(f).marker() + (ctx.flagged(f) ? " " + ctx.labels.get("status.flag-mark") : ""),
                    ctx.compact(f),
                    spec.highlight().contains(f.id()), ctx.ref(f), f.period().start(), ctx.period(f.period()), null,
                    ctx.flagged(f), precision(f)));
        }
        List<LegendNote> notes = legendNotes(qualifiers, points, more);
        String note = spec.note() == null ? null : spec.note().in(ctx.language);
        return Optional.of(new ChartModel(id, kind, title, axisLabel(unit, scale), divisor, sourceLine(ordered), points, notes,
                Context.style(unit), spec.small(), note, axisCeiling(unit, points)));
    }

    /**
     * What the legend says of the bars: exact beside bounds (the dark bar named too), lower and upper
     * bounds, approximations, the highlighted bar of a single series, and how many more figures the
     * chart leaves to the table.
     */
    private List<LegendNote> legendNotes(Set<Qualifier> qualifiers, List<ChartPoint> points, String more) {
        List<LegendNote> notes = new ArrayList<>();
        boolean lower = qualifiers.contains(Qualifier.AT_LEAST) || qualifiers.contains(Qualifier.MORE_THAN);
        boolean upper = qualifiers.contains(Qualifier.AT_MOST) || qualifiers.contains(Qualifier.LESS_THAN);
        // light and dark bars side by side: the dark one is named too
        if ((lower || upper) && points.stream().anyMatch(p -> p.bound() == Bound.EXACT)) {
            notes.add(new LegendNote(LegendNote.Mark.EXACT, ctx.labels.get("legend.exact")));
        }
        if (lower) {
            notes.add(new LegendNote(LegendNote.Mark.LOWER_BOUND, ctx.labels.get("legend.lower-bound")));
        }
        if (upper) {
            notes.add(new LegendNote(LegendNote.Mark.UPPER_BOUND, ctx.labels.get("legend.upper-bound")));
        }
        if (qualifiers.contains(Qualifier.APPROXIMATELY)) {
            notes.add(new LegendNote(LegendNote.Mark.APPROXIMATE, ctx.labels.get("legend.approx")));
        }
        if (points.stream().anyMatch(ChartPoint::highlight) && points.stream().map(ChartPoint::series).distinct().count() == 1) {
            notes.add(new LegendNote(LegendNote.Mark.HIGHLIGHTED, ctx.labels.get("legend.highlighted")));
        }
        if (more != null) {
            notes.add(new LegendNote(LegendNote.Mark.NONE, more));
        }
        return notes;
    }

    /** The axis's natural top (100 for shares), unless a figure passes it: a ratio of 102.7% is drawn whole. */
    private static Double axisCeiling(io.briefing.facts.Unit unit, List<ChartPoint> points) {
        Double ceiling = unit.kind().ceiling();
        return ceiling != null && points.stream().allMatch(p -> p.value() <= ceiling) ? ceiling : null;
    }

    private static ChartPoint.DatePrecision precision(Fact f) {
        if (f.period().hasDay()) {
            return ChartPoint.DatePrecision.DAY;
        }
        if (f.period().hasMonth()) {
            return ChartPoint.DatePrecision.MONTH;
        }
        return f.period().hasQuarter() ? ChartPoint.DatePrecision.QUARTER : ChartPoint.DatePrecision.YEAR;
    }

    private String seriesName(Fact f, ChartKind kind, ChartSpec spec) {
        return switch (kind) {
            case GROUPED_BAR, STACKED_BAR -> seriesOf(f, spec.seriesBy());
            case LINE -> ctx.entity(f);
            case BAR, HBAR, TIMELINE -> metricSeries.getOrDefault(f.id(), ctx.metric(f));
        };
    }

    /** Each fact's metric series: see {@link #sameMetrics}. */
    private Map<String, String> metricSeries = Map.of();

    /**
     * One colour for one measure in both languages: two facts whose metrics are named alike in either
     * language (modules' and polysilicon's "Price change over the year", 全年價格累計變動 and 全年價格變動) are
     * one series, named as the first of them is; by the briefing's language alone, English drew two
     * colours and Chinese three for the same chart.
     */
    private Map<String, String> sameMetrics(List<Fact> facts) {
        Map<String, String> byName = new java.util.HashMap<>();
        Map<String, String> out = new java.util.HashMap<>();
        for (Fact f : facts) {
            String en = "en:" + f.metric().en();
            String zh = "zh:" + f.metric().zh();
            String series = byName.getOrDefault(en, byName.getOrDefault(zh, ctx.metric(f)));
            byName.putIfAbsent(en, series);
            byName.putIfAbsent(zh, series);
            out.put(f.id(), series);
        }
        return out;
    }

    private Optional<ChartModel> timeline(String id, ChartSpec spec, List<Fact> selected, String title) {
        // a quarter is a place on a timeline too ("Q3 2025", at its start, before the months in it): the
        // solar sample's Chenxi milestone, dated only "第三季度", was left out without a word
        List<Fact> dated = FactTable.where(selected, f -> f.period().hasMonth() || f.period().hasQuarter()).stream()
                .sorted(Comparator.comparing(Fact::period)).toList();
        notDrawn = FactTable.where(selected, f -> f.hasValue() && !f.period().hasMonth() && !f.period().hasQuarter());
        if (dated.isEmpty()) {
            return Optional.empty();
        }
        List<ChartPoint> points = new ArrayList<>();
        for (Fact f : dated) {
            // "Baidu World 2024: Baidu World 2024 conference" says who twice: the words alone when they name it
            String text = ctx.metric(f).startsWith(ctx.entity(f)) ? ctx.metric(f)
                    : ctx.labels.get("timeline.entry", ctx.entity(f), ctx.metric(f));
            // "12-day launch event (12 days)" says it twice: add the value only when the words lack it
            if (f.hasValue() && !ctx.metric(f).contains(ctx.format.plain(f.amount().value()))) {
                text = ctx.labels.get("timeline.entry-value", text, ctx.value(f));
            }
            points.add(new ChartPoint(ctx.typeset(ctx.category(f)), ctx.typeset(ctx.entity(f)), 0, 0, Context.bound(f.qualifier()), ctx.boundLabel(f),
                    AmountFormat.symbol(f.qualifier()), ctx.ref(f).marker(), "", spec.highlight().contains(f.id()), ctx.ref(f), f.period().start(),
                    ctx.period(f.period()), ctx.typeset(text), ctx.flagged(f), precision(f)));
        }
        String note = spec.note() == null ? null : spec.note().in(ctx.language);
        // a timeline is a list of dated lines the document lays out across the page: "size: small" does
        // not apply (it made the PDF renderer draw it as a small chart, an internal error)
        return Optional.of(new ChartModel(id, ChartKind.TIMELINE, title, ctx.labels.get("timeline.date"), 1,
                sourceLine(dated), points, List.of(), NumberStyle.NONE, false, note, null));
    }

    private String seriesOf(Fact f, SeriesBy seriesBy) {
        return switch (seriesBy) {
            case PERIOD -> ctx.period(f.period());
            case CATEGORY -> ctx.category(f);
            case METRIC -> ctx.metric(f);
        };
    }

    private List<Fact> sort(List<Fact> facts, SortOrder sort, ChartKind kind) {
        Comparator<Fact> byValue = Comparator.comparing(f -> f.amount().value());
        return switch (sort) {
            case TABLE -> overTime(kind) ? facts.stream().sorted(Comparator.comparing(Fact::period)).toList() : facts;
            // the longest bar first (47.66% under 84.03%, a fall of 35% above one of 28%); a line keeps time order
            case SIZE -> overTime(kind) ? facts.stream().sorted(Comparator.comparing(Fact::period)).toList()
                    : facts.stream().sorted(Comparator.comparing((Fact f) -> f.amount().value().abs()).reversed()).toList();
            case VALUE_DESC -> facts.stream().sorted(byValue.reversed()).toList();
            case VALUE_ASC -> facts.stream().sorted(byValue).toList();
            case PERIOD -> facts.stream().sorted(Comparator.comparing(Fact::period)).toList();
            case LABEL -> facts.stream().sorted(Comparator.comparing(ctx::entity)).toList();
        };
    }

    /**
     * Whether a fact can be a bar: it has a value, and one value (a range, "between 13 and 13.5 billion",
     * has two; it is shown beside the chart as a card, which BriefingBuilder says).
     */
    private static boolean barred(Fact f) {
        return f.hasValue() && !f.amount().isRange();
    }

    /** How many facts with a value each unit has, in order of first appearance. */
    private static Map<Unit, Integer> unitCounts(List<Fact> facts) {
        Map<Unit, Integer> counts = new LinkedHashMap<>();
        for (Fact f : facts) {
            if (barred(f)) {
                counts.merge(f.unit(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private Scale autoScale(Unit unit, double max) {
        return switch (unit.show(ctx.language).magnitudes()) {
            case NONE -> Scale.UNITS;
            case MYRIAD -> max >= 1e8 ? Scale.YI : max >= 1e4 ? Scale.WAN : Scale.UNITS;
            case WESTERN -> max >= 1e9 ? Scale.BILLIONS : max >= 1e6 ? Scale.MILLIONS : max >= 1e4 ? Scale.THOUSANDS : Scale.UNITS;
        };
    }

    /** The unit's axis title with the scale's word: "CNY, billions", "人民幣（億元）", "GW". */
    private String axisLabel(Unit unit, Scale scale) {
        return ctx.typeset(unit.axisTitle(ctx.language, scaleWord(scale, unit)));
    }

    private String scaleWord(Scale scale, Unit unit) {
        // the labels say whether the unit's word joins the scale's ("億元" in Chinese; "hundred millions" in English)
        String after = unit.show(ctx.language).after().strip();
        return switch (scale) {
            case YI -> ctx.labels.get("scale.yi", after);
            case WAN -> ctx.labels.get("scale.wan", after);
            case BILLIONS -> ctx.labels.get("scale.billion", after);
            case MILLIONS -> ctx.labels.get("scale.million", after);
            case THOUSANDS -> ctx.labels.get("scale.thousand", after);
            case UNITS, AUTO -> ctx.labels.get("scale.units", after);
        };
    }

    private String sourceLine(List<Fact> facts) {
        Set<String> reporters = new LinkedHashSet<>();
        facts.forEach(f -> reporters.add(f.reporter().in(ctx.language)));
        String publisher = ctx.table.dataset().source().publisher().in(ctx.language);
        // the publisher is said once, after "via" ("A; B, via B" named it twice)
        reporters.remove(publisher);
        String who = String.join(ctx.labels.get("list.reporters-separator"), reporters);
        if (reporters.isEmpty()) {
            return ctx.labels.get("source-line", publisher);
        }
        return ctx.labels.get("source-line-of", who, publisher);
    }
}
