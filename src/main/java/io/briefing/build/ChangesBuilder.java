package io.briefing.build;

import io.briefing.facts.Amount;
import io.briefing.facts.Dataset;
import io.briefing.facts.Fact;
import io.briefing.facts.Qualifier;
import io.briefing.model.ChangeLine;
import io.briefing.model.ChangeMark;
import io.briefing.model.ChangeSet;
import io.briefing.model.SourceNote;
import io.briefing.model.SourceRef;
import io.briefing.weekly.Change;
import io.briefing.weekly.ChangeKind;
import io.briefing.weekly.WeekChanges;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Turns the week's changes into what the briefing shows: the lines of the Since-last-week section,
 * the change under each key figure, and the previous week's sources of the old values. A percent
 * moves in percentage points, never in percent of a percent; a bound is never given a difference.
 */
final class ChangesBuilder {
    private final Context ctx;
    private final WeekChanges changes;
    private final LocalDate since;
    private final Map<String, SourceRef> previousRefs = new HashMap<>();
    private final List<SourceNote> previousSources = new ArrayList<>();

    ChangesBuilder(Context ctx, WeekChanges changes) {
        this.ctx = ctx;
        this.changes = changes;
        this.since = changes.previous().table().dataset().asOf();
    }

    ChangeSet build() {
        List<ChangeLine> lines = new ArrayList<>();
        for (Change c : changes.changes()) {
            if (c.kind() != ChangeKind.UNCHANGED) {
                lines.add(line(c));
            }
        }
        Dataset prev = changes.previous().table().dataset();
        // the previous manifest as the About and Changes sheets cite it: relative to this week's, like the inputs
        java.nio.file.Path here = ctx.table.dataset().manifest().toAbsolutePath().getParent();
        java.nio.file.Path there = prev.manifest().toAbsolutePath();
        String cited = here != null && there.getRoot() != null && there.getRoot().equals(here.getRoot())
                ? here.relativize(there).toString() : there.toString();
        return new ChangeSet(true, ctx.date(since), shortDate(since), summary(), "", lines, List.copyOf(previousSources),
                ctx.article(prev), cited);
    }

    /** The counts in one line, kinds without a change left out: "2 moved · 1 bound changed · 1 new · 9 unchanged". */
    private String summary() {
        List<String> parts = new ArrayList<>();
        Map<ChangeKind, String> keys = new LinkedHashMap<>();
        keys.put(ChangeKind.MOVED, "changes.count.moved");
        keys.put(ChangeKind.BOUND_CHANGED, "changes.count.bound");
        keys.put(ChangeKind.NEW, "changes.count.new");
        keys.put(ChangeKind.DROPPED, "changes.count.dropped");
        keys.put(ChangeKind.REWORDED, "changes.count.reworded");
        keys.put(ChangeKind.NOT_COMPARED, "changes.count.not-compared");
        keys.put(ChangeKind.UNCHANGED, "changes.count.unchanged");
        for (Map.Entry<ChangeKind, String> e : keys.entrySet()) {
            long n = changes.count(e.getKey());
            if (n > 0) {
                parts.add(ctx.labels.get(e.getValue(), n));
            }
        }
        return String.join(" · ", parts);
    }

    private ChangeLine line(Change c) {
        Fact now = c.current();
        Fact before = c.previous();
        Fact f = c.latest();
        String label = ctx.entity(f) + " — " + ctx.metric(f);
        SourceRef currentRef = now == null ? null : new SourceRef(ctx.refNumber(now), now.id());
        SourceRef previousRef = before == null ? null : previousRef(before);
        String previousText = before == null ? "" : shown(before);
        String currentText = now == null ? "" : shown(now);
        boolean points = f.unit().isPercent();
        // a range has no one number for a cell: its text says both ends
        OptionalDouble pv = before != null && before.hasValue() && !before.amount().isRange()
                ? OptionalDouble.of(Context.cellValue(before)) : OptionalDouble.empty();
        OptionalDouble cv = now != null && now.hasValue() && !now.amount().isRange()
                ? OptionalDouble.of(Context.cellValue(now)) : OptionalDouble.empty();
        ChangeMark mark = switch (c.kind()) {
            case MOVED -> c.delta().signum() >= 0 ? ChangeMark.UP : ChangeMark.DOWN;
            case BOUND_CHANGED -> ChangeMark.BOUND;
            case NEW -> ChangeMark.NEW;
            case DROPPED -> ChangeMark.DROPPED;
            case REWORDED, UNCHANGED -> ChangeMark.REWORDED;
            case NOT_COMPARED -> ChangeMark.NOT_COMPARED;
        };
        String change = switch (c.kind()) {
            case MOVED -> delta(c.delta(), f);
            case BOUND_CHANGED -> ctx.labels.get("changes.bound");
            case NEW -> ctx.labels.get("changes.new");
            case DROPPED -> ctx.labels.get("changes.dropped");
            case REWORDED, UNCHANGED -> ctx.labels.get("changes.reworded");
            case NOT_COMPARED -> ctx.labels.get("changes.not-compared");
        };
        String relative = c.kind() == ChangeKind.MOVED && !points && c.relative().isPresent()
                // one decimal at most, so a column of moves reads alike ("−12.2%" beside "−5.36%" did not)
                ? signed(ctx.format.number(Math.round(Math.abs(c.relative().getAsDouble() * 100) * 10) / 10.0),
                        c.relative().getAsDouble()) + "%" : "";
        // (a bound keeps its sign in its cell, as on the Summary: "≥90%", not 90%)
        return new ChangeLine(mark, f.id(), label, f.unit().name().in(ctx.language), previousText, currentText, change, relative, pv, cv, Context.style(f.unit()),
                points, currentRef, previousRef, pv.isPresent() ? ctx.sign(before) : "", cv.isPresent() ? ctx.sign(now) : "");
    }

