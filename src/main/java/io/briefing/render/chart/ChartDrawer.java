package io.briefing.render.chart;

import io.briefing.model.Bound;
import io.briefing.model.ChartKind;
import io.briefing.model.ChartModel;
import io.briefing.model.ChartPoint;
import io.briefing.model.LegendNote;
import io.briefing.render.theme.ChartTheme;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;


/**
 * Draws a {@link ChartModel} of kind bar, hbar, grouped-bar, stacked-bar or line with JFreeChart
 * onto any Graphics2D (the PDF's vector graphics). Bars start at zero, carry their qualified value
 * and source marker as a label, and bounds are drawn as bounds ({@link BoundAwareBarPainter}).
 */
public final class ChartDrawer {
    private final Font regular;
    private final Font bold;

    /** @param regular and bold the faces all chart text is set in (the PDF's embedded CJK font) */
    public ChartDrawer(Font regular, Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Whether a kind is drawn as lines (points joined), not bars: every kind named, so a new one must say. */
    private static boolean line(ChartKind kind) {
        return switch (kind) {
            case LINE -> true;
            case BAR, HBAR, GROUPED_BAR, STACKED_BAR, TIMELINE -> false;
        };
    }

    public void draw(ChartModel model, Graphics2D g2, Rectangle2D area) {
        Built built = build(model);
        boolean fitted = switch (model.kind()) {
            case BAR, HBAR, GROUPED_BAR, LINE -> true;
            case STACKED_BAR, TIMELINE -> false; // a stack's axis is its sums; a timeline is no chart
        };
        if (built.chart().getPlot() instanceof CategoryPlot plot && fitted) {
            fitValueAxis(model, built, plot, g2, area);
        }
        built.chart().draw(g2, area);
    }

    /**
     * The colour a chart's legend mark is drawn in: that of the first bar the mark stands for, so the
     * key shows a bar the chart draws (an orange approximate bar had a blue key).
     */
    public static Color legendColour(ChartModel m, LegendNote.Mark mark) {
        List<String> series = m.series();
        boolean multi = series.size() > 1 && !line(m.kind());
        for (ChartPoint p : m.points()) {
            boolean stands = !p.flagged() && switch (mark) {
                case EXACT -> p.bound() == Bound.EXACT && !p.highlight();
                case LOWER_BOUND -> p.bound() == Bound.LOWER;
                case UPPER_BOUND -> p.bound() == Bound.UPPER;
                case APPROXIMATE -> p.bound() == Bound.APPROXIMATE;
                case HIGHLIGHTED -> p.highlight();
                case NONE -> false;
            };
            if (stands) {
                return p.highlight() ? ChartTheme.HIGHLIGHT : multi ? ChartTheme.series(series.indexOf(p.series())) : ChartTheme.PRIMARY;
            }
        }
        return mark == LegendNote.Mark.HIGHLIGHTED ? ChartTheme.HIGHLIGHT : ChartTheme.PRIMARY;
    }

    /**
     * Draws a legend mark in the given colour as the chart draws that kind of bar, painted by the same
     * painter: a short horizontal bar filling the left part of the area, with the arrow of a lower bound past its end.
     */
    public static void drawLegendMark(LegendNote.Mark mark, Color colour, Graphics2D g2, Rectangle2D area) {
        double arrow = mark == LegendNote.Mark.LOWER_BOUND ? ChartTheme.BOUND_ARROW : 0;
        double h = Math.max(3, area.getHeight() - 7); // room for the 3 pt overhang of a ceiling tick
        Rectangle2D bar = new Rectangle2D.Double(area.getX(), area.getCenterY() - h / 2,
                Math.max(4, area.getWidth() - arrow - 2), h);
        switch (mark) {
            case EXACT -> BoundAwareBarPainter.paint(g2, colour, Bound.EXACT, bar, true, false);
            case LOWER_BOUND -> BoundAwareBarPainter.paint(g2, colour, Bound.LOWER, bar, true, false);
            case UPPER_BOUND -> BoundAwareBarPainter.paint(g2, colour, Bound.UPPER, bar, true, false);
            case APPROXIMATE -> BoundAwareBarPainter.paint(g2, colour, Bound.APPROXIMATE, bar, true, false);
            case HIGHLIGHTED -> BoundAwareBarPainter.paint(g2, colour, Bound.EXACT, bar, true, false);
            case NONE -> { }
        }
    }

    /** The chart and what fitting its axis needs: the dataset's points and where each label goes. */
    private record Built(JFreeChart chart, DefaultCategoryDataset data, Map<String, ChartPoint> byKey, boolean[][] inside,
                         PointLabels labels) {
        java.util.Optional<PointBarRenderer> renderer() {
            return chart.getPlot() instanceof CategoryPlot p && p.getRenderer() instanceof PointBarRenderer r
                    ? java.util.Optional.of(r) : java.util.Optional.empty();
        }

        ChartPoint point(int row, int col) {
            return byKey.get(data.getRowKey(row) + "\u0000" + data.getColumnKey(col));
        }
    }

    /**
     * Ends the value axis at a tick just past the data (a share at 100%), then places each value
     * label: beyond its bar's end when it fits before the axis' end, else inside the bar when the bar
     * is long enough, else the axis grows by a step. Measured with the chart's own font on the
     * chart's own Graphics2D, so the label that was measured is the label drawn. Widening the axis
     * by a margin instead left a small concept-index chart running to 200% with its last tick at 100%.
     */
    private void fitValueAxis(ChartModel model, Built built, CategoryPlot plot, Graphics2D g2, Rectangle2D area) {
        boolean small = model.small();
        boolean horizontal = plot.getOrientation() == PlotOrientation.HORIZONTAL;
        boolean line = line(model.kind());
        float size = small ? ChartTheme.SMALL_LABEL_SIZE : ChartTheme.LABEL_SIZE;
        FontMetrics fm = g2.getFontMetrics(regular.deriveFont(size));
        double length = plotLength(model, built, fm, area, horizontal);
        if (length <= 20) {
            return;
        }
        // a label goes inside a bar only if it fits across it too (else JFreeChart drops it: seen, a thin bar's label gone)
        double across = barThickness(model, built, fm, area, horizontal);
        double textHeight = fm.getAscent() + fm.getDescent();
        double max = Math.max(0, model.points().stream().mapToDouble(ChartPoint::scaled).max().orElse(0));
        double min = Math.min(0, model.points().stream().mapToDouble(ChartPoint::scaled).min().orElse(0));
        if (max - min <= 0) {
            return;
        }
        Double ceiling = model.axisMax();
        int ticks = small ? 3 : 5;
        double step = niceStep((Math.min(max, ceiling == null ? max : ceiling) - min) / ticks);
        double upper = max > 0 ? Math.ceil(max / step - 1e-9) * step : 0;
        double lower = min < 0 ? Math.floor(min / step + 1e-9) * step : 0;
        if (ceiling != null) {
            upper = Math.min(upper, ceiling);
        }
        double offset = ChartTheme.BOUND_ARROW + 3;
        // labels beyond the bars on both sides need more than the plot has: no range fits them, so the
        // markers go (the caption lists them) before the axis grows (seen: a small chart of -31% and
        // +4.1% grew its axis to ±200,000% looking for room)
        boolean markers = true;
        double tightScale = length / (upper - lower);
        if (outsideNeeds(built, fm, horizontal, line, offset, tightScale, across, textHeight, true) > length * 0.85) {
            markers = false;
            built.labels().withoutMarker = true;
        }
        boolean feasible = outsideNeeds(built, fm, horizontal, line, offset, tightScale, across, textHeight, markers) <= length * 0.85;
        // still too little: the labels of falls go beside the zero line, on the side with room, so that
        // only one side needs room (the usual way with a diverging bar chart)
        boolean fallsAtBase = !feasible && !line && horizontal && max > 0;
        if (fallsAtBase) {
            built.renderer().ifPresent(r -> r.fallsAtBase = true);
            feasible = true;
        }
        double span = max - min;
        LabelRoom room = new LabelRoom(fm, horizontal, line, offset, length, across, textHeight, markers);
        boolean mayLabelFallsAtBase = !line && horizontal && max > 0;
        Fit fitted = feasible ? smallestFit(built, room, max, min, step, ceiling, span, fallsAtBase, mayLabelFallsAtBase) : null;
        if (fitted == null && feasible && markers) {
            // no axis fits the labels with their markers: without them (the caption lists the markers)
            // before the axis grows past its data (seen: a small chart ran to 1,500 for 412.5 and still
            // cut "~412,500 TEU [12]" at its edge)
            LabelRoom bare = room.withoutMarkers();
            fitted = smallestFit(built, bare, max, min, step, ceiling, span, fallsAtBase, mayLabelFallsAtBase);
            if (fitted != null) {
                built.labels().withoutMarker = true;
                room = bare;
            }
        }
        if (fitted != null) {
            boolean atBase = fitted.fallsAtBase();
            built.renderer().ifPresent(r -> r.fallsAtBase = atBase);
            labelsFit(built, room, fitted.upper(), fitted.lower(), atBase, true);
        }
        Fit axisRange = fitted != null ? fitted
                : grown(built, room, new Fit(upper, lower, step, fallsAtBase), feasible, ceiling, span, ticks, max);
        if (horizontal) {
            axisRange = spacedTicks(model, fm, length, axisRange, ceiling);
            // the last tick's label is centred on the plot's right edge: half of it needs room there (seen "100" without its "%")
            double half = fm.stringWidth(tickFormat(model).format(axisRange.upper())) / 2.0 + 2;
            RectangleInsets in = plot.getInsets();
            plot.setInsets(new RectangleInsets(in.getTop(), in.getLeft(), in.getBottom(), Math.max(in.getRight(), half)));
        }
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setAutoRange(false);
        axis.setRange(axisRange.lower(), axisRange.upper());
        axis.setTickUnit(new NumberTickUnit(axisRange.step(), tickFormat(model)));
    }

    /**
     * When no axis fits every label ({@link #smallestFit}): the axis grows a step at a time on the
     * side whose labels lack room, up to three times the data's span; a fall's label that still has
     * no room beyond its bar goes beside the zero line and the growing starts again from the tight axis.
     */
    private static Fit grown(Built built, LabelRoom room, Fit tight, boolean feasible, Double ceiling, double span,
                             int ticks, double max) {
        DefaultCategoryDataset data = built.data();
        double upper = tight.upper();
        double lower = tight.lower();
        double step = tight.step();
        boolean fallsAtBase = tight.fallsAtBase();
        for (int pass = 0; pass < 2; pass++) {
            boolean fallUnfit = false;
            for (int round = 0; round < 12; round++) {
                boolean growUp = false;
                boolean growDown = false;
                for (int row = 0; row < data.getRowCount(); row++) {
                    for (int col = 0; col < data.getColumnCount(); col++) {
                        ChartPoint p = built.point(row, col);
                        built.inside()[row][col] = false;
                        if (p == null) {
                            continue;
                        }
                        switch (room.place(p, upper, lower, fallsAtBase)) {
                            case BEYOND -> { }
                            case INSIDE -> built.inside()[row][col] = true;
                            case NEEDS_MORE_ABOVE -> growUp |= ceiling == null || upper < ceiling - 1e-9;
                            case NEEDS_MORE_BELOW -> growDown = true;
                        }
                    }
                }
                fallUnfit = growDown;
                // an axis more than three times the data's span is no longer a chart of the data
                if (!feasible || (!growUp && !growDown) || upper - lower > 3 * span) {
                    break;
                }
                double range = upper - lower + step;
                step = niceStep(range / ticks);
                upper = growUp ? Math.ceil((upper + step / 2) / step) * step : Math.ceil(upper / step - 1e-9) * step;
                lower = growDown ? Math.floor((lower - step / 2) / step) * step : Math.floor(lower / step + 1e-9) * step;
                if (ceiling != null) {
                    upper = Math.min(upper, ceiling);
                }
            }
            // a fall's label still has no room beyond its bar (it ran over the category labels, its minus
            // sign hidden by the axis: seen "~−85億元"): falls are labelled beside the zero line instead
            if (pass == 0 && fallUnfit && !fallsAtBase && !room.line() && room.horizontal() && max > 0) {
                fallsAtBase = true;
                built.renderer().ifPresent(r -> r.fallsAtBase = true);
                feasible = true;
                upper = tight.upper();
                lower = tight.lower();
                step = tight.step();
                continue;
            }
            break;
        }
        return new Fit(upper, lower, step, fallsAtBase);
    }

    /**
     * On a horizontal value axis, as many ticks as their labels have room for side by side (seen:
     * "-20%10%0%10%" run together): the step coarsens until they fit.
     */
    private static Fit spacedTicks(ChartModel model, FontMetrics fm, double length, Fit axis, Double ceiling) {
        double upper = axis.upper();
        double lower = axis.lower();
        double step = axis.step();
        NumberFormat f = tickFormat(model);
        double widest = Math.max(fm.stringWidth(f.format(lower)), fm.stringWidth(f.format(upper)));
        int fit = Math.max(1, (int) Math.floor(length / (widest + 10)));
        if ((upper - lower) / step > fit) {
            step = niceStep((upper - lower) / fit);
            while ((Math.ceil(upper / step - 1e-9) - Math.floor(lower / step + 1e-9)) > fit) {
                step = niceStep(step * 1.5);
            }
            upper = Math.ceil(upper / step - 1e-9) * step;
            lower = Math.floor(lower / step + 1e-9) * step;
            if (ceiling != null) {
                upper = Math.min(upper, ceiling);
            }
        }
        return new Fit(upper, lower, step, axis.fallsAtBase());
    }

    /** A value axis on which every label has its place. */
    private record Fit(double upper, double lower, double step, boolean fallsAtBase) {}

    /**
     * The shortest value axis on which every label fits beyond its bar, inside it, or (a fall's)
     * beside the zero line: ends on ticks of the nice step for the data or a finer one, grown a step
     * at a time up to three times the data's span. Growing by the coarse step alone ran an axis to
     * 8,000 for a bar of 5,300 whose label needed 6,650; growing the falls' side for a small loss's
     * label ran one to −200 for a bar of −8.5 beside 280, where the label fits beside zero.
     * Null when no such axis exists (the caller then grows as far as it may).
     */
    private static Fit smallestFit(Built built, LabelRoom room, double max, double min, double step, Double ceiling, double span,
                                   boolean fallsAtBase, boolean mayLabelFallsAtBase) {
        Fit atTips = null;
        Fit besideZero = null;
        boolean[] placements = fallsAtBase ? new boolean[] {true}
                : mayLabelFallsAtBase && min < 0 ? new boolean[] {false, true} : new boolean[] {false};
        for (boolean atBase : placements) {
            Fit best = null;
            for (double s = step; s >= step / 4 - 1e-12; s = finerNiceStep(s)) {
                double up0 = max > 0 ? Math.ceil(max / s - 1e-9) * s : 0;
                if (ceiling != null) {
                    up0 = Math.min(up0, ceiling);
                }
                // the falls' end: on a tick, further ticks out for their labels; with the falls' labels
                // beside zero the falls' side needs only their bars, so it may end between ticks (a fifth
                // of a step: −10 for a loss of 8.5 beside exports of 280, ticks from 0 every 50)
                List<Double> lows = new ArrayList<>();
                if (min < 0) {
                    if (atBase) {
                        lows.add(Math.floor(min / (s / 5) + 1e-9) * (s / 5));
                    }
                    for (int down = 0; down <= 8; down++) {
                        lows.add(Math.floor(min / s + 1e-9) * s - down * s);
                    }
                } else {
                    lows.add(0.0);
                }
                for (int up = 0; up <= 8; up++) {
                    double u = up0 + up * s;
                    if (ceiling != null && u > ceiling + 1e-9) {
                        break;
                    }
                    for (double l : lows) {
                        double range = u - l;
                        if (range > 3 * span || range / s > 10.5) {
                            break;
                        }
                        if ((best == null || range < best.upper() - best.lower() - 1e-9)
                                && labelsFit(built, room, u, l, atBase, false)) {
                            best = new Fit(u, l, s, atBase);
                        }
                    }
                }
            }
            if (atBase) {
                besideZero = best;
            } else {
                atTips = best;
            }
        }
        // a fall's label beyond its bar's end reads as the fall's; beside zero only for small falls
        // beside large rises (a loss of 8.5 beside exports of 280), where it saves the axis a side of
        // its own. Seen: on Letter the freight changes, mostly falls, put −8.5%, −31%, −12% beside zero
        // for an axis a step shorter, where A4 had them at their bars' ends.
        boolean smallFalls = -min <= 0.25 * span;
        if (besideZero != null && (atTips == null
                || (smallFalls && besideZero.upper() - besideZero.lower() < atTips.upper() - atTips.lower() - 1e-9))) {
            return besideZero;
        }
        return atTips;
    }

    /** Where a value label can go on an axis: beyond its bar's end, inside the bar, or nowhere yet. */
    private enum Place { BEYOND, INSIDE, NEEDS_MORE_ABOVE, NEEDS_MORE_BELOW }

    /**
     * What placing a chart's value labels needs to know: their font, the plot's length along the
     * value axis, a bar's thickness across it, and whether labels carry their source markers.
     */
    private record LabelRoom(FontMetrics fm, boolean horizontal, boolean line, double offset, double length, double across,
                             double textHeight, boolean markers) {
        LabelRoom withoutMarkers() {
            return new LabelRoom(fm, horizontal, line, offset, length, across, textHeight, false);
        }

        /**
         * Where a point's label goes on an axis from {@code lower} to {@code upper}: beyond its bar's end
         * when it fits before the axis' end (a fall's, with {@code fallsAtBase}, beside the zero line),
         * else inside the bar when the bar is long and thick enough, else the axis needs more room on
         * the label's side.
         */
        Place place(ChartPoint p, double upper, double lower, boolean fallsAtBase) {
            double scale = length / (upper - lower);
            double v = p.scaled();
            String label = markers ? p.label() : p.valueLabel();
            double need = (horizontal ? fm.stringWidth(label) : textHeight) + offset + 2;
            double room = (v >= 0 ? upper - v : fallsAtBase ? upper : v - lower) * scale;
            if (room >= need) {
                return Place.BEYOND;
            }
            if (fallsAtBase && v < 0) {
                return Place.NEEDS_MORE_ABOVE;
            }
            double acrossNeed = horizontal ? textHeight + 2 : fm.stringWidth(label) + 4;
            if (!line && Math.abs(v) * scale >= need + 2 && across >= acrossNeed) {
                return Place.INSIDE;
            }
            return v >= 0 ? Place.NEEDS_MORE_ABOVE : Place.NEEDS_MORE_BELOW;
        }
    }

    /**
     * Whether every value label has room on an axis from {@code lower} to {@code upper}
     * ({@link LabelRoom#place}); with {@code mark}, records which labels go inside.
     */
    private static boolean labelsFit(Built built, LabelRoom room, double upper, double lower, boolean fallsAtBase, boolean mark) {
        DefaultCategoryDataset data = built.data();
        boolean all = true;
        for (int row = 0; row < data.getRowCount(); row++) {
            for (int col = 0; col < data.getColumnCount(); col++) {
                ChartPoint p = built.point(row, col);
                if (mark) {
                    built.inside()[row][col] = false;
                }
                if (p == null) {
                    continue;
                }
                Place place = room.place(p, upper, lower, fallsAtBase);
                if (mark && place == Place.INSIDE) {
                    built.inside()[row][col] = true;
                }
                all &= place == Place.BEYOND || place == Place.INSIDE;
            }
        }
        return all;
    }

    /**
     * The room value labels need beyond the bars, at the tight range: the widest label beyond a
     * positive bar plus the widest beyond a negative one, for labels that cannot go inside their bar.
     */
    private static double outsideNeeds(Built built, FontMetrics fm, boolean horizontal, boolean line, double offset,
                                       double scale, double across, double textHeight, boolean markers) {
        double up = 0;
        double down = 0;
        for (ChartPoint p : built.byKey().values()) {
            String label = markers ? p.label() : p.valueLabel();
            double need = (horizontal ? fm.stringWidth(label) : textHeight) + offset + 2;
            double acrossNeed = horizontal ? textHeight + 2 : fm.stringWidth(label) + 4;
            boolean inside = !line && Math.abs(p.scaled()) * scale >= need + 2 && across >= acrossNeed;
            if (!inside) {
                if (p.scaled() >= 0) {
                    up = Math.max(up, need);
                } else {
                    down = Math.max(down, need);
                }
            }
        }
        return up + down;
    }

    /**
     * A bar's thickness as JFreeChart will draw it: the plot's other dimension, less the axis margins
     * (5% each end) and the gaps between categories (25% in all), shared by the categories and by the
     * series within one, capped by the renderer's maximum bar width.
     */
    private double barThickness(ChartModel model, Built built, FontMetrics fm, Rectangle2D area, boolean horizontal) {
        double cross = horizontal ? area.getHeight() - axisAndLegend(model, fm) - 6 : plotLengthAcross(model, fm, area);
        int categories = Math.max(1, built.data().getColumnCount());
        int series = Math.max(1, built.data().getRowCount());
        double share = 0.9 * 0.75 / categories / series * 0.95;
        return cross * Math.min(share, model.small() ? 0.22 : 0.12);
    }

    private double plotLengthAcross(ChartModel model, FontMetrics fm, Rectangle2D area) {
        return area.getWidth() - 50 - (model.axisLabel() == null ? 0 : fm.getAscent() + fm.getDescent() + 4);
    }

    /**
     * The plot's length along the value axis, as JFreeChart will lay it out: the area less the
     * category labels (capped at the ratio the axis is given), the value axis' title and tick labels,
     * the legend and the plot's insets; 4% less, so that a rounding never pushes a label off the end.
     */
    private double plotLength(ChartModel model, Built built, FontMetrics fm, Rectangle2D area, boolean horizontal) {
        if (horizontal) {
            double widest = 0;
            for (String c : model.categories()) {
                widest = Math.max(widest, fm.stringWidth(c));
            }
            double categories = Math.min(widest, area.getWidth() * (model.small() ? 0.45 : 0.3)) + 8;
            return (area.getWidth() - categories - 10) * 0.96;
        }
        double categories = (model.small() ? 3 : 2) * (fm.getAscent() + fm.getDescent()) + 8;
        return (area.getHeight() - categories - axisAndLegend(model, fm) - 6) * 0.96;
    }

    /** Height of the value axis' title and tick labels, and of the legend when there are series to name. */
    private static double axisAndLegend(ChartModel model, FontMetrics fm) {
        double lineHeight = fm.getAscent() + fm.getDescent();
        double titleAndTicks = (model.axisLabel() == null ? 0 : lineHeight + 4) + lineHeight + 6;
        return titleAndTicks + (model.series().size() > 1 ? lineHeight + 10 : 0);
    }

    private Built build(ChartModel model) {
        boolean small = model.small();
        float labelSize = small ? ChartTheme.SMALL_LABEL_SIZE : ChartTheme.LABEL_SIZE;
        ChartKind kind = model.kind();
        boolean onePerCategory = model.onePerCategory();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, ChartPoint> byKey = new HashMap<>();
        for (ChartPoint p : model.points()) {
            String row = onePerCategory ? "" : p.series();
            data.addValue(p.scaled(), row, p.category());
            byKey.put(row + "\u0000" + p.category(), p);
        }
        // every kind named: a new one is a compile error here until it is drawn
        boolean horizontal = switch (kind) {
            case HBAR -> true;
            case BAR, GROUPED_BAR, STACKED_BAR, LINE -> false;
            case TIMELINE -> throw new IllegalArgumentException("a timeline is laid out by the document, not drawn as a chart");
        };
        boolean line = line(kind);
        boolean stacked = switch (kind) {
            case STACKED_BAR -> true;
            case BAR, HBAR, GROUPED_BAR, LINE, TIMELINE -> false;
        };
        CategoryAxis categoryAxis = new CategoryAxis(null);
        NumberAxis valueAxis = valueAxis(model, stacked, labelSize);
        styleAxis(categoryAxis, labelSize);
        categoryAxis.setMaximumCategoryLabelLines(small ? 3 : 2);
        if (horizontal) {
            categoryAxis.setMaximumCategoryLabelWidthRatio(small ? 0.45f : 0.3f);
        }
        categoryAxis.setCategoryMargin(0.25);
        categoryAxis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);

        boolean[][] inside = new boolean[data.getRowCount()][data.getColumnCount()];
        PointLabels labels = new PointLabels(byKey, false);
        org.jfree.chart.renderer.category.CategoryItemRenderer renderer = line
                ? lineRenderer(data, labels, labelSize)
                : barRenderer(model, data, byKey, inside, labels, stacked, horizontal, labelSize);
        CategoryPlot plot = new CategoryPlot(data, categoryAxis, valueAxis, renderer);
        stylePlot(plot, model, horizontal);
        if (onePerCategory || (!line && data.getRowCount() > 1)) {
            plot.setFixedLegendItems(legendItems(model, data));
        }
        JFreeChart chart = new JFreeChart(null, regular.deriveFont(ChartTheme.TITLE_SIZE), plot,
                data.getRowCount() > 1 || onePerCategory);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(RectangleInsets.ZERO_INSETS);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(regular.deriveFont(labelSize));
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.TOP);
        }
        return new Built(chart, data, byKey, inside, labels);
    }

    /**
     * The value axis from zero to the data (a stack's to its largest sum, a share's never past the
     * whole), with room beyond the bars for their labels and ticks in steps a reader can count in;
     * {@link #fitValueAxis} fits it to the labels once the drawing area is known.
     */
    private NumberAxis valueAxis(ChartModel model, boolean stacked, float labelSize) {
        boolean small = model.small();
        Double axisMax = model.axisMax();
        NumberAxis valueAxis = new NumberAxis(model.axisLabel()) {
            private static final long serialVersionUID = 1L;

            // a share cannot pass 100%: no tick beyond the natural end, though the plot leaves room for labels
            @Override
            @SuppressWarnings({"rawtypes", "unchecked"})
            public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D area,
                                               RectangleEdge edge) {
                List ticks = super.refreshTicks(g2, state, area, edge);
                if (axisMax != null) {
                    ticks.removeIf(t -> ((NumberTick) t).getValue() > axisMax + 1e-9);
                }
                return ticks;
            }
        };
        valueAxis.setAutoRangeIncludesZero(true);
        valueAxis.setUpperMargin(small ? 1.1 : 0.30);
        double max = model.points().stream().mapToDouble(ChartPoint::scaled).max().orElse(1);
        double min = Math.min(0, model.points().stream().mapToDouble(ChartPoint::scaled).min().orElse(0));
        if (min < 0) {
            // falls are drawn below zero: room for their labels beyond the bar's end, as above
            valueAxis.setLowerMargin(small ? 1.1 : 0.30);
            max = Math.max(max, 0);
        }
        if (stacked) {
            Map<String, Double> sums = new HashMap<>();
            model.points().forEach(p -> sums.merge(p.category(), p.scaled(), Double::sum));
            max = sums.values().stream().mapToDouble(Double::doubleValue).max().orElse(max);
        }
        if (axisMax != null) {
            // a share's ticks count up to its largest bar, never past the whole (17.5% and 12% get 0, 5, 10, 15, 20)
            max = Math.min(axisMax, max);
        }
        valueAxis.setTickUnit(new NumberTickUnit(niceStep((max - min) / (small ? 3 : 5)), tickFormat(model)));
        styleAxis(valueAxis, labelSize);
        return valueAxis;
    }

    /** Points joined by lines, one colour a series, each point labelled with its value. */
    private LineAndShapeRenderer lineRenderer(DefaultCategoryDataset data, PointLabels labels, float labelSize) {
        LineAndShapeRenderer r = new LineAndShapeRenderer(true, true);
        for (int s = 0; s < data.getRowCount(); s++) {
            r.setSeriesPaint(s, ChartTheme.series(s));
            r.setSeriesStroke(s, new BasicStroke(1.8f));
        }
        r.setDefaultItemLabelGenerator(labels);
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(regular.deriveFont(labelSize));
        r.setDefaultItemLabelPaint(ChartTheme.INK);
        return r;
    }

    /**
     * Bars painted by their bound ({@link BoundAwareBarPainter}), flagged and highlighted bars in
     * their own colours, each labelled beyond its end (a stack's inside its segment).
     */
    private BarRenderer barRenderer(ChartModel model, DefaultCategoryDataset data, Map<String, ChartPoint> byKey,
                                    boolean[][] inside, PointLabels labels, boolean stacked, boolean horizontal,
                                    float labelSize) {
        boolean small = model.small();
        List<String> seriesNames = model.series();
        boolean onePerCategory = model.onePerCategory();
        Color[][] paints = new Color[data.getRowCount()][data.getColumnCount()];
        Bound[][] q = new Bound[data.getRowCount()][data.getColumnCount()];
        for (int row = 0; row < data.getRowCount(); row++) {
            for (int col = 0; col < data.getColumnCount(); col++) {
                ChartPoint p = byKey.get(data.getRowKey(row) + "\u0000" + data.getColumnKey(col));
                paints[row][col] = p == null ? null : p.flagged() ? ChartTheme.FLAGGED
                        : p.highlight() ? ChartTheme.HIGHLIGHT
                        : onePerCategory ? ChartTheme.series(seriesNames.indexOf(p.series())) : null;
                q[row][col] = p == null ? null : p.bound();
            }
        }
        BarRenderer r = stacked ? new StackedBarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                return paints[row][column] != null ? paints[row][column] : super.getItemPaint(row, column);
            }
        } : new PointBarRenderer(paints, q, inside, horizontal);
        r.setBarPainter(new BoundAwareBarPainter(q));
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setMaximumBarWidth(small ? 0.22 : 0.12);
        r.setItemMargin(0.05);
        boolean multiSeries = data.getRowCount() > 1;
        for (int s = 0; s < data.getRowCount(); s++) {
            r.setSeriesPaint(s, multiSeries ? ChartTheme.series(s) : ChartTheme.PRIMARY);
        }
        r.setDefaultItemLabelGenerator(labels);
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(regular.deriveFont(labelSize));
        r.setDefaultItemLabelPaint(ChartTheme.INK);
        r.setItemLabelAnchorOffset(ChartTheme.BOUND_ARROW + 3);
        if (stacked) {
            r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
            r.setDefaultItemLabelPaint(Color.WHITE);
        } else if (horizontal) {
            r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
            r.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        } else {
            r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
            r.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
        }
        return r;
    }

    /** A white plot without gridlines, a thin zero line where bars fall and rise. */
    private static void stylePlot(CategoryPlot plot, ChartModel model, boolean horizontal) {
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        // every bar and point carries its value: gridlines would only run through the labels
        plot.setRangeGridlinesVisible(false);
        // bars that fall and rise part at zero: a thin line there says where (none is needed when all rise)
        if (model.points().stream().anyMatch(p -> p.scaled() < 0) && !line(model.kind())) {
            plot.setRangeZeroBaselineVisible(true);
            plot.setRangeZeroBaselinePaint(ChartTheme.MUTED);
            plot.setRangeZeroBaselineStroke(new BasicStroke(0.6f));
        }
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(4, 2, 2, 8));
    }

    /**
     * Each series' swatch as its bars are filled: lighter when every bar of it is a bound (seen: a
     * solid swatch over the pale bars of ">120" and ">40" listed companies).
     */
    private static org.jfree.chart.LegendItemCollection legendItems(ChartModel model, DefaultCategoryDataset data) {
        boolean onePerCategory = model.onePerCategory();
        List<String> seriesNames = model.series();
        org.jfree.chart.LegendItemCollection items = new org.jfree.chart.LegendItemCollection();
        int count = onePerCategory ? seriesNames.size() : data.getRowCount();
        for (int i = 0; i < count; i++) {
            // one series a category: colours follow the model's series; else the dataset's rows
            String name = onePerCategory ? seriesNames.get(i) : String.valueOf(data.getRowKey(i));
            boolean allBounds = model.points().stream().filter(p -> p.series().equals(name)).allMatch(p -> p.bound().isBound()
                    && !p.flagged() && !p.highlight());
            Color colour = ChartTheme.series(i);
            items.add(new org.jfree.chart.LegendItem(name, allBounds ? ChartTheme.boundFill(colour) : colour));
        }
        return items;
    }

    private void styleAxis(Axis axis, float size) {
        axis.setLabelFont(regular.deriveFont(size));
        axis.setLabelPaint(ChartTheme.MUTED);
        axis.setTickLabelFont(regular.deriveFont(size));
        axis.setTickLabelPaint(ChartTheme.INK);
        axis.setAxisLinePaint(ChartTheme.MUTED);
        axis.setTickMarkPaint(ChartTheme.MUTED);
    }

    /** 1, 2 or 5 times a power of ten: steps a reader can count in. */
    static double niceStep(double raw) {
        if (raw <= 0 || Double.isNaN(raw)) {
            return 1;
        }
        double exp = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / exp;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * exp;
    }

    /** The nice step below a nice step: 10 → 5 → 2 → 1 → 0.5. */
    static double finerNiceStep(double step) {
        double exp = Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
        double f = step / exp;
        return f > 4.99 ? 2 * exp : f > 1.99 ? exp : exp / 2;
    }

    private static NumberFormat tickFormat(ChartModel model) {
        String suffix = model.style().fraction() ? "'%'" : "";
        // a true minus sign (U+2212), as in the labels
        return new DecimalFormat("#,##0.##" + suffix + ";\u2212#,##0.##" + suffix, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /**
     * Bars in their point's colour, each value label beyond the bar's end or, where
     * {@link #fitValueAxis} found no room there, inside the bar's end in a colour that reads on it.
     */
    private static final class PointBarRenderer extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private final Color[][] paints;
        private final Bound[][] bounds;
        private final boolean[][] inside;
        private final ItemLabelPosition insidePositive;
        private final ItemLabelPosition insideNegative;

        PointBarRenderer(Color[][] paints, Bound[][] bounds, boolean[][] inside, boolean horizontal) {
            this.paints = paints;
            this.bounds = bounds;
            this.inside = inside;
            this.insidePositive = horizontal ? new ItemLabelPosition(ItemLabelAnchor.INSIDE3, TextAnchor.CENTER_RIGHT)
                    : new ItemLabelPosition(ItemLabelAnchor.INSIDE12, TextAnchor.TOP_CENTER);
            this.insideNegative = horizontal ? new ItemLabelPosition(ItemLabelAnchor.INSIDE9, TextAnchor.CENTER_LEFT)
                    : new ItemLabelPosition(ItemLabelAnchor.INSIDE6, TextAnchor.BOTTOM_CENTER);
            this.horizontal = horizontal;
        }

        private final boolean horizontal;

        /**
         * Should the estimate have been wrong and a label not fit inside its bar as drawn, it goes
         * beyond the bar in ink (JFreeChart would drop it, or draw the white text on white).
         */
        @Override
        protected void drawItemLabel(Graphics2D g2, CategoryDataset data, int row, int column, CategoryPlot plot,
                                     CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
            if (inside[row][column]) {
                String label = generator.generateLabel(data, row, column);
                FontMetrics fm = g2.getFontMetrics(getItemLabelFont(row, column));
                double along = (label == null ? 0 : fm.stringWidth(label)) + getItemLabelAnchorOffset() + 2;
                double across = fm.getAscent() + fm.getDescent() + 1;
                boolean fits = horizontal ? bar.getWidth() >= along && bar.getHeight() >= across
                        : bar.getHeight() >= across + getItemLabelAnchorOffset() && bar.getWidth() >= along - getItemLabelAnchorOffset();
                inside[row][column] = fits;
            }
            super.drawItemLabel(g2, data, row, column, plot, generator, bar, negative);
        }

        /**
         * The bars a category has, centred on its tick: JFreeChart keeps a slot for every series in
         * every category, so a category with one of two series drew its bar off its tick, beside an
         * empty slot (seen: the shipping week's "Shanghai–US West Coast spot rate" bar above its label).
         */
        @Override
        protected double calculateBarW0(CategoryPlot plot, PlotOrientation orientation, Rectangle2D dataArea,
                                        org.jfree.chart.axis.CategoryAxis domainAxis,
                                        org.jfree.chart.renderer.category.CategoryItemRendererState state, int row, int column) {
            CategoryDataset data = plot.getDataset(plot.getIndexOf(this));
            int series = data == null ? 0 : data.getRowCount();
            int present = 0;
            int index = 0;
            for (int r = 0; r < series; r++) {
                if (data.getValue(r, column) != null) {
                    if (r == row) {
                        index = present;
                    }
                    present++;
                }
            }
            if (series <= 1 || present == series || present == 0) {
                return super.calculateBarW0(plot, orientation, dataArea, domainAxis, state, row, column);
            }
            double space = orientation.isHorizontal() ? dataArea.getHeight() : dataArea.getWidth();
            int categories = getColumnCount();
            double gap = space * getItemMargin() / (categories * (series - 1));
            double width = calculateSeriesWidth(space, domainAxis, categories, series);
            double group = present * width + (present - 1) * gap;
            double middle = domainAxis.getCategoryMiddle(column, categories, dataArea, plot.getDomainAxisEdge());
            return middle - group / 2 + index * (width + gap) + width / 2 - state.getBarWidth() / 2;
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return paints[row][column] != null ? paints[row][column] : super.getItemPaint(row, column);
        }

        @Override
        public ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
            return inside[row][column] ? insidePositive : super.getPositiveItemLabelPosition(row, column);
        }

        /** Set when a fall's label goes beside the zero line rather than beyond the bar's end. */
        boolean fallsAtBase;
        /** A horizontal fall's label beside the zero line, on the side of the rises (outside the bar's base end). */
        private static final ItemLabelPosition BESIDE_ZERO = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);

        @Override
        public ItemLabelPosition getNegativeItemLabelPosition(int row, int column) {
            if (fallsAtBase && !inside[row][column]) {
                return BESIDE_ZERO;
            }
            return inside[row][column] ? insideNegative : super.getNegativeItemLabelPosition(row, column);
        }

        @Override
        public Paint getItemLabelPaint(int row, int column) {
            if (!inside[row][column]) {
                return super.getItemLabelPaint(row, column);
            }
            // white on a dark bar; ink on the light fill of a bound
            Paint bar = getItemPaint(row, column);
            Bound b = bounds[row][column];
            if (b != null && b.isBound() && bar instanceof Color c && !c.equals(ChartTheme.FLAGGED)) {
                bar = ChartTheme.boundFill(c); // as BoundAwareBarPainter fills it
            }
            return bar instanceof Color c && luminance(c) < 0.45 ? Color.WHITE : ChartTheme.INK;
        }

        private static double luminance(Color c) {
            return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
        }
    }

    /** Labels each item with its model label: the qualified value and the source marker. */
    private static final class PointLabels extends StandardCategoryItemLabelGenerator {
        private static final long serialVersionUID = 1L;
        private final transient Map<String, ChartPoint> byKey;
        /** Set when the chart has no room for the markers beside its values (the caption lists them). */
        boolean withoutMarker;

        PointLabels(Map<String, ChartPoint> byKey, boolean withoutMarker) {
            this.byKey = byKey;
            this.withoutMarker = withoutMarker;
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            ChartPoint p = byKey.get(dataset.getRowKey(row) + "\u0000" + dataset.getColumnKey(column));
            if (p == null) {
                return null;
            }
            return withoutMarker ? p.valueLabel() : p.label();
        }
    }
}
