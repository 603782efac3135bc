package io.briefing.render.pdf;

import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.briefing.model.Block;
import io.briefing.model.Briefing;
import io.briefing.model.DocumentInfo;
import io.briefing.model.SourceRef;
import io.briefing.render.fonts.Typefaces;
import io.briefing.render.theme.ChartTheme;

/**
 * The document being laid out and what every block's layout shares: the briefing, the styles, the
 * typefaces, the title block, headings, rules and source markers. Each kind of block is laid out
 * by its own class ({@link KeyFiguresLayout}, {@link ChartsLayout}, {@link TableLayout},
 * {@link TextLayout}, {@link SourcesLayout}).
 */
class PageLayout {
    final Document doc;
    final PdfWriter writer;
    final Briefing b;
    final PdfStyle s;
    final boolean compact;
    final Typefaces fonts;
    /** How much taller than their natural height charts are drawn: above 1 when a one-page briefing has room left. */
    final float chartGrowth;
    /**
     * Headings, tables and source notes set closer (the summary's spacing around headings, padding and
     * leading a little less, still 1.3 font sizes): a briefing whose last page would otherwise hold a few
     * source lines.
     */
    final boolean tight;
    /** What the layout has drawn so far, shared by every block's layout of the document. */
    final Drawn drawn;
    /** The structure a screen reader reads: every cell the layout adds says what it is. */
    final Tagging tags;

    /** Heights the layout drew, for the renderer that fits a one-page briefing to its page. */
    static final class Drawn {
        /** The height of the charts, in points: a row of small charts counts once. */
        float chartHeight;
        /** How far down each page the tables reach. */
        final PageFill fill = new PageFill();
    }

    PageLayout(Document doc, PdfWriter writer, Briefing b, PdfStyle s, boolean compact, Typefaces fonts, float chartGrowth,
               boolean tight, Drawn drawn, Tagging tags) {
        this.doc = doc;
        this.writer = writer;
        this.b = b;
        this.s = s;
        this.compact = compact;
        this.fonts = fonts;
        this.chartGrowth = chartGrowth;
        this.tight = tight;
        this.drawn = drawn;
        this.tags = tags;
    }

    /** The same page, for a block's layout. */
    PageLayout(PageLayout page) {
        this(page.doc, page.writer, page.b, page.s, page.compact, page.fonts, page.chartGrowth, page.tight, page.drawn, page.tags);
    }

    float width() {
        return doc.right() - doc.left();
    }

    void titleBlock() {
        DocumentInfo info = b.info();
        Paragraph t = s.paragraph(info.title(), s.title);
        t.setLeading(s.title.getSize() * 1.25f);
        flow(t, Tagging.Role.TITLE);
        if (info.subtitle() != null && !info.subtitle().isEmpty()) {
            Paragraph st = s.paragraph(info.subtitle(), s.subtitle);
            st.setSpacingBefore(2);
            flow(st);
        }
        Paragraph meta = s.paragraph(info.dateLine() + "   ·   " + info.sourceLine(), s.meta);
        meta.setSpacingBefore(4);
        meta.setSpacingAfter(compact ? 4 : 8);
        flow(meta);
        rule();
        if (info.unverifiedBanner() != null) {
            PdfPTable banner = new PdfPTable(1);
            banner.setWidthPercentage(100);
            PdfPCell c = new PdfPCell(s.phrase(info.unverifiedBanner(), s.banner));
            c.setBackgroundColor(ChartTheme.FLAGGED);
            c.setBorder(Rectangle.NO_BORDER);
            c.setPadding(6);
            c.setCellEvent(tags.mark(Tagging.Role.PARAGRAPH));
            banner.addCell(c);
            banner.setSpacingBefore(6);
            place(banner);
        }
    }

    /**
     * Adds a paragraph of running text to the page, set in a borderless full-width cell: OpenPDF sets
     * a cell's text through ColumnText, which asks where a line may end with the whole paragraph in
     * view ({@link LineBreaks}), while text added to the page directly may break wherever one chunk
     * meets the next (seen: lines starting "）、" after a bold figure). The paragraph's spacing moves to
     * the table (a cell drops the spacing of its first paragraph); keep-together moves with it; a long
     * paragraph still splits across pages, line by line.
     */
    void flow(Paragraph p) {
        flow(p, Tagging.Role.PARAGRAPH);
    }

