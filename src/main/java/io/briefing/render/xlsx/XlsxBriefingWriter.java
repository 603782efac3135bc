package io.briefing.render.xlsx;

import io.briefing.facts.Amount;
import io.briefing.facts.Fact;
import io.briefing.i18n.Labels;
import io.briefing.model.Briefing;
import io.briefing.model.ChartModel;
import io.briefing.model.ChartPoint;
import io.briefing.model.FactRow;
import io.briefing.model.NumberStyle;
import io.briefing.model.SourceNote;
import io.briefing.render.theme.ChartTheme;
import io.briefing.template.ChartKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
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
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the briefing's figures as a workbook an analyst can filter and reuse: a Facts sheet with
 * typed, formatted numbers; one sheet per chart (in template order) with its data and a native
 * chart; a Sources sheet every fact links to; an About sheet. POI writes the styles, charts, small
 * sheets and header rows; the rows of Facts and Sources, one per fact, stream straight into the
 * final zip ({@link WorkbookAssembler}), so a table of a million facts fits in a small heap.
 */
public final class XlsxBriefingWriter {
    private static final int WINDOW = 200;
    private static final java.util.regex.Pattern MARKER = java.util.regex.Pattern.compile("\\s*\\[\\d+]$");
    /** Up to this many facts, source links are hyperlink objects; beyond, HYPERLINK formulas that stream. */
    static final int MAX_LINK_OBJECTS = 10_000;
    private static final int FACT_COLUMNS = 14;
    private static final int SOURCE_COLUMNS = 8;

    private static String entryName(XSSFSheet sheet) {
        return sheet.getPackagePart().getPartName().getName().substring(1);
    }

    private static int index(CellStyle style) {
        return style.getIndex() & 0xffff;
    }

    /** Writes the workbook to {@code target}, streaming its rows; returns its size in bytes. */
    public long write(Briefing b, java.nio.file.Path target) throws IOException {
        XSSFWorkbook base = new XSSFWorkbook();
        // inline strings, as SheetRowWriter writes them: no shared-strings table to keep in step
        SXSSFWorkbook wb = new SXSSFWorkbook(base, WINDOW, false, false) {
            @Override
            protected org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream createArchiveOutputStream(
                    java.io.OutputStream stream) {
                // the skeleton is read back and compressed once, as the final zip is assembled
                var zip = super.createArchiveOutputStream(stream);
                zip.setLevel(java.util.zip.Deflater.NO_COMPRESSION);
                return zip;
            }
        };
        try {
            Styles st = new Styles(wb);
            // rows stream after POI has written the styles: every format they use is made now
            b.numberStyles().forEach(st::of);
            Labels l = b.labels();
            Set<String> names = new HashSet<>();
            String factsName = unique(l.get("sheet.facts"), names);
            String sourcesName = unique(l.get("sheet.sources"), names);
            List<String> chartNames = new ArrayList<>();
            for (ChartModel c : b.charts()) {
                chartNames.add(unique(c.title(), names));
            }
            String aboutName = unique(l.get("sheet.about"), names);

            // each sheet is flushed when done, so nothing depends on the order of SXSSF's internal maps
            SXSSFSheet factsSheet = wb.createSheet(factsName);
            factsHeader(factsSheet, base.getSheet(factsName), b, st, sourcesName);
            factsSheet.flushRows();
            for (int i = 0; i < b.charts().size(); i++) {
                chart(base, wb, chartNames.get(i), b.charts().get(i), b, st, sourcesName);
                wb.getSheet(chartNames.get(i)).flushRows();
            }
            SXSSFSheet sourcesSheet = wb.createSheet(sourcesName);
            sourcesHeader(sourcesSheet, b, st);
            sourcesSheet.flushRows();
            SXSSFSheet aboutSheet = wb.createSheet(aboutName);
            about(aboutSheet, b, st);
            aboutSheet.flushRows();

            POIXMLProperties.CoreProperties core = base.getProperties().getCoreProperties();
            Optional<java.util.Date> created = Optional.of(java.util.Date.from(b.info().created()));
            core.setCreated(created);
            core.setModified(created);
            core.setTitle(b.info().title());
            core.setSubjectProperty(b.info().subject());
            core.setCreator(b.info().author());
            core.setKeywords(String.join(", ", b.info().keywords()));
            core.setLastModifiedByUser(b.info().author());
            base.getProperties().getExtendedProperties().setApplication("briefing " + b.info().toolVersion());
            // POI writes everything but the rows of the two sheets with a row per fact; those are
            // written into the final zip as it is assembled
            java.io.ByteArrayOutputStream skeleton = new java.io.ByteArrayOutputStream(1 << 16);
            wb.write(skeleton);
            java.util.Map<String, WorkbookAssembler.StreamedSheet> streamed = java.util.Map.of(
                    entryName(base.getSheet(factsName)),
                    new WorkbookAssembler.StreamedSheet(out -> factRows(out, b, st, sourcesName), FACT_COLUMNS, b.facts().size()),
                    entryName(base.getSheet(sourcesName)),
                    new WorkbookAssembler.StreamedSheet(out -> sourceRows(out, b, st), SOURCE_COLUMNS, b.sources().size()));
            WorkbookAssembler.assemble(skeleton.toByteArray(), streamed, target, b.info().created().toEpochMilli());
            return java.nio.file.Files.size(target);
        } finally {
            // not close(): closing a workbook POI created in memory saves the whole package once more
            wb.dispose();
            base.getPackage().revert();
        }
    }

