package io.briefing.render.xlsx;

import io.briefing.i18n.Labels;
import io.briefing.model.Briefing;
import io.briefing.model.FactRow;
import java.io.IOException;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;


/**
 * The Facts sheet: one row per fact, typed and formatted numbers, a frozen header, a filter, and a link
 * from every row to its source. Its columns are one list of definitions: heading, width and how a row
 * fills the cell, so a column is added or moved in one place.
 */
final class FactsSheet {
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
        Column source = new Column("col.source", 9, (out, col, row) -> {
            String marker = "[" + row.sourceNumber() + "]";
            if (formulas) {
                // POI keeps every hyperlink object in memory; past this size the link is a formula
                String target = SourcesSheet.target(sourcesName, row.sourceNumber());
                out.textFormula(col, "HYPERLINK(\"#" + target.replace("\"", "\"\"") + "\",\"" + marker + "\")", marker, link);
            } else {
                out.text(col, marker, link);
            }
        });
        columns = List.of(
                new Column("col.id", 18, (out, col, row) -> out.text(col, row.id(), st.forText(row.id(), text))),
                new Column("col.category", 20, (out, col, row) -> out.text(col, row.category(), st.forText(row.category(), text))),
                new Column("col.entity", 30, (out, col, row) -> out.text(col, row.entity(), st.forText(row.entity(), text))),
                new Column(b.language() == io.briefing.i18n.Language.ZH ? "col.entity_en" : "col.entity_zh", 22,
                        (out, col, row) -> out.text(col, row.entityOther(), st.forText(row.entityOther(), text))),
                new Column("col.metric", 34, (out, col, row) -> out.text(col, row.metric(), st.forText(row.metric(), text))),
                new Column("col.value", 18, (out, col, row) -> {
                    if (row.value().isPresent()) {
                        out.number(col, row.value().getAsDouble(), WorkbookStyles.index(st.of(row.style())));
                    } else {
                        out.blank(col, text);
                    }
                }),
                new Column("col.unit", 9, (out, col, row) -> out.text(col, row.unit(), st.forText(row.unit(), text))),
                new Column("col.qualifier", 12, (out, col, row) -> out.text(col, row.qualifier(), st.forText(row.qualifier(), text))),
                new Column("col.display", 26, (out, col, row) -> out.text(col, row.display(), st.forText(row.display(), text))),
                new Column("col.period", 12, (out, col, row) -> out.text(col, row.period(), st.forText(row.period(), text))),
                new Column("col.reporter", 22, (out, col, row) -> out.text(col, row.reporter(), st.forText(row.reporter(), text))),
                new Column("col.quote", 60, (out, col, row) -> out.text(col, row.quote(), st.forText(row.quote(), text))),
                source,
                new Column("col.status", 14, (out, col, row) -> out.text(col, row.status(), row.verified() ? text : flagged)));
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
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rows), 0, headers.size() - 1));
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
            out.startRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                columns.get(c).cell().write(out, c, row);
            }
            out.endRow();
        }
    }
}
