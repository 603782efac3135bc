package io.briefing.render.xlsx;

import io.briefing.i18n.Labels;
import io.briefing.model.Briefing;
import io.briefing.model.ChartModel;
import io.briefing.model.ChartPoint;
import io.briefing.render.theme.ChartTheme;
import io.briefing.model.ChartKind;
import java.awt.Color;
import java.math.BigDecimal;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisTickMark;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFDataPoint;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBoolean;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumFmt;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;


/**
 * A chart's sheet: its title and notes, its data (one row per category, the value as drawn and in
 * base units, the qualifier, the figure as shown, a link to its source) and a native chart over it; a
 * timeline is a dated table.
 */
final class ChartSheet {
    private ChartSheet() {}

    static void write(XSSFWorkbook base, SXSSFWorkbook wb, String name, ChartModel m, Briefing b, WorkbookStyles st,
                              String sourcesName) {
        SXSSFSheet sheet = wb.createSheet(name);
        Labels l = b.labels();
        titleAndNotes(sheet, m, l, st);
        CreationHelper helper = wb.getCreationHelper();
        boolean timeline = switch (m.kind()) {
            case TIMELINE -> true;
            case BAR, HBAR, GROUPED_BAR, STACKED_BAR, LINE -> false;
        };
        if (timeline) {
            timeline(sheet, m, b, st, sourcesName, helper);
            return;
        }
        List<String> series = m.series();
        // see bottomUp: the rows of a horizontal chart with a legend run from its bottom bar up
        List<String> categories = new ArrayList<>(m.categories());
        if (bottomUp(m)) {
            java.util.Collections.reverse(categories);
        }
        // one look-up per cell: a line chart of 5,000 facts was quadratic when every cell searched the points
        Map<String, ChartPoint> points = byKey(m);
        // a negative approximate's label reads "about −8.5" / "約−8.5", as in the PDF, not "~−8.5"
        Axis axis = Axis.of(m).withApproxNegative(l.get("amount.compact.approximately.negative").replace("{0}", ""));
        Data data = new Data(m, series, categories, points, axis);
        List<String> headers = headers(m, l);
        boolean single = series.size() == 1;
        int[] widths = new int[headers.size()];
        // with the chart's eight columns, 142 characters: one landscape page at 70% or more (PrintSetup)
        Arrays.fill(widths, 16);
        widths[0] = 30;
        if (single) {
            widths[headers.size() - 2] = 20;
            widths[headers.size() - 1] = 9;
        }
        st.headerRow(sheet, 3, headers, widths);
        int first = 4;
        int r = dataRows(sheet, first, data, st, sourcesName, helper);
        int last = r - 1;
        sheet.setAutoFilter(new CellRangeAddress(3, last, 0, headers.size() - 1));
        int columns = headers.size();
        if (!single) {
            // several series share a row of the chart's data: each figure then gets a row of its own below
            // it, with what a single series' row carries (its value in base units, qualifier, shown as, source)
            r = figureRows(sheet, r + 1, m, axis, points, b, st, sourcesName, helper);
            columns = Math.max(columns, FIGURE_COLUMNS);
        }
        int height = Math.max(16, 6 + 2 * (last - first + 1) * Math.max(1, series.size()));
        int anchorRow = r + 1;
        nativeChart(base, name, data, first, last, anchorRow, height);
        PrintSetup.apply(sheet, b, 3, Math.max(CHART_COLUMNS, columns));
        // the chart is a drawing, which a print area made from the cells alone would cut off
        base.setPrintArea(base.getSheetIndex(name), 0, Math.max(CHART_COLUMNS, columns) - 1, 0, anchorRow + height);
    }

    /** A chart's data as its sheet writes it: series, categories in row order, points by series and category, axis. */
    private record Data(ChartModel m, List<String> series, List<String> categories, Map<String, ChartPoint> points, Axis axis) {}

