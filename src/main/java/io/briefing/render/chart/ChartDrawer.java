package io.briefing.render.chart;

import io.briefing.model.Bound;
import io.briefing.model.ChartKind;
import io.briefing.model.ChartModel;
import io.briefing.model.ChartPoint;
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

    public void draw(ChartModel model, Graphics2D g2, Rectangle2D area) {
        JFreeChart chart = chart(model);
        if (model.kind() == ChartKind.HBAR && chart.getPlot() instanceof CategoryPlot plot) {
            roomForLabels(model, plot, g2, area);
        }
        chart.draw(g2, area);
    }

    /**
     * Widens a horizontal chart's value axis until the longest value label fits beside its bar: a
     * fixed margin cut "~300 GW [1]" off at the edge of a small chart (seen on the solar sample's
     * executive summary), while a wide chart wasted a third of its width.
     */
    private void roomForLabels(ChartModel model, CategoryPlot plot, Graphics2D g2, Rectangle2D area) {
        FontMetrics fm = g2.getFontMetrics(regular.deriveFont(model.small() ? ChartTheme.SMALL_LABEL_SIZE
                : ChartTheme.LABEL_SIZE));
        double labelRatio = model.small() ? 0.45 : 0.3;
        double plotWidth = area.getWidth() * (1 - labelRatio) - 12;
        if (plotWidth <= 0) {
            return;
        }
        double max = 0;
        double min = 0;
        double widest = 0;
        for (ChartPoint p : model.points()) {
            max = Math.max(max, p.scaled());
            min = Math.min(min, p.scaled());
            widest = Math.max(widest, fm.stringWidth(p.label()) + ChartTheme.BOUND_ARROW + 8);
        }
        double f = Math.min(0.7, widest / plotWidth);
        double span = max - min;
        if (span <= 0) {
            return;
        }
        // the axis runs from min·(1+m) to max·(1+m); a bar's label needs f of the plot's width beyond its end
        double margin = f / (1 - f) * (span / Math.max(max, -min)) * 1.05;
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        if (max > 0) {
            axis.setUpperMargin(margin);
        }
        if (min < 0) {
            axis.setLowerMargin(margin);
        }
        // ticks counted over the range now drawn, not over the bars alone (else 0100200300… ran together)
        double shown = (max > 0 ? max * (1 + margin) : 0) - (min < 0 ? min * (1 + margin) : 0);
        if (model.axisMax() != null) {
            shown = Math.min(shown, model.axisMax() - min);
        }
        axis.setTickUnit(new NumberTickUnit(niceStep(shown / (model.small() ? 3 : 5)), tickFormat(model)));
    }

    JFreeChart chart(ChartModel model) {
        boolean small = model.small();
        float labelSize = small ? ChartTheme.SMALL_LABEL_SIZE : ChartTheme.LABEL_SIZE;
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, ChartPoint> byKey = new HashMap<>();
        for (ChartPoint p : model.points()) {
            data.addValue(p.scaled(), p.series(), p.category());
            byKey.put(p.series() + "\u0000" + p.category(), p);
        }
        ChartKind kind = model.kind();
        // every kind named: a new one is a compile error here until it is drawn
        boolean horizontal = switch (kind) {
            case HBAR -> true;
            case BAR, GROUPED_BAR, STACKED_BAR, LINE -> false;
            case TIMELINE -> throw new IllegalArgumentException("a timeline is laid out by the document, not drawn as a chart");
        };
        boolean line = kind == ChartKind.LINE;
        boolean stacked = kind == ChartKind.STACKED_BAR;
        CategoryAxis categoryAxis = new CategoryAxis(null);
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
        styleAxis(categoryAxis, labelSize);
        styleAxis(valueAxis, labelSize);
        categoryAxis.setMaximumCategoryLabelLines(small ? 3 : 2);
        if (horizontal) {
            categoryAxis.setMaximumCategoryLabelWidthRatio(small ? 0.45f : 0.3f);
        }
        categoryAxis.setCategoryMargin(0.25);
        categoryAxis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);

        CategoryPlot plot;
        StandardCategoryItemLabelGenerator labels = new PointLabels(byKey, false);
        if (line) {
            LineAndShapeRenderer r = new LineAndShapeRenderer(true, true);
            for (int s = 0; s < data.getRowCount(); s++) {
                r.setSeriesPaint(s, ChartTheme.series(s));
                r.setSeriesStroke(s, new BasicStroke(1.8f));
            }
            r.setDefaultItemLabelGenerator(labels);
            r.setDefaultItemLabelsVisible(true);
            r.setDefaultItemLabelFont(regular.deriveFont(labelSize));
            r.setDefaultItemLabelPaint(ChartTheme.INK);
            plot = new CategoryPlot(data, categoryAxis, valueAxis, r);
        } else {
            Color[][] paints = new Color[data.getRowCount()][data.getColumnCount()];
            for (int row = 0; row < data.getRowCount(); row++) {
                for (int col = 0; col < data.getColumnCount(); col++) {
                    ChartPoint p = byKey.get(data.getRowKey(row) + "\u0000" + data.getColumnKey(col));
                    paints[row][col] = p == null ? null : p.flagged() ? ChartTheme.FLAGGED
                            : p.highlight() ? ChartTheme.HIGHLIGHT : null;
                }
            }
            BarRenderer r = stacked ? new StackedBarRenderer() {
                private static final long serialVersionUID = 1L;

                @Override
                public Paint getItemPaint(int row, int column) {
                    return paints[row][column] != null ? paints[row][column] : super.getItemPaint(row, column);
                }
            } : new BarRenderer() {
                private static final long serialVersionUID = 1L;

                @Override
                public Paint getItemPaint(int row, int column) {
                    return paints[row][column] != null ? paints[row][column] : super.getItemPaint(row, column);
                }
            };
            Bound[][] q = new Bound[data.getRowCount()][data.getColumnCount()];
            for (int row = 0; row < data.getRowCount(); row++) {
                for (int col = 0; col < data.getColumnCount(); col++) {
                    ChartPoint p = byKey.get(data.getRowKey(row) + "\u0000" + data.getColumnKey(col));
                    q[row][col] = p == null ? null : p.bound();
                }
            }
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
            plot = new CategoryPlot(data, categoryAxis, valueAxis, r);
        }
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(ChartTheme.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(4, 2, 2, 8));

        JFreeChart chart = new JFreeChart(null, regular.deriveFont(ChartTheme.TITLE_SIZE), plot, data.getRowCount() > 1);
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
        return chart;
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

    private static NumberFormat tickFormat(ChartModel model) {
        String suffix = model.style().fraction() ? "'%'" : "";
        // a true minus sign (U+2212), as in the labels
        return new DecimalFormat("#,##0.##" + suffix + ";\u2212#,##0.##" + suffix, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /** Labels each item with its model label: the qualified value and the source marker. */
    private static final class PointLabels extends StandardCategoryItemLabelGenerator {
        private static final long serialVersionUID = 1L;
        private final transient Map<String, ChartPoint> byKey;
        private final boolean withoutMarker;

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
