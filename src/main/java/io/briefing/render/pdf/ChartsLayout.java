package io.briefing.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import io.briefing.model.Block;
import io.briefing.model.ChartKind;
import io.briefing.model.ChartModel;
import io.briefing.model.LegendNote;
import io.briefing.model.ChartPoint;
import io.briefing.render.chart.ChartDrawer;
import io.briefing.render.theme.ChartTheme;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;


/** Charts: small ones side by side, full ones one a row, each with its notes and sources; timelines as dated lists. */
final class ChartsLayout extends PageLayout {
    /**
     * How much shorter than its height a chart may be drawn to stay on the page's rest. Without it
     * (1.0), 6 of the 48 shipped PDFs left 25–43% of page 1 blank (LayoutRulesTest.underfilledPages).
     */
    private static final float MIN_SHORTER = 0.7f;
    private static final float SLACK = 6;

    ChartsLayout(PageLayout page) {
        super(page);
    }

    void add(Block.Charts block) {
        // a chart with falls and rises needs room on both sides of zero for its labels: in a third of
        // the page it had labels beside zero, away from their bars, and a "−31%" over the axis line
        block = new Block.Charts(block.heading(), block.charts().stream()
                .map(c -> c.small() && c.points().stream().anyMatch(p -> p.value() < 0) ? c.full() : c).toList());
        List<ChartModel> small = block.charts().stream().filter(ChartModel::small).toList();
        if (small.size() == 1) {
            // one small chart alone would be a small chart stretched across the page, or beside an empty
            // cell: it is drawn as a full chart, with a full chart's ticks and type
            ChartModel m = small.get(0);
            List<ChartModel> all = block.charts().stream().map(c -> c != m ? c : m.full()).toList();
            block = new Block.Charts(block.heading(), all);
            small = List.of();
        }
        // the heading goes into the first chart's unbreakable holder, so that a chart pushed to
        // the next page takes its heading along instead of leaving it alone at the bottom
        Paragraph heading = headingParagraph(block.heading());
        for (ChartModel m : block.charts()) {
            if (!m.small()) {
                fullChart(m, heading);
                heading = null;
            }
        }
        if (heading != null) {
            flow(heading, Tagging.Role.HEADING);
        }
        if (!small.isEmpty()) {
            int cols = Math.min(3, small.size());
            PdfPTable grid = new PdfPTable(cols);
            grid.setWidthPercentage(100);
            grid.setSpacingBefore(4);
            float cellWidth = width() / cols - 8;
            float tallest = 0;
            for (ChartModel m : small) {
                tallest = Math.max(tallest, smallHeight(m));
                PdfPCell c = new PdfPCell();
                c.setBorder(Rectangle.NO_BORDER);
                c.setPadding(3);
                Paragraph title = s.paragraph(m.title(), s.h3);
                title.setLeading(s.h3.getSize() * 1.3f);
                title.setSpacingAfter(3);
                c.addElement(title);
                c.addElement(chartImage(m, cellWidth, smallHeight(m)));
                for (Paragraph p : captions(m)) {
                    c.addElement(p);
                }
                c.setCellEvent(tags.mark(Tagging.Role.FIGURE, alt(m)));
                grid.addCell(c);
            }
            grid.getDefaultCell().setBorder(Rectangle.NO_BORDER);
            grid.completeRow();
            place(grid);
            drawn.chartHeight += tallest * Math.max(1, (small.size() + cols - 1) / cols);
        }
    }

    private float smallHeight(ChartModel m) {
        return Math.max(110, 34 + 22 * m.categories().size()) * chartGrowth;
    }

    private void fullChart(ChartModel m, Paragraph heading) {
        Paragraph title = s.paragraph(m.title(), s.h3);
        title.setLeading(s.h3.getSize() * 1.3f);
        title.setSpacingAfter(4);
        title.setSpacingBefore(compact ? 4 : 10);
        title.setKeepTogether(true);
        boolean chart = switch (m.kind()) {
            case BAR, HBAR, GROUPED_BAR, STACKED_BAR, LINE -> true;
            case TIMELINE -> false; // dated lines the document lays out
        };
        if (!chart) {
            timeline(m, heading, title);
            return;
        }
        float height = switch (m.kind()) {
            case HBAR -> Math.max(110, 46 + 30 * m.barSlots());
            case BAR, GROUPED_BAR, STACKED_BAR, LINE -> 190;
            case TIMELINE -> throw new IllegalStateException("timelines are laid out above");
        } * chartGrowth;
        List<Paragraph> captions = captions(m);
        // a chart that misses the room left on the page by a little is drawn a little shorter rather
        // than moved whole to the next page (seen: a third of a page left blank before a chart). The
        // room is measured: the holder laid out at the page's width with a blank chart of its height
        // (the chart's own drawing is the costly part; a template never drawn on is not written)
        float spacing = heading != null ? (compact ? 6 : 12) : (compact ? 4 : 10);
        Image blank = Image.getInstance(writer.getDirectContent().createTemplate(width(), height));
        float around = holder(heading, title, blank, captions, spacing).getTotalHeight() - height;
        // less the document's leading: a holder of exactly the room left was still moved on (measured)
        float left = writer.getVerticalPosition(true) - doc.bottom() - spacing - around - SLACK;
        // a bar keeps a slot of 18 pt at least (two bars fit in 82 pt); other charts keep 110 pt
        float shortest = Math.max(MIN_SHORTER * height, switch (m.kind()) {
            case HBAR -> 46 + 18 * m.barSlots();
            case BAR, GROUPED_BAR, STACKED_BAR, LINE, TIMELINE -> 110;
        });
        if (!b.onePage() && height > left && left >= shortest) {
            height = left;
        }
        drawn.chartHeight += height;
        PdfPTable holder = holder(heading, title, chartImage(m, width(), height), captions, spacing);
        holder.getRow(holder.size() - 1).getCells()[0].setCellEvent(tags.mark(Tagging.Role.FIGURE, alt(m)));
        place(holder);
    }

