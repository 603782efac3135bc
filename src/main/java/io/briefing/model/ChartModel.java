package io.briefing.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart, ready to draw in any renderer: what it shows, in which order, with which axis label,
 * and the notes a reader needs (what a bound looks like, where the numbers come from).
 *
 * @param axisLabel     the value axis title, with unit and scale ("CNY, billions")
 * @param divisor       base units per axis unit
 * @param style         how a spreadsheet formats the values
 * @param legendNotes   the marks drawn (exact beside bounds, lower and upper bound, approximate, highlight) and
 *                      what each means, then notes in words
 * @param axisMax       the value axis' natural end (100 for shares of a whole), or null for automatic
 */
public record ChartModel(String id, ChartKind kind, String title, String axisLabel, double divisor, String sourceLine,
                         List<ChartPoint> points, List<LegendNote> legendNotes, NumberStyle style, boolean small,
                         String note, Double axisMax) {

    /** The same chart at full size. */
    public ChartModel full() {
        return new ChartModel(id, kind, title, axisLabel, divisor, sourceLine, points, legendNotes, style, false, note, axisMax);
    }

    /** The same chart with one more line under it. */
    public ChartModel withNote(LegendNote extra) {
        List<LegendNote> notes = new java.util.ArrayList<>(legendNotes);
        notes.add(extra);
        return new ChartModel(id, kind, title, axisLabel, divisor, sourceLine, points, List.copyOf(notes), style, small, note, axisMax);
    }

    public List<String> series() {
        return points.stream().map(ChartPoint::series).distinct().toList();
    }

    /** Every text the chart sets: title, axis, notes, series, categories, labels and timeline entries. */
    public List<String> texts() {
        List<String> t = new ArrayList<>();
        t.add(title);
        t.add(axisLabel);
        t.add(sourceLine);
        t.add(note);
        legendNotes.forEach(n -> t.add(n.text()));
        for (ChartPoint p : points) {
            t.add(p.series());
            t.add(p.category());
            t.add(p.label());
            t.add(p.dateLabel());
            t.add(p.text());
        }
        return t;
    }

    /**
     * Several series but one bar per category (the solar sample's price changes): drawn as one
     * series, each bar in its series' colour, so that a bar sits on its category's tick instead of in
     * a slot kept free for the series it does not have.
     */
    public boolean onePerCategory() {
        boolean barsSideBySide = switch (kind) {
            case BAR, HBAR, GROUPED_BAR -> true;
            case STACKED_BAR, LINE, TIMELINE -> false;
        };
        return series().size() > 1 && barsSideBySide
                && categories().stream().allMatch(c -> points.stream().filter(p -> p.category().equals(c)).count() == 1);
    }

    /** The bar slots the chart draws: a slot per series in each category, or one when each has one bar. */
    public int barSlots() {
        boolean stacked = switch (kind) {
            case STACKED_BAR -> true;
            case BAR, HBAR, GROUPED_BAR, LINE, TIMELINE -> false;
        };
        int series = stacked || onePerCategory() ? 1 : Math.max(1, series().size());
        return categories().size() * series;
    }

    public List<String> categories() {
        return points.stream().map(ChartPoint::category).distinct().toList();
    }
}
