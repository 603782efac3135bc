package io.briefing.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import io.briefing.render.fonts.CjkFonts;
import java.awt.Font;

/**
 * Maps every AWT font a chart asks for to the briefing's CJK font. OpenPDF's default mapper turns
 * unknown fonts ("SansSerif", "Dialog") into non-embedded Helvetica, and Chinese chart labels vanish.
 */
final class PdfFontMapper implements FontMapper {
    private final CjkFonts fonts;

    PdfFontMapper(CjkFonts fonts) {
        this.fonts = fonts;
    }

    @Override
    public BaseFont awtToPdf(Font font) {
        return font.isBold() ? fonts.bold() : fonts.regular();
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
        return fonts.awt(font == fonts.bold(), size);
    }
}
