package io.briefing.render.xlsx;

import io.briefing.i18n.Labels;
import io.briefing.model.Bound;
import io.briefing.model.Briefing;
import io.briefing.model.ChartModel;
import io.briefing.model.ChartPoint;
import io.briefing.render.theme.ChartTheme;
import java.awt.Color;
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
        Row t = sheet.createRow(0);
        Cell tc = t.createCell(0);
        tc.setCellValue(m.title());
        tc.setCellStyle(st.title);
        sheet.createRow(1).createCell(0).setCellValue(m.sourceLine() + (m.legendNotes().isEmpty() ? ""
                : "  ·  " + String.join("  ·  ", m.legendNotes())));
        CreationHelper helper = wb.getCreationHelper();
        boolean timeline = switch (m.kind()) {
            case TIMELINE -> true;
            case BAR, HBAR, GROUPED_BAR, STACKED_BAR, LINE -> false;
        };
        if (timeline) {
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
                x.createCell(1).setCellValue(p.dateLabel());
                x.createCell(2).setCellValue(p.text());
                sourceLink(x.createCell(3), p, sourcesName, helper, st);
            }
            sheet.createFreezePane(0, 4);
            return;
        }
        List<String> series = m.series();
        List<String> categories = m.categories();
        // one look-up per cell: a line chart of 5,000 facts was quadratic when every cell searched the points
        Map<String, ChartPoint> points = byKey(m);
        List<String> headers = new ArrayList<>();
        headers.add(l.get("col.label"));
        for (String s : series) {
            headers.add(s + " (" + m.axisLabel() + ")");
        }
        headers.add(l.get("col.base-value"));
        headers.add(l.get("col.qualifier"));
        headers.add(l.get("col.display"));
        headers.add(l.get("col.source"));
        int[] widths = new int[headers.size()];
        Arrays.fill(widths, 22);
        widths[0] = 34;
        widths[headers.size() - 2] = 24;
        widths[headers.size() - 1] = 9;
        st.headerRow(sheet, 3, headers, widths);
        sheet.getRow(3).setHeightInPoints(32);
        int first = 4;
        int r = first;
        CellStyle axisStyle = m.style().fraction() || m.divisor() > 1 ? st.number : st.of(m.style());
        for (String cat : categories) {
            Row x = sheet.createRow(r++);
            x.createCell(0).setCellValue(cat);
            ChartPoint any = null;
            for (int s = 0; s < series.size(); s++) {
                ChartPoint p = points.get(series.get(s) + "\u0000" + cat);
                Cell c = x.createCell(1 + s);
                if (p != null) {
                    c.setCellValue(p.scaled());
                    c.setCellStyle(axisStyle);
                    any = any == null ? p : any;
                } else {
                    c.setBlank();
                }
            }
            if (any != null && series.size() == 1) {
                int col = 1 + series.size();
                Cell base0 = x.createCell(col);
                base0.setCellValue(m.style().cellValue(any.value()));
                base0.setCellStyle(st.of(m.style()));
                x.createCell(col + 1).setCellValue(any.boundLabel());
                x.createCell(col + 2).setCellValue(any.valueLabel());
                sourceLink(x.createCell(col + 3), any, sourcesName, helper, st);
            }
        }
        int last = r - 1;
        sheet.setAutoFilter(new CellRangeAddress(3, last, 0, headers.size() - 1));
        nativeChart(base, name, m, series, points, first, last, r + 1);
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

    /** A native Excel chart over the sheet's own cells, coloured from the shared chart theme. */
    private static void nativeChart(XSSFWorkbook base, String sheetName, ChartModel m, List<String> series,
                                    Map<String, ChartPoint> points, int first, int last, int anchorRow) {
        XSSFSheet sheet = base.getSheet(sheetName);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int height = Math.max(16, 6 + 2 * (last - first + 1) * Math.max(1, series.size()));
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, anchorRow, 8, anchorRow + height);
        XSSFChart chart = drawing.createChart(anchor);
        // a native chart cannot draw a bound as a bound: say so in its title, and use the lighter
        // fill the PDF uses for bounds
        boolean bounds = m.points().stream().anyMatch(p -> p.bound() != Bound.EXACT);
        chart.setTitleText(bounds ? m.title() + " (bounds: see the qualifier column)" : m.title());
        chart.setTitleOverlay(false);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle(m.axisLabel());
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        // bars start at zero; falls go below it
        double lowest = m.points().stream().mapToDouble(ChartPoint::scaled).min().orElse(0);
        if (lowest >= 0) {
            y.setMinimum(0);
        }
        // the rows are streamed, so the chart gets its cached values from the model, and its ranges as formulas
        String[] catValues = m.categories().toArray(String[]::new);
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromArray(catValues, range(sheetName, first, last, 0));
        ChartTypes type = switch (m.kind()) {
            case LINE -> ChartTypes.LINE;
            case BAR, HBAR, GROUPED_BAR, STACKED_BAR -> ChartTypes.BAR;
            case TIMELINE -> throw new IllegalArgumentException("a timeline is a table, not a native chart");
        };
        XDDFChartData data = chart.createData(type, x, y);
        for (int s = 0; s < series.size(); s++) {
            Double[] values = new Double[catValues.length];
            for (int i = 0; i < catValues.length; i++) {
                ChartPoint p = points.get(series.get(s) + "\u0000" + catValues[i]);
                values[i] = p == null ? null : p.scaled();
            }
            XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromArray(values, range(sheetName, first, last, 1 + s));
            XDDFChartData.Series ser = data.addSeries(cats, vals);
            ser.setTitle(series.get(s), null);
            XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(rgb(series.size() == 1
                    ? (bounds ? ChartTheme.BOUND_FILL : ChartTheme.PRIMARY) : ChartTheme.series(s))));
            ser.setFillProperties(fill);
        }
        if (data instanceof XDDFBarChartData bar) {
            switch (m.kind()) {
                case HBAR -> {
                    bar.setBarDirection(BarDirection.BAR);
                    x.setOrientation(AxisOrientation.MAX_MIN);
                }
                case STACKED_BAR -> {
                    bar.setBarDirection(BarDirection.COL);
                    bar.setBarGrouping(BarGrouping.STACKED);
                }
                case BAR, GROUPED_BAR, LINE, TIMELINE -> bar.setBarDirection(BarDirection.COL);
            }
        }
        if (series.size() > 1) {
            XDDFChartLegend legend = chart.getOrAddLegend();
            legend.setPosition(LegendPosition.TOP);
        }
        chart.plot(data);
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