    /**
     * What a screen reader says for a chart: its title and every figure it draws, with its category
     * (and series, when it has several), as the bars' labels show them.
     */
    private String alt(ChartModel m) {
        boolean series = m.series().size() > 1;
        StringBuilder items = new StringBuilder();
        for (ChartPoint p : m.points()) {
            if (!items.isEmpty()) {
                items.append(b.labels().get("list.figures-separator"));
            }
            String what = p.category() == null || p.category().isEmpty() ? p.series()
                    : !series || p.series() == null || p.series().isEmpty() ? p.category()
                    : s.chinese() ? p.category() + "（" + p.series() + "）" : p.category() + " (" + p.series() + ")";
            String value = p.valueLabel() == null || p.valueLabel().isEmpty() ? p.label() : p.valueLabel();
            items.append(what).append(b.labels().get("list.colon")).append(value);
        }
        return b.labels().get("figure.alt", m.title()) + b.labels().get("list.colon") + items
                + b.labels().get("sentence.end").strip();
    }

    /** The chart's unbreakable holder: heading (when first), title, chart and captions; laid out at the page's width. */
    private PdfPTable holder(Paragraph heading, Paragraph title, Image chart, List<Paragraph> captions, float spacing) {
        PdfPTable holder = new PdfPTable(1);
        holder.setWidthPercentage(100);
        holder.setTotalWidth(width());
        holder.setKeepTogether(true);
        // spacing of the first paragraph is lost at the top of a cell: the table keeps it
        holder.setSpacingBefore(spacing);
        if (heading != null) {
            // the heading in a row of its own, a heading to a reader; the chart is a figure
            PdfPCell h = new PdfPCell();
            h.setBorder(Rectangle.NO_BORDER);
            h.setPadding(0);
            h.addElement(heading);
            h.setCellEvent(tags.mark(Tagging.Role.HEADING));
            holder.addCell(h);
        }
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(0);
        if (heading != null) {
            c.setPaddingTop(title.getSpacingBefore());
        }
        c.addElement(title);
        if (chart != null) {
            c.addElement(chart);
        }
        for (Paragraph p : captions) {
            c.addElement(p);
        }
        holder.addCell(c);
        return holder;
    }

    /** A legend's mark, drawn by the chart's own painter into a small form XObject (vector, as the chart). */
    private Image legendMark(LegendNote.Mark mark, java.awt.Color colour) {
        float w = 22;
        float h = 9;
        PdfTemplate tpl = writer.getDirectContent().createTemplate(w, h);
        Graphics2D g2 = tpl.createGraphics(w, h, new PdfFontMapper(fonts));
        try {
            ChartDrawer.drawLegendMark(mark, colour, g2, new Rectangle2D.Double(0, 0, w, h));
        } finally {
            g2.dispose();
        }
        return Image.getInstance(tpl);
    }

    /** Draws the chart as vector graphics into a form XObject: sharp at any zoom, text stays text. */
    private Image chartImage(ChartModel m, float w, float h) {
        PdfContentByte cb = writer.getDirectContent();
        PdfTemplate tpl = cb.createTemplate(w, h);
        Graphics2D g2 = ScriptRunGraphics.of(tpl, w, h, fonts, s.chinese());
        try {
            // the chart's own face: Latin when it can set every text of the chart, as measured and drawn
            List<String> texts = m.texts();
            new ChartDrawer(fonts.awtFor(texts, false, 10), fonts.awtFor(texts, true, 10))
                    .draw(m, g2, new Rectangle2D.Double(0, 0, w, h));
        } finally {
            g2.dispose();
        }
        Image img = Image.getInstance(tpl);
        img.setAlignment(Image.MIDDLE);
        img.scaleToFit(w, h);
        return img;
    }

