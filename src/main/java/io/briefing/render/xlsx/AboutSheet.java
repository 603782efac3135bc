package io.briefing.render.xlsx;

import io.briefing.i18n.Labels;
import io.briefing.model.Briefing;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/** The About sheet: when and from which files the workbook was made, with which template and tool. */
final class AboutSheet {
    private AboutSheet() {}

    static void write(SXSSFSheet sheet, Briefing b, WorkbookStyles st) {
        Labels l = b.labels();
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 90 * 256);
        PrintSetup.apply(sheet, b, -1, 2);
        Row t = sheet.createRow(0);
        st.text(t.createCell(0), l.get("about.title"), st.title);
        int r = 2;
        // the workbook's date is the facts' as-of date, never the time it was run: the same facts give the same bytes
        Row asOf = sheet.createRow(r++);
        st.text(asOf.createCell(0), l.get("about.as-of"), st.text);
        Cell date = asOf.createCell(1);
        date.setCellValue(b.info().asOf());
        date.setCellStyle(st.dateLeft);
        Row count = sheet.createRow(r++);
        st.text(count.createCell(0), l.get("about.rows"), st.text);
        Cell n = count.createCell(1);
        n.setCellValue(b.facts().size());
        n.setCellStyle(st.countLeft);
        r = pair(sheet, st, r, l.get("about.tool"), "briefing " + b.info().toolVersion());
        r = pair(sheet, st, r, l.get("about.template"), b.info().templateName());
        r = pair(sheet, st, r, l.get("about.language"), l.get("language.name"));
        // manifest, fact table, [article,] template: each under its own name
        java.util.List<String> files = b.info().inputFiles();
        for (int i = 0; i < files.size(); i++) {
            String key = i == 0 ? "about.manifest" : i == 1 ? "about.facts-file" : i == files.size() - 1
                    ? "about.template-file" : "about.article-file";
            // a path as the file system spells it: the manifest's is read back, and "(" in a folder's name stays "("
            r = pair(sheet, null, r, l.get(key), files.get(i));
        }
        r = pair(sheet, st, r, l.get("about.source"), b.info().sourceLine());
        if (!b.info().coverage().isEmpty()) {
            r = pair(sheet, st, r, l.get("about.coverage"), b.info().coverage());
        }
        pair(sheet, st, r, l.get("about.compared"), b.changes().compared()
                ? b.changes().previousManifest() + " (" + b.changes().since() + ")" : b.changes().note());
    }

    /** A key and its value; the value typeset as the workbook's text unless {@code st} is null (a path). */
    private static int pair(Sheet sheet, WorkbookStyles st, int r, String key, String value) {
        Row x = sheet.createRow(r);
        x.createCell(0).setCellValue(key);
        x.createCell(1).setCellValue(st == null ? value : st.typeset(value));
        return r + 1;
    }
}
