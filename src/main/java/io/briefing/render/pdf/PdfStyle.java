package io.briefing.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import io.briefing.i18n.ChinesePunctuation;
import io.briefing.render.fonts.CjkFonts;
import io.briefing.render.fonts.LatinFonts;
import io.briefing.render.fonts.Typefaces;
import io.briefing.render.theme.ChartTheme;
import java.awt.Color;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The PDF's type scale, in one place: every font the layout uses, named by the CJK face, and the
 * text of the page set through {@link #paragraph}, {@link #phrase}, {@link #add} and {@link #chunk},
 * which put each run of text in its face ({@link Typefaces#runs}): Latin in the Latin family with
 * its real bold, Chinese in the CJK face.
 */
final class PdfStyle {
    private final Typefaces faces;
    private final boolean chinese;

    private final CjkFonts cjk;
    /** The Latin counterpart of each CJK font, made once per font (a briefing uses about twenty). */
    private final Map<Font, Font> latinOf = new IdentityHashMap<>();
    private final Map<Font, Font> containerOf = new IdentityHashMap<>();
    /** Where lines may end, by the rules of the briefing's language; every chunk carries it. */
    private final LineBreaks lineBreaks;
    private final com.lowagie.text.SplitCharacter wholeFigure;

    final Font title;
    final Font subtitle;
    final Font meta;
    final Font h2;
    final Font h3;
    final Font body;
    final Font bodyBold;
    final Font small;
    final Font smallMuted;
    /** Sources' own words in the muted ink (who reported, the check, the intro): a source is read at 8 pt, as a table is. */
    final Font sourceMuted;
    final Font marker;
    /** A marker whose source this document does not list (an executive summary): ink, not link blue. */
    final Font markerUnlinked;
    final Font figure;
    final Font figureLabel;
    final Font tableHead;
    final Font tableBody;
    final Font tableBodyBold;
    final Font flag;
    final Font banner;

    /** Whether the briefing is in Chinese (shared marks such as curly quotes are then full-width). */
    boolean chinese() {
        return chinese;
    }

    PdfStyle(Typefaces faces, Locale language, boolean compact) {
        this.faces = faces;
        this.chinese = language.getLanguage().equals("zh");
        this.lineBreaks = new LineBreaks(language);
        this.wholeFigure = lineBreaks.whole();
        this.cjk = faces.cjk();
        CjkFonts fonts = cjk;
        float k = compact ? 0.85f : 1f;
        // a face without a bold partner is emboldened by OpenPDF (fill and stroke) when asked for BOLD
        int b = fonts.syntheticBold() ? Font.BOLD : Font.NORMAL;
        title = new Font(fonts.bold(), 20 * k, b, ChartTheme.INK);
        subtitle = new Font(fonts.regular(), 11.5f * k, Font.NORMAL, ChartTheme.MUTED);
        meta = new Font(fonts.regular(), Math.max(7.5f, 8.5f * k), Font.NORMAL, ChartTheme.MUTED);
        h2 = new Font(fonts.bold(), 13 * k, b, ChartTheme.PRIMARY);
        h3 = new Font(fonts.bold(), 10.5f * k, b, ChartTheme.INK);
        // the floors of what a reader on a phone or on paper can read: body text 9 pt, tables and sources
        // 8 pt, captions 7.5 pt in the muted ink (about 6:1 on white, past WCAG AA's 4.5:1), in the one-page
        // summary too: its headings and cards shrink, these do not (it was 8.1 pt body, 5.9 pt captions)
        float bodySize = Math.max(9f, 9.5f * k);
        float smallSize = 8f;
        float captionSize = 7.5f;
        body = new Font(fonts.regular(), bodySize, Font.NORMAL, ChartTheme.INK);
        bodyBold = new Font(fonts.bold(), bodySize, b, ChartTheme.INK);
        small = new Font(fonts.regular(), smallSize, Font.NORMAL, ChartTheme.INK);
        smallMuted = new Font(fonts.regular(), captionSize, Font.NORMAL, ChartTheme.MUTED);
        // (the reporter and the check after each source were 7.5 pt, below the 8 pt floor of sources)
        sourceMuted = new Font(fonts.regular(), smallSize, Font.NORMAL, ChartTheme.MUTED);
        // a source marker is read as a caption is: 7.5 pt (it was 6.5, 5.5 in the summary, small on a phone)
        marker = new Font(fonts.regular(), captionSize, Font.NORMAL, ChartTheme.PRIMARY);
        markerUnlinked = new Font(fonts.regular(), captionSize, Font.NORMAL, ChartTheme.INK);
        figure = new Font(fonts.bold(), 19 * k, b, ChartTheme.PRIMARY);
        figureLabel = new Font(fonts.bold(), Math.max(7.5f, 8.5f * k), b, ChartTheme.INK);
        tableHead = new Font(fonts.bold(), smallSize, b, Color.WHITE);
        tableBody = new Font(fonts.regular(), smallSize, Font.NORMAL, ChartTheme.INK);
        tableBodyBold = new Font(fonts.bold(), smallSize, b, ChartTheme.INK);
        flag = new Font(fonts.bold(), smallSize, b, ChartTheme.FLAGGED);
        banner = new Font(fonts.bold(), 9 * k, b, Color.WHITE);
    }

    /** A paragraph of text in this style, each run in its face. */
    Paragraph paragraph(String text, Font font) {
        Paragraph p = new Paragraph("", container(font));
        add(p, text, font);
        return p;
    }

    /** A phrase of text in this style, each run in its face. */
    Phrase phrase(String text, Font font) {
        Phrase p = new Phrase("", container(font));
        add(p, text, font);
        return p;
    }

    /** Adds text in this style to a paragraph or phrase, one chunk per run of one face. */
    void add(Phrase target, String text, Font font) {
        add(target, text, font, lineBreaks);
    }

    /**
     * Adds a figure ("最高8億歐元", "at least €2.5 billion"): a line may end before or after it, never
     * inside it (seen: "8億歐" / "元" and "€2.5" / "billion" at a line's end).
     */
    void addFigure(Phrase target, String text, Font font) {
        add(target, text, font, wholeFigure);
    }

    private void add(Phrase target, String text, Font font, com.lowagie.text.SplitCharacter breaks) {
        if (text == null || text.isEmpty()) {
            return;
        }
        // Chinese punctuation full-width, whoever wrote the text (an analyst's findings often use ":" and "()"),
        // in either language: only marks touching Chinese change, as in a Chinese quote of an English briefing
        String set = ChinesePunctuation.fullWidth(text);
        for (Typefaces.Run r : faces.runs(set, chinese)) {
            Chunk c = r.latin() ? new Chunk(r.text(), latin(font)) : cjkChunk(r.text(), font);
            c.setSplitCharacter(breaks);
            if (breaks == wholeFigure) {
                c.setTextRise(LineBreaks.FIGURE_RISE);
            }
            target.add(c);
        }
    }

    /**
     * One chunk, for text that carries a link, a destination or a rise (markers, anchors): in the
     * Latin face when it has every character, else in the CJK face, which has them all.
     */
    Chunk chunk(String text, Font font) {
        boolean allLatin = faces.latin().isPresent() && text.codePoints().allMatch(c -> faces.isLatin(c, chinese));
        Chunk c = allLatin ? new Chunk(text, latin(font)) : cjkChunk(text, font);
        c.setSplitCharacter(lineBreaks);
        return c;
    }

    /**
     * Text in the CJK face. A bold one without a bold face is emboldened by a stroke of a 55th of its
     * size in its own colour: OpenPDF's own (a 30th, for Font.BOLD) filled in the counters of dense
     * characters ("量" of 產量 a solid block at 11 pt, seen at 200 and 600 dpi).
     */
    private Chunk cjkChunk(String text, Font font) {
        if ((font.getStyle() & Font.BOLD) == 0 || !cjk.syntheticBold()) {
            return new Chunk(text, font);
        }
        Chunk c = new Chunk(text, container(font));
        c.setTextRenderMode(com.lowagie.text.pdf.PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE, font.getSize() / 55f,
                font.getColor());
        return c;
    }

    /**
     * The font a paragraph or phrase itself carries: its leading and what OpenPDF writes for an empty
     * one. Plain, because OpenPDF ORs a container's style into each chunk's, which strokes the Latin
     * bold face a second time; not absent, because then empty cells are set in non-embedded Helvetica.
     */
    private Font container(Font font) {
        return containerOf.computeIfAbsent(font, f -> new Font(f.getBaseFont(), f.getSize(), Font.NORMAL, f.getColor()));
    }

    /** The width of the text set in this style, each run in its face, in points. */
    float width(String text, Font font) {
        float w = 0;
        for (Typefaces.Run r : faces.runs(ChinesePunctuation.fullWidth(text), chinese)) {
            Font f = r.latin() ? latin(font) : font;
            w += f.getBaseFont().getWidthPoint(r.text(), f.getSize());
        }
        return w;
    }

    /** The Latin font of the same size, colour and weight; bold is the family's bold face, not a stroke. */
    private Font latin(Font font) {
        return latinOf.computeIfAbsent(font, f -> {
            LatinFonts l = faces.latin().orElseThrow();
            boolean bold = (f.getStyle() & Font.BOLD) != 0 || (f.getBaseFont() == cjk.bold() && !cjk.syntheticBold());
            return new Font(bold ? l.bold() : l.regular(), f.getSize(), Font.NORMAL, f.getColor());
        });
    }
}
