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
            // a figure too wide for its card is set smaller, not wrapped (seen: "about −CNY" / "8.5bn")
            float room = width() / 3 - 2 * c.getPaddingLeft() - 14;
            float size = s.figure.getSize() * Math.min(1, room / Math.max(1, s.width(f.value(), s.figure)));
            size = Math.max(s.figure.getSize() * 0.6f, size);
            s.add(value, f.value(), f.flagged() ? new Font(s.figure.getBaseFont(), size, Font.NORMAL, ChartTheme.FLAGGED)
                    : size == s.figure.getSize() ? s.figure : new Font(s.figure.getBaseFont(), size, s.figure.getStyle(), s.figure.getColor()));
            value.add(marker(f.ref()));
            value.setLeading(s.figure.getSize() * 1.15f);
            c.addElement(value);
            Paragraph label = s.paragraph(f.label(), s.figureLabel);
            label.setSpacingBefore(1);
            c.addElement(label);
            // the value carries its bound's sign ("≥€2bn"): the card does not say "at least" again (the
            // workbook's Summary sheet, read without the sign's legend, does)
            Paragraph d = s.paragraph(keptWhole(f.detail()), s.smallMuted);
            c.addElement(d);
            if (!f.change().isEmpty()) {
                Paragraph ch = s.paragraph(f.change(), s.tableBodyBold);
                ch.setSpacingBefore(1);
                c.addElement(ch);
            }
            if (f.flagged()) {
                c.addElement(s.paragraph(b.labels().get("status.flag-mark") + " " + b.labels().get("status.unverified"), s.flag));
            }
            // a card is read as one paragraph: figure, what it is, its period and its change
            c.setCellEvent(tags.mark(Tagging.Role.PARAGRAPH));
            t.addCell(c);
        }
        t.completeRow();
        place(t);
    }

    /**
     * A card's caption with its period kept on one line and the dot kept with the words before it: a
     * line broke "(a loss) · Q3 / 2025" and "heat pumps / · Mar 2025". No-break spaces, in the PDF
     * only: the workbook's cells keep plain spaces, which a filter or a search in Excel matches.
     */
    static String keptWhole(String detail) {
        int dot = detail.lastIndexOf(" · ");
        if (dot < 0) {
            return detail;
        }
        String period = detail.substring(dot + 3);
        return detail.substring(0, dot) + "\u00a0· " + (period.length() <= 20 ? period.replace(' ', '\u00a0') : period);
    }
}
