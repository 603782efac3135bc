package io.briefing.render.xlsx;

import io.briefing.i18n.Labels;
import io.briefing.model.Briefing;
import io.briefing.model.SourceNote;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/** The Sources sheet: one row per fact, the sentence of the article that states it, who reported it, its check. */
final class SourcesSheet {
    static final int COLUMNS = 8;

    private SourcesSheet() {}

    /** The cell a source marker links to: the row of source n on the Sources sheet. */
    static String target(String sourcesName, int sourceNumber) {
        return "'" + sourcesName + "'!A" + (sourceNumber + 1);
    }

    static void header(SXSSFSheet sheet, Briefing b, WorkbookStyles st) {
        Labels l = b.labels();
        List<String> headers = List.of(l.get("col.number"), l.get("col.id"), l.get("col.label"), l.get("col.value"),
                l.get("col.quote"), l.get("col.reporter"), l.get("article"), l.get("col.status"));
        st.headerRow(sheet, 0, headers, new int[] {7, 18, 40, 26, 70, 24, 40, 14});
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, b.sources().size()), 0, headers.size() - 1));
        PrintSetup.apply(sheet, b, 0);
    }

    static void rows(SheetRowWriter out, Briefing b, WorkbookStyles st) throws IOException {
        int text = WorkbookStyles.index(st.text);
        int wrap = WorkbookStyles.index(st.wrap);
        int flagged = WorkbookStyles.index(st.flagged);
        int r = 1;
        for (SourceNote n : b.sources()) {
            out.startRow(r++, SheetRowWriter.heightFor(n.quote(), 68));
            out.number(0, n.number(), text);
            out.text(1, n.factId(), st.forText(n.factId(), text));
            out.text(2, n.label(), st.forText(n.label(), text));
            out.text(3, n.value(), st.forText(n.value(), text));
            out.text(4, n.quote(), st.forText(n.quote(), wrap));
            out.text(5, n.reporter(), st.forText(n.reporter(), text));
            out.text(6, n.article(), st.forText(n.article(), text));
            out.text(7, n.status(), n.verified() ? text : flagged);
            out.endRow();
        }
    }
}