    private static String unique(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted.replace('/', '-'), '-');
        if (base.length() > 31) {
            base = base.substring(0, 31);
        }
        String name = base;
        int n = 2;
        while (taken.contains(name.toLowerCase())) {
            String suffix = " (" + n++ + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        taken.add(name.toLowerCase());
        return name;
    }

    /** Cell styles shared by all sheets; a workbook has a limited number, so they are made once. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrap;
        final CellStyle number;
        private final SXSSFWorkbook wb;
        private final java.util.Map<String, CellStyle> byFormat = new java.util.HashMap<>();
        final CellStyle date;
        final CellStyle link;
        final CellStyle title;
        final CellStyle flagged;

        Styles(SXSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            bold.setColor(IndexedColors.WHITE.getIndex());
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.DARK_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            text = wb.createCellStyle();
            text.setVerticalAlignment(VerticalAlignment.TOP);
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            var fmt = wb.createDataFormat();
            this.wb = wb;
            number = numeric(wb, fmt.getFormat("#,##0.00"));
            date = numeric(wb, fmt.getFormat("yyyy-mm-dd"));
            Font linkFont = wb.createFont();
            linkFont.setUnderline(Font.U_SINGLE);
            linkFont.setColor(IndexedColors.BLUE.getIndex());
            link = wb.createCellStyle();
            link.setFont(linkFont);
            link.setVerticalAlignment(VerticalAlignment.TOP);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(big);
            Font red = wb.createFont();
            red.setBold(true);
            red.setColor(IndexedColors.RED.getIndex());
            flagged = wb.createCellStyle();
            flagged.setFont(red);
            flagged.setVerticalAlignment(VerticalAlignment.TOP);
        }

        private static CellStyle numeric(SXSSFWorkbook wb, short format) {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(format);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }

        /** One cell style per number format, made on first use (a workbook holds a handful). */
        CellStyle of(NumberStyle style) {
            return byFormat.computeIfAbsent(style.format(), f -> numeric(wb, wb.createDataFormat().getFormat(f)));
        }
    }

    /** Percent is stored as a fraction (47.66% → 0.4766) so that Excel's % format shows it as written. */
    static double cellValue(Amount a) {
        BigDecimal v = a.value();
        return a.unit().isPercent() ? v.movePointLeft(2).doubleValue() : v.doubleValue();
    }

    private static void headerRow(Sheet sheet, int rowIndex, List<String> headers, Styles st, int[] widths) {
        Row r = sheet.createRow(rowIndex);
        r.setHeightInPoints(20);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = r.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(st.header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }


    private static void factsHeader(SXSSFSheet sheet, XSSFSheet xssf, Briefing b, Styles st, String sourcesName) {
        Labels l = b.labels();
        List<String> headers = List.of(l.get("col.id"), l.get("col.category"), l.get("col.entity"), l.get("col.entity_zh"),
                l.get("col.metric"), l.get("col.value"), l.get("col.unit"), l.get("col.qualifier"), l.get("col.display"),
                l.get("col.period"), l.get("col.reporter"), l.get("col.quote"), l.get("col.source"), l.get("col.status"));
        int[] widths = {18, 20, 30, 22, 34, 18, 9, 12, 26, 12, 22, 60, 9, 14};
        headerRow(sheet, 0, headers, st, widths);
        sheet.createFreezePane(0, 1);
        int rows = b.facts().size();
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rows), 0, headers.size() - 1));
        if (rows <= MAX_LINK_OBJECTS) {
            // hyperlink objects live in the sheet's XML after the rows; POI puts them in their place
            CreationHelper helper = xssf.getWorkbook().getCreationHelper();
            for (int i = 0; i < rows; i++) {
                XSSFHyperlink link = (XSSFHyperlink) helper.createHyperlink(HyperlinkType.DOCUMENT);
                link.setAddress(sourceTarget(sourcesName, i + 1));
                link.setCellReference(new org.apache.poi.ss.util.CellReference(i + 1, 12));
                xssf.addHyperlink(link);
            }
        }
    }

    private static String sourceTarget(String sourcesName, int sourceNumber) {
        return "'" + sourcesName + "'!A" + (sourceNumber + 1);
    }

    private static void factRows(SheetRowWriter out, Briefing b, Styles st, String sourcesName) throws IOException {
        int text = index(st.text);
        int link = index(st.link);
        int flagged = index(st.flagged);
        boolean formulas = b.facts().size() > MAX_LINK_OBJECTS;
        int r = 1;
        for (FactRow row : b.facts()) {
            Fact f = row.fact();
            out.startRow(r++);
            out.text(0, f.id(), text);
            out.text(1, row.category(), text);
            out.text(2, row.entity(), text);
            out.text(3, f.entity().zh(), text);
            out.text(4, row.metric(), text);
            if (f.hasValue()) {
                out.number(5, cellValue(f.amount()), index(st.of(row.style())));
            } else {
                out.blank(5, text);
            }
            out.text(6, row.unit(), text);
            out.text(7, f.qualifier().code(), text);
            out.text(8, row.display(), text);
            out.text(9, f.period().toString(), text);
            out.text(10, f.reporter().in(b.language()), text);
            out.text(11, f.quote(), text);
            String marker = "[" + row.sourceNumber() + "]";
            if (formulas) {
                // POI keeps every hyperlink object in memory; past this size the link is a formula
                String target = sourceTarget(sourcesName, row.sourceNumber());
                out.textFormula(12, "HYPERLINK(\"#" + target.replace("\"", "\"\"") + "\",\"" + marker + "\")", marker, link);
            } else {
                out.text(12, marker, link);
            }
            out.text(13, row.status(), row.verified() ? text : flagged);
            out.endRow();
        }
    }

    private static void chart(XSSFWorkbook base, SXSSFWorkbook wb, String name, ChartModel m, Briefing b, Styles st,
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
        if (m.kind() == ChartKind.TIMELINE) {
            headerRow(sheet, 3, List.of(l.get("col.date"), l.get("col.period"), l.get("col.event"), l.get("col.source")), st,
                    new int[] {12, 16, 80, 9});
            int r = 4;
            for (ChartPoint p : m.points()) {
                Row x = sheet.createRow(r++);
                Cell d = x.createCell(0);
                d.setCellValue(p.date());
                d.setCellStyle(st.date);
                x.createCell(1).setCellValue(p.dateLabel());
                x.createCell(2).setCellValue(p.text());
                sourceLink(x.createCell(3), p, sourcesName, helper, st);
            }
            sheet.createFreezePane(0, 4);
            return;
        }
        List<String> series = m.series();
        List<String> categories = m.categories();
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
        java.util.Arrays.fill(widths, 22);
        widths[0] = 34;
        widths[headers.size() - 2] = 24;
        widths[headers.size() - 1] = 9;
        headerRow(sheet, 3, headers, st, widths);
        sheet.getRow(3).setHeightInPoints(32);
        int first = 4;
        int r = first;
        CellStyle axisStyle = m.style().fraction() || m.divisor() > 1 ? st.number : st.of(m.style());
        for (String cat : categories) {
            Row x = sheet.createRow(r++);
            x.createCell(0).setCellValue(cat);
            ChartPoint any = null;
            for (int s = 0; s < series.size(); s++) {
                ChartPoint p = point(m, series.get(s), cat);
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
                x.createCell(col + 1).setCellValue(any.qualifier().code());
                x.createCell(col + 2).setCellValue(MARKER.matcher(any.label()).replaceAll(""));
                sourceLink(x.createCell(col + 3), any, sourcesName, helper, st);
            }
        }
        int last = r - 1;
        sheet.setAutoFilter(new CellRangeAddress(3, last, 0, headers.size() - 1));
        nativeChart(base, name, m, series, first, last, r + 1);
    }

    private static ChartPoint point(ChartModel m, String series, String category) {
        for (ChartPoint p : m.points()) {
            if (p.series().equals(series) && p.category().equals(category)) {
                return p;
            }
        }
        return null;
    }

    private static void sourceLink(Cell cell, ChartPoint p, String sourcesName, CreationHelper helper, Styles st) {
        cell.setCellValue(p.ref().marker());
        Hyperlink link = helper.createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress("'" + sourcesName + "'!A" + (p.ref().number() + 1));
        cell.setHyperlink(link);
        cell.setCellStyle(st.link);
    }

    /** A native Excel chart over the sheet's own cells, coloured from the shared chart theme. */
    private static void nativeChart(XSSFWorkbook base, String sheetName, ChartModel m, List<String> series, int first,
                                    int last, int anchorRow) {
        XSSFSheet sheet = base.getSheet(sheetName);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int height = Math.max(16, 6 + 2 * (last - first + 1) * Math.max(1, series.size()));
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, anchorRow, 8, anchorRow + height);
        XSSFChart chart = drawing.createChart(anchor);
        // a native chart cannot draw a bound as a bound: say so in its title, and use the lighter
        // fill the PDF uses for bounds
        boolean bounds = m.points().stream().anyMatch(p -> !p.qualifier().isExact());
        chart.setTitleText(bounds ? m.title() + " (bounds: see the qualifier column)" : m.title());
        chart.setTitleOverlay(false);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle(m.axisLabel());
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setMinimum(0);
        // the rows are streamed, so the chart gets its cached values from the model, and its ranges as formulas
        String[] catValues = m.categories().toArray(String[]::new);
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromArray(catValues, range(sheetName, first, last, 0));
        ChartTypes type = m.kind() == ChartKind.LINE ? ChartTypes.LINE : ChartTypes.BAR;
        XDDFChartData data = chart.createData(type, x, y);
        for (int s = 0; s < series.size(); s++) {
            Double[] values = new Double[catValues.length];
            for (int i = 0; i < catValues.length; i++) {
                ChartPoint p = point(m, series.get(s), catValues[i]);
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
            bar.setBarDirection(m.kind() == ChartKind.HBAR ? BarDirection.BAR : BarDirection.COL);
            if (m.kind() == ChartKind.STACKED_BAR) {
                bar.setBarGrouping(BarGrouping.STACKED);
            }
            if (m.kind() == ChartKind.HBAR) {
                x.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN);
            }
        }
        if (series.size() > 1) {
            XDDFChartLegend legend = chart.getOrAddLegend();
            legend.setPosition(LegendPosition.TOP);
        }
        chart.plot(data);
    }

    private static String range(String sheet, int first, int last, int col) {
        return new org.apache.poi.ss.util.AreaReference(new org.apache.poi.ss.util.CellReference(sheet, first, col, true, true),
                new org.apache.poi.ss.util.CellReference(sheet, last, col, true, true),
                org.apache.poi.ss.SpreadsheetVersion.EXCEL2007).formatAsString();
    }

    private static byte[] rgb(java.awt.Color c) {
        return new byte[] {(byte) c.getRed(), (byte) c.getGreen(), (byte) c.getBlue()};
    }

    private static void sourcesHeader(SXSSFSheet sheet, Briefing b, Styles st) {
        Labels l = b.labels();
        List<String> headers = List.of(l.get("col.number"), l.get("col.id"), l.get("col.label"), l.get("col.value"),
                l.get("col.quote"), l.get("col.reporter"), l.get("article"), l.get("col.status"));
        headerRow(sheet, 0, headers, st, new int[] {7, 18, 40, 26, 70, 24, 40, 14});
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, b.sources().size()), 0, headers.size() - 1));
    }

    private static void sourceRows(SheetRowWriter out, Briefing b, Styles st) throws IOException {
        int text = index(st.text);
        int wrap = index(st.wrap);
        int flagged = index(st.flagged);
        int r = 1;
        for (SourceNote n : b.sources()) {
            out.startRow(r++);
            out.number(0, n.number(), text);
            out.text(1, n.factId(), text);
            out.text(2, n.label(), text);
            out.text(3, n.value(), text);
            out.text(4, n.quote(), wrap);
            out.text(5, n.reporter(), text);
            out.text(6, n.article(), text);
            out.text(7, n.status(), n.verified() ? text : flagged);
            out.endRow();
        }
    }

    private static void about(SXSSFSheet sheet, Briefing b, Styles st) {
        Labels l = b.labels();
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 90 * 256);
        Row t = sheet.createRow(0);
        Cell tc = t.createCell(0);
        tc.setCellValue(l.get("about.title"));
        tc.setCellStyle(st.title);
        int r = 2;
        r = pair(sheet, r, l.get("about.generated"), b.info().created().toString());
        r = pair(sheet, r, l.get("about.tool"), "briefing " + b.info().toolVersion());
        r = pair(sheet, r, l.get("about.template"), b.info().templateName());
        r = pair(sheet, r, l.get("about.language"), b.language().code());
        r = pair(sheet, r, l.get("about.as-of"), b.info().asOf().toString());
        r = pair(sheet, r, l.get("about.rows"), Integer.toString(b.facts().size()));
        for (String f : b.info().inputFiles()) {
            r = pair(sheet, r, l.get("about.facts-file"), f);
        }
        pair(sheet, r, l.get("about.source"), b.info().sourceLine());
    }

    private static int pair(Sheet sheet, int r, String key, String value) {
        Row x = sheet.createRow(r);
        x.createCell(0).setCellValue(key);
        x.createCell(1).setCellValue(value);
        return r + 1;
    }
}
