package io.briefing.render.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.briefing.model.Block;
import io.briefing.model.TableCell;
import io.briefing.render.theme.ChartTheme;
import java.awt.Color;
import java.util.List;


/** A table of facts, its header repeated on every page. */
final class TableLayout extends PageLayout {
    TableLayout(PageLayout page) {
        super(page);
    }

    void add(Block.Table block) {
        heading(block.heading());
        PdfPTable t = new PdfPTable(block.widths());
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSpacingBefore(6);
        Tagging.TableMarks marks = tags.table();
        for (int col = 0; col < block.headers().size(); col++) {
            final int k = col;
            PdfPCell c = new PdfPCell(s.phrase(block.headers().get(col), s.tableHead));
            // a column of numbers is right-aligned, its heading with it
            if (block.rows().stream().anyMatch(r -> k < r.size() && r.get(k).numeric())) {
                c.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            c.setBackgroundColor(ChartTheme.PRIMARY);
            c.setBorderColor(ChartTheme.PRIMARY);
            c.setPadding(3.5f);
            c.setCellEvent(marks.header());
            t.addCell(c);
        }
        int i = 0;
        for (List<TableCell> row : block.rows()) {
            Color bg = i++ % 2 == 0 ? Color.WHITE : ChartTheme.PANEL;
            int rowIndex = i;
            for (TableCell cell : row) {
                Phrase ph = new Phrase();
                if (cell.ref() != null && cell.numeric()) {
                    s.add(ph, cell.text(), cell.flagged() ? s.flag : s.tableBodyBold);
                    ph.add(marker(cell.ref()));
                    flagMark(ph, cell.flagged(), s.flag);
                } else if (cell.ref() != null) {
                    ph.add(linkedText(cell.text(), cell.ref()));
                } else {
                    s.add(ph, cell.text(), s.tableBody);
                }
                PdfPCell c = new PdfPCell(ph);
                c.setBackgroundColor(bg);
                c.setBorderColor(ChartTheme.GRID);
                c.setBorderWidth(0.4f);
                // a wrapped cell's lines 1.25 font sizes apart: at the cell's default of 1 they touched
                // ("at least 26 million" / "tonnes[9]")
                c.setLeading(0, 1.25f);
                c.setPadding(tight ? 2.5f : 3f);
                c.setPaddingBottom(tight ? 3f : 4f);
                c.setHorizontalAlignment(cell.numeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                c.setCellEvent(marks.cell(rowIndex));
                t.addCell(c);
            }
        }
        place(t);
        if (block.moreNote() != null) {
            flow(s.paragraph(block.moreNote(), s.smallMuted));
        }
    }
}
