package io.briefing.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import io.briefing.i18n.Language;
import io.briefing.model.Block;
import io.briefing.model.Briefing;
import io.briefing.model.DocumentInfo;
import io.briefing.render.fonts.Typefaces;
import io.briefing.render.theme.ChartTheme;
import java.io.ByteArrayOutputStream;
import java.util.Calendar;
import java.util.TimeZone;


/**
 * Lays out a {@link Briefing} as a PDF with OpenPDF: title block, key figures, vector charts,
 * findings, tables and the Sources list that every [n] marker links to. Output depends only on the
 * briefing (fixed dates, ids and subset names), so the same inputs give the same bytes.
 */
public final class PdfBriefingWriter {
    private static final float MARGIN = 42f;
    private final Typefaces fonts;

    /**
     * The written document, how many pages it has, the room left at the foot of its last page and
     * the height its charts take, the height of a page's text area, and the most room a page before the
     * last left at its foot (points).
     */
    public record Result(byte[] bytes, int pages, float roomLeft, float chartHeight, float pageRoom, float mostRoomBefore) {

        /** The largest share of a page's text area left blank at its foot, of the pages before the last. */
        public float mostBlankBefore() {
            return pageRoom <= 0 ? 0 : mostRoomBefore / pageRoom;
        }

        /** The share of the last page's text area its content takes (0 when it is empty, 1 when full). */
        public float lastPageUsed() {
            return pageRoom <= 0 ? 1 : 1 - roomLeft / pageRoom;
        }
    }

    public PdfBriefingWriter(Typefaces fonts) {
        this.fonts = fonts;
    }

    public Result write(Briefing b) {
        return write(b, 1f);
    }

    /** @param chartGrowth charts this many times their natural height (a one-page briefing with room left) */
    public Result write(Briefing b, float chartGrowth) {
        return write(b, chartGrowth, false);
    }

    /**
     * @param chartGrowth charts this many times their natural height
     * @param tight tables and source notes set closer, to save a nearly empty last page
     */
    public Result write(Briefing b, float chartGrowth, boolean tight) {
        Rectangle page = switch (b.pageSize()) {
            case A4 -> PageSize.A4;
            case LETTER -> PageSize.LETTER;
        };
        boolean compact = b.onePage();
        float margin = compact ? 30f : MARGIN;
        Document doc = new Document(page, margin, margin, margin, margin + 14);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        // a justified Chinese line spreads its room between characters, not onto the space after a bullet
        writer.setSpaceCharRatio(0.001f);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setCompressionLevel(9);
        DocumentInfo info = b.info();
        String subject = info.subject() == null || info.subject().isEmpty() ? info.title() : info.subject();
        String creator = "briefing " + info.toolVersion();
        String producer = creator + " with OpenPDF";
        String language = b.language() == Language.ZH ? "zh-Hant" : "en";
        doc.addTitle(info.title());
        doc.addSubject(subject);
        doc.addAuthor(info.author());
        doc.addKeywords(info.keywordLine());
        doc.addCreator(creator);
        PdfStyle style = new PdfStyle(fonts, b.language().locale(), compact);
        Footer footer = new Footer(info.title(), style);
        writer.setPageEvent(footer);
        writer.setPageEvent(new Outline());
        Tagging tags = new Tagging(writer);
        // the outline opens beside the pages, and the window shows the title, not the file name
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
        doc.open();
        fixDates(writer, info, producer);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
        if (fonts.cjk().embedded()) {
            // PDF/A requires every font embedded: with the non-embedded fallback the file claims nothing
            PdfAConformance.apply(writer, info, subject, creator, producer, language);
        }
        PageLayout.Drawn drawn = new PageLayout.Drawn();
        PageLayout layout = new PageLayout(doc, writer, b, style, compact, fonts, chartGrowth, tight, drawn, tags);
        layout.titleBlock();
        for (Block block : b.blocks()) {
            layout.block(block);
        }
        float roomLeft = writer.getVerticalPosition(true) - doc.bottom();
        float pageRoom = doc.top() - doc.bottom();
        float bottom = doc.bottom();
        doc.close();
        float mostRoomBefore = 0;
        for (int n = 1; n < footer.positions.size(); n++) {
            mostRoomBefore = Math.max(mostRoomBefore, drawn.fill.lowest(n, footer.positions.get(n - 1)) - bottom);
        }
        // a cell drawn outside a tagged table would leave its words to the next cell's element
        // (checked where assertions run: in the tests; a reader's briefing is not refused for it)
        assert tags.balanced() : "a cell of the layout was drawn outside a tagged table";
        return new Result(Deterministic.apply(out.toByteArray()), footer.pages, roomLeft, drawn.chartHeight, pageRoom,
                mostRoomBefore);
    }

