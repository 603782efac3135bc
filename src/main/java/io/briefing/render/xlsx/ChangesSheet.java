package io.briefing.render.xlsx;

import io.briefing.i18n.Labels;
import io.briefing.model.Briefing;
import io.briefing.model.ChangeLine;
import io.briefing.model.ChangeMark;
import io.briefing.model.ChangeSet;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The Changes sheet: every fact compared with the previous week, the two values as typed numbers
 * and the change and relative change as formulas over them, so that an analyst who corrects a value
 * sees its change follow. A change of bound gets no formula: a bound has no difference.
 */
final class ChangesSheet {
    static final int UNIT = 2;
    static final int KIND = 3;
    static final int PREVIOUS = 4;
    static final int CURRENT = 5;
    static final int DELTA = 6;
    static final int RELATIVE = 7;
    static final int PREVIOUS_SHOWN = 8;
    static final int CURRENT_SHOWN = 9;
    static final int SOURCE = 10;
    static final int PREVIOUS_SOURCE = 11;

    private ChangesSheet() {}

    static void write(SXSSFWorkbook wb, SXSSFSheet sheet, Briefing b, WorkbookStyles st, String sourcesName) {
        Labels l = b.labels();
        ChangeSet set = b.changes();
        // the unit beside the figure, as on the Facts sheet: 38 and 41 are days, 5,200 and 5,600 heat pumps
        List<String> headers = List.of(l.get("col.id"), l.get("changes.col.figure"), l.get("col.unit"), l.get("changes.col.kind"),
                l.get("changes.col.previous"), l.get("changes.col.current"), l.get("changes.col.delta"),
                l.get("changes.col.relative"), l.get("changes.col.previous-shown"), l.get("changes.col.current-shown"),
                l.get("changes.col.source"), l.get("changes.col.previous-source"));
        st.headerRow(sheet, 0, headers, new int[] {18, 44, 14, 22, 16, 16, 16, 14, 16, 16, 10, 60});
        sheet.createFreezePane(0, 1);
        PrintSetup.apply(sheet, b, 0, headers.size());
        CreationHelper helper = wb.getCreationHelper();
        CellStyle relative = st.format("+0.0%;-0.0%;0.0%");
        CellStyle points = st.format(WorkbookStyles.points(l));
        int r = 1;
        for (ChangeLine c : set.lines()) {
            Row row = sheet.createRow(r);
            st.text(row.createCell(0), c.factId(), st.text);
            st.text(row.createCell(1), c.label(), st.wrap);
            row.setHeightInPoints(Math.max(SheetRowWriter.heightFor(c.label(), 42),
                    c.previousRef() == null ? 15f : SheetRowWriter.heightFor(set.previousSources().get(c.previousRef().number() - 1).quote(), 58)));
            boolean moved = c.mark() == ChangeMark.UP || c.mark() == ChangeMark.DOWN;
            st.text(row.createCell(UNIT), c.unit(), st.text);
            st.text(row.createCell(KIND), moved ? l.get("changes.kind.moved") : c.changeText(), st.text);
            if (c.previousValue().isPresent()) {
                Cell p = row.createCell(PREVIOUS);
                p.setCellValue(c.previousValue().getAsDouble());
                p.setCellStyle(st.format(WorkbookStyles.signed(c.style().format(), c.previousSign())));
            }
            if (c.currentValue().isPresent()) {
                Cell p = row.createCell(CURRENT);
                p.setCellValue(c.currentValue().getAsDouble());
                p.setCellStyle(st.format(WorkbookStyles.signed(c.style().format(), c.currentSign())));
            }
            if (moved) {
                moveFormulas(row, r, c, st, points, relative);
            }
            st.text(row.createCell(PREVIOUS_SHOWN), c.previousText(), st.text);
            st.text(row.createCell(CURRENT_SHOWN), c.currentText(), st.text);
            if (c.currentRef() != null) {
                Cell link = row.createCell(SOURCE);
                link.setCellValue(c.currentRef().marker());
                Hyperlink h = helper.createHyperlink(HyperlinkType.DOCUMENT);
                h.setAddress(SourcesSheet.target(sourcesName, c.currentRef().number()));
                link.setHyperlink(h);
                link.setCellStyle(st.link);
            }
            if (c.previousRef() != null) {
                st.text(row.createCell(PREVIOUS_SOURCE), set.previousSources().get(c.previousRef().number() - 1).quote(), st.wrap);
            }
            r++;
        }
        if (r > 1) {
            sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, headers.size() - 1));
        }
        note(sheet, r + 1, set.compared()
                ? l.get("changes.sheet.intro", set.previousManifest(), set.since()) + " " + set.summary()
                : l.get("changes.sheet.none", set.note()), st);
        if (set.compared()) {
            note(sheet, r + 2, set.previousArticle(), st);
        }
    }

    /**
     * The move of a figure that moved, as formulas over its row's previous and current cells: the change (in
     * points for a percent) and, for other units, the relative change. Each formula also carries its result, so
     * a reader that does not recalculate on opening (LibreOffice's default for .xlsx) shows the change, not 0.
     */
    private static void moveFormulas(Row row, int r, ChangeLine c, WorkbookStyles st, CellStyle points, CellStyle relative) {
        double before = c.previousValue().getAsDouble();
        double after = c.currentValue().getAsDouble();
        String prev = new CellReference(r, PREVIOUS).formatAsString();
        String cur = new CellReference(r, CURRENT).formatAsString();
        Cell d = row.createCell(DELTA);
        if (c.points()) {
            // the cells hold fractions (0.4766 for 47.66%): the change is shown in percentage points
            d.setCellFormula("(" + cur + "-" + prev + ")*100");
            d.setCellValue((after - before) * 100);
            d.setCellStyle(points);
        } else {
            d.setCellFormula(cur + "-" + prev);
            d.setCellValue(after - before);
            d.setCellStyle(st.format(WorkbookStyles.signedChange(c.style())));
            Cell rel = row.createCell(RELATIVE);
            rel.setCellFormula("IF(" + prev + "=0,\"\",(" + cur + "-" + prev + ")/ABS(" + prev + "))");
            if (before != 0) {
                rel.setCellValue((after - before) / Math.abs(before));
            }
            rel.setCellStyle(relative);
        }
    }

    /** A note under the table, wrapped across its first six columns (130 characters): one printed page wide. */
    private static void note(SXSSFSheet sheet, int r, String text, WorkbookStyles st) {
        Row row = sheet.createRow(r);
        st.text(row.createCell(0), text, st.wrap);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 5));
        row.setHeightInPoints(SheetRowWriter.heightFor(text, 128));
    }
}
