package io.briefing.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.model.Bound;
import io.briefing.model.ChartKind;
import io.briefing.model.ChartModel;
import io.briefing.model.ChartPoint;
import io.briefing.model.LegendNote;
import io.briefing.model.NumberStyle;
import io.briefing.model.SourceRef;
import io.briefing.render.theme.ChartTheme;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A legend's mark is drawn in the colour of a bar the chart draws with that mark. */
class LegendColourTest {
    private static ChartPoint point(String series, String category, Bound bound, int ref) {
        return new ChartPoint(series, category, 1, 1, bound, "", "", "", "", false, new SourceRef(ref, "f" + ref), null, "", null,
                false, ChartPoint.DatePrecision.YEAR);
    }

    @Test
    void drawsAMarkInTheColourOfTheSeriesThatHasIt() {
        // the shipping week's results: revenue exact (first series), net profit approximate (second series)
        ChartModel m = new ChartModel("c", ChartKind.HBAR, "Results", "USD, billions", 1e9, "", List.of(
                point("Revenue", "Northwind Line", Bound.EXACT, 5), point("Net profit", "Northwind Line", Bound.APPROXIMATE, 6)),
                List.of(), NumberStyle.NONE, false, null, null);
        assertThat(ChartDrawer.legendColour(m, LegendNote.Mark.APPROXIMATE)).isEqualTo(ChartTheme.series(1));
        assertThat(ChartDrawer.legendColour(m, LegendNote.Mark.EXACT)).isEqualTo(ChartTheme.series(0));
    }

    @Test
    void drawsASeriesSwatchLighterWhenEveryBarOfTheSeriesIsABound() {
        // the solar week's companies: "more than 120" listed companies and "more than 40" loss-makers
        ChartModel m = new ChartModel("c", ChartKind.HBAR, "Companies", "Number", 1, "", List.of(
                point("Listed", "PV listed", Bound.LOWER, 1), point("Loss-making", "PV industry", Bound.LOWER, 2),
                point("Loss-making", "Listed firms", Bound.EXACT, 3)), List.of(), NumberStyle.NONE, false, null, null);
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(500, 260, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g2 = img.createGraphics();
        java.awt.Font font = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 10);
        new ChartDrawer(font, font.deriveFont(java.awt.Font.BOLD)).draw(m, g2, new java.awt.geom.Rectangle2D.Double(0, 0, 500, 260));
        g2.dispose();
        // the legend is the top band: the all-bound series' swatch is lighter, the mixed one solid
        java.util.Set<Integer> legend = new java.util.HashSet<>();
        for (int y = 0; y < 24; y++) {
            for (int x = 0; x < 500; x++) {
                legend.add(img.getRGB(x, y) & 0xFFFFFF);
            }
        }
        assertThat(legend).contains(ChartTheme.boundFill(ChartTheme.series(0)).getRGB() & 0xFFFFFF)
                .doesNotContain(ChartTheme.series(0).getRGB() & 0xFFFFFF)
                .contains(ChartTheme.series(1).getRGB() & 0xFFFFFF);
    }

    @Test
    void drawsAOneSeriesChartsMarksInItsColour() {
        ChartModel m = new ChartModel("c", ChartKind.HBAR, "Vouchers", "CNY", 1, "", List.of(
                point("Cap", "A", Bound.UPPER, 1), point("Cap", "B", Bound.EXACT, 2)), List.of(), NumberStyle.NONE, false, null, null);
        assertThat(ChartDrawer.legendColour(m, LegendNote.Mark.UPPER_BOUND)).isEqualTo(ChartTheme.PRIMARY);
    }
}
