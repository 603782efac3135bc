package io.briefing.render.xlsx;

import io.briefing.i18n.ChinesePunctuation;
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

    /** Whether the workbook is in Chinese: its text is then punctuated as the Chinese PDF is. */
    private final boolean chinese;

    WorkbookStyles(SXSSFWorkbook wb, boolean chinese) {
        this.chinese = chinese;
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
        for (CellStyle plain : List.of(text, wrap, flagged, title, header)) {
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
        String set = typeset(value);
        cell.setCellValue(set);
        cell.setCellStyle(wb.getCellStyleAt(forText(set, style.getIndex())));
    }

    /**
     * Text as the workbook shows it: in a Chinese workbook, punctuation that touches Chinese is set
     * full-width by the rule the PDF uses ({@link ChinesePunctuation}), so "受益:…(Wind)" reads
     * "受益：…（Wind）" in both. The Facts sheet is the exception: it is the fact table, read back as
     * typed, and its quotes must match the article character for character.
     */
    String typeset(String value) {
        return chinese && value != null ? ChinesePunctuation.fullWidth(value) : value;
    }

    /** The runs of one paragraph, punctuated as one text (a mark between two runs sees both sides). */
    List<String> typeset(List<String> runs) {
        return chinese ? ChinesePunctuation.fullWidth(runs) : runs;
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

    /** A change in percentage points: "+0.80 pts", "-0.50 pts" ("個百分點" in Chinese). */
    static String points(io.briefing.i18n.Labels l) {
        String pts = l.get("changes.pts", "").replace("\"", "");
        return "+0.00\"" + pts + "\";-0.00\"" + pts + "\";0\"" + pts + "\"";
    }

    /** The unit's format with a sign, so a change reads "+2,000" and "-500" in the unit. */
    static String signedChange(NumberStyle style) {
        String f = style.format();
        if (f.contains(";") || f.equals("General")) {
            return f.equals("General") ? "+#,##0.##;-#,##0.##;0" : f;
        }
        return "+" + f + ";-" + f + ";" + f;
    }

    /** How a move since last week is shown in a cell: in points for a percent, else in the unit, signed. */
    static String change(NumberStyle style, io.briefing.i18n.Labels l) {
        return style.fraction() ? points(l) : signedChange(style);
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

    /**
     * Column characters a text fills as printed, for the height of a wrapped row: a Latin character
     * about 0.9 of the digit a column width counts, an ideograph 1.45 (measured on LibreOffice's PDF:
     * 26 ideographs fill a 36-character column). Counting an ideograph as 2 made Chinese rows a third
     * taller than their text.
     */
    static double printedWidth(String s) {
        return printedWidth(s, 1.45);
    }

    static double printedWidth(String s, double ideograph) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) >= 0x1100 ? ideograph : 0.9;
        }
        return w;
    }

    static int index(CellStyle style) {
        return style.getIndex() & 0xffff;
    }

    /** A bold header row with the columns' widths (in characters). */
    void headerRow(Sheet sheet, int rowIndex, List<String> headers, int[] widths) {
        Row r = sheet.createRow(rowIndex);
        // tall enough for the longest header wrapped in its column: a fixed height cut "人民幣（億元）" after "（億元"
        int lines = 1;
        for (int i = 0; i < headers.size(); i++) {
            int room = Math.max(1, widths[i] - 2);
            // bold ideographs set wider: 9 fill a 16-character heading (1.8 each, measured in LibreOffice)
            lines = Math.max(lines, (int) Math.ceil(printedWidth(typeset(headers.get(i)), 1.8) / room));
        }
        r.setHeightInPoints(Math.max(20, 15 * lines));
        for (int i = 0; i < headers.size(); i++) {
            // a heading made of a label ("=1+1 Change in the week · Percent") is text as any cell is
            text(r.createCell(i), headers.get(i), header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }
}
