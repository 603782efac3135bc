package io.briefing.render.xlsx;

import io.briefing.i18n.Labels;
import io.briefing.model.Block;
import io.briefing.model.Briefing;
import io.briefing.model.KeyFigure;
import io.briefing.model.Run;
import io.briefing.model.SourceRef;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The Summary sheet, first in the workbook: what an executive would forward — the title and date,
 * the key figures with their change since last week (in words and as a number), what moved, and the
 * findings, each linked to the source of every figure it cites.
 */
final class SummarySheet {
    private SummarySheet() {}

    static void write(SXSSFWorkbook wb, SXSSFSheet sheet, Briefing b, WorkbookStyles st, String sourcesName) {
        Labels l = b.labels();
        CreationHelper helper = wb.getCreationHelper();
        // the change column only when there is a week to compare with: empty, it says nothing
        boolean compared = b.changes().compared();
        // the key figure as shown, then as a number in its unit's format (a bound keeps its sign), to sum or chart;
        // 140 characters with four markers to a finding: one landscape page at 70% or more (PrintSetup)
        int[] widths = compared ? new int[] {24, 14, 16, 30, 24, 12, 7} : new int[] {30, 16, 16, 40, 7};
        int sourceCol = widths.length - 1;
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        // a finding cites several figures: each marker in its own cell to the right, each its own link
        int markers = b.blocks().stream().filter(x -> x instanceof Block.Text).map(x -> (Block.Text) x)
                .flatMap(t -> t.paragraphs().stream()).mapToInt(p -> refs(p).size()).max().orElse(1);
        for (int i = 1; i < markers; i++) {
            sheet.setColumnWidth(sourceCol + i, 5 * 256);
        }
        int r = 0;
        text(st, sheet.createRow(r++), 0, b.info().title(), st.title);
        if (!b.info().subtitle().isEmpty()) {
            text(st, sheet.createRow(r++), 0, b.info().subtitle(), st.text);
        }
        text(st, sheet.createRow(r++), 0, b.info().dateLine() + "   ·   " + b.info().sourceLine(), st.text);
        r++;
        r = keyFigures(sheet, b, st, r, widths, sourcesName, helper);
        if (b.changes().compared()) {
            text(st, sheet.createRow(r++), 0, l.get("changes.intro", b.changes().since(), b.changes().summary()), st.text);
            r++;
        }
        findings(sheet, b, st, r, widths, sourcesName, helper);
        PrintSetup.apply(sheet, b, -1, sourceCol + markers);
    }

    /**
     * The key figures, one a row: as shown, as a number in its unit's format (a bound keeps its sign), the
     * metric, with a week to compare with the change in words and as a number, and the source's link.
     * Returns the next free row.
     */
    private static int keyFigures(SXSSFSheet sheet, Briefing b, WorkbookStyles st, int first, int[] widths, String sourcesName,
                                  CreationHelper helper) {
        Labels l = b.labels();
        boolean compared = b.changes().compared();
        int sourceCol = widths.length - 1;
        int r = first;
        List<KeyFigure> cards = b.blocks().stream().filter(x -> x instanceof Block.KeyFigures).map(x -> (Block.KeyFigures) x)
                .findFirst().map(Block.KeyFigures::figures).orElse(List.of());
        if (!cards.isEmpty()) {
            List<String> heads = compared
                    ? List.of(l.get("key-figures"), l.get("col.display"), l.get("col.value"), l.get("col.metric"),
                            l.get("changes.heading"), l.get("changes.col.delta"), l.get("col.source"))
                    : List.of(l.get("key-figures"), l.get("col.display"), l.get("col.value"), l.get("col.metric"), l.get("col.source"));
            st.headerRow(sheet, r++, heads, widths);
            for (KeyFigure k : cards) {
                Row row = sheet.createRow(r++);
                text(st, row, 0, k.label(), st.wrap);
                text(st, row, 1, k.value(), k.flagged() ? st.flagged : st.wrap);
                if (k.number().isPresent()) {
                    Cell n = row.createCell(2);
                    n.setCellValue(k.number().getAsDouble());
                    n.setCellStyle(st.format(WorkbookStyles.signed(k.style().format(), k.sign())));
                }
                String detail = k.detail() + (k.qualifierNote().isEmpty() ? "" : " · " + k.qualifierNote());
                text(st, row, 3, detail, st.wrap);
                // every text wraps in its column; the row is as tall as the tallest
                float height = Math.max(SheetRowWriter.heightFor(k.label(), widths[0] - 2), SheetRowWriter.heightFor(detail, widths[3] - 2));
                height = Math.max(height, SheetRowWriter.heightFor(k.value(), widths[1] - 2));
                if (compared) {
                    height = Math.max(height, SheetRowWriter.heightFor(k.change(), widths[4] - 2));
                }
                row.setHeightInPoints(height);
                if (compared) {
                    text(st, row, 4, k.change(), st.wrap);
                    if (k.moved().isPresent()) {
                        // the move as a number, in points for a percent: it can be summed, sorted or charted
                        Cell moved = row.createCell(5);
                        moved.setCellValue(k.moved().getAsDouble());
                        moved.setCellStyle(st.format(WorkbookStyles.change(k.style(), l)));
                    }
                }
                link(row, sourceCol, k.ref(), sourcesName, helper, st);
            }
            r++;
        }
        return r;
    }