    /** Adds a paragraph as {@link #flow(Paragraph)} does, as a heading, the title or a paragraph to a reader. */
    void flow(Paragraph p, Tagging.Role role) {
        PdfPTable t = new PdfPTable(1);
        t.setWidthPercentage(100);
        t.setSpacingBefore(p.getSpacingBefore());
        t.setSpacingAfter(p.getSpacingAfter());
        t.setKeepTogether(p.getKeepTogether());
        t.setSplitLate(false);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(0);
        c.addElement(p);
        c.setCellEvent(tags.mark(role));
        t.addCell(c);
        place(t);
    }

    /**
     * Adds a table to the page with its cells tagged: every cell of it has a {@link Tagging.Mark}
     * event, or is empty (a row's filler).
     */
    void place(PdfPTable t) {
        com.lowagie.text.pdf.events.PdfPTableEventForwarder events = new com.lowagie.text.pdf.events.PdfPTableEventForwarder();
        events.addTableEvent(tags);
        events.addTableEvent(drawn.fill);
        t.setTableEvent(events);
        t.getDefaultCell().setCellEvent(tags.mark(Tagging.Role.ARTIFACT));
        int lone = t.getHeaderRows() > 0 && !b.onePage() ? loneRowBreak(t) : -1;
        if (lone < 0) {
            doc.add(t);
            return;
        }
        // a table whose last page would hold one row under its repeated header (heat pumps, 14 March: the
        // fifth fact alone on page 2) breaks a row earlier; both parts share the header cells' marks, so the
        // header is tagged once, and repeated on the later page as an artifact, as a table's own repeat is
        PdfPTable first = new PdfPTable(t);
        while (first.size() > lone) {
            first.deleteLastRow();
        }
        PdfPTable rest = new PdfPTable(t);
        for (int i = lone - 1; i >= t.getHeaderRows(); i--) {
            rest.deleteRow(i);
        }
        rest.setSpacingBefore(0);
        doc.add(first);
        doc.newPage();
        doc.add(rest);
    }

    /**
     * Where a table with a repeated header must break for its last page not to hold a single row: the
     * index of the row to start the next page with, or -1 when the table's own breaks leave no row alone
     * (or moving one would leave one alone before it). The rows are measured at the page's width from
     * where the table starts, page by page, as OpenPDF places them (a row that does not fit goes to the
     * next page, under the header).
     */
    private int loneRowBreak(PdfPTable t) {
        float width = doc.right() - doc.left();
        t.setTotalWidth(width * t.getWidthPercentage() / 100f);
        int head = t.getHeaderRows();
        float header = 0;
        for (int i = 0; i < head; i++) {
            header += t.getRowHeight(i);
        }
        float room = writer.getVerticalPosition(true) - t.spacingBefore() - doc.bottom();
        float used = header;
        int onPage = 0;
        int before = 0;
        int start = head;
        for (int i = head; i < t.size(); i++) {
            float row = t.getRowHeight(i);
            if (used + row > room) {
                room = doc.top() - doc.bottom();
                used = header;
                before = onPage;
                onPage = 0;
                start = i;
            }
            used += row;
            onPage++;
        }
        return onPage == 1 && start > head && before >= 3 ? start - 1 : -1;
    }

    /**
     * Paragraphs kept on one page together, each its own row and its own thing to a reader (a
     * heading and the sentence under it). A paragraph's spacing becomes its row's padding, as at
     * the top of a cell a paragraph's own spacing before is dropped; the first one's is dropped, as
     * when they shared one cell.
     */
    PdfPTable rows(java.util.List<Paragraph> ps, java.util.List<Tagging.Role> roles) {
        PdfPTable t = new PdfPTable(1);
        t.setWidthPercentage(100);
        t.setKeepTogether(true);
        for (int i = 0; i < ps.size(); i++) {
            Paragraph p = ps.get(i);
            PdfPCell c = new PdfPCell();
            c.setBorder(Rectangle.NO_BORDER);
            c.setPadding(0);
            c.setPaddingTop(i == 0 ? 0 : p.getSpacingBefore());
            c.setPaddingBottom(p.getSpacingAfter());
            p.setSpacingBefore(0);
            p.setSpacingAfter(0);
            c.addElement(p);
            c.setCellEvent(tags.mark(roles.get(i)));
            t.addCell(c);
        }
        return t;
    }

    /** Paragraphs set as by {@link #flow}, kept on one page together: one row each of one table. */
    void flowTogether(java.util.List<Paragraph> ps) {
        PdfPTable t = new PdfPTable(1);
        t.setWidthPercentage(100);
        t.setKeepTogether(true);
        t.setSpacingBefore(ps.get(0).getSpacingBefore());
        for (Paragraph p : ps) {
            PdfPCell c = new PdfPCell();
            c.setBorder(Rectangle.NO_BORDER);
            c.setPadding(0);
            c.setPaddingBottom(p.getSpacingAfter());
            p.setSpacingBefore(0);
            p.setSpacingAfter(0);
            c.addElement(p);
            c.setCellEvent(tags.mark(Tagging.Role.PARAGRAPH));
            t.addCell(c);
        }
        place(t);
    }

