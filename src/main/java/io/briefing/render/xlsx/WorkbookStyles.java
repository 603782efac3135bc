package io.briefing.render.xlsx;

import io.briefing.model.NumberStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;


/** Cell styles shared by all sheets; a workbook has a limited number, so they are made once. */
final class WorkbookStyles {
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrap;
    final CellStyle number;
    private final SXSSFWorkbook wb;
    private final Map<String, CellStyle> byFormat = new HashMap<>();
    final CellStyle date;
    /** A date and a count in a column of text (the About sheet), aligned with it. */
    final CellStyle dateLeft;
    final CellStyle countLeft;
    final CellStyle link;
    final CellStyle title;
    final CellStyle flagged;

    WorkbookStyles(SXSSFWorkbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        bold.setColor(IndexedColors.WHITE.getIndex());
        header = wb.createCellStyle();
        header.setFont(bold);
        // the PDF's header colour, not the nearest of Excel's 56 indexed ones
        java.awt.Color primary = io.briefing.render.theme.ChartTheme.PRIMARY;
        ((org.apache.poi.xssf.usermodel.XSSFCellStyle) header).setFillForegroundColor(new org.apache.poi.xssf.usermodel.XSSFColor(
                new byte[] {(byte) primary.getRed(), (byte) primary.getGreen(), (byte) primary.getBlue()}, null));
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
        dateLeft = numeric(wb, fmt.getFormat("yyyy-mm-dd"));
        dateLeft.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
        countLeft = numeric(wb, fmt.getFormat("#,##0"));
        countLeft.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
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
        for (CellStyle plain : List.of(text, wrap, flagged, title)) {
            CellStyle q = wb.createCellStyle();
            q.cloneStyleFrom(plain);
            q.setQuotePrefixed(true);
            quoted.put(index(plain), index(q));
        }
    }

    /** Quote-prefixed twins of the text styles, by style index. */
    private final Map<Integer, Integer> quoted = new HashMap<>();

    /**
     * The style for a text cell: quote-prefixed when the text starts like a formula (=, +, -, @), so
     * that editing the cell in Excel keeps it text instead of turning it into a live formula.
     */
    int forText(String value, int style) {
        if (value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
            return quoted.getOrDefault(style, style);
        }
        return style;
    }

    /**
     * Sets a text cell with its style, quote-prefixed when the text starts like a formula: every sheet
     * writes its text through here, so no sheet can hand Excel a live formula ("+cmd|...").
     */
    void text(org.apache.poi.ss.usermodel.Cell cell, String value, CellStyle style) {
        cell.setCellValue(value);
        cell.setCellStyle(wb.getCellStyleAt(forText(value, style.getIndex())));
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

    /**
     * A number format that keeps the words before a bound's number in the cell ("≥"0.00%, "約"#,##0): a
     * bound never reads as an exact value. Both sections carry them, the negative one with its minus
     * after them ("≤−8.5", not Excel's "-≤8.5").
     */
    static String signed(String format, String sign) {
        if (sign.isEmpty()) {
            return format;
        }
        String words = "\"" + sign.replace("\"", "") + "\"";
        if (format.contains(";")) {
            String[] sections = format.split(";", -1);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < sections.length; i++) {
                out.append(i == 0 ? "" : ";").append(words).append(sections[i]);
            }
            return out.toString();
        }
        String base = "General".equals(format) ? "0.########" : format;
        return words + base + ";" + "\"" + sign.replace("\"", "") + "−\"" + base;
    }

    /** A cell style for an Excel number format, made once. */
    CellStyle format(String format) {
        return byFormat.computeIfAbsent(format, f -> numeric(wb, wb.createDataFormat().getFormat(f)));
    }

    /** Columns a text takes in a cell: a CJK character is two, as in Excel's own widths. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) >= 0x1100 ? 2 : 1;
        }
        return w;
    }

    static int index(CellStyle style) {
        return style.getIndex() & 0xffff;
    }

    /** A bold header row with the columns' widths (in characters). */
    void headerRow(Sheet sheet, int rowIndex, List<String> headers, int[] widths) {
        Row r = sheet.createRow(rowIndex);
        r.setHeightInPoints(20);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = r.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }
}
