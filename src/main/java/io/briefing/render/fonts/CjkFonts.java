package io.briefing.render.fonts;

import com.lowagie.text.pdf.BaseFont;
import io.briefing.input.InputException;
import io.briefing.input.InputProblem;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;


/**
 * The CJK font of a PDF briefing, as one face seen by both OpenPDF (to embed a subset) and AWT (to
 * measure and draw chart text), so that what charts measure is what the PDF shows. It is looked up
 * in the usual places of Linux, macOS and Windows, or given with --font; with none, OpenPDF's
 * non-embedded MSung-Light is used and the caller is told.
 */
public final class CjkFonts {
    /** Faces preferred in a collection, best first: Traditional Chinese, then any Chinese. */
    private static final List<String> FACE_PREFERENCE = List.of("cjktc", " tc", "tw", "cjkhk", " hk", "jhenghei",
            "mingliu", "hei", "cjksc", " sc", "cn", "");
    private static final List<String> CANDIDATES = List.of(
            // Debian, Ubuntu. TrueType outlines first: OpenPDF 2.0 garbles some glyphs of CFF-outline
            // CJK fonts such as Noto Sans CJK (開 came out as a box-drawing sign here; LibrePDF/OpenPDF#1402)
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            // Fedora, Arch
            "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            // macOS
            "/System/Library/Fonts/STHeiti Medium.ttc",
            "/System/Library/Fonts/Supplemental/Songti.ttc",
            "/Library/Fonts/Arial Unicode.ttf",
            "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
            // Windows
            "C:/Windows/Fonts/msjh.ttc",
            "C:/Windows/Fonts/mingliu.ttc",
            "C:/Windows/Fonts/msyh.ttc",
            "C:/Windows/Fonts/simsun.ttc");

    private final BaseFont regular;
    private final BaseFont bold;
    private final Font awtRegular;
    private final Font awtBold;
    private final String description;
    private final boolean embedded;

    private CjkFonts(BaseFont regular, BaseFont bold, Font awtRegular, Font awtBold, String description, boolean embedded) {
        this.regular = regular;
        this.bold = bold;
        this.awtRegular = awtRegular;
        this.awtBold = awtBold;
        this.description = description;
        this.embedded = embedded;
    }

    /**
     * Finds the font: the given file if any (an error if it cannot be used), else the first
     * candidate that loads, else the non-embedded fallback.
     */
    public static CjkFonts locate(Path explicit) throws IOException, InputException {
        if (explicit != null) {
            Optional<CjkFonts> f = load(explicit);
            if (f.isEmpty()) {
                // the user named it: a font that cannot be used is bad input, not a failure of the machine
                throw new InputException(InputProblem.ofFile(explicit, "the font cannot be "
                        + "used (not a readable TrueType/OpenType font or collection with Chinese glyphs)",
                        "pass a TrueType font with Chinese glyphs (e.g. /usr/share/fonts/truetype/wqy/wqy-microhei.ttc), or "
                                + "leave out --font"));
            }
            return f.get();
        }
        String env = System.getenv("BRIEFING_FONT");
        if (env != null && !env.isBlank()) {
            Path named;
            try {
                named = Path.of(env.strip());
            } catch (java.nio.file.InvalidPathException e) {
                named = null;
            }
            Optional<CjkFonts> f = named == null ? Optional.empty() : load(named);
            if (f.isEmpty()) {
                // the user named it, in the environment: ignoring it silently set the briefing in another font (seen)
                throw new InputException(new InputProblem(named, 0, 0, "BRIEFING_FONT", "the font it names cannot be used "
                                + "(no such file, or not a readable TrueType/OpenType font or collection with Chinese glyphs)",
                        "point BRIEFING_FONT at a TrueType font with Chinese glyphs (e.g. "
                                + "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc), or unset it"));
            }
            return f.get();
        }
        if (SystemFonts.searched()) {
            for (String c : CANDIDATES) {
                Path p = Path.of(c);
                if (Files.isReadable(p)) {
                    Optional<CjkFonts> f = load(p);
                    if (f.isPresent()) {
                        return f.get();
                    }
                }
            }
        }
        return fallback();
    }

