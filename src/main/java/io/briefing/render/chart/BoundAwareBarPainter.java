package io.briefing.render.chart;

import io.briefing.model.Bound;
import io.briefing.render.theme.ChartTheme;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RectangularShape;
import org.jfree.chart.renderer.category.BarPainter;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Paints bars so that a bound never looks like a measurement: a lower bound ("at least 90%") is a
 * lighter bar with a dashed arrow past its end, pointing to where the true value may lie; an upper
 * bound ("up to CNY 500 million") is a lighter bar closed by a ceiling tick; an approximate value
 * has a dashed end. Exact values are plain solid bars.
 */
final class BoundAwareBarPainter implements BarPainter {
    private final Bound[][] qualifiers;

    /** @param qualifiers indexed [row][column] as the chart's dataset */
    BoundAwareBarPainter(Bound[][] qualifiers) {
        this.qualifiers = qualifiers;
    }

    @Override
    public void paintBar(Graphics2D g2, BarRenderer renderer, int row, int column, RectangularShape bar, RectangleEdge base) {
        // JFreeChart bases a fall's bar on its right (horizontal) or top (vertical) edge
        paint(g2, renderer.getItemPaint(row, column), qualifiers[row][column], bar.getBounds2D(),
                base == RectangleEdge.LEFT || base == RectangleEdge.RIGHT, base == RectangleEdge.RIGHT || base == RectangleEdge.TOP);
    }

    /**
     * One bar as the chart draws it; the legend draws its marks with this too. The marks go at the
     * value's end of the bar: the right or top one for a rise, the left or bottom one for a fall.
     */
    static void paint(Graphics2D g2, Paint paint, Bound q, Rectangle2D r, boolean horizontal, boolean fall) {
        boolean bound = q != null && q.isBound();
        g2.setPaint(bound && paint instanceof Color c && !c.equals(ChartTheme.FLAGGED) ? ChartTheme.boundFill(c) : paint);
        g2.fill(r);
        if (q == null || q == Bound.EXACT) {
            return;
        }
        Stroke old = g2.getStroke();
        g2.setPaint(ChartTheme.PRIMARY);
        g2.setStroke(new BasicStroke(0.8f));
        g2.draw(r);
        float a = ChartTheme.BOUND_ARROW;
        // d points away from the bar's base along the value axis, in Java2D coordinates (y grows down)
        double d = horizontal ? (fall ? -1 : 1) : (fall ? 1 : -1);
        double end = horizontal ? (fall ? r.getMinX() : r.getMaxX()) : (fall ? r.getMaxY() : r.getMinY());
        if (q == Bound.LOWER) {
            g2.setStroke(new BasicStroke(1.1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2.5f, 2f}, 0f));
            GeneralPath head = new GeneralPath();
            if (horizontal) {
                double y = r.getCenterY();
                g2.draw(new Line2D.Double(end, y, end + d * (a - 4), y));
                head.moveTo(end + d * a, y);
                head.lineTo(end + d * (a - 5), y - 3.5);
                head.lineTo(end + d * (a - 5), y + 3.5);
            } else {
                double x = r.getCenterX();
                g2.draw(new Line2D.Double(x, end, x, end + d * (a - 4)));
                head.moveTo(x, end + d * a);
                head.lineTo(x - 3.5, end + d * (a - 5));
                head.lineTo(x + 3.5, end + d * (a - 5));
            }
            head.closePath();
            g2.setStroke(old);
            g2.fill(head);
        } else if (q == Bound.UPPER) {
            g2.setStroke(new BasicStroke(2f));
            // the tick's outer edge at the value, its width inside the bar: centred on the value, half of
            // it was cut off where a bar reaches the axis' end (the seed's ≤CNY 500m on a 0–500 axis)
            double at = end - d;
            if (horizontal) {
                g2.draw(new Line2D.Double(at, r.getMinY() - 3, at, r.getMaxY() + 3));
            } else {
                g2.draw(new Line2D.Double(r.getMinX() - 3, at, r.getMaxX() + 3, at));
            }
        } else {
            g2.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 2f}, 0f));
            g2.setPaint(Color.WHITE);
            double inner = end - d; // a point inside the bar's end
            if (horizontal) {
                g2.draw(new Line2D.Double(inner, r.getMinY(), inner, r.getMaxY()));
            } else {
                g2.draw(new Line2D.Double(r.getMinX(), inner, r.getMaxX(), inner));
            }
        }
        g2.setStroke(old);
    }

    @Override
    public void paintBarShadow(Graphics2D g2, BarRenderer renderer, int row, int column, RectangularShape bar,
                               RectangleEdge base, boolean pegShadow) {
        // flat bars: no shadow
    }
}