    void rule() {
        PdfPTable line = new PdfPTable(1);
        line.setWidthPercentage(100);
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.BOTTOM);
        c.setBorderColor(ChartTheme.PRIMARY);
        c.setBorderWidth(1.2f);
        c.setFixedHeight(2);
        c.setCellEvent(tags.mark(Tagging.Role.ARTIFACT));
        line.addCell(c);
        place(line);
    }

    void block(Block block) {
        if (block instanceof Block.KeyFigures k) {
            new KeyFiguresLayout(this).add(k);
        } else if (block instanceof Block.Charts c) {
            new ChartsLayout(this).add(c);
        } else if (block instanceof Block.Table t) {
            new TableLayout(this).add(t);
        } else if (block instanceof Block.Text t) {
            new TextLayout(this).add(t);
        } else if (block instanceof Block.Sources so) {
            new SourcesLayout(this).add(so);
        } else if (block instanceof Block.Changes c) {
            new ChangesLayout(this).add(c);
        } else if (block instanceof Block.PageBreak) {
            doc.newPage();
        } else if (block instanceof Block.Note n) {
            Paragraph p = s.paragraph(n.text(), s.smallMuted);
            p.setSpacingBefore(compact ? 6 : 10);
            flow(p);
        }
    }

    /**
     * Below this much room left on the page a heading starts the next page instead: a heading is never
     * the last line of a page (seen: "Sources" and 全部事實 alone at the foot of page 1). About the
     * heading, its spacing and three lines of what follows (72 left "Sources" alone once, on Letter).
     */
    private static final float ROOM_FOR_A_HEADING = 96f;

    void heading(String text) {
        Paragraph p = headingParagraph(text);
        if (p != null) {
            keepWithNext();
            flow(p, Tagging.Role.HEADING);
        }
    }

    /** Starts a new page when too little of this one is left for a heading and the start of its block. */
    void keepWithNext() {
        float left = writer.getVerticalPosition(true) - doc.bottom();
        if (left < ROOM_FOR_A_HEADING && !b.onePage()) {
            doc.newPage();
        }
    }

    /** Marks a heading's words, so the document's outline can point at them (a prefix no other tag uses). */
    static final String HEADING_TAG = "heading:";

    Paragraph headingParagraph(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        Paragraph p = s.paragraph(text, s.h2);
        for (Element e : p) {
            if (e instanceof Chunk words) {
                words.setGenericTag(HEADING_TAG + text);
            }
        }
        p.setLeading(s.h2.getSize() * 1.3f);
        // tight: 8 and 5 points around a section heading, as in the one-page summary (the heat-pump week's
        // two last source notes needed 46 pt pulled back from six headings and the notes)
        p.setSpacingBefore(compact || tight ? 6 : 12);
        p.setSpacingAfter(compact || tight ? 5 : 8);
        p.setKeepTogether(true);
        return p;
    }

    /**
     * After a flagged figure: the flag in a symbol and a word ("(!) UNVERIFIED"), so that it does not
     * rest on colour alone (a grey printout, a colour-blind reader).
     */
    void flagMark(Phrase after, boolean flagged, Font font) {
        if (flagged) {
            s.add(after, " " + b.labels().get("status.flag-mark") + " " + b.labels().get("status.unverified"), font);
        }
    }

    Chunk marker(SourceRef ref) {
        Chunk c = linkedText(ref.marker(), ref);
        c.setTextRise(3f);
        return c;
    }

    /**
     * A marker's text, linked to its entry when the document lists its source. An executive summary
     * lists none (its note says where they are): a link there led nowhere, in link blue.
     */
    Chunk linkedText(String text, SourceRef ref) {
        if (!listed(ref)) {
            return s.chunk(text, s.markerUnlinked);
        }
        Chunk c = s.chunk(text, s.marker);
        // the link is drawn by the tagging, which files it in the structure beside its words
        c.setGenericTag(Tagging.LINK_TAG + ref.anchor() + "\t" + b.labels().get("link.source", ref.marker()));
        return c;
    }

    private boolean listed(SourceRef ref) {
        for (io.briefing.model.Block block : b.blocks()) {
            if (block instanceof io.briefing.model.Block.Sources so) {
                List<io.briefing.model.SourceNote> notes = ref.prefix().isEmpty() ? so.notes() : so.previous();
                for (io.briefing.model.SourceNote n : notes) {
                    if (n.number() == ref.number()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