    /** The sheet's title and, across the chart's width, its notes. */
    private static void titleAndNotes(SXSSFSheet sheet, ChartModel m, Labels l, WorkbookStyles st) {
        Row t = sheet.createRow(0);
        Cell tc = t.createCell(0);
        st.text(tc, m.title(), st.title);
        String noteText = String.join("  ·  ", notes(m, l));
        Row noteRow = sheet.createRow(1);
        Cell note = noteRow.createCell(0);
        st.text(note, noteText, st.wrap);
        // across the chart's width, as tall as its lines (about 130 characters a line there)
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, CHART_COLUMNS - 1));
        noteRow.setHeightInPoints(15f * (1 + WorkbookStyles.displayWidth(noteText) / 130));
    }

    /** A timeline is a dated table: a row per event, its date cell with the precision the article gives. */
    private static void timeline(SXSSFSheet sheet, ChartModel m, Briefing b, WorkbookStyles st, String sourcesName,
                                 CreationHelper helper) {
        Labels l = b.labels();
        st.headerRow(sheet, 3, List.of(l.get("col.date"), l.get("col.period"), l.get("col.event"), l.get("col.source")),
                new int[] {12, 16, 80, 9});
        int r = 4;
        for (ChartPoint p : m.points()) {
            Row x = sheet.createRow(r++);
            Cell d = x.createCell(0);
            // a date cell with the precision the article gives: 2024-03 is a month, not 1 March
            switch (p.precision()) {
                case DAY -> {
                    d.setCellValue(p.date());
                    d.setCellStyle(st.date);
                }
                case MONTH -> {
                    d.setCellValue(p.date());
                    d.setCellStyle(st.format("yyyy-mm"));
                }
                case YEAR -> {
                    d.setCellValue(p.date().getYear());
                    d.setCellStyle(st.format("0"));
                }
                case QUARTER -> d.setCellValue(p.date().getYear() + "-Q" + ((p.date().getMonthValue() - 1) / 3 + 1));
            }
            st.text(x.createCell(1), p.dateLabel(), st.text);
            st.text(x.createCell(2), p.text(), st.text);
            sourceLink(x.createCell(3), p, sourcesName, helper, st);
        }
        sheet.createFreezePane(0, 4);
        PrintSetup.apply(sheet, b, 3, 4);
    }

    /** The data's header: the label, a column per series and, for a single series, what its rows carry besides. */
    private static List<String> headers(ChartModel m, Labels l) {
        List<String> headers = new ArrayList<>();
        headers.add(l.get("col.label"));
        for (String s : m.series()) {
            headers.add(l.get("xlsx.series-header", s, m.axisLabel()));
        }
        if (m.series().size() == 1) {
            headers.add(l.get("col.base-value"));
            headers.add(l.get("col.qualifier"));
            headers.add(l.get("col.display"));
            headers.add(l.get("col.source"));
        }
        return headers;
    }

    /** A row per category from {@code first}: a cell per series and, for a single series, base value to source. */
    private static int dataRows(SXSSFSheet sheet, int first, Data data, WorkbookStyles st, String sourcesName,
                                CreationHelper helper) {
        List<String> series = data.series();
        boolean single = series.size() == 1;
        Axis axis = data.axis();
        CellStyle axisStyle = st.format(axis.cells());
        int r = first;
        for (String cat : data.categories()) {
            Row x = sheet.createRow(r++);
            Cell label = x.createCell(0);
            st.text(label, cat, st.text);
            ChartPoint any = null;
            for (int s = 0; s < series.size(); s++) {
                ChartPoint p = data.points().get(series.get(s) + "\u0000" + cat);
                Cell c = x.createCell(1 + s);
                if (p != null) {
                    c.setCellValue(axis.cell(p));
                    // a bound's cell carries its sign, as its label does: "≥20", never a bare 20
                    c.setCellStyle(p.symbol().isEmpty() ? axisStyle : st.format(axis.label(p)));
                    any = any == null ? p : any;
                } else {
                    c.setBlank();
                }
            }
            if (any != null && single) {
                int col = 1 + series.size();
                Cell base0 = x.createCell(col);
                base0.setCellValue(axis.base(any));
                base0.setCellStyle(st.of(data.m().style()));
                Cell bound = x.createCell(col + 1);
                st.text(bound, any.boundLabel(), st.text);
                Cell shown = x.createCell(col + 2);
                st.text(shown, any.valueLabel(), st.text);
                sourceLink(x.createCell(col + 3), any, sourcesName, helper, st);
            }
        }
        return r;
    }

    /**
     * Whether the chart's rows are written from its bottom bar up. LibreOffice lists the legend of a
     * horizontal bar chart in reverse series order, whatever the axis's direction (its
     * VSeriesPlotter::createLegendEntries reverses entries when X and Y are swapped); Excel does the same
     * with the legend at the side. Drawn top-down (a reversed category axis) the first series' bar tops
     * each group while the legend starts with the last: the legend named the bars in the wrong order.
     * Drawn bottom-up, with the series added last first, the top bar of each group and the legend's
     * first entry are the first series, and the first category is on top, as in the PDF. One series
     * has no legend, so its rows keep the PDF's order.
     */
    static boolean bottomUp(ChartModel m) {
        return switch (m.kind()) {
            case HBAR -> m.series().size() > 1;
            case BAR, GROUPED_BAR, STACKED_BAR, LINE, TIMELINE -> false;
        };
    }

    /** Columns of a figure row: label, series, value as drawn, value in base units, qualifier, shown as, source. */
    private static final int FIGURE_COLUMNS = 7;

    /**
     * One row per figure of a chart with several series, in the chart's order (category, then series),
     * under a header of its own; returns the row after the last.
     */
    private static int figureRows(SXSSFSheet sheet, int r, ChartModel m, Axis axis, Map<String, ChartPoint> points,
                                  Briefing b, WorkbookStyles st, String sourcesName, CreationHelper helper) {
        Labels l = b.labels();
        st.headerRow(sheet, r++, List.of(l.get("col.label"), l.get("col.series"), l.get("xlsx.series-header", l.get("col.value"),
                        m.axisLabel()), l.get("col.base-value"), l.get("col.qualifier"), l.get("col.display"), l.get("col.source")),
                new int[] {30, 16, 16, 16, 16, 16, 9});
        CellStyle axisStyle = st.format(axis.cells());
        for (String cat : m.categories()) {
            for (String ser : m.series()) {
                ChartPoint p = points.get(ser + "\u0000" + cat);
                if (p == null) {
                    continue;
                }
                Row x = sheet.createRow(r++);
                // a long series name ("Change since the start of the year") wraps in its column, not cut
                st.text(x.createCell(0), cat, st.wrap);
                st.text(x.createCell(1), ser, st.wrap);
                x.setHeightInPoints(Math.max(SheetRowWriter.heightFor(cat, 28), SheetRowWriter.heightFor(ser, 14)));
                Cell drawn = x.createCell(2);
                drawn.setCellValue(axis.cell(p));
                drawn.setCellStyle(p.symbol().isEmpty() ? axisStyle : st.format(axis.label(p)));
                Cell base = x.createCell(3);
                base.setCellValue(axis.base(p));
                base.setCellStyle(st.of(m.style()));
                st.text(x.createCell(4), p.boundLabel(), st.text);
                st.text(x.createCell(5), p.valueLabel(), st.text);
                sourceLink(x.createCell(6), p, sourcesName, helper, st);
            }
        }
        return r;
    }

    /**
     * What the sheet says under its title: the source, and what Excel draws — lighter bars and signed
     * labels for bounds — not the PDF's arrows and caps, which a native chart cannot draw.
     */
    private static List<String> notes(ChartModel m, Labels l) {
        List<String> notes = new ArrayList<>();
        notes.add(m.sourceLine());
        boolean single = m.series().size() == 1;
        if (m.points().stream().anyMatch(p -> p.bound().isBound())) {
            // only one series' bars are drawn lighter (as in the PDF); the signs are on every bound
            notes.add(l.get(single ? "xlsx.note.bounds" : "xlsx.note.signed"));
        }
        if (m.points().stream().anyMatch(p -> p.bound() == io.briefing.model.Bound.APPROXIMATE)) {
            notes.add(l.get("xlsx.note.approx"));
        }
        if (bottomUp(m)) {
            notes.add(l.get("xlsx.note.bottom-up"));
        }
        // the marks are the PDF's; a note in words (only the largest shown) holds here too
        m.legendNotes().stream().filter(n -> n.mark() == io.briefing.model.LegendNote.Mark.NONE)
                .forEach(n -> notes.add(n.text()));
        if (m.note() != null && !m.note().isBlank()) {
            notes.add(m.note());
        }
        return notes;
    }

    /** Columns the native chart spans. */
    private static final int CHART_COLUMNS = 8;

    /**
     * How a chart's values are written in its cells, on its axis and in its data labels: a percentage
     * as a fraction under a % format (as on the Facts sheet), a scaled amount (億元, billions) with as
     * many decimals as its figures have, anything else in its unit's own format.
     *
     * @param cells  the format of the data cells and of the data labels (before a bound's sign)
     * @param ticks  the format of the value axis
     */
    record Axis(boolean fraction, String cells, String ticks, String approxNegative) {
        Axis(boolean fraction, String cells, String ticks) {
            this(fraction, cells, ticks, "~");
        }

        Axis withApproxNegative(String prefix) {
            return new Axis(fraction, cells, ticks, prefix);
        }

        static Axis of(ChartModel m) {
            int decimals = 0;
            for (ChartPoint p : m.points()) {
                int scale = BigDecimal.valueOf(p.scaled()).stripTrailingZeros().scale();
                decimals = Math.max(decimals, Math.min(2, Math.max(0, scale)));
            }
            String digits = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
            if (m.style().fraction()) {
                return new Axis(true, (decimals == 0 ? "0" : "0." + "0".repeat(decimals)) + "%", "0%");
            }
            if (m.divisor() > 1) {
                return new Axis(false, digits, "#,##0");
            }
            // the unit's own format ("#,##0.0\" GW\""), with as many decimals as the figures have
            java.util.regex.Matcher suffix = java.util.regex.Pattern.compile("(\\s*\"[^\"]*\")$").matcher(m.style().format());
            if (suffix.find() && m.style().format().startsWith("#,##0")) {
                return new Axis(false, digits + suffix.group(1), "#,##0" + suffix.group(1));
            }
            return new Axis(false, m.style().format(), m.style().format());
        }

        /** The value as its cell holds it, computed exactly (47.66% is 0.4766, not 0.47659999…). */
        double cell(ChartPoint p) {
            return fraction ? BigDecimal.valueOf(p.scaled()).movePointLeft(2).doubleValue() : p.scaled();
        }

        /** The value in base units as the Facts sheet holds it. */
        double base(ChartPoint p) {
            return fraction ? BigDecimal.valueOf(p.value()).movePointLeft(2).doubleValue() : p.value();
        }

        /** A data label's format: the cells' format after the bound's sign ("≥", "≤"), so a bound never reads as exact. */
        String label(ChartPoint p) {
            if (p.symbol().isEmpty()) {
                return cells;
            }
            // two sections, so a negative bound reads "≤−8.5", not Excel's "-≤8.5"; a negative approximate
            // takes its words ("about −8.5"): "~−" stacks two signs
            String sign = "\"" + p.symbol() + "\"";
            String negative = "~".equals(p.symbol()) ? "\"" + approxNegative.replace("\"", "") : sign.substring(0, sign.length() - 1);
            return sign + cells + ";" + negative + "−\"" + cells;
        }
    }

    private static Map<String, ChartPoint> byKey(ChartModel m) {
        Map<String, ChartPoint> out = new HashMap<>();
        for (ChartPoint p : m.points()) {
            out.putIfAbsent(p.series() + "\u0000" + p.category(), p);
        }
        return out;
    }

    private static void sourceLink(Cell cell, ChartPoint p, String sourcesName, CreationHelper helper, WorkbookStyles st) {
        cell.setCellValue(p.ref().marker());
        Hyperlink link = helper.createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress(SourcesSheet.target(sourcesName, p.ref().number()));
        cell.setHyperlink(link);
        cell.setCellStyle(st.link);
    }

    /**
     * A native Excel chart over the sheet's own cells: each bar in the PDF's colour for it
     * ({@link ChartTheme#fill}), a data label on each with the bound's sign, the value axis in the
     * cells' format, and the category labels below the plot when a bar goes below zero.
     */
    private static void nativeChart(XSSFWorkbook base, String sheetName, Data d, int first, int last, int anchorRow, int height) {
        ChartModel m = d.m();
        XSSFSheet sheet = base.getSheet(sheetName);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, anchorRow, CHART_COLUMNS, anchorRow + height);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(m.title());
        chart.setTitleOverlay(false);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        axes(x, y, m, d.axis());
        // the rows are streamed, so the chart gets its cached values from the model, and its ranges as formulas
        String[] catValues = d.categories().toArray(String[]::new);
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromArray(catValues, range(sheetName, first, last, 0));
        ChartTypes type = switch (m.kind()) {
            case LINE -> ChartTypes.LINE;
            case BAR, HBAR, GROUPED_BAR, STACKED_BAR -> ChartTypes.BAR;
            case TIMELINE -> throw new IllegalArgumentException("a timeline is a table, not a native chart");
        };
        XDDFChartData data = chart.createData(type, x, y);
        boolean stacked = switch (m.kind()) {
            case STACKED_BAR -> true;
            case BAR, HBAR, GROUPED_BAR, LINE -> false;
            case TIMELINE -> throw new IllegalArgumentException("a timeline is a table, not a native chart");
        };
        List<String> series = d.series();
        for (int n = 0; n < series.size(); n++) {
            // bottom up, the last series is added first: it is then the lowest bar of each group
            int s = bottomUp(m) ? series.size() - 1 - n : n;
            XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromArray(values(d, s, catValues),
                    range(sheetName, first, last, 1 + s));
            vals.setFormatCode(d.axis().cells());
            XDDFChartData.Series ser = data.addSeries(cats, vals);
            ser.setTitle(series.get(s), null);
            seriesLook(ser, drawn(d, s, catValues), d, s,
                    type == ChartTypes.LINE ? STDLblPos.T : stacked ? STDLblPos.CTR : STDLblPos.OUT_END);
        }
        if (data instanceof XDDFBarChartData bar) {
            barLayout(chart, bar, x, y, d);
        }
        if (series.size() > 1) {
            XDDFChartLegend legend = chart.getOrAddLegend();
            legend.setPosition(LegendPosition.TOP);
        }
        chart.plot(data);
        // a category one series lacks is a gap, not a bar of zero with a "0.0%" label
        chart.displayBlanksAs(org.apache.poi.xddf.usermodel.chart.DisplayBlanks.GAP);
        // the axis in the format given here, not the cells': LibreOffice shows the cells' otherwise
        var valAx = chart.getCTChart().getPlotArea().getValAxArray(0);
        valAx.getNumFmt().setSourceLinked(false);
    }

    /** The axes: ticks and grid, zero at the bottom unless a figure falls below it, a share's end at 100%. */
    private static void axes(XDDFCategoryAxis x, XDDFValueAxis y, ChartModel m, Axis axis) {
        y.setTitle(m.axisLabel());
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setNumberFormat(axis.ticks());
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        y.setMajorTickMark(AxisTickMark.OUT);
        x.setMajorTickMark(AxisTickMark.NONE);
        y.getOrAddMajorGridProperties().setLineProperties(new XDDFLineProperties(new XDDFSolidFillProperties(
                XDDFColor.from(rgb(ChartTheme.GRID)))));
        double lowest = m.points().stream().mapToDouble(axis::cell).min().orElse(0);
        double highest = m.points().stream().mapToDouble(axis::cell).max().orElse(0);
        if (lowest >= 0) {
            // bars start at zero
            y.setMinimum(0);
        } else {
            // falls go below zero: the category names stay under the plot, clear of the bars
            x.setTickLabelPosition(AxisTickLabelPosition.LOW);
        }
        if (m.axisMax() != null) {
            // a share ends at 100%
            double end = axis.fraction() ? m.axisMax() / 100 : m.axisMax() / m.divisor();
            if (highest <= end) {
                y.setMaximum(end);
            }
        }
    }

    /** The points of series {@code s} in category order; null where a category has none. */
    private static ChartPoint[] drawn(Data d, int s, String[] catValues) {
        ChartPoint[] drawn = new ChartPoint[catValues.length];
        for (int i = 0; i < catValues.length; i++) {
            drawn[i] = d.points().get(d.series().get(s) + "\u0000" + catValues[i]);
        }
        return drawn;
    }

    /** The cached values of series {@code s} in category order, as its cells hold them. */
    private static Double[] values(Data d, int s, String[] catValues) {
        ChartPoint[] drawn = drawn(d, s, catValues);
        Double[] values = new Double[drawn.length];
        for (int i = 0; i < drawn.length; i++) {
            values[i] = drawn[i] == null ? null : d.axis().cell(drawn[i]);
        }
        return values;
    }

    /** A series' colour (each bar's own where the theme marks it: a fall, an estimate) and its labels. */
    private static void seriesLook(XDDFChartData.Series ser, ChartPoint[] drawn, Data d, int s, STDLblPos.Enum position) {
        Color colour = d.series().size() == 1 ? ChartTheme.PRIMARY : ChartTheme.series(s);
        CTDLbls labels;
        if (ser instanceof XDDFBarChartData.Series bar) {
            bar.setFillProperties(fill(colour));
            // Excel's default draws a negative bar white
            bar.setInvertIfNegative(false);
            for (int i = 0; i < drawn.length; i++) {
                if (drawn[i] != null && !ChartTheme.fill(drawn[i], colour).equals(colour)) {
                    XDDFDataPoint point = bar.getDataPoint(i);
                    point.setFillProperties(fill(ChartTheme.fill(drawn[i], colour)));
                    point.setInvertIfNegative(false);
                }
            }
            labels = bar.getCTBarSer().isSetDLbls() ? bar.getCTBarSer().getDLbls() : bar.getCTBarSer().addNewDLbls();
        } else {
            XDDFLineChartData.Series line = (XDDFLineChartData.Series) ser;
            line.setLineProperties(new XDDFLineProperties(fill(colour)));
            line.setMarkerStyle(MarkerStyle.CIRCLE);
            labels = line.getCTLineSer().isSetDLbls() ? line.getCTLineSer().getDLbls() : line.getCTLineSer().addNewDLbls();
        }
        dataLabels(labels, drawn, d.axis(), position);
    }

    /** A bar chart's gap, overlap, direction and grouping. */
    private static void barLayout(XSSFChart chart, XDDFBarChartData bar, XDDFCategoryAxis x, XDDFValueAxis y, Data d) {
        ChartModel m = d.m();
        bar.setGapWidth(80);
        // Excel and LibreOffice leave a slot for every series in every category: where each category
        // has one series' bar (orders of one maker, investment of another) the slots overlap fully, so
        // the bar sits on its category, not beside an empty slot; side by side otherwise; stacked, fully
        boolean oneEach = m.categories().stream().allMatch(c -> d.series().stream()
                .filter(s -> d.points().containsKey(s + "\u0000" + c)).count() <= 1);
        overlap(chart, switch (m.kind()) {
            case STACKED_BAR -> 100;
            case BAR, HBAR, GROUPED_BAR, LINE, TIMELINE -> oneEach ? 100 : 0;
        });
        switch (m.kind()) {
            case HBAR -> {
                bar.setBarDirection(BarDirection.BAR);
                if (!bottomUp(m)) {
                    // categories top to bottom as listed; the value axis then crosses at the last, below them
                    x.setOrientation(AxisOrientation.MAX_MIN);
                    y.setCrosses(AxisCrosses.MAX);
                }
            }
            case STACKED_BAR -> {
                bar.setBarDirection(BarDirection.COL);
                bar.setBarGrouping(BarGrouping.STACKED);
            }
            case BAR, GROUPED_BAR, LINE, TIMELINE -> bar.setBarDirection(BarDirection.COL);
        }
    }

    /** A label on every drawn point: its value in the cells' format, after the bound's sign. */
    private static void dataLabels(CTDLbls labels, ChartPoint[] drawn, Axis axis, STDLblPos.Enum position) {
        // POI's schema subset lacks the class of one point's label (c:dLbl): it is written as XML
        String flags = "<c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/>"
                + "<c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/>";
        for (int i = 0; i < drawn.length; i++) {
            if (drawn[i] == null || drawn[i].symbol().isEmpty()) {
                continue;
            }
            String xml = "<c:dLbl xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"><c:idx val=\"" + i + "\"/>"
                    + "<c:numFmt formatCode=\"" + xmlAttribute(axis.label(drawn[i])) + "\" sourceLinked=\"0\"/>"
                    + "<c:dLblPos val=\"" + position + "\"/>" + flags + "</c:dLbl>";
            try (XmlCursor to = labels.newCursor()) {
                to.toEndToken();
                XmlObject one = XmlObject.Factory.parse(xml);
                try (XmlCursor from = one.newCursor()) {
                    from.toFirstChild();
                    from.copyXml(to);
                }
            } catch (XmlException e) {
                throw new IllegalStateException("a data label's XML", e);
            }
        }
        CTNumFmt fmt = labels.addNewNumFmt();
        fmt.setFormatCode(axis.cells());
        fmt.setSourceLinked(false);
        labels.addNewDLblPos().setVal(position);
        show(labels.addNewShowLegendKey(), labels.addNewShowVal(), labels.addNewShowCatName(), labels.addNewShowSerName(),
                labels.addNewShowPercent(), labels.addNewShowBubbleSize());
    }

    private static String xmlAttribute(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    /** Only the value: readers differ in what an absent flag means. */
    private static void show(CTBoolean legendKey, CTBoolean value, CTBoolean category, CTBoolean series, CTBoolean percent,
                             CTBoolean bubble) {
        legendKey.setVal(false);
        value.setVal(true);
        category.setVal(false);
        series.setVal(false);
        percent.setVal(false);
        bubble.setVal(false);
    }

    /**
     * How far the bars of one category overlap (c:overlap): 100 for stacked bars, else Excel draws each
     * series beside the last; the element's type is missing from POI's schema subset, so it is written
     * as XML after c:gapWidth (an earlier one is replaced).
     */
    private static void overlap(XSSFChart chart, int percent) {
        var barChart = chart.getCTChart().getPlotArea().getBarChartArray(0);
        if (!barChart.isSetGapWidth()) {
            barChart.addNewGapWidth().setVal(80);
        }
        try (XmlCursor old = barChart.newCursor()) {
            if (old.toChild(new javax.xml.namespace.QName("http://schemas.openxmlformats.org/drawingml/2006/chart", "overlap"))) {
                old.removeXml();
            }
        }
        try (XmlCursor at = barChart.getGapWidth().newCursor()) {
            at.toEndToken();
            at.toNextToken();
            XmlObject overlap = XmlObject.Factory.parse(
                    "<c:overlap xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" val=\"" + percent + "\"/>");
            try (XmlCursor from = overlap.newCursor()) {
                from.toFirstChild();
                from.copyXml(at);
            }
        } catch (XmlException e) {
            throw new IllegalStateException("the overlap's XML", e);
        }
    }

    private static XDDFSolidFillProperties fill(Color c) {
        return new XDDFSolidFillProperties(XDDFColor.from(rgb(c)));
    }

    private static String range(String sheet, int first, int last, int col) {
        return new AreaReference(new CellReference(sheet, first, col, true, true),
                new CellReference(sheet, last, col, true, true),
                SpreadsheetVersion.EXCEL2007).formatAsString();
    }

    private static byte[] rgb(Color c) {
        return new byte[] {(byte) c.getRed(), (byte) c.getGreen(), (byte) c.getBlue()};
    }
}
