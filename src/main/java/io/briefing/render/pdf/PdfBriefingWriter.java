package io.briefing.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import io.briefing.i18n.Language;
import io.briefing.model.Block;
import io.briefing.model.Briefing;
import io.briefing.model.DocumentInfo;
import io.briefing.render.chart.ChartDrawer;
import io.briefing.render.fonts.CjkFonts;
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
    private final CjkFonts fonts;

    /** The written document and how many pages it has. */
    public record Result(byte[] bytes, int pages) {}

    public PdfBriefingWriter(CjkFonts fonts) {
        this.fonts = fonts;
    }

    public Result write(Briefing b) {
        Rectangle page = switch (b.pageSize()) {
            case A4 -> PageSize.A4;
            case LETTER -> PageSize.LETTER;
        };
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
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(b.language() == Language.ZH ? "zh-Hant" : "en"));
        PageLayout layout = page(doc, writer, b, style, compact);
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
    private PageLayout page(Document doc, PdfWriter writer, Briefing b, PdfStyle s, boolean compact) {
        return new PageLayout(doc, writer, b, s, compact, new ChartDrawer(fonts.awt(false, 10), fonts.awt(true, 10)), fonts);
    }




}