    /** Each text block's paragraphs, punctuated as the PDF sets them, each cited source linked in a cell of its own. */
    private static void findings(SXSSFSheet sheet, Briefing b, WorkbookStyles st, int first, int[] widths, String sourcesName,
                                 CreationHelper helper) {
        Labels l = b.labels();
        int sourceCol = widths.length - 1;
        int r = first;
        for (Block block : b.blocks()) {
            if (!(block instanceof Block.Text t) || t.paragraphs().isEmpty()) {
                continue;
            }
            // a block without a heading (the seed's start-up valuations) gets no heading bar: an empty dark
            // bar above a sentence said nothing
            if (t.heading() != null && !t.heading().isBlank()) {
                List<String> heads = new java.util.ArrayList<>(java.util.Collections.nCopies(widths.length, ""));
                heads.set(0, t.heading());
                heads.set(sourceCol, l.get("col.source"));
                st.headerRow(sheet, r++, heads, widths);
            }
            for (List<Run> paragraph : t.paragraphs()) {
                Row row = sheet.createRow(r++);
                StringBuilder sb = new StringBuilder();
                // punctuated as one text, as the PDF sets a paragraph's runs: "5600台,3月" has its comma between
                // two runs, a marker between them ("台[1],3月") must not keep it half-width
                List<String> texts = st.typeset(paragraph.stream().map(Run::text).toList());
                for (int i = 0; i < paragraph.size(); i++) {
                    sb.append(texts.get(i));
                    if (paragraph.get(i).ref() != null) {
                        sb.append(paragraph.get(i).ref().marker());
                    }
                }
                Cell c = text(st, row, 0, sb.toString(), st.wrap);
                sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, sourceCol - 1));
                row.setHeightInPoints(SheetRowWriter.heightFor(sb.toString(), java.util.Arrays.stream(widths, 0, sourceCol).sum() - 2));
                List<SourceRef> refs = refs(paragraph);
                for (int i = 0; i < refs.size(); i++) {
                    link(row, sourceCol + i, refs.get(i), sourcesName, helper, st);
                }
            }
            r++;
        }
    }

    /** The sources a paragraph cites, each once, in the order it cites them. */
    private static List<SourceRef> refs(List<Run> paragraph) {
        java.util.LinkedHashMap<Integer, SourceRef> out = new java.util.LinkedHashMap<>();
        for (Run run : paragraph) {
            if (run.ref() != null && run.ref().prefix().isEmpty()) {
                out.putIfAbsent(run.ref().number(), run.ref());
            }
        }
        return List.copyOf(out.values());
    }

    private static Cell text(WorkbookStyles st, Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        st.text(c, value, style);
        return c;
    }

    private static void link(Row row, int col, SourceRef ref, String sourcesName, CreationHelper helper, WorkbookStyles st) {
        if (ref == null || !ref.prefix().isEmpty()) {
            return;
        }
        Cell c = row.createCell(col);
        c.setCellValue(ref.marker());
        Hyperlink h = helper.createHyperlink(HyperlinkType.DOCUMENT);
        h.setAddress(SourcesSheet.target(sourcesName, ref.number()));
        c.setHyperlink(h);
        c.setCellStyle(st.link);
    }
}
