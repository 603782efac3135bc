package io.briefing.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import io.briefing.model.Block;
import io.briefing.model.Briefing;
import io.briefing.model.ChartModel;
import io.briefing.model.ChartPoint;
import io.briefing.model.DocumentInfo;
import io.briefing.model.KeyFigure;
import io.briefing.model.Run;
import io.briefing.model.SourceNote;
import io.briefing.model.SourceRef;
import io.briefing.model.TableCell;
import io.briefing.render.chart.ChartDrawer;
import io.briefing.render.fonts.CjkFonts;
import io.briefing.render.theme.ChartTheme;
import io.briefing.template.ChartKind;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

/**
 * Lays out a {@link Briefing} as a PDF with OpenPDF: title block, key figures, vector charts,
 * findings, tables and the Sources list that every [n] marker links to. Output depends only on the
 * briefing (fixed dates, ids and subset names), so the same inputs give the same bytes.
 */
public final class PdfBriefingWriter {
    private static final float MARGIN = 42f;
    private final CjkFonts fonts;

    /** The written document and how many pages it has. */
    public record Result(byte[] bytes, int pages) {}

    public PdfBriefingWriter(CjkFonts fonts) {
        this.fonts = fonts;
    }

    public Result write(Briefing b) {
        Rectangle page = "LETTER".equals(b.pageSize()) ? PageSize.LETTER : PageSize.A4;
        boolean compact = b.onePage();
        float margin = compact ? 30f : MARGIN;
        Document doc = new Document(page, margin, margin, margin, margin + 14);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setCompressionLevel(9);
        DocumentInfo info = b.info();
        doc.addTitle(info.title());
        doc.addSubject(info.subject() == null || info.subject().isEmpty() ? info.title() : info.subject());
        doc.addAuthor(info.author());
        doc.addKeywords(String.join(", ", info.keywords()));
        doc.addCreator("briefing " + info.toolVersion());
        PdfStyle style = new PdfStyle(fonts, compact);
        Footer footer = new Footer(info.title(), style);
        writer.setPageEvent(footer);
        doc.open();
        fixDates(writer, info);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(b.language() == io.briefing.i18n.Language.ZH ? "zh-Hant" : "en"));
        Layout layout = new Layout(doc, writer, b, style, compact);
        layout.titleBlock();
        for (Block block : b.blocks()) {
            layout.block(block);
        }
        doc.close();
        return new Result(Deterministic.apply(out.toByteArray()), footer.pages);
    }

    /** Creation and modification dates are the briefing's, not the clock's: same inputs, same bytes. */
    private static void fixDates(PdfWriter writer, DocumentInfo info) {
        Calendar cal = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        cal.setTimeInMillis(info.created().toEpochMilli());
        PdfDate date = new PdfDate(cal);
        writer.getInfo().put(PdfName.CREATIONDATE, date);
        writer.getInfo().put(PdfName.MODDATE, date);
        writer.getInfo().put(PdfName.PRODUCER, new PdfString("briefing " + info.toolVersion() + " with OpenPDF"));
    }

    /** Draws "title — n / total" at the foot of every page; the total is filled in when the document closes. */
    private static final class Footer extends PdfPageEventHelper {
        private final String title;
        private final PdfStyle style;
        private PdfTemplate total;
        int pages;

        Footer(String title, PdfStyle style) {
            this.title = title;
            this.style = style;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            float y = document.bottom() - 16;
            cb.setColorStroke(ChartTheme.GRID);
            cb.setLineWidth(0.5f);
            cb.moveTo(document.left(), y + 10);
            cb.lineTo(document.right(), y + 10);
            cb.stroke();
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(title, style.smallMuted), document.left(), y, 0);
            String pageText = writer.getPageNumber() + " / ";
            float x = document.right() - 22;
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase(pageText, style.smallMuted), x, y, 0);
            cb.addTemplate(total, x + 1.5f, y - 2);
            pages = writer.getPageNumber();
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                    new Phrase(Integer.toString(writer.getPageNumber() - 1), style.smallMuted), 0, 2, 0);
        }
    }

    /** The layout of one document: one method per kind of block. */
    private final class Layout {
        private final Document doc;
        private final PdfWriter writer;
        private final Briefing b;
        private final PdfStyle s;
        private final boolean compact;
        private final ChartDrawer drawer;

        Layout(Document doc, PdfWriter writer, Briefing b, PdfStyle s, boolean compact) {
            this.doc = doc;
            this.writer = writer;
            this.b = b;
            this.s = s;
            this.compact = compact;
            this.drawer = new ChartDrawer(fonts.awt(false, 10), fonts.awt(true, 10));
        }

        private float width() {
            return doc.right() - doc.left();
        }

        void titleBlock() {
            DocumentInfo info = b.info();
            Paragraph t = new Paragraph(info.title(), s.title);
            t.setLeading(s.title.getSize() * 1.25f);
            doc.add(t);
            if (info.subtitle() != null && !info.subtitle().isEmpty()) {
                Paragraph st = new Paragraph(info.subtitle(), s.subtitle);
                st.setSpacingBefore(2);
                doc.add(st);
            }
            Paragraph meta = new Paragraph(info.dateLine() + "   ·   " + info.sourceLine(), s.meta);
            meta.setSpacingBefore(4);
            meta.setSpacingAfter(compact ? 4 : 8);
            doc.add(meta);
            rule();
            if (info.unverifiedBanner() != null) {
                PdfPTable banner = new PdfPTable(1);
                banner.setWidthPercentage(100);
                PdfPCell c = new PdfPCell(new Phrase(info.unverifiedBanner(), s.banner));
                c.setBackgroundColor(ChartTheme.FLAGGED);
                c.setBorder(Rectangle.NO_BORDER);
                c.setPadding(6);
                banner.addCell(c);
                banner.setSpacingBefore(6);
                doc.add(banner);
            }
        }

        private void rule() {
            PdfPTable line = new PdfPTable(1);
            line.setWidthPercentage(100);
            PdfPCell c = new PdfPCell();
            c.setBorder(Rectangle.BOTTOM);
            c.setBorderColor(ChartTheme.PRIMARY);
            c.setBorderWidth(1.2f);
            c.setFixedHeight(2);
            line.addCell(c);
            doc.add(line);
        }

        void block(Block block) {
            if (block instanceof Block.KeyFigures k) {
                keyFigures(k);
            } else if (block instanceof Block.Charts c) {
                charts(c);
            } else if (block instanceof Block.Table t) {
                table(t);
            } else if (block instanceof Block.Text t) {
                text(t);
            } else if (block instanceof Block.Sources so) {
                sources(so);
            } else if (block instanceof Block.PageBreak) {
                doc.newPage();
            }
        }

        private void heading(String text) {
            Paragraph p = headingParagraph(text);
            if (p != null) {
                doc.add(p);
            }
        }

        private Paragraph headingParagraph(String text) {
            if (text == null || text.isEmpty()) {
                return null;
            }
            Paragraph p = new Paragraph(text, s.h2);
            p.setLeading(s.h2.getSize() * 1.3f);
            p.setSpacingBefore(compact ? 6 : 12);
            p.setSpacingAfter(compact ? 5 : 8);
            p.setKeepTogether(true);
            return p;
        }

        private Chunk marker(SourceRef ref) {
            Chunk c = new Chunk(ref.marker(), s.marker);
            c.setTextRise(3f);
            c.setLocalGoto(ref.anchor());
            return c;
        }

        private void keyFigures(Block.KeyFigures k) {
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
                Paragraph value = new Paragraph("", s.figure);
                value.add(new Chunk(f.value(), f.flagged() ? new Font(s.figure.getBaseFont(), s.figure.getSize(), Font.NORMAL,
                        ChartTheme.FLAGGED) : s.figure));
                value.add(marker(f.ref()));
                value.setLeading(s.figure.getSize() * 1.15f);
                c.addElement(value);
                Paragraph label = new Paragraph(f.label(), s.figureLabel);
                label.setSpacingBefore(1);
                c.addElement(label);
                String detail = f.detail() + (f.qualifierNote().isEmpty() ? "" : " · " + f.qualifierNote());
                Paragraph d = new Paragraph(detail, s.smallMuted);
                c.addElement(d);
                if (f.flagged()) {
                    c.addElement(new Paragraph(b.labels().get("status.unverified"), s.flag));
                }
                t.addCell(c);
            }
            t.completeRow();
            doc.add(t);
        }

        private void charts(Block.Charts block) {
            List<ChartModel> small = block.charts().stream().filter(ChartModel::small).toList();
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
                doc.add(heading);
            }
            if (!small.isEmpty()) {
                int cols = Math.min(3, small.size());
                PdfPTable grid = new PdfPTable(cols);
                grid.setWidthPercentage(100);
                grid.setSpacingBefore(4);
                float cellWidth = width() / cols - 8;
                for (ChartModel m : small) {
                    PdfPCell c = new PdfPCell();
                    c.setBorder(Rectangle.NO_BORDER);
                    c.setPadding(3);
                    Paragraph title = new Paragraph(m.title(), s.h3);
                    title.setLeading(s.h3.getSize() * 1.3f);
                    title.setSpacingAfter(3);
                    c.addElement(title);
                    c.addElement(chartImage(m, cellWidth, smallHeight(m)));
                    for (Paragraph p : captions(m)) {
                        c.addElement(p);
                    }
                    grid.addCell(c);
                }
                grid.completeRow();
                doc.add(grid);
            }
        }

        private float smallHeight(ChartModel m) {
            return Math.max(110, 34 + 22 * m.categories().size());
        }

        private void fullChart(ChartModel m, Paragraph heading) {
            Paragraph title = new Paragraph(m.title(), s.h3);
            title.setLeading(s.h3.getSize() * 1.3f);
            title.setSpacingAfter(4);
            title.setSpacingBefore(compact ? 4 : 10);
            title.setKeepTogether(true);
            if (m.kind() == ChartKind.TIMELINE) {
                if (heading != null) {
                    doc.add(heading);
                }
                doc.add(title);
                timeline(m);
                return;
            }
            float height = m.kind() == ChartKind.HBAR ? Math.max(110, 46 + 30 * m.categories().size() * Math.max(1, m.series().size()))
                    : 190;
            PdfPTable holder = new PdfPTable(1);
            holder.setWidthPercentage(100);
            holder.setKeepTogether(true);
            // spacing of the first paragraph is lost at the top of a cell: the table keeps it
            holder.setSpacingBefore(heading != null ? (compact ? 6 : 12) : (compact ? 4 : 10));
            PdfPCell c = new PdfPCell();
            c.setBorder(Rectangle.NO_BORDER);
            c.setPadding(0);
            if (heading != null) {
                c.addElement(heading);
            }
            c.addElement(title);
            c.addElement(chartImage(m, width(), height));
            for (Paragraph p : captions(m)) {
                c.addElement(p);
            }
            holder.addCell(c);
            doc.add(holder);
        }

        /** Draws the chart as vector graphics into a form XObject: sharp at any zoom, text stays text. */
        private Image chartImage(ChartModel m, float w, float h) {
            PdfContentByte cb = writer.getDirectContent();
            PdfTemplate tpl = cb.createTemplate(w, h);
            Graphics2D g2 = tpl.createGraphics(w, h, new PdfFontMapper(fonts));
            try {
                drawer.draw(m, g2, new Rectangle2D.Double(0, 0, w, h));
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
            Paragraph src = new Paragraph("", s.smallMuted);
            src.setLeading(s.smallMuted.getSize() * 1.35f);
            src.add(new Chunk(m.sourceLine() + "  ", s.smallMuted));
            for (ChartPoint p : m.points()) {
                src.add(marker(p.ref()));
            }
            java.util.ArrayList<Paragraph> out = new java.util.ArrayList<>();
            out.add(src);
            for (String note : m.legendNotes()) {
                Paragraph n = new Paragraph(note, s.smallMuted);
                n.setLeading(s.smallMuted.getSize() * 1.3f);
                out.add(n);
            }
            if (m.note() != null) {
                out.add(new Paragraph(m.note(), s.smallMuted));
            }
            return out;
        }

        private void timeline(ChartModel m) {
            PdfPTable t = new PdfPTable(new float[] {1.5f, 0.35f, 7f});
            t.setWidthPercentage(100);
            t.setSpacingBefore(3);
            for (ChartPoint p : m.points()) {
                PdfPCell date = new PdfPCell(new Phrase(p.dateLabel(), s.bodyBold));
                date.setBorder(Rectangle.NO_BORDER);
                date.setHorizontalAlignment(Element.ALIGN_RIGHT);
                date.setPaddingTop(compact ? 1 : 3);
                date.setPaddingBottom(compact ? 2 : 4);
                t.addCell(date);
                PdfPCell dot = new PdfPCell();
                dot.setBorder(Rectangle.NO_BORDER);
                dot.setCellEvent(new TimelineDot(p.highlight() ? ChartTheme.HIGHLIGHT : ChartTheme.PRIMARY));
                t.addCell(dot);
                Paragraph text = new Paragraph("", s.body);
                text.setLeading(s.body.getSize() * 1.35f);
                text.add(new Chunk(p.text(), p.flagged() ? s.flag : s.body));
                text.add(marker(p.ref()));
                PdfPCell c = new PdfPCell(text);
                c.setBorder(Rectangle.NO_BORDER);
                c.setPaddingTop(compact ? 1 : 3);
                c.setPaddingBottom(compact ? 2 : 4);
                t.addCell(c);
            }
            doc.add(t);
            Paragraph src = new Paragraph(m.sourceLine(), s.smallMuted);
            doc.add(src);
        }

        private void table(Block.Table block) {
            heading(block.heading());
            PdfPTable t = new PdfPTable(block.widths());
            t.setWidthPercentage(100);
            t.setHeaderRows(1);
            t.setSpacingBefore(6);
            for (String h : block.headers()) {
                PdfPCell c = new PdfPCell(new Phrase(h, s.tableHead));
                c.setBackgroundColor(ChartTheme.PRIMARY);
                c.setBorderColor(ChartTheme.PRIMARY);
                c.setPadding(3.5f);
                t.addCell(c);
            }
            int i = 0;
            for (List<TableCell> row : block.rows()) {
                java.awt.Color bg = i++ % 2 == 0 ? java.awt.Color.WHITE : ChartTheme.PANEL;
                for (TableCell cell : row) {
                    Phrase ph = new Phrase();
                    if (cell.ref() != null && cell.numeric()) {
                        ph.add(new Chunk(cell.text(), cell.flagged() ? s.flag : s.tableBodyBold));
                        ph.add(marker(cell.ref()));
                    } else if (cell.ref() != null) {
                        Chunk c = new Chunk(cell.text(), s.marker);
                        c.setLocalGoto(cell.ref().anchor());
                        ph.add(c);
                    } else {
                        ph.add(new Chunk(cell.text(), s.tableBody));
                    }
                    PdfPCell c = new PdfPCell(ph);
                    c.setBackgroundColor(bg);
                    c.setBorderColor(ChartTheme.GRID);
                    c.setBorderWidth(0.4f);
                    c.setPadding(3f);
                    c.setHorizontalAlignment(cell.numeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                    t.addCell(c);
                }
            }
            doc.add(t);
            if (block.moreNote() != null) {
                doc.add(new Paragraph(block.moreNote(), s.smallMuted));
            }
        }

        private void text(Block.Text block) {
            heading(block.heading());
            for (List<Run> runs : block.paragraphs()) {
                Paragraph p = new Paragraph("", s.body);
                p.setLeading(s.body.getSize() * 1.45f);
                p.setSpacingAfter(compact ? 2 : 5);
                p.setIndentationLeft(10);
                p.setFirstLineIndent(-10);
                p.add(new Chunk("• ", s.bodyBold));
                for (Run r : runs) {
                    if (r.ref() == null) {
                        p.add(new Chunk(r.text(), s.body));
                    } else {
                        p.add(new Chunk(r.text(), r.flagged() ? s.flag : s.bodyBold));
                        p.add(marker(r.ref()));
                    }
                }
                doc.add(p);
            }
        }

        private void sources(Block.Sources block) {
            heading(block.heading());
            String article = b.sources().isEmpty() ? "" : "  " + b.labels().get("article") + ": " + b.sources().get(0).article();
            Paragraph intro = new Paragraph(block.intro() + article, s.smallMuted);
            intro.setSpacingAfter(4);
            doc.add(intro);
            for (SourceNote n : block.notes()) {
                Paragraph p = new Paragraph("", s.small);
                p.setLeading(s.small.getSize() * 1.45f);
                p.setSpacingAfter(3);
                p.setIndentationLeft(18);
                p.setFirstLineIndent(-18);
                p.setKeepTogether(true);
                Chunk anchor = new Chunk("[" + n.number() + "] ", s.tableBodyBold);
                anchor.setLocalDestination("src-" + n.number());
                p.add(anchor);
                p.add(new Chunk(n.label() + (n.value().isEmpty() ? "" : ": " + n.value()), s.tableBodyBold));
                p.add(new Chunk("   「" + n.quote() + "」", s.small));
                p.add(new Chunk("   — " + n.reporter() + " · ", s.smallMuted));
                p.add(new Chunk(n.status(), n.verified() ? s.smallMuted : s.flag));
                doc.add(p);
            }
        }
    }

    /** Leaves a white gap between key-figure panels. */
    private static final class GapBorder implements PdfPCellEvent {
        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            PdfContentByte cb = canvases[PdfPTable.LINECANVAS];
            cb.setColorStroke(java.awt.Color.WHITE);
            cb.setLineWidth(4f);
            cb.rectangle(position.getLeft(), position.getBottom(), position.getWidth(), position.getHeight());
            cb.stroke();
        }
    }

    /** Draws the timeline's vertical line and the milestone's dot. */
    private static final class TimelineDot implements PdfPCellEvent {
        private final java.awt.Color colour;

        TimelineDot(java.awt.Color colour) {
            this.colour = colour;
        }

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            PdfContentByte cb = canvases[PdfPTable.LINECANVAS];
            float x = (position.getLeft() + position.getRight()) / 2;
            cb.setColorStroke(ChartTheme.GRID);
            cb.setLineWidth(1.5f);
            cb.moveTo(x, position.getTop());
            cb.lineTo(x, position.getBottom());
            cb.stroke();
            cb.setColorFill(colour);
            cb.circle(x, position.getTop() - 7.5f, 3.2f);
            cb.fill();
        }
    }

}