    /** The value as the briefing shows it, or "–" for a fact without a number (a milestone). */
    private String shown(Fact f) {
        return f.hasValue() ? ctx.compact(f) : ctx.period(f.period());
    }

    /** "+3.2 pts", "−CNY 2bn", "+5 GW": the difference with its sign, in the fact's unit. */
    String delta(BigDecimal delta, Fact f) {
        if (f.unit().isPercent()) {
            return ctx.labels.get("changes.pts", signed(ctx.format.decimal(delta.abs()), delta.signum()));
        }
        String bare = ctx.format.compact(new Amount(delta.abs(), f.unit(), Qualifier.EXACT));
        return (delta.signum() < 0 ? "−" : "+") + bare;
    }

    private static String signed(String number, double sign) {
        return (sign < 0 ? "−" : "+") + number;
    }

    /** The previous week's source of an old value, numbered in the order the section cites them. */
    private SourceRef previousRef(Fact before) {
        return previousRefs.computeIfAbsent(before.id(), id -> {
            int n = previousSources.size() + 1;
            String label = ctx.entity(before) + " — " + ctx.metric(before);
            previousSources.add(new SourceNote(n, before.id(), label, before.hasValue() ? ctx.value(before) : "",
                    before.quote(), before.reporter().in(ctx.language), ctx.article(changes.previous().table().dataset()),
                    ctx.labels.get("status.verified"), true));
            return SourceRef.previous(n, before.id());
        });
    }

    /** What a key-figure card says under its figure, "" when the fact is not compared. */
    String card(Fact f) {
        return changes.forFact(f.id()).map(c -> {
            String date = shortDate(since);
            return switch (c.kind()) {
                case MOVED -> ctx.labels.get("card.moved", (c.delta().signum() >= 0 ? "▲ " : "▼ ") + delta(c.delta(), f), date);
                case BOUND_CHANGED -> ctx.labels.get("card.bound", ctx.compact(c.previous()), date);
                case NEW -> ctx.labels.get("card.new");
                case UNCHANGED, REWORDED -> ctx.labels.get("card.unchanged", date);
                case DROPPED, NOT_COMPARED -> "";
            };
        }).orElse("");
    }

    /**
     * How far a fact moved since last week, as a number: in the fact's own unit (base units, or percentage
     * points for a percent, as its card's "+0.8 pts" says), empty unless it moved.
     */
    java.util.OptionalDouble moved(Fact f) {
        // an unchanged figure moved by zero, a number like any other move (the summary's Change column was
        // left empty for it, seen in 40 rows of the shipped workbooks); a bound, a new or a dropped fact has none
        return changes.forFact(f.id()).map(c -> switch (c.kind()) {
            case MOVED -> java.util.OptionalDouble.of(c.delta().doubleValue());
            case UNCHANGED, REWORDED -> java.util.OptionalDouble.of(0);
            case BOUND_CHANGED, NEW, DROPPED, NOT_COMPARED -> java.util.OptionalDouble.empty();
        }).orElse(java.util.OptionalDouble.empty());
    }

    /** A day without its year, worded by the labels: "14 Mar", "3月14日". */
    private String shortDate(LocalDate d) {
        return ctx.labels.get("period.day-of-year", ctx.listItem("period.month-names", d.getMonthValue()),
                Integer.toString(d.getDayOfMonth()));
    }
}
