package io.briefing.render.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.poi.ss.util.CellReference;


/**
 * Writes worksheet rows as SpreadsheetML straight into the workbook's zip, for the sheets that have
 * a row per fact. POI's streaming writer makes a cell object, a row object and a temporary file for
 * every row, then copies the file into the zip: over a million rows that is most of the run. Here a
 * cell is a few bytes appended to one buffer; the cell styles are POI's, by index, so the rows look
 * exactly as POI would have written them.
 */
final class SheetRowWriter {
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int used;
    private final byte[][] columns;
    private byte[] rowNumber = new byte[0];
    private int lastRow = -1;

    SheetRowWriter(OutputStream out, int maxColumns) {
        this.out = out;
        columns = new byte[maxColumns][];
        for (int i = 0; i < maxColumns; i++) {
            columns[i] = CellReference.convertNumToColString(i)
                    .getBytes(StandardCharsets.US_ASCII);
        }
    }

    /** Starts the row at this 0-based index; rows must come in order. */
    void startRow(int index) throws IOException {
        if (index <= lastRow) {
            throw new IllegalStateException("row " + index + " after row " + lastRow);
        }
        lastRow = index;
        rowNumber = Integer.toString(index + 1).getBytes(StandardCharsets.US_ASCII);
        ascii("<row r=\"");
        raw(rowNumber);
        ascii("\">");
    }

    /**
     * Starts a row of a given height: a wrapped quote needs several lines, and a streamed row has no
     * reader that measures it (LibreOffice printed one quote over the next).
     */
    void startRow(int index, float heightPoints) throws IOException {
        if (index <= lastRow) {
            throw new IllegalStateException("row " + index + " after row " + lastRow);
        }
        lastRow = index;
        rowNumber = Integer.toString(index + 1).getBytes(StandardCharsets.US_ASCII);
        ascii("<row r=\"");
        raw(rowNumber);
        ascii("\" ht=\"" + heightPoints + "\" customHeight=\"1\">");
    }

    /** Points a row needs for a text wrapped in a column this many characters wide (15 a line, at most 409). */
    static float heightFor(String text, int columnChars) {
        int lines = text == null ? 1 : Math.max(1, (int) Math.ceil(WorkbookStyles.printedWidth(text) / Math.max(1, columnChars)));
        return Math.min(409f, 15f * lines);
    }

    void endRow() throws IOException {
        ascii("</row>");
    }

    /** A text cell, inline (a shared-strings table would hold every distinct text in memory). */
    void text(int col, String value, int style) throws IOException {
        if (value == null || value.isEmpty()) {
            blank(col, style);
            return;
        }
        cellStart(col, style);
        boolean preserve = Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1))
                || value.indexOf('\n') >= 0;
        ascii(preserve ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">" : " t=\"inlineStr\"><is><t>");
        escaped(value);
        ascii("</t></is></c>");
    }

    void number(int col, double value, int style) throws IOException {
        cellStart(col, style);
        ascii("><v>");
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            ascii(Long.toString((long) value));
        } else {
            ascii(Double.toString(value));
        }
        ascii("</v></c>");
    }

    void blank(int col, int style) throws IOException {
        cellStart(col, style);
        ascii("/>");
    }

    /** A formula whose result is text, with that result cached so the cell shows before recalculation. */
    void textFormula(int col, String formula, String cached, int style) throws IOException {
        cellStart(col, style);
        ascii(" t=\"str\"><f>");
        escaped(formula);
        ascii("</f><v>");
        escaped(cached);
        ascii("</v></c>");
    }

    /** The last row written, 0-based, or -1. */
    int lastRow() {
        return lastRow;
    }

    void flush() throws IOException {
        out.write(buf, 0, used);
        used = 0;
    }

    private void cellStart(int col, int style) throws IOException {
        ascii("<c r=\"");
        raw(columns[col]);
        raw(rowNumber);
        raw(styleAttribute(style));
    }

    private byte[][] styles = new byte[0][];

    /** {@code " s="N""}, made once per style. */
    private byte[] styleAttribute(int style) {
        if (style >= styles.length) {
            styles = Arrays.copyOf(styles, style + 16);
        }
        byte[] b = styles[style];
        if (b == null) {
            b = ("\" s=\"" + style + "\"").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            styles[style] = b;
        }
        return b;
    }

    private void ascii(String s) throws IOException {
        int n = s.length();
        if (used + n > buf.length) {
            flush();
        }
        for (int i = 0; i < n; i++) {
            buf[used++] = (byte) s.charAt(i);
        }
    }

    private void raw(byte[] b) throws IOException {
        if (used + b.length > buf.length) {
            flush();
            if (b.length > buf.length) {
                out.write(b);
                return;
            }
        }
        System.arraycopy(b, 0, buf, used, b.length);
        used += b.length;
    }

    /**
     * Text as UTF-8 with XML's three special characters escaped; characters XML 1.0 cannot carry
     * (control characters, lone surrogates) become '?', as POI writes them.
     */
    private void escaped(String s) throws IOException {
        // most texts need no escaping: encode them in one intrinsic call and copy
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        if (plain(utf8)) {
            raw(utf8);
            return;
        }
        escapedByChar(s);
    }

    /** True when the UTF-8 bytes hold nothing XML must escape or cannot carry. */
    private static boolean plain(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            byte x = b[i];
            if (x >= 0) {
                if (x < 0x20 ? x != '\t' && x != '\n' : x == '<' || x == '>' || x == '&' || x == '?') {
                    // '?' too: getBytes writes it for a lone surrogate, which the slow path handles the same
                    return false;
                }
            } else if (x == (byte) 0xEF && i + 2 < b.length && b[i + 1] == (byte) 0xBF
                    && (b[i + 2] == (byte) 0xBE || b[i + 2] == (byte) 0xBF)) {
                return false; // U+FFFE, U+FFFF
            }
        }
        return true;
    }

    private void escapedByChar(String s) throws IOException {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (used + 8 > buf.length) {
                flush();
            }
            char c = s.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '<' -> put("&lt;");
                    case '>' -> put("&gt;");
                    case '&' -> put("&amp;");
                    case '\t', '\n' -> buf[used++] = (byte) c;
                    case '\r' -> put("&#xD;");
                    default -> buf[used++] = (byte) (c < 0x20 ? '?' : c);
                }
            } else if (c < 0x800) {
                buf[used++] = (byte) (0xC0 | (c >> 6));
                buf[used++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                buf[used++] = (byte) (0xF0 | (cp >> 18));
                buf[used++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[used++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[used++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                buf[used++] = '?';
            } else {
                buf[used++] = (byte) (0xE0 | (c >> 12));
                buf[used++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buf[used++] = (byte) (0x80 | (c & 0x3F));
            }
        }
    }

    private void put(String entity) {
        for (int i = 0; i < entity.length(); i++) {
            buf[used++] = (byte) entity.charAt(i);
        }
    }
}
