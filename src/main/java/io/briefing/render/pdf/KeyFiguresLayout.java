package io.briefing.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.briefing.model.Block;
import io.briefing.model.KeyFigure;
import io.briefing.render.theme.ChartTheme;

/** Key figures: up to three panels a row, the figure large, its label and detail below, its source marker. */
final class KeyFiguresLayout extends PageLayout {
    KeyFiguresLayout(PageLayout page) {
        super(page);
    }

    void add(Block.KeyFigures k) {
        heading(k.heading());
        PdfPTable t = new PdfPTable(3);
        t.setWidthPercentage(100);
        t.setSpacingBefore(6);
        for (KeyFigure f : k.figures()) {
            PdfPCell c = new PdfPCell();
            c.setBorder(Rectangle.NO_BORDER);
            c.setBackgroundColor(ChartTheme.PANEL);
            c.setPadding(compact ? 5 : 7);
            c.setPaddingBottom(compact ? 6 : 9);
            c.setCellEvent(new GapBorder());
            Paragraph value = s.paragraph("", s.figure);
            s.add(value, f.value(), f.flagged() ? new Font(s.figure.getBaseFont(), s.figure.getSize(), Font.NORMAL,
                    ChartTheme.FLAGGED) : s.figure);
            value.add(marker(f.ref()));
            value.setLeading(s.figure.getSize() * 1.15f);
            c.addElement(value);
            Paragraph label = s.paragraph(f.label(), s.figureLabel);
            label.setSpacingBefore(1);
            c.addElement(label);
            String detail = f.detail() + (f.qualifierNote().isEmpty() ? "" : " · " + f.qualifierNote());
            Paragraph d = s.paragraph(detail, s.smallMuted);
            c.addElement(d);
            if (!f.change().isEmpty()) {
                Paragraph ch = s.paragraph(f.change(), s.tableBodyBold);
                ch.setSpacingBefore(1);
                c.addElement(ch);
            }
            if (f.flagged()) {
                c.addElement(s.paragraph(b.labels().get("status.flag-mark") + " " + b.labels().get("status.unverified"), s.flag));
            }
            t.addCell(c);
        }
        t.completeRow();
        doc.add(t);
    }
}
