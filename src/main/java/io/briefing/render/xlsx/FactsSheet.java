package io.briefing.render.xlsx;

import io.briefing.i18n.Labels;
import io.briefing.model.Briefing;
import io.briefing.model.FactRow;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;


/**
 * The Facts sheet: one row per fact, typed and formatted numbers, a frozen header, a filter, and a link
 * from every row to its source. Its columns are one list of definitions: heading, width and how a row
 * fills the cell, so a column is added or moved in one place.
 */
final class FactsSheet {
    /** The quote column's width in characters; the quote wraps in it. */
    private static final int QUOTE_CHARS = 36;

    /** Up to this many facts, source links are hyperlink objects; beyond, HYPERLINK formulas that stream. */
    static final int MAX_LINK_OBJECTS = 10_000;

    /** How a row fills one cell of a column. */
    @FunctionalInterface
    private interface Cell {
        void write(SheetRowWriter out, int col, FactRow row) throws IOException;
    }

    /**
     * One column: the label of its heading, its width in characters, its cell, and the text it shows
     * (null for a number), by which the row's height is set: every text wraps in its column.
     */
    private record Column(String label, int width, Cell cell, java.util.function.Function<FactRow, String> shown) {}

    private final Briefing b;
    private final WorkbookStyles st;
    private final String sourcesName;
    private final List<Column> columns;
    private final int sourceColumn;

    FactsSheet(Briefing b, WorkbookStyles st, String sourcesName) {
        this.b = b;
        this.st = st;
        this.sourcesName = sourcesName;
        int link = WorkbookStyles.index(st.link);
        int flagged = WorkbookStyles.index(st.flagged);
        boolean formulas = b.facts().size() > MAX_LINK_OBJECTS;
        int wrap = WorkbookStyles.index(st.wrap);
        Column source = new Column("table.source", 7, (out, col, row) -> {
            String marker = "[" + row.sourceNumber() + "]";
            if (formulas) {
                // POI keeps every hyperlink object in memory; past this size the link is a formula
                String target = SourcesSheet.target(sourcesName, row.sourceNumber());
                out.textFormula(col, "HYPERLINK(\"#" + target.replace("\"", "\"\"") + "\",\"" + marker + "\")", marker, link);
            } else {
                out.text(col, marker, link);
            }
        }, null);
        boolean zh = b.language() == io.briefing.i18n.Language.ZH;
        String here = zh ? "_zh" : "_en";
        String other = zh ? "_en" : "_zh";
        String yes = b.labels().get("table.yes");
        // the fact table's columns, under the headings FactSheetReader reads back (by name, in any order), then
        // what the briefing derives. What a reader of the printed sheet needs comes first, so the first printed
        // page of a row holds who, what, how much, when and the quote: 142 characters, one landscape page at
        // 72% (Letter) or 77% (A4) as LibreOffice prints (PrintSetup); then how it is shown and checked, the
        // category, reporter, key and aliases; then (English workbooks) the Chinese wording; the id on each page
        List<Column> all = new ArrayList<>(List.of(
                text("table.id", 14, FactRow::id, wrap),
                text("table.entity" + here, 20, r -> r.entity().here(), wrap),
                text("table.metric" + here, 20, r -> r.metric().here(), wrap),
                new Column("table.value", 15, (out, col, row) -> {
                    if (row.value().isPresent()) {
                        out.number(col, row.value().getAsDouble(), WorkbookStyles.index(st.of(row.style())));
                    } else if (!row.range().isEmpty()) {
                        // a range has two numbers: written as the fact table writes it, read back so
                        out.text(col, row.range(), wrap);
                    } else {
                        out.blank(col, wrap);
                    }
                }, FactRow::range),
                text("table.unit", 10, FactRow::unit, wrap),
                text("table.qualifier", 10, FactRow::qualifier, wrap),
                text("table.period", 10, FactRow::period, wrap),
                // the marker before its quote: a page cut after the quote keeps them together
                source,
                text("table.quote", QUOTE_CHARS, FactRow::quote, wrap),
                text("table.display", 16, FactRow::display, wrap),
                new Column("table.status", 16, (out, col, row) -> out.text(col, row.status(), row.verified() ? wrap : flagged),
                        FactRow::status),
                text("table.category", 16, FactRow::category, wrap),
                text("table.reporter" + here, 16, r -> r.reporter().here(), wrap),
                new Column("table.key", 7, (out, col, row) -> out.text(col, row.key() ? yes : "", wrap), null),
                new Column("table.aliases", 14, (out, col, row) -> out.text(col, row.aliases().replace("|", " | "),
                        st.forText(row.aliases(), wrap)), r -> r.aliases().replace("|", " | ")),
                text("table.entity" + other, 20, r -> r.entity().other(), wrap)));
        if (!zh) {
            // an English workbook carries the Chinese wording too, so a Chinese briefing can be made from it;
            // a Chinese one carries only the English names of its entities, and no English beyond them
            all.add(text("table.metric" + other, 20, r -> r.metric().other(), wrap));
            all.add(text("table.reporter" + other, 16, r -> r.reporter().other(), wrap));
        }
        columns = List.copyOf(all);
        sourceColumn = columns.indexOf(source);
    }