    /** OpenPDF's built-in MSung-Light: no file needed, nothing embedded; the reader's viewer supplies glyphs. */
    public static CjkFonts fallback() throws IOException {
        try {
            BaseFont msung = BaseFont.createFont("MSung-Light", "UniCNS-UCS2-H", BaseFont.NOT_EMBEDDED);
            Font awt = new Font(Font.SERIF, Font.PLAIN, 10);
            return new CjkFonts(msung, msung, awt, awt.deriveFont(Font.BOLD), "MSung-Light (not embedded)", false);
        } catch (RuntimeException e) {
            throw new IOException("OpenPDF's MSung-Light font is missing: " + e.getMessage(), e);
        }
    }

    /** Larger than any CJK font collection shipped by Debian (Noto Sans CJK: 20 MB); a bigger "font" is not read. */
    private static final long MAX_FONT_BYTES = 128L << 20;

    private static Optional<CjkFonts> load(Path file) {
        try {
            // a FIFO would block, /dev/zero would never end: only a regular file of a font's size is read
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_FONT_BYTES) {
                return Optional.empty();
            }
            String path = file.toAbsolutePath().toString();
            boolean collection = path.toLowerCase(Locale.ROOT).endsWith(".ttc");
            String face = collection ? path + "," + pickFace(path) : path;
            // read the file once into memory: OpenPDF otherwise reads the glyph tables of every
            // subset it writes from disk, a few bytes per system call
            byte[] bytes = Files.readAllBytes(file);
            BaseFont regular = BaseFont.createFont(face, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            if (!regular.charExists('中') || !regular.charExists('經')) {
                return Optional.empty();
            }
            // PDF/A-2 wants a CIDSet to list every glyph of the subset exactly, or no CIDSet (6.2.11.4.2);
            // OpenPDF's lists the glyphs of the whole font
            regular.setIncludeCidSet(false);
            Font awtRegular = awtFace(file, regular.getPostscriptFontName());
            BaseFont bold = regular;
            Font awtBold = awtRegular.deriveFont(Font.BOLD);
            Path boldFile = boldSibling(file);
            if (boldFile != null) {
                String b = boldFile.toAbsolutePath().toString();
                String bface = collection ? b + "," + pickFace(b) : b;
                bold = BaseFont.createFont(bface, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                        Files.readAllBytes(boldFile), null);
                bold.setIncludeCidSet(false);
                awtBold = awtFace(boldFile, bold.getPostscriptFontName());
            }
            return Optional.of(new CjkFonts(regular, bold, awtRegular, awtBold,
                    regular.getPostscriptFontName() + " from " + file + " (embedded subset)", true));
        } catch (IOException | RuntimeException | FontFormatException e) {
            return Optional.empty();
        }
    }

    private static int pickFace(String path) throws IOException {
        String[] names = BaseFont.enumerateTTCNames(path);
        for (String want : FACE_PREFERENCE) {
            for (int i = 0; i < names.length; i++) {
                String name = names[i].toLowerCase(Locale.ROOT);
                if (name.contains(want) && !name.contains("mono")) {
                    return i;
                }
            }
        }
        return 0;
    }

    private static Font awtFace(Path file, String postscriptName) throws IOException, FontFormatException {
        Font[] faces = Font.createFonts(file.toFile());
        Font chosen = faces[0];
        for (Font f : faces) {
            if (f.getPSName().equalsIgnoreCase(postscriptName) || f.getFontName().replace(" ", "").equalsIgnoreCase(
                    postscriptName.replace("-", "").replace(" ", ""))) {
                chosen = f;
                break;
            }
        }
        GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(chosen);
        return chosen.deriveFont(10f);
    }

    private static Path boldSibling(Path file) {
        String name = file.getFileName().toString();
        List<String> guesses = new ArrayList<>();
        guesses.add(name.replace("-Regular", "-Bold"));
        guesses.add(name.replace("msjh.", "msjhbd."));
        guesses.add(name.replace("msyh.", "msyhbd."));
        for (String g : guesses) {
            if (!g.equals(name)) {
                Path p = file.resolveSibling(g);
                if (Files.isReadable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    public BaseFont regular() {
        return regular;
    }

    public BaseFont bold() {
        return bold;
    }

    /** The AWT face for chart text, in the given style and size. */
    public Font awt(boolean isBold, float size) {
        return (isBold ? awtBold : awtRegular).deriveFont(size);
    }

    /** True when there is no separate bold face and the PDF must embolden text by stroking it. */
    public boolean syntheticBold() {
        return bold == regular;
    }

    public boolean embedded() {
        return embedded;
    }

    public String description() {
        return description;
    }
}
