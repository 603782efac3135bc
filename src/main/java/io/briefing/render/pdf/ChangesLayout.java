package io.briefing.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.briefing.model.Block;
import io.briefing.model.ChangeLine;
import io.briefing.model.SourceRef;
import io.briefing.render.theme.ChartTheme;
import java.awt.Color;
import java.util.List;

/**
 * Since last week: a sentence of counts, a table of the biggest moves (▲▼ with the signed change,
 * the old value cited to last week's source, the new one to this week's), then the new and the
 * dropped facts. A week with nothing to compare says why in one line.
 */
final class ChangesLayout extends PageLayout {
    ChangesLayout(PageLayout page) {
        super(page);
    }

    void add(Block.Changes block) {
        if (!block.set().compared()) {
            // nothing to compare: one line, not a section (an executive summary that fitted one page
            // before the section existed still does)
            Paragraph p = s.paragraph("", s.small);
            p.setSpacingBefore(compact ? 4 : 8);
            p.setSpacingAfter(compact ? 2 : 4);
            if (block.heading() != null && !block.heading().isEmpty()) {
                s.add(p, block.heading() + b.labels().get("list.colon"), s.tableBodyBold);
            }
            s.add(p, block.intro(), s.smallMuted);
            flow(p);
            return;
        }
        Paragraph head = headingParagraph(block.heading());
        Paragraph intro = s.paragraph(block.intro(), s.body);
        intro.setSpacingAfter(4);
        if (head != null) {
            keepWithNext();
            // a heading is never the last line of a page: it goes with the sentence under it
            place(rows(List.of(head, intro), List.of(Tagging.Role.HEADING, Tagging.Role.PARAGRAPH)));
        } else {
            flow(intro);
        }
        if (!block.moves().isEmpty()) {
            PdfPTable t = new PdfPTable(new float[] {2.4f, 3.4f, 1.75f, 1.75f});
            t.setWidthPercentage(100);
            t.setHeaderRows(1);
            t.setSpacingBefore(2);
            Tagging.TableMarks marks = tags.table();
            for (int i = 0; i < block.headers().size(); i++) {
                PdfPCell c = new PdfPCell(s.phrase(block.headers().get(i), s.tableHead));
                c.setBackgroundColor(ChartTheme.PRIMARY);
                c.setBorderColor(ChartTheme.PRIMARY);
                c.setPadding(3f);
                // the value columns' headings sit over their right-aligned values
                c.setHorizontalAlignment(i >= 2 ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                c.setCellEvent(marks.header());
                t.addCell(c);
            }
            int i = 0;
            for (ChangeLine l : block.moves()) {
                Color bg = i++ % 2 == 0 ? Color.WHITE : ChartTheme.PANEL;
                t.addCell(cell(changePhrase(l), bg, Element.ALIGN_LEFT, marks.cell(i)));
                t.addCell(cell(s.phrase(l.label(), s.tableBody), bg, Element.ALIGN_LEFT, marks.cell(i)));
                t.addCell(cell(valuePhrase(l.previousText(), l.previousRef(), s.tableBody), bg, Element.ALIGN_RIGHT, marks.cell(i)));
                t.addCell(cell(valuePhrase(l.currentText(), l.currentRef(), s.tableBodyBold), bg, Element.ALIGN_RIGHT, marks.cell(i)));
            }
            place(t);
        }
        list(b.labels().get("changes.added"), block.added(), false);
        list(b.labels().get("changes.removed"), block.dropped(), true);
        if (!block.more().isEmpty()) {
            flow(s.paragraph(block.more(), s.smallMuted));
        }
    }

    private Phrase changePhrase(ChangeLine l) {
        Phrase p = new Phrase();
        String arrow = switch (l.mark()) {
            case UP -> "▲ ";
            case DOWN -> "▼ ";
            case BOUND, NEW, DROPPED, REWORDED, NOT_COMPARED -> "";
        };
        Font strong = l.mark() == io.briefing.model.ChangeMark.BOUND ? s.tableBody : s.tableBodyBold;
        s.add(p, arrow + l.changeText(), strong);
        if (!l.relativeText().isEmpty()) {
            s.add(p, b.labels().get("changes.relative", l.relativeText()), s.tableBody);
        }
        return p;
    }

    private Phrase valuePhrase(String text, SourceRef ref, Font font) {
        Phrase p = new Phrase();
        s.add(p, text, font);
        if (ref != null) {
            p.add(marker(ref));
        }
        return p;
    }

    private static PdfPCell cell(Phrase p, Color bg, int align, Tagging.Mark mark) {
        PdfPCell c = new PdfPCell(p);
        c.setCellEvent(mark);
        c.setBackgroundColor(bg);
        c.setBorderColor(ChartTheme.GRID);
        c.setBorderWidth(0.4f);
        c.setPadding(2.5f);
        c.setHorizontalAlignment(align);
        return c;
    }

    /** "New this week: Entity — metric ≥90%[3]; …" on one paragraph. */
    private void list(String caption, List<ChangeLine> lines, boolean dropped) {
        if (lines.isEmpty()) {
            return;
        }
        Paragraph p = s.paragraph("", s.body);
        p.setSpacingBefore(4);
        s.add(p, caption + b.labels().get("list.colon"), s.bodyBold);
        for (int i = 0; i < lines.size(); i++) {
            ChangeLine l = lines.get(i);
            s.add(p, l.label() + " ", s.body);
            String value = dropped ? l.previousText() : l.currentText();
            SourceRef ref = dropped ? l.previousRef() : l.currentRef();
            s.add(p, value, s.bodyBold);
            if (ref != null) {
                p.add(marker(ref));
            }
            if (i < lines.size() - 1) {
                s.add(p, "; ", s.body);
            }
        }
        flow(p);
    }
}
