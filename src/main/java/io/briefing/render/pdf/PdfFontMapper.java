package io.briefing.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import io.briefing.render.fonts.LatinFonts;
import io.briefing.render.fonts.Typefaces;
import java.awt.Font;
import java.util.Optional;

/**
 * Maps the AWT font a chart draws with to the briefing's embedded face: the Latin family when the
 * chart was set in it ({@link Typefaces#awtFor}), else the CJK face. OpenPDF's default mapper turns
 * unknown fonts ("SansSerif", "Dialog") into non-embedded Helvetica, and Chinese chart labels vanish.
 */
final class PdfFontMapper implements FontMapper {
    private final Typefaces fonts;

    PdfFontMapper(Typefaces fonts) {
        this.fonts = fonts;
    }

    @Override
    public BaseFont awtToPdf(Font font) {
        Optional<LatinFonts> latin = fonts.latin();
        if (latin.isPresent() && font.getFamily().equals(latin.get().awtRegular().getFamily())) {
            // the bold face is a font of its own (style PLAIN), known by its name
            boolean bold = font.isBold() || font.getFontName().equals(latin.get().awtBold().getFontName());
            return bold ? latin.get().bold() : latin.get().regular();
        }
        return font.isBold() ? fonts.cjk().bold() : fonts.cjk().regular();
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
        Optional<LatinFonts> latin = fonts.latin();
        if (latin.isPresent() && (font == latin.get().regular() || font == latin.get().bold())) {
            return latin.get().awt(font == latin.get().bold(), size);
        }
        return fonts.cjk().awt(font == fonts.cjk().bold(), size);
    }
}
