package io.briefing.render.xlsx;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.ss.util.CellReference;


/**
 * Writes the final workbook: every part of the workbook POI wrote (styles, charts, small sheets,
 * the header rows of the big sheets) is copied, and the rows of the big sheets are written into
 * their sheet's XML where POI's rows end, straight into the zip. Every entry gets the same fixed
 * time, so the same briefing gives the same bytes.
 */
final class WorkbookAssembler {
    /** Writes a big sheet's rows below its header. */
    @FunctionalInterface
    interface Rows {
        void write(SheetRowWriter out) throws IOException;
    }

    /**
     * A sheet whose rows are streamed: how many columns they have and the last row (0-based) they
     * reach, known before they are written because the sheet's dimension comes first.
     */
    record StreamedSheet(Rows rows, int columns, int lastRow) {}

    private static final Pattern DIMENSION = Pattern.compile("<dimension ref=\"[^\"]*\"/>");

    /** From this many rows on, the rows are made on a thread of their own. */
    private static final int HAND_OFF_ROWS = 5_000;
    private static final Executor ROW_THREADS = r -> {
        Thread t = new Thread(r, "briefing-sheet-rows");
        t.setDaemon(true);
        t.start();
    };

    private WorkbookAssembler() {}

    private static void writeRows(StreamedSheet sheet, OutputStream out) throws IOException {
        SheetRowWriter rows = new SheetRowWriter(out, sheet.columns());
        sheet.rows().write(rows);
        rows.flush();
        if (rows.lastRow() > sheet.lastRow()) {
            throw new IllegalStateException("rows beyond the announced dimension: " + rows.lastRow());
        }
    }

    /**
     * @param skeleton the workbook as POI wrote it
     * @param streamed zip entry name (such as {@code xl/worksheets/sheet1.xml}) → its rows
     */
    static void assemble(byte[] skeleton, Map<String, StreamedSheet> streamed, Path target, long epochMillis)
            throws IOException {
        LocalDateTime time = LocalDateTime.ofEpochSecond(epochMillis / 1000, 0, ZoneOffset.UTC);
        // the staged file exists: opened without CREATE, so a stop signal that removed it is not undone
        try (OutputStream file = Files.newOutputStream(target, java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
             ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(file, 1 << 16));
             ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(skeleton))) {
            // commons-compress, not java.util.zip: POI's streaming workbook writes data descriptors
            // that ZipInputStream misreads
            for (ZipArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry out = new ZipEntry(e.getName());
                out.setTimeLocal(time);
                byte[] part = in.readAllBytes();
                if (e.getName().equals("xl/styles.xml")) {
                    part = withNormalStyle(part);
                }
                StreamedSheet sheet = streamed.get(e.getName());
                if (sheet == null && e.getName().startsWith("xl/worksheets/sheet") && e.getName().endsWith(".xml")) {
                    part = withDimension(part);
                }
                // the big sheets are mostly repetitive markup: the fastest level loses little there
                zip.setLevel(sheet != null ? Deflater.BEST_SPEED : Deflater.DEFAULT_COMPRESSION);
                zip.putNextEntry(out);
                if (sheet == null) {
                    zip.write(part);
                } else {
                    splice(new String(part, StandardCharsets.UTF_8), sheet, zip);
                }
                zip.closeEntry();
            }
        }
    }

    /**
     * The styles part with the built-in "Normal" cell style, which POI does not write: without a
     * cellStyles entry openpyxl warns "Workbook contains no default style" on every file. It goes
     * right after cellXfs, where the schema's order puts it.
     */
    static byte[] withNormalStyle(byte[] styles) {
        String xml = new String(styles, StandardCharsets.UTF_8);
        int at = xml.indexOf("</cellXfs>");
        if (at < 0 || xml.contains("<cellStyles")) {
            return styles;
        }
        at += "</cellXfs>".length();
        return (xml.substring(0, at) + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + xml.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    /** A cell's reference in a sheet's markup, or a merged range's last cell: its column letters and its row. */
    private static final Pattern CELL = Pattern.compile("<c r=\"([A-Z]{1,3})([0-9]+)\"|<mergeCell ref=\"[A-Z]{1,3}[0-9]+:([A-Z]{1,3})([0-9]+)\"");

    /**
     * A sheet POI's streaming workbook wrote with the dimension it always writes, "A1": the range its cells
     * and merged ranges reach. openpyxl's read-only mode trusts the dimension and read one row of each such sheet (seen).
     */
    static byte[] withDimension(byte[] sheetXml) {
        String xml = new String(sheetXml, StandardCharsets.UTF_8);
        Matcher dim = DIMENSION.matcher(xml);
        if (!dim.find()) {
            return sheetXml;
        }
        int maxRow = 0;
        int maxCol = 0;
        Matcher c = CELL.matcher(xml);
        while (c.find()) {
            // (a note merged across the table's width, A2:H2, reaches past its last column of cells)
            int g = c.group(1) != null ? 1 : 3;
            maxRow = Math.max(maxRow, Integer.parseInt(c.group(g + 1)));
            maxCol = Math.max(maxCol, CellReference.convertColStringToIndex(c.group(g)));
        }
        if (maxRow == 0) {
            return sheetXml;
        }
        String range = maxRow == 1 && maxCol == 0 ? "A1" : "A1:" + CellReference.convertNumToColString(maxCol) + maxRow;
        return (xml.substring(0, dim.start()) + "<dimension ref=\"" + range + "\"/>" + xml.substring(dim.end()))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void splice(String xml, StreamedSheet sheet, OutputStream zip) throws IOException {
        int end = xml.indexOf("</sheetData>");
        String head;
        String tail;
        if (end >= 0) {
            head = xml.substring(0, end);
            tail = xml.substring(end);
        } else {
            int empty = xml.indexOf("<sheetData/>");
            if (empty < 0) {
                throw new IOException("POI wrote a sheet without sheetData");
            }
            head = xml.substring(0, empty) + "<sheetData>";
            tail = "</sheetData>" + xml.substring(empty + "<sheetData/>".length());
        }
        String range = "A1:" + CellReference.convertNumToColString(sheet.columns() - 1)
                + (sheet.lastRow() + 1);
        head = DIMENSION.matcher(head).replaceFirst(Matcher.quoteReplacement("<dimension ref=\"" + range + "\"/>"));
        zip.write(head.getBytes(StandardCharsets.UTF_8));
        if (sheet.lastRow() < HAND_OFF_ROWS) {
            writeRows(sheet, zip);
        } else {
            // making the rows and compressing them each take a core
            HandOff.copy(out -> writeRows(sheet, out), ROW_THREADS, zip);
        }
        zip.write(tail.getBytes(StandardCharsets.UTF_8));
    }
}
