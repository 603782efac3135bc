package io.briefing.render.fonts;

import com.lowagie.text.pdf.BaseFont;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The Latin typeface of a PDF briefing: a TrueType family with a real regular and bold face, for
 * Latin letters, digits and punctuation, while Chinese stays in {@link CjkFonts}. The CJK fonts'
 * Latin glyphs are full-width or poorly spaced (WenQuanYi draws “ and ” a full em wide) and have no
 * bold face, so OpenPDF strokes them. Looked up in the usual places; with none found, Latin text
 * falls back to the CJK font (as before) and the run says so.
 */
public record LatinFonts(BaseFont regular, BaseFont bold, Font awtRegular, Font awtBold, String description) {
    /** Regular and bold files, best first: metric-compatible with Arial, then DejaVu, then the systems' own. */
    private static final List<String[]> CANDIDATES = List.of(
            new String[] {"/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
                    "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"},
            new String[] {"/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
                    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"},
            new String[] {"/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf",
                    "/usr/share/fonts/liberation-sans/LiberationSans-Bold.ttf"},
            new String[] {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"},
            new String[] {"/System/Library/Fonts/Supplemental/Arial.ttf",
                    "/System/Library/Fonts/Supplemental/Arial Bold.ttf"},
            new String[] {"C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"});
    private static final long MAX_FONT_BYTES = 32L << 20;

    /** The first candidate family whose two faces load, or empty (then Latin text stays in the CJK font). */
    public static Optional<LatinFonts> locate() {
        if (!SystemFonts.searched()) {
            return Optional.empty();
        }
        for (String[] c : CANDIDATES) {
            Optional<LatinFonts> f = load(Path.of(c[0]), Path.of(c[1]));
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    static Optional<LatinFonts> load(Path regularFile, Path boldFile) {
        try {
            if (!Files.isRegularFile(regularFile) || !Files.isRegularFile(boldFile)
                    || Files.size(regularFile) > MAX_FONT_BYTES || Files.size(boldFile) > MAX_FONT_BYTES) {
                return Optional.empty();
            }
            byte[] r = Files.readAllBytes(regularFile);
            byte[] b = Files.readAllBytes(boldFile);
            BaseFont regular = embed(regularFile, r);
            BaseFont bold = embed(boldFile, b);
            if (!regular.charExists('A') || !bold.charExists('A') || !regular.charExists('%')) {
                return Optional.empty();
            }
            Font awtRegular = awt(regularFile);
            Font awtBold = awt(boldFile);
            return Optional.of(new LatinFonts(regular, bold, awtRegular, awtBold,
                    regular.getPostscriptFontName() + " and " + bold.getPostscriptFontName() + " from "
                            + regularFile.getParent() + " (embedded subsets)"));
        } catch (IOException | RuntimeException | FontFormatException e) {
            return Optional.empty();
        }
    }

    private static BaseFont embed(Path file, byte[] bytes) throws IOException {
        BaseFont f = BaseFont.createFont(file.toAbsolutePath().toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                false, bytes, null);
        // PDF/A-2: no CIDSet rather than OpenPDF's, which lists the glyphs of the whole font (6.2.11.4.2)
        f.setIncludeCidSet(false);
        return f;
    }

    private static Font awt(Path file) throws IOException, FontFormatException {
        // from the file, not from its bytes: a font made from a stream is copied to a +~JF*.tmp file
        // that only a normal exit removes (97 copies, 41 MB, were left by one day of stopped runs)
        Font f = Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(f);
        return f.deriveFont(10f);
    }

    public Font awt(boolean isBold, float size) {
        return (isBold ? awtBold : awtRegular).deriveFont(size);
    }

    /** True when both faces have the character. */
    public boolean covers(int codePoint) {
        return regular.charExists(codePoint) && bold.charExists(codePoint);
    }
}
