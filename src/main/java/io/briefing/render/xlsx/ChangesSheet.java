package io.briefing.render.xlsx;

import io.briefing.i18n.Labels;
import io.briefing.model.Briefing;
import io.briefing.model.ChangeLine;
import io.briefing.model.ChangeMark;
import io.briefing.model.ChangeSet;
import io.briefing.model.NumberStyle;
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
    static final int PREVIOUS = 3;
    static final int CURRENT = 4;
    static final int DELTA = 5;
    static final int RELATIVE = 6;

    private ChangesSheet() {}

    static void write(SXSSFWorkbook wb, SXSSFSheet sheet, Briefing b, WorkbookStyles st, String sourcesName) {
        Labels l = b.labels();
        ChangeSet set = b.changes();
        List<String> headers = List.of(l.get("col.id"), l.get("changes.col.figure"), l.get("changes.col.kind"),
                l.get("changes.col.previous"), l.get("changes.col.current"), l.get("changes.col.delta"),
                l.get("changes.col.relative"), l.get("changes.col.previous-shown"), l.get("changes.col.current-shown"),
                l.get("changes.col.source"), l.get("changes.col.previous-source"));
        st.headerRow(sheet, 0, headers, new int[] {18, 44, 22, 16, 16, 16, 14, 16, 16, 10, 60});
        sheet.createFreezePane(0, 1);
        PrintSetup.apply(sheet, b, 0);
        CreationHelper helper = wb.getCreationHelper();
        CellStyle relative = st.format("+0.0%;-0.0%;0.0%");
        CellStyle points = st.format("+0.00\"" + pts(l) + "\";-0.00\"" + pts(l) + "\";0\"" + pts(l) + "\"");
        int r = 1;
        for (ChangeLine c : set.lines()) {
            Row row = sheet.createRow(r);
            st.text(row.createCell(0), c.factId(), st.text);
            st.text(row.createCell(1), c.label(), st.text);
            boolean moved = c.mark() == ChangeMark.UP || c.mark() == ChangeMark.DOWN;
            st.text(row.createCell(2), moved ? l.get("changes.kind.moved") : c.changeText(), st.text);
            CellStyle value = st.of(c.style());
            if (c.previousValue().isPresent()) {
                Cell p = row.createCell(PREVIOUS);
                p.setCellValue(c.previousValue().getAsDouble());
                p.setCellStyle(value);
            }
            if (c.currentValue().isPresent()) {
                Cell p = row.createCell(CURRENT);
                p.setCellValue(c.currentValue().getAsDouble());
                p.setCellStyle(value);
            }
            if (moved) {
                // each formula also carries its result, so a reader that does not recalculate on opening
                // (LibreOffice's default for .xlsx) shows the change, not 0
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
                    d.setCellStyle(st.format(signed(c.style())));
                    Cell rel = row.createCell(RELATIVE);
                    rel.setCellFormula("IF(" + prev + "=0,\"\",(" + cur + "-" + prev + ")/ABS(" + prev + "))");
                    if (before != 0) {
                        rel.setCellValue((after - before) / Math.abs(before));
                    }
                    rel.setCellStyle(relative);
                }
            }
            row.createCell(7).setCellValue(c.previousText());
            row.createCell(8).setCellValue(c.currentText());
            if (c.currentRef() != null) {
                Cell link = row.createCell(9);
                link.setCellValue(c.currentRef().marker());
                Hyperlink h = helper.createHyperlink(HyperlinkType.DOCUMENT);
                h.setAddress(SourcesSheet.target(sourcesName, c.currentRef().number()));
                link.setHyperlink(h);
                link.setCellStyle(st.link);
            }
            if (c.previousRef() != null) {
                Cell q = row.createCell(10);
                q.setCellValue(set.previousSources().get(c.previousRef().number() - 1).quote());
                q.setCellStyle(st.wrap);
            }
            r++;
        }
        if (r > 1) {
            sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, headers.size() - 1));
        }
        Row note = sheet.createRow(r + 1);
        note.createCell(0).setCellValue(set.compared()
                ? l.get("changes.sheet.intro", set.previousManifest(), set.since()) + " " + set.summary()
                : l.get("changes.sheet.none", set.note()));
        if (set.compared()) {
            sheet.createRow(r + 2).createCell(0).setCellValue(set.previousArticle());
        }
    }

    private static String pts(Labels l) {
        return l.get("changes.pts", "").replace("\"", "");
    }

    /** The unit's format with a sign, so a change reads "+2,000" and "-500" in the unit. */
    private static String signed(NumberStyle style) {
        String f = style.format();
        if (f.contains(";") || f.equals("General")) {
            return f.equals("General") ? "+#,##0.##;-#,##0.##;0" : f;
        }
        return "+" + f + ";-" + f + ";" + f;
    }
}
