package io.briefing.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPTableEvent;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfStructureTreeRoot;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The document's logical structure, for a screen reader and PDF/UA: headings, paragraphs, tables
 * with header cells, figures with their alternative text, links, in reading order; everything else
 * drawn (backgrounds, rules, the page footer) marked as an artifact.
 *
 * <p>Every block of the page is a cell of a table ({@link PageLayout#flow}), and OpenPDF writes a
 * table's cells one after the other into one text canvas, calling each cell's event right after its
 * content. So a cell's event notes where its content ends in that canvas, and the table's event,
 * called before the canvas joins the page, wraps each cell's bytes in a marked-content sequence of
 * the cell's structure element. A cell says what it is with {@link #mark}; a table's cells with
 * {@link TableMarks}. A cell split across pages (a long paragraph) gets one marked sequence per page,
 * both in the same element; a header row repeated on a later page is an artifact there.
 */
final class Tagging extends PdfPageEventHelper implements PdfPTableEvent {
    /** What a cell of the layout is to a reader. */
    enum Role {
        /** The document's title. */
        TITLE,
        /** A section heading. */
        HEADING,
        PARAGRAPH,
        /** A chart: its alternative text says what it shows, figure by figure. */
        FIGURE,
        HEADER_CELL,
        CELL,
        /** Drawn for the eye only: a rule, a timeline's dot. */
        ARTIFACT
    }

    /** Marks a chunk whose words link to a source note: the prefix, the anchor, a tab, the link's description. */
    static final String LINK_TAG = "link:";
    private static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final PdfName TR = new PdfName("TR");

    private final PdfWriter writer;
    private PdfStructureElement document;
    /** Cells written into a text canvas whose table has not yet been laid out. */
    private final List<Segment> segments = new ArrayList<>();
    /** Links drawn since the last cell ended: they belong to the next cell that ends. */
    private final List<PdfAnnotation> links = new ArrayList<>();

    private record Segment(Mark mark, PdfContentByte canvas, int end, List<PdfAnnotation> links) {}

    /** Call before the document opens. */
    Tagging(PdfWriter writer) {
        this.writer = writer;
        writer.setTagged();
        // PDF/UA: a page with links is read in the order of its structure
        writer.setTabs(PdfName.S);
        writer.setPageEvent(this);
    }

    private PdfStructureElement document() {
        if (document == null) {
            PdfStructureTreeRoot root = writer.getStructureTreeRoot();
            document = new PdfStructureElement(root, PdfName.DOCUMENT);
        }
        return document;
    }

    /** The event of a cell that is one thing to a reader; {@code alt} describes a figure, else null. */
    Mark mark(Role role, String alt) {
        return new Mark(role, alt, null, false);
    }

    Mark mark(Role role) {
        return mark(role, null);
    }

    /** The event of a cell in a table's repeated header rows: tagged where it first stands, an artifact on later pages. */
    Mark repeated(Role role) {
        return new Mark(role, null, null, true);
    }

    /** Marks for the cells of one data table: its header row and its rows, each a TR of header or data cells. */
    final class TableMarks {
        private PdfStructureElement table;
        private final List<PdfStructureElement> rows = new ArrayList<>();

        Mark header() {
            return new Mark(Role.HEADER_CELL, null, new RowOf(this, 0), true);
        }

        /** A data cell of row {@code row}, counting the header row as row 0. */
        Mark cell(int row) {
            return new Mark(Role.CELL, null, new RowOf(this, row), false);
        }

        PdfStructureElement row(int index) {
            if (table == null) {
                table = new PdfStructureElement(document(), PdfName.TABLE);
            }
            while (rows.size() <= index) {
                rows.add(new PdfStructureElement(table, TR));
            }
            return rows.get(index);
        }
    }

    TableMarks table() {
        return new TableMarks();
    }

    private record RowOf(TableMarks table, int index) {}

    /** A cell's event: notes where the cell's content ends; the table's event tags it. */
    final class Mark implements PdfPCellEvent {
        private final Role role;
        private final String alt;
        private final RowOf row;
        /** A header cell: the table repeats it on every page, and only the first is the real one. */
        private final boolean repeated;
        private PdfStructureElement element;
        private PdfStructureElement words;
        private boolean written;

        private Mark(Role role, String alt, RowOf row, boolean repeated) {
            this.role = role;
            this.alt = alt;
            this.row = row;
            this.repeated = repeated;
        }

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            PdfContentByte text = canvases[PdfPTable.TEXTCANVAS];
            segments.add(new Segment(this, text, text.getInternalBuffer().size(), List.copyOf(links)));
            links.clear();
        }

        private PdfStructureElement element() {
            if (element == null) {
                PdfStructureElement parent = row == null ? document() : row.table().row(row.index());
                element = new PdfStructureElement(parent, switch (role) {
                    case TITLE -> PdfName.H1;
                    case HEADING -> PdfName.H2;
                    case PARAGRAPH -> PdfName.P;
                    case FIGURE -> PdfName.FIGURE;
                    case HEADER_CELL -> PdfName.TH;
                    case CELL -> PdfName.TD;
                    case ARTIFACT -> throw new IllegalStateException("an artifact has no element");
                });
                if (alt != null) {
                    element.put(PdfName.ALT, new PdfString(alt, PdfObject.TEXT_UNICODE));
                }
                if (role == Role.HEADER_CELL) {
                    PdfDictionary attributes = new PdfDictionary();
                    attributes.put(PdfName.O, PdfName.TABLE);
                    attributes.put(new PdfName("Scope"), new PdfName("Column"));
                    element.put(PdfName.A, attributes);
                }
            }
            return element;
        }

        /** Writes the cell's content into {@code text}, marked as this cell's element (or as an artifact). */
        void write(PdfContentByte text, byte[] content, int from, int to, List<PdfAnnotation> cellLinks) {
            boolean artifact = role == Role.ARTIFACT || (repeated && written);
            if (artifact) {
                artifact(text, content, from, to);
                return;
            }
            boolean table = role == Role.HEADER_CELL || role == Role.CELL;
            if (to == from && cellLinks.isEmpty() && !(table && !written)) {
                return;
            }
            PdfStructureElement e = element();
            if (to > from) {
                // the words in a span of their own: the element's other kids are its links
                if (words == null) {
                    words = new PdfStructureElement(e, PdfName.SPAN);
                }
                text.beginMarkedContentSequence(words);
                text.getInternalBuffer().append(content, from, to - from);
                text.endMarkedContentSequence();
            }
            for (PdfAnnotation a : cellLinks) {
                link(e, a);
            }
            written = true;
        }
    }

    /** A Link element in {@code parent} holding the annotation, which points back at it. */
    private void link(PdfStructureElement parent, PdfAnnotation annotation) {
        PdfStructureElement link = new PdfStructureElement(parent, PdfName.LINK);
        PdfDictionary objr = new PdfDictionary(PdfName.OBJR);
        objr.put(PdfName.OBJ, annotation.getIndirectReference());
        PdfArray kids = new PdfArray();
        kids.add(objr);
        link.put(PdfName.K, kids);
        int key = writer.getStructureTreeRoot().addExistingObject(link.getReference());
        annotation.put(PdfName.STRUCTPARENT, new PdfNumber(key));
    }

    private static void artifact(PdfContentByte canvas, byte[] content, int from, int to) {
        if (to > from) {
            canvas.beginMarkedContentSequence(ARTIFACT);
            canvas.getInternalBuffer().append(content, from, to - from);
            canvas.endMarkedContentSequence();
        }
    }

    /** Wraps everything in {@code canvas} so far as an artifact. */
    static void artifact(PdfContentByte canvas) {
        byte[] content = canvas.getInternalBuffer().toByteArray();
        canvas.getInternalBuffer().reset();
        artifact(canvas, content, 0, content.length);
    }

    @Override
    public void tableLayout(PdfPTable table, float[][] widths, float[] heights, int headerRows, int rowStart,
                            PdfContentByte[] canvases) {
        artifact(canvases[PdfPTable.BACKGROUNDCANVAS]);
        artifact(canvases[PdfPTable.LINECANVAS]);
        PdfContentByte text = canvases[PdfPTable.TEXTCANVAS];
        byte[] content = text.getInternalBuffer().toByteArray();
        text.getInternalBuffer().reset();
        int from = 0;
        List<Segment> mine = segments.stream().filter(s -> s.canvas() == text).toList();
        segments.removeAll(mine);
        for (Segment s : mine) {
            s.mark().write(text, content, from, s.end(), s.links());
            from = s.end();
        }
        artifact(text, content, from, content.length);
    }

    /** Draws a link over a source marker: the annotation a screen reader finds in its Link element. */
    @Override
    public void onGenericTag(PdfWriter w, Document d, Rectangle rect, String tag) {
        if (!tag.startsWith(LINK_TAG)) {
            return;
        }
        int tab = tag.indexOf('\t');
        String anchor = tag.substring(LINK_TAG.length(), tab);
        PdfAnnotation a = new PdfAnnotation(w, rect.getLeft(), rect.getBottom(), rect.getRight(), rect.getTop(),
                PdfAction.gotoLocalPage(anchor, false));
        a.setFlags(PdfAnnotation.FLAGS_PRINT);
        a.put(PdfName.CONTENTS, new PdfString(tag.substring(tab + 1), PdfObject.TEXT_UNICODE));
        w.addAnnotation(a);
        links.add(a);
    }

    /** What is left over when the document closes is a bug in the layout: every cell ends in a table. */
    boolean balanced() {
        return segments.isEmpty() && links.isEmpty();
    }
}