    /** A column of text, quote-prefixed where it starts like a formula. */
    private Column text(String label, int width, java.util.function.Function<FactRow, String> value, int style) {
        return new Column(label, width, (out, col, row) -> {
            String v = value.apply(row);
            out.text(col, v, st.forText(v, style));
        }, value);
    }

    int width() {
        return columns.size();
    }

    /** The header row, the frozen pane, the filter and (for tables up to MAX_LINK_OBJECTS) the link objects. */
    void header(SXSSFSheet sheet, XSSFSheet xssf) {
        Labels l = b.labels();
        List<String> headers = columns.stream().map(c -> l.get(c.label())).toList();
        int[] widths = columns.stream().mapToInt(Column::width).toArray();
        st.headerRow(sheet, 0, headers, widths);
        sheet.createFreezePane(0, 1);
        int rows = b.facts().size();
        // a named Excel table: banded rows, a filter button on every heading, and formulas that refer to
        // columns by name; its range is known before the rows stream, so it costs nothing per row
        XSSFTable table = xssf.createTable(new AreaReference(new CellReference(0, 0),
                new CellReference(Math.max(1, rows), headers.size() - 1), SpreadsheetVersion.EXCEL2007));
        String name = l.get("table.name");
        table.setName(name);
        table.setDisplayName(name);
        CTTable ct = table.getCTTable();
        ct.setId(1);
        for (int i = 0; i < headers.size(); i++) {
            // the names must equal the heading cells, which POI cannot see in a streamed sheet
            ct.getTableColumns().getTableColumnArray(i).setName(headers.get(i));
        }
        ct.addNewAutoFilter().setRef(ct.getRef());
        CTTableStyleInfo style = ct.isSetTableStyleInfo() ? ct.getTableStyleInfo() : ct.addNewTableStyleInfo();
        style.setName("TableStyleMedium2");
        style.setShowRowStripes(true);
        style.setShowColumnStripes(false);
        PrintSetup.apply(sheet, b, 0, headers.size());
        if (rows <= MAX_LINK_OBJECTS) {
            // hyperlink objects live in the sheet's XML after the rows; POI puts them in their place
            CreationHelper helper = xssf.getWorkbook().getCreationHelper();
            for (int i = 0; i < rows; i++) {
                XSSFHyperlink link = (XSSFHyperlink) helper.createHyperlink(HyperlinkType.DOCUMENT);
                link.setAddress(SourcesSheet.target(sourcesName, i + 1));
                link.setCellReference(new CellReference(i + 1, sourceColumn));
                xssf.addHyperlink(link);
            }
        }
    }

    /** Points a row needs: its tallest text, wrapped in its column. */
    private float height(FactRow row) {
        float h = 15f;
        for (Column c : columns) {
            if (c.shown() != null) {
                String text = c.shown().apply(row);
                // a text too short to wrap is not measured: over 100,000 rows the measuring cost 4% of the run
                if (text != null && text.length() * 1.45 > c.width() - 2) {
                    h = Math.max(h, SheetRowWriter.heightFor(text, c.width() - 2));
                }
            }
        }
        return h;
    }

    /** The rows, streamed: one per fact. */
    void rows(SheetRowWriter out) throws IOException {
        int r = 1;
        for (FactRow row : b.facts()) {
            out.startRow(r++, height(row));
            for (int c = 0; c < columns.size(); c++) {
                columns.get(c).cell().write(out, c, row);
            }
            out.endRow();
        }
    }
}