    /** The lines under a chart: source with clickable markers, then notes on bounds. */
    private List<Paragraph> captions(ChartModel m) {
        Paragraph src = s.paragraph("", s.smallMuted);
        src.setLeading(s.smallMuted.getSize() * 1.35f);
        s.add(src, m.sourceLine() + "  ", s.smallMuted);
        for (ChartPoint p : m.points()) {
            src.add(marker(p.ref()));
        }
        ArrayList<Paragraph> out = new ArrayList<>();
        out.add(src);
        for (LegendNote note : m.legendNotes()) {
            Paragraph n = s.paragraph("", s.smallMuted);
            n.setLeading(s.smallMuted.getSize() * 1.5f);
            if (note.mark() != LegendNote.Mark.NONE) {
                n.add(new Chunk(legendMark(note.mark(), ChartDrawer.legendColour(m, note.mark())), 0, -1.5f, true));
                n.add(new Chunk("  ", s.smallMuted));
            }
            s.add(n, note.text(), s.smallMuted);
            out.add(n);
        }
        if (m.note() != null) {
            out.add(s.paragraph(m.note(), s.smallMuted));
        }
        return out;
    }

    /**
     * The timeline as one table: its heading and title, the entries, the source line. Kept together,
     * so a timeline that fits on one page starts a new page rather than split (seen on Letter); one
     * longer than a page still splits between entries, its title row repeated.
     */
    private void timeline(ChartModel m, Paragraph heading, Paragraph title) {
        PdfPTable t = new PdfPTable(new float[] {1.5f, 0.35f, 7f});
        t.setWidthPercentage(100);
        t.setSpacingBefore(heading != null ? (compact ? 6 : 12) : (compact ? 4 : 10));
        t.setKeepTogether(true);
        if (heading != null) {
            PdfPCell h = new PdfPCell();
            h.setColspan(3);
            h.setBorder(Rectangle.NO_BORDER);
            h.setPadding(0);
            h.addElement(heading);
            h.setCellEvent(tags.repeated(Tagging.Role.HEADING));
            t.addCell(h);
        }
        PdfPCell top = new PdfPCell();
        top.setColspan(3);
        top.setBorder(Rectangle.NO_BORDER);
        top.setPadding(0);
        top.setPaddingBottom(3);
        if (heading != null) {
            top.setPaddingTop(title.getSpacingBefore());
        }
        top.addElement(title);
        top.setCellEvent(tags.repeated(Tagging.Role.PARAGRAPH));
        t.addCell(top);
        t.setHeaderRows(heading != null ? 2 : 1);
        for (ChartPoint p : m.points()) {
            PdfPCell date = new PdfPCell(s.phrase(p.dateLabel(), s.bodyBold));
            date.setBorder(Rectangle.NO_BORDER);
            date.setHorizontalAlignment(Element.ALIGN_RIGHT);
            date.setPaddingTop(compact ? 1 : 3);
            date.setPaddingBottom(compact ? 2 : 4);
            // a cell in text mode sets its lines at its own leading (1.0 by default: a wrapped entry's
            // second line touched its first, "for the first / time"); date and entry alike, so baselines match
            date.setLeading(0, 1.3f);
            date.setCellEvent(tags.mark(Tagging.Role.PARAGRAPH));
            t.addCell(date);
            PdfPCell dot = new PdfPCell();
            dot.setBorder(Rectangle.NO_BORDER);
            dot.setCellEvent(new TimelineDot(p.highlight() ? ChartTheme.HIGHLIGHT : ChartTheme.PRIMARY));
            dot.setCellEvent(tags.mark(Tagging.Role.ARTIFACT));
            t.addCell(dot);
            Paragraph text = s.paragraph("", s.body);
            text.setLeading(s.body.getSize() * 1.35f);
            s.add(text, p.text(), p.flagged() ? s.flag : s.body);
            text.add(marker(p.ref()));
            flagMark(text, p.flagged(), s.flag);
            PdfPCell c = new PdfPCell(text);
            c.setLeading(0, 1.3f);
            c.setBorder(Rectangle.NO_BORDER);
            c.setPaddingTop(compact ? 1 : 3);
            c.setPaddingBottom(compact ? 2 : 4);
            c.setCellEvent(tags.mark(Tagging.Role.PARAGRAPH));
            t.addCell(c);
        }
        PdfPCell source = new PdfPCell(s.phrase(m.sourceLine(), s.smallMuted));
        source.setColspan(3);
        source.setBorder(Rectangle.NO_BORDER);
        source.setPaddingLeft(0);
        source.setCellEvent(tags.mark(Tagging.Role.PARAGRAPH));
        t.addCell(source);
        place(t);
    }
}