    /** Creation and modification dates are the briefing's, not the clock's: same inputs, same bytes. */
    private static void fixDates(PdfWriter writer, DocumentInfo info, String producer) {
        Calendar cal = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        cal.setTimeInMillis(info.created().toEpochMilli());
        PdfDate date = new PdfDate(cal);
        writer.getInfo().put(PdfName.CREATIONDATE, date);
        writer.getInfo().put(PdfName.MODDATE, date);
        writer.getInfo().put(PdfName.PRODUCER, new PdfString(producer));
    }

    /** Draws "title — n / total" at the foot of every page; the total is filled in when the document closes. */
    private static final class Footer extends PdfPageEventHelper {
        private final String title;
        private final PdfStyle style;
        private PdfTemplate total;
        int pages;
        /** The writer's vertical position as each page ended (a table split across it leaves it above its rows). */
        final java.util.List<Float> positions = new java.util.ArrayList<>();

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
            positions.add(writer.getVerticalPosition(false));
            PdfContentByte cb = writer.getDirectContent();
            // the running footer is pagination, not content: a screen reader skips it
            cb.beginMarkedContentSequence(new PdfName("Artifact"));
            float y = document.bottom() - 16;
            cb.setColorStroke(ChartTheme.GRID);
            cb.setLineWidth(0.5f);
            cb.moveTo(document.left(), y + 10);
            cb.lineTo(document.right(), y + 10);
            cb.stroke();
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, style.phrase(title, style.smallMuted), document.left(), y, 0);
            String pageText = writer.getPageNumber() + " / ";
            float x = document.right() - 22;
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, style.phrase(pageText, style.smallMuted), x, y, 0);
            cb.addTemplate(total, x + 1.5f, y - 2);
            cb.endMarkedContentSequence();
            pages = writer.getPageNumber();
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                    style.phrase(Integer.toString(writer.getPageNumber() - 1), style.smallMuted), 0, 2, 0);
        }
    }

    /**
     * One bookmark per section heading, at the heading's place on its page. Headings are marked with
     * a generic tag ({@link PageLayout#headingParagraph}); a heading that wraps is reported once per
     * line, so only its first line makes a bookmark.
     */
    private static final class Outline extends PdfPageEventHelper {
        private String last;
        private int sections;

        @Override
        public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
            if (!text.startsWith(PageLayout.HEADING_TAG)) {
                return;
            }
            String title = text.substring(PageLayout.HEADING_TAG.length());
            if (text.equals(last)) {
                return;
            }
            last = text;
            PdfDestination at = new PdfDestination(PdfDestination.XYZ, document.left(), rect.getTop() + 4, 0);
            new PdfOutline(writer.getDirectContent().getRootOutline(), at, title, true);
            // and a named destination, "section-1-key-figures", so that `pdfinfo -dests` lists the
            // sections with their pages (poppler's pdfinfo prints no outline) and a link can open one;
            // ASCII only: pdfinfo reads a name's bytes as PDFDocEncoding, so a Chinese heading is "section-1"
            sections++;
            String slug = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            writer.getDirectContent().localDestination("section-" + sections + (slug.isEmpty() ? "" : "-" + slug),
                    new PdfDestination(PdfDestination.XYZ, document.left(), rect.getTop() + 4, 0));
        }
    }





}
