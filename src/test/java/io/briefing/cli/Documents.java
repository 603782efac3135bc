package io.briefing.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads generated PDFs back the way a test needs them: text, images, fonts. */
final class Documents {
    private Documents() {}

    static String text(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    /**
     * The text as one line: a line break between two Chinese characters is nothing, any other run of
     * white space is one space. Assertions on it hold whichever font the machine sets the page in
     * (DejaVu is wider than Liberation and breaks lines elsewhere).
     */
    static String flatText(Path pdf) throws IOException {
        return text(pdf).replaceAll("(?<=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}])\\s*\\R\\s*"
                + "(?=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}])", "").replaceAll("\\s+", " ");
    }

    /** One run of text on one line of a page, cut where a gap wider than a word space separates two runs (table cells, columns). */
    record LineRun(int page, String text, float left, float top, float right, float bottom, int overprinted) {
        /** Whether the two runs' boxes share more than a sliver (half a point each way). */
        boolean overlaps(LineRun o) {
            return page == o.page && Math.min(right, o.right) - Math.max(left, o.left) > 0.5f
                    && Math.min(bottom, o.bottom) - Math.max(top, o.top) > 0.5f;
        }
    }

    /**
     * Every line of every page as the reader sees it: glyphs grouped by baseline, in x order, and cut
     * into runs at gaps wider than a word space, so each cell of a table row is a run of its own.
     */
    static List<LineRun> lineRuns(Path pdf) throws IOException {
        List<LineRun> runs = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            for (int page = 1; page <= d.getNumberOfPages(); page++) {
                List<TextPosition> glyphs = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition text) {
                        glyphs.add(text);
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(d);
                // a line: glyphs whose baselines are within half the larger size (a marker raised 3 pt joins its line)
                glyphs.sort(java.util.Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
                List<List<TextPosition>> lines = new ArrayList<>();
                for (TextPosition g : glyphs) {
                    List<TextPosition> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
                    if (last != null && Math.abs(last.get(0).getYDirAdj() - g.getYDirAdj())
                            < Math.max(g.getFontSizeInPt(), last.get(0).getFontSizeInPt()) / 2) {
                        last.add(g);
                    } else {
                        lines.add(new ArrayList<>(List.of(g)));
                    }
                }
                for (List<TextPosition> line : lines) {
                    line.sort(java.util.Comparator.comparingDouble(TextPosition::getXDirAdj));
                    List<TextPosition> run = new ArrayList<>();
                    int overprinted = 0;
                    float end = Float.NaN;
                    for (TextPosition g : line) {
                        float gap = g.getXDirAdj() - end;
                        if (!Float.isNaN(end) && gap > g.getFontSizeInPt() * 0.6f) {
                            runs.add(run(page, run, overprinted));
                            run = new ArrayList<>();
                            overprinted = 0;
                        } else if (!Float.isNaN(end) && gap < -1f && !g.getUnicode().isBlank()) {
                            overprinted++; // a glyph set over the one before it (kerning moves a few tenths)
                        }
                        run.add(g);
                        end = g.getXDirAdj() + g.getWidthDirAdj();
                    }
                    runs.add(run(page, run, overprinted));
                }
            }
        }
        runs.removeIf(r -> r.text().isEmpty());
        return runs;
    }

    /**
     * The names of the fonts the glyphs of {@code text} are set in, wherever the text is drawn as one
     * string (in drawing order, spaces ignored): a chart's label, a cell, a line.
     */
    static java.util.Set<String> glyphFonts(Path pdf, String text) throws IOException {
        java.util.Set<String> fonts = new java.util.TreeSet<>();
        String wanted = text.replace(" ", "");
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            List<TextPosition> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    if (!t.getUnicode().isBlank()) {
                        glyphs.add(t);
                    }
                }
            };
            stripper.getText(d);
            StringBuilder all = new StringBuilder();
            List<Integer> owner = new ArrayList<>();
            for (int i = 0; i < glyphs.size(); i++) {
                for (char c : glyphs.get(i).getUnicode().toCharArray()) {
                    all.append(c);
                    owner.add(i);
                }
            }
            for (int at = all.indexOf(wanted); at >= 0; at = all.indexOf(wanted, at + 1)) {
                for (int k = at; k < at + wanted.length(); k++) {
                    fonts.add(glyphs.get(owner.get(k)).getFont().getName());
                }
            }
        }
        return fonts;
    }

    /** A run's text (a space where glyphs are a word space apart) and its box: ascent 0.75, descent 0.2 of the size. */
    private static LineRun run(int page, List<TextPosition> glyphs, int overprinted) {
        StringBuilder text = new StringBuilder();
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        float end = Float.NaN;
        for (TextPosition g : glyphs) {
            if (!Float.isNaN(end) && g.getXDirAdj() - end > g.getFontSizeInPt() * 0.15f) {
                text.append(' ');
            }
            text.append(g.getUnicode());
            end = g.getXDirAdj() + g.getWidthDirAdj();
            if (g.getUnicode().isBlank()) {
                continue;
            }
            left = Math.min(left, g.getXDirAdj());
            right = Math.max(right, end);
            top = Math.min(top, g.getYDirAdj() - 0.75f * g.getFontSizeInPt());
            bottom = Math.max(bottom, g.getYDirAdj() + 0.2f * g.getFontSizeInPt());
        }
        return new LineRun(page, text.toString().strip(), left, top, right, bottom, overprinted);
    }

    /** The text a structure element's marked content shows, on every page it spans, in order. */
    static String markedText(PDDocument d, PDStructureElement e) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Object k : e.getKids()) {
            if (k instanceof Integer mcid) {
                sb.append(markedText(e.getPage(), mcid));
            } else if (k instanceof PDMarkedContentReference r) {
                sb.append(markedText(r.getPage() != null ? r.getPage() : e.getPage(), r.getMCID()));
            } else if (k instanceof PDStructureElement child) {
                sb.append(markedText(d, child));
            }
        }
        return sb.toString();
    }

    private static String markedText(PDPage page, int mcid) throws IOException {
        PDFMarkedContentExtractor x = new PDFMarkedContentExtractor();
        x.processPage(page);
        StringBuilder sb = new StringBuilder();
        for (PDMarkedContent mc : x.getMarkedContents()) {
            collect(mc, mcid, false, sb);
        }
        return sb.toString();
    }

    private static void collect(PDMarkedContent mc, int mcid, boolean inside, StringBuilder sb) {
        boolean in = inside || mc.getMCID() == mcid;
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition t && in) {
                sb.append(t.getUnicode());
            } else if (o instanceof PDMarkedContent child) {
                collect(child, mcid, in, sb);
            }
        }
    }

    static int pages(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return d.getNumberOfPages();
        }
    }

    /** Counts raster images on all pages, including inside form XObjects (where the charts are). */
    static int images(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            int n = 0;
            for (PDPage p : d.getPages()) {
                n += images(p.getResources(), 0);
            }
            return n;
        }
    }

    static int forms(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            int n = 0;
            for (PDPage p : d.getPages()) {
                for (COSName name : p.getResources().getXObjectNames()) {
                    if (p.getResources().getXObject(name) instanceof PDFormXObject) {
                        n++;
                    }
                }
            }
            return n;
        }
    }

    private static int images(PDResources res, int depth) throws IOException {
        if (res == null || depth > 5) {
            return 0;
        }
        int n = 0;
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            if (x instanceof PDImageXObject) {
                n++;
            } else if (x instanceof PDFormXObject f) {
                n += images(f.getResources(), depth + 1);
            }
        }
        return n;
    }

    /** Names and embedding of the fonts used on the pages. */
    static List<String> fonts(Path pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            for (PDPage p : d.getPages()) {
                for (COSName name : p.getResources().getFontNames()) {
                    PDFont f = p.getResources().getFont(name);
                    String s = f.getName() + (f.isEmbedded() ? " embedded" : " not-embedded");
                    if (!out.contains(s)) {
                        out.add(s);
                    }
                }
            }
        }
        return out;
    }
}
