package io.briefing.render.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGraphics2D;
import io.briefing.render.fonts.LatinFonts;
import io.briefing.render.fonts.Typefaces;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The Graphics2D a chart set in the CJK face is drawn on: each string is drawn run by run, Latin
 * letters, digits and signs in the Latin face and the rest in the CJK face, as the page's own text
 * is ({@link Typefaces#runs}); and strings are measured the same way, so that a label the chart
 * right-aligns or fits inside a bar is as wide as drawn. A Chinese chart drew "84.03% [2]",
 * "2,000" and "GW" in the CJK face's digits and letters beside Liberation Sans on the page.
 */
final class ScriptRunGraphics extends PdfGraphics2D {
    private final Typefaces faces;
    private final LatinFonts latin;
    private final boolean chinese;

    private ScriptRunGraphics(PdfContentByte cb, float width, float height, PdfFontMapper mapper, Typefaces faces,
                              LatinFonts latin, boolean chinese) {
        super(cb, width, height, mapper, false, false, 0);
        this.faces = faces;
        this.latin = latin;
        this.chinese = chinese;
    }

    /**
     * A Graphics2D for a chart: mixed runs when the machine has a Latin face, else OpenPDF's own.
     *
     * @param chinese the briefing's language is Chinese (curly quotes and dashes are then set full-width)
     */
    static PdfGraphics2D of(PdfContentByte cb, float width, float height, Typefaces faces, boolean chinese) {
        PdfFontMapper mapper = new PdfFontMapper(faces);
        return faces.latin().isPresent() ? new ScriptRunGraphics(cb, width, height, mapper, faces, faces.latin().get(), chinese)
                : new PdfGraphics2D(cb, width, height, mapper, false, false, 0);
    }

    private boolean setInLatin(Font f) {
        return f.getFamily().equals(latin.awtRegular().getFamily()) || f.getFontName().equals(latin.awtBold().getFontName());
    }

    private Font latinLike(Font f) {
        return latin.awt(f.isBold(), f.getSize2D());
    }

    @Override
    public void drawString(String s, float x, float y) {
        Font f = getFont();
        if (s == null || s.isEmpty() || setInLatin(f)) {
            super.drawString(s, x, y);
            return;
        }
        List<Typefaces.Run> runs = faces.runs(s, chinese);
        if (runs.size() == 1 && !runs.get(0).latin()) {
            super.drawString(s, x, y);
            return;
        }
        float at = x;
        Font latinFont = latinLike(f);
        try {
            for (Typefaces.Run r : runs) {
                Font face = r.latin() ? latinFont : f;
                super.setFont(face);
                super.drawString(r.text(), at, y);
                at += (float) super.getFontMetrics(face).getStringBounds(r.text(), this).getWidth();
            }
        } finally {
            super.setFont(f);
        }
    }

    @Override
    public void drawString(String s, int x, int y) {
        drawString(s, (float) x, (float) y);
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        FontMetrics own = super.getFontMetrics(f);
        return setInLatin(f) ? own : new RunMetrics(f, own, super.getFontMetrics(latinLike(f)));
    }

    /** Widths as {@link #drawString} sets the runs; heights of the CJK face, the taller of the two. */
    private final class RunMetrics extends FontMetrics {
        private static final long serialVersionUID = 1L;
        private final transient FontMetrics cjk;
        private final transient FontMetrics latinMetrics;

        RunMetrics(Font font, FontMetrics cjk, FontMetrics latinMetrics) {
            super(font);
            this.cjk = cjk;
            this.latinMetrics = latinMetrics;
        }

        private double width(String s) {
            double w = 0;
            for (Typefaces.Run r : faces.runs(s, chinese)) {
                w += (r.latin() ? latinMetrics : cjk).getStringBounds(r.text(), ScriptRunGraphics.this).getWidth();
            }
            return w;
        }

        @Override
        public Rectangle2D getStringBounds(String str, Graphics context) {
            Rectangle2D b = cjk.getStringBounds(str, context);
            return new Rectangle2D.Double(b.getX(), b.getY(), width(str), b.getHeight());
        }

        @Override
        public Rectangle2D getStringBounds(String str, int begin, int limit, Graphics context) {
            return getStringBounds(str.substring(begin, limit), context);
        }

        @Override
        public Rectangle2D getStringBounds(char[] chars, int begin, int limit, Graphics context) {
            return getStringBounds(new String(chars, begin, limit - begin), context);
        }

        @Override
        public int stringWidth(String str) {
            return (int) Math.ceil(width(str));
        }

        @Override
        public int charsWidth(char[] data, int off, int len) {
            return stringWidth(new String(data, off, len));
        }

        @Override
        public int charWidth(char ch) {
            return stringWidth(String.valueOf(ch));
        }

        @Override
        public int charWidth(int codePoint) {
            return stringWidth(new String(Character.toChars(codePoint)));
        }

        @Override
        public int getAscent() {
            return cjk.getAscent();
        }

        @Override
        public int getDescent() {
            return cjk.getDescent();
        }

        @Override
        public int getLeading() {
            return cjk.getLeading();
        }

        @Override
        public int getMaxAdvance() {
            return Math.max(cjk.getMaxAdvance(), latinMetrics.getMaxAdvance());
        }

        @Override
        public java.awt.font.LineMetrics getLineMetrics(String str, Graphics context) {
            return cjk.getLineMetrics(str, context);
        }
    }
}
