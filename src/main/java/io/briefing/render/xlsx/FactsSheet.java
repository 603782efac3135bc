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
    private static final int QUOTE_CHARS = 44;

    /** Up to this many facts, source links are hyperlink objects; beyond, HYPERLINK formulas that stream. */
    static final int MAX_LINK_OBJECTS = 10_000;

    /** How a row fills one cell of a column. */
    @FunctionalInterface
    private interface Cell {
        void write(SheetRowWriter out, int col, FactRow row) throws IOException;
    }

    /** One column: the label of its heading, its width in characters, and its cell. */
    private record Column(String label, int width, Cell cell) {}

    private final Briefing b;
    private final WorkbookStyles st;
    private final String sourcesName;
    private final List<Column> columns;
    private final int sourceColumn;

    FactsSheet(Briefing b, WorkbookStyles st, String sourcesName) {
        this.b = b;
        this.st = st;
        this.sourcesName = sourcesName;
        int text = WorkbookStyles.index(st.text);
        int link = WorkbookStyles.index(st.link);
        int flagged = WorkbookStyles.index(st.flagged);
        boolean formulas = b.facts().size() > MAX_LINK_OBJECTS;
        int wrap = WorkbookStyles.index(st.wrap);
        Column source = new Column("table.source", 8, (out, col, row) -> {
            String marker = "[" + row.sourceNumber() + "]";
            if (formulas) {
                // POI keeps every hyperlink object in memory; past this size the link is a formula
                String target = SourcesSheet.target(sourcesName, row.sourceNumber());
                out.textFormula(col, "HYPERLINK(\"#" + target.replace("\"", "\"\"") + "\",\"" + marker + "\")", marker, link);
            } else {
                out.text(col, marker, link);
            }
        });
        // the fact table's columns, under the headings FactSheetReader reads back, then what the briefing derives
        boolean zh = b.language() == io.briefing.i18n.Language.ZH;
        String here = zh ? "_zh" : "_en";
        String other = zh ? "_en" : "_zh";
        String yes = b.labels().get("table.yes");
        List<Column> all = new ArrayList<>(List.of(
                new Column("table.id", 16, (out, col, row) -> out.text(col, row.id(), st.forText(row.id(), text))),
                new Column("table.category", 18, (out, col, row) -> out.text(col, row.category(), st.forText(row.category(), text))),
                new Column("table.entity" + here, 24, (out, col, row) -> out.text(col, row.entity().here(), st.forText(row.entity().here(), text))),
                new Column("table.entity" + other, 20, (out, col, row) -> out.text(col, row.entity().other(), st.forText(row.entity().other(), text))),
                new Column("table.metric" + here, 24, (out, col, row) -> out.text(col, row.metric().here(), st.forText(row.metric().here(), text))),
                new Column("table.value", 16, (out, col, row) -> {
                    if (row.value().isPresent()) {
                        out.number(col, row.value().getAsDouble(), WorkbookStyles.index(st.of(row.style())));
                    } else if (!row.range().isEmpty()) {
                        // a range has two numbers: written as the fact table writes it, read back so
                        out.text(col, row.range(), text);
                    } else {
                        out.blank(col, text);
                    }
                }),
                new Column("table.unit", 11, (out, col, row) -> out.text(col, row.unit(), st.forText(row.unit(), text))),
                new Column("table.qualifier", 11, (out, col, row) -> out.text(col, row.qualifier(), st.forText(row.qualifier(), text))),
                new Column("table.display", 16, (out, col, row) -> out.text(col, row.display(), st.forText(row.display(), text))),
                new Column("table.period", 10, (out, col, row) -> out.text(col, row.period(), st.forText(row.period(), text))),
                new Column("table.reporter" + here, 18, (out, col, row) -> out.text(col, row.reporter().here(), st.forText(row.reporter().here(), text))),
                new Column("table.quote", QUOTE_CHARS, (out, col, row) -> out.text(col, row.quote(), st.forText(row.quote(), wrap))),
                new Column("table.key", 8, (out, col, row) -> out.text(col, row.key() ? yes : "", text)),
                new Column("table.aliases", 14, (out, col, row) -> out.text(col, row.aliases().replace("|", " | "),
                        st.forText(row.aliases(), text))),
                source,
                new Column("table.status", 14, (out, col, row) -> out.text(col, row.status(), row.verified() ? text : flagged))));
        if (!zh) {
            // an English workbook carries the Chinese wording too, so a Chinese briefing can be made from it;
            // a Chinese one carries only the English names of its entities, and no English beyond them
            all.add(5, new Column("table.metric" + other, 20, (out, col, row) -> out.text(col, row.metric().other(),
                    st.forText(row.metric().other(), text))));
            all.add(12, new Column("table.reporter" + other, 16, (out, col, row) -> out.text(col, row.reporter().other(),
                    st.forText(row.reporter().other(), text))));
        }
        columns = List.copyOf(all);
        sourceColumn = columns.indexOf(source);
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
        PrintSetup.apply(sheet, b, 0);
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

    /** The rows, streamed: one per fact. */
    void rows(SheetRowWriter out) throws IOException {
        int r = 1;
        for (FactRow row : b.facts()) {
            out.startRow(r++, SheetRowWriter.heightFor(row.quote(), QUOTE_CHARS - 2));
            for (int c = 0; c < columns.size(); c++) {
                columns.get(c).cell().write(out, c, row);
            }
            out.endRow();
        }
    }
}
