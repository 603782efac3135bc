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
    void drawsAOneSeriesChartsMarksInItsColour() {
        ChartModel m = new ChartModel("c", ChartKind.HBAR, "Vouchers", "CNY", 1, "", List.of(
                point("Cap", "A", Bound.UPPER, 1), point("Cap", "B", Bound.EXACT, 2)), List.of(), NumberStyle.NONE, false, null, null);
        assertThat(ChartDrawer.legendColour(m, LegendNote.Mark.UPPER_BOUND)).isEqualTo(ChartTheme.PRIMARY);
    }
}
