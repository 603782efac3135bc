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
        st.headerRow(sheet, 0, headers, new int[] {6, 16, 30, 18, 50, 20, 28, 30});
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, b.sources().size()), 0, headers.size() - 1));
        PrintSetup.apply(sheet, b, 0, headers.size());
    }

    static void rows(SheetRowWriter out, Briefing b, WorkbookStyles st) throws IOException {
        int text = WorkbookStyles.index(st.text);
        int wrap = WorkbookStyles.index(st.wrap);
        int flagged = WorkbookStyles.index(st.flagged);
        int r = 1;
        for (SourceNote n : b.sources()) {
            // every text wraps in its column, the row as tall as the tallest: a label cut by the next cell said half
            float height = Math.max(SheetRowWriter.heightFor(n.quote(), 48), SheetRowWriter.heightFor(n.label(), 28));
            height = Math.max(height, Math.max(SheetRowWriter.heightFor(n.article(), 26), SheetRowWriter.heightFor(n.reporter(), 18)));
            height = Math.max(height, Math.max(SheetRowWriter.heightFor(n.status(), 28), SheetRowWriter.heightFor(n.value(), 16)));
            out.startRow(r++, height);
            out.number(0, n.number(), text);
            text(out, 1, st.typeset(n.factId()), wrap, st);
            text(out, 2, st.typeset(n.label()), wrap, st);
            text(out, 3, st.typeset(n.value()), wrap, st);
            text(out, 4, st.typeset(n.quote()), wrap, st);
            text(out, 5, st.typeset(n.reporter()), wrap, st);
            text(out, 6, st.typeset(n.article()), wrap, st);
            out.text(7, st.typeset(n.status()), n.verified() ? wrap : flagged);
            out.endRow();
        }
    }

    /** A text cell, quote-prefixed when it starts like a formula. */
    private static void text(SheetRowWriter out, int col, String value, int style, WorkbookStyles st) throws IOException {
        out.text(col, value, st.forText(value, style));
    }
}
