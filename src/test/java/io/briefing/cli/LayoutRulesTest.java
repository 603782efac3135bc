package io.briefing.cli;

import io.briefing.Slow;
import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A layout rule checked on the PDFs as written, for every shipped template × language × page size ×
 * sample: no page ends with a heading (its block then starts on the next page without it); no line
 * starts with closing punctuation or ends with opening punctuation (UAX #14), table cells included;
 * no text over text; no page with fewer than three lines (a row alone); the seed's timeline on one page;
 * no page but the last left a quarter blank, no last page 80% blank; every link leads to the source note it names.
 */
@Slow
class LayoutRulesTest {
    /** The section headings of the shipped templates, in both languages. */
    static final Set<String> HEADINGS = Set.of("Key figures", "Since last week", "Findings", "Charts", "All facts", "Sources",
            "In charts", "Three findings", "關鍵數據", "與上週相比", "要點", "圖表", "全部事實", "資料來源", "三個要點");

    static final List<String> SAMPLES = List.of("seeds/china-llm-2024.yaml", "samples/solar-invented/solar-invented.yaml",
            "samples/shipping-invented/shipping-invented.yaml", "samples/heat-pumps-weekly-invented/2025-03-07/heat-pumps.yaml",
            "samples/heat-pumps-weekly-invented/2025-03-14/heat-pumps.yaml", "samples/heat-pumps-weekly-invented/2025-03-21/heat-pumps.yaml", "samples/heat-pumps-weekly-invented/2025-03-28/heat-pumps.yaml");

    /** A line may not start with these (UAX #14 classes): closing marks, 、。, "%" after its number, ",.;:!?". */
    static boolean cannotStartALine(int c) {
        int lb = UCharacter.getIntPropertyValue(c, UProperty.LINE_BREAK);
        return lb == UCharacter.LineBreak.CLOSE_PUNCTUATION || lb == UCharacter.LineBreak.CLOSE_PARENTHESIS
                || lb == UCharacter.LineBreak.EXCLAMATION || lb == UCharacter.LineBreak.INFIX_NUMERIC
                || lb == UCharacter.LineBreak.NONSTARTER || lb == UCharacter.LineBreak.POSTFIX_NUMERIC;
    }

    /** A line may not end with these: opening marks, a currency sign before its number. */
    static boolean cannotEndALine(int c) {
        int lb = UCharacter.getIntPropertyValue(c, UProperty.LINE_BREAK);
        return lb == UCharacter.LineBreak.OPEN_PUNCTUATION || lb == UCharacter.LineBreak.PREFIX_NUMERIC;
    }

    /** The runs of a PDF's lines that start or end where a line may not (each cell of a table row is a run). */
    static List<String> badLineBreaks(Path pdf) throws java.io.IOException {
        List<String> bad = new ArrayList<>();
        for (Documents.LineRun r : Documents.lineRuns(pdf)) {
            String t = r.text();
            if (cannotStartALine(t.codePointAt(0)) || cannotEndALine(t.codePointBefore(t.length()))) {
                bad.add(pdf.getFileName() + " page " + r.page() + ": \"" + t + "\"");
            }
        }
        return bad;
    }

    /**
     * Text set over other text: two runs whose boxes overlap, or glyphs of one run set over each other
     * (a chart's value label over a tick label or another value label, a caption over a chart).
     */
    static List<String> overlappingText(Path pdf) throws java.io.IOException {
        List<String> bad = new ArrayList<>();
        List<Documents.LineRun> runs = Documents.lineRuns(pdf);
        for (int i = 0; i < runs.size(); i++) {
            Documents.LineRun a = runs.get(i);
            if (a.overprinted() > 0) {
                bad.add(pdf.getFileName() + " page " + a.page() + ": glyphs over each other in \"" + a.text() + "\"");
            }
            for (int j = i + 1; j < runs.size(); j++) {
                Documents.LineRun b = runs.get(j);
                if (a.overlaps(b)) {
                    bad.add(pdf.getFileName() + " page " + a.page() + ": \"" + a.text() + "\" over \"" + b.text() + "\"");
                }
            }
        }
        return bad;
    }

    /**
     * Pages that carry fewer than three lines besides the running footer: a table row or the end of a
     * paragraph left alone on a page of its own (the footer is the page's last line).
     */
    static List<String> thinPages(Path pdf) throws java.io.IOException {
        List<String> bad = new ArrayList<>();
        List<Documents.LineRun> runs = Documents.lineRuns(pdf);
        int pages = runs.stream().mapToInt(Documents.LineRun::page).max().orElse(0);
        for (int page = 1; page <= pages && pages > 1; page++) {
            final int p = page;
            List<Float> lines = runs.stream().filter(r -> r.page() == p).map(r -> (float) Math.round(r.bottom() / 3f))
                    .distinct().sorted().toList();
            if (lines.size() - 1 < 3) {
                bad.add(pdf.getFileName() + " page " + p + ": " + (lines.size() - 1) + " line(s)");
            }
        }
        return bad;
    }

    /**
     * Pages before the last that leave more than a quarter of their text area blank at the foot: a block
     * moved whole to the next page though it could have been set shorter (measured: the shipping week's
     * first chart left 35% of Letter's page 1 blank before it was drawn shorter). The text area runs from
     * the highest line of the document to the running footer.
     */
    static List<String> underfilledPages(Path pdf) throws java.io.IOException {
        List<String> bad = new ArrayList<>();
        List<Documents.LineRun> runs = Documents.lineRuns(pdf);
        int pages = runs.stream().mapToInt(Documents.LineRun::page).max().orElse(0);
        for (int page = 1; page < pages; page++) {
            float blank = blankAtFoot(runs, page);
            if (blank > 0.25f) {
                bad.add(pdf.getFileName() + " page " + page + ": " + Math.round(blank * 100) + "% of the text area blank at its foot");
            }
        }
        return bad;
    }

    /**
     * The share of a page's text area left blank below its last line: the text area runs from the highest
     * line of the document to the running footer (the page's lowest line).
     */
    private static float blankAtFoot(List<Documents.LineRun> runs, int page) {
        float top = (float) runs.stream().mapToDouble(Documents.LineRun::top).min().orElse(0);
        List<Documents.LineRun> on = runs.stream().filter(r -> r.page() == page).toList();
        Documents.LineRun footer = on.stream().max(java.util.Comparator.comparingDouble(Documents.LineRun::bottom)).orElseThrow();
        float foot = footer.top() - 12;
        float body = (float) on.stream().filter(r -> r.bottom() < footer.top() - 2).mapToDouble(Documents.LineRun::bottom)
                .max().orElse(top);
        return (foot - body) / (foot - top);
    }

    /**
     * A last page left more than 80% blank by a briefing of several pages: a page turned for a few source
     * notes (nine of the shipped PDFs ended on 2–10 lines before the renderer set them closer). Measured
     * as {@link #underfilledPages} measures a page.
     */
    static List<String> nearlyEmptyLastPage(Path pdf) throws java.io.IOException {
        List<Documents.LineRun> runs = Documents.lineRuns(pdf);
        int last = runs.stream().mapToInt(Documents.LineRun::page).max().orElse(0);
        if (last < 2) {
            return List.of();
        }
        float blank = blankAtFoot(runs, last);
        return blank > 0.8f ? List.of(pdf.getFileName() + " last page " + last + ": " + Math.round(blank * 100) + "% blank")
                : List.of();
    }

    /**
     * Pages whose last line above the running footer is a section heading: the heading stands alone at
     * the foot and its block starts on the next page.
     */
    static List<String> strandedHeadings(Path pdf) throws java.io.IOException {
        List<String> bad = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            for (int p = 1; p < d.getNumberOfPages(); p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                List<String> lines = stripper.getText(d).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
                // the last line is the running footer (title and page number)
                String last = lines.size() < 2 ? "" : lines.get(lines.size() - 2);
                if (HEADINGS.contains(last)) {
                    bad.add(pdf.getFileName() + " page " + p + ": " + last);
                }
            }
        }
        return bad;
    }

    /**
     * Text past the right margin (the left margin mirrored): a label, a table cell or a line that runs
     * off the text area. (A chart's value label cut at its plot's edge is not seen here: it stays
     * inside the page's margin; ChartDrawer drops the markers before an axis cannot fit its labels.)
     */
    static List<String> textBeyondTheMargin(Path pdf) throws java.io.IOException {
        List<String> bad = new ArrayList<>();
        List<Documents.LineRun> runs = Documents.lineRuns(pdf);
        float left = (float) runs.stream().mapToDouble(Documents.LineRun::left).min().orElse(0);
        float width;
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            width = d.getPage(0).getMediaBox().getWidth();
        }
        for (Documents.LineRun r : runs) {
            if (r.right() > width - left + 1.5f) {
                bad.add(pdf.getFileName() + " page " + r.page() + ": \"" + r.text() + "\" ends " + Math.round(r.right() - (width - left))
                        + " pt past the margin");
            }
        }
        return bad;
    }

    /** The seed's milestone timeline fits on a page: its title and its last entry are on the same page. */
    static List<String> splitTimeline(Path pdf, String title, String lastEntry) throws java.io.IOException {
        List<Documents.LineRun> runs = Documents.lineRuns(pdf);
        int at = runs.stream().filter(r -> r.text().contains(title)).mapToInt(Documents.LineRun::page).findFirst().orElse(-1);
        int end = runs.stream().filter(r -> r.text().contains(lastEntry)).mapToInt(Documents.LineRun::page).findFirst().orElse(-2);
        return at == end ? List.of() : List.of(pdf.getFileName() + ": \"" + title + "\" on page " + at + ", its last entry on page " + end);
    }

    /**
     * Text set smaller than a phone or paper reader can read: under 7.5 pt (the captions' and source
     * markers' size; markers were 6.5 pt, 5.5 in the summary). Each size once per page.
     */
    static List<String> smallText(Path pdf) throws java.io.IOException {
        List<String> bad = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            for (int page = 1; page <= d.getNumberOfPages(); page++) {
                java.util.Map<Float, String> small = new java.util.TreeMap<>();
                PDFTextStripper s = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> glyphs) {
                        for (org.apache.pdfbox.text.TextPosition g : glyphs) {
                            // getFontSizeInPt is a whole number: the text matrix gives the size set
                            float size = Math.round(g.getYScale() * 10) / 10f;
                            if (size < 7.45f && !g.getUnicode().isBlank()) {
                                small.putIfAbsent(size, text);
                            }
                        }
                    }
                };
                s.setStartPage(page);
                s.setEndPage(page);
                s.getText(d);
                int p = page;
                small.forEach((size, text) -> bad.add(pdf.getFileName() + " page " + p + ": " + size + " pt \"" + text + "\""));
            }
        }
        return bad;
    }

    @Test
    void noHeadingAloneNoBreakAtAMarkNoTextOverText(@TempDir Path out) throws Exception {
        List<String> stranded = new ArrayList<>();
        List<String> badBreaks = new ArrayList<>();
        List<String> overlaps = new ArrayList<>();
        List<String> thin = new ArrayList<>();
        List<String> split = new ArrayList<>();
        List<String> underfilled = new ArrayList<>();
        List<String> nearlyEmpty = new ArrayList<>();
        List<String> beyond = new ArrayList<>();
        List<String> dead = new ArrayList<>();
        List<String> small = new ArrayList<>();
        int pdfs = 0;
        int links = 0;
        for (String sample : SAMPLES) {
            for (String template : List.of("default", "executive-summary")) {
                for (String lang : List.of("en", "zh")) {
                    for (String page : List.of("a4", "letter")) {
                        Path dir = out.resolve(pdfs + "");
                        CliProbe.Result r = CliProbe.run("generate", "-d", sample, "-t", template, "-l", lang, "--page", page,
                                "-o", dir.toString());
                        assertThat(r.exit()).as(sample + " " + template + " " + lang + " " + page + ": " + r.err()).isZero();
                        Path pdf;
                        try (Stream<Path> s = Files.list(dir)) {
                            pdf = s.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
                        }
                        pdfs++;
                        badBreaks.addAll(badLineBreaks(pdf));
                        overlaps.addAll(overlappingText(pdf));
                        thin.addAll(thinPages(pdf));
                        underfilled.addAll(underfilledPages(pdf));
                        nearlyEmpty.addAll(nearlyEmptyLastPage(pdf));
                        beyond.addAll(textBeyondTheMargin(pdf));
                        links += deadLinks(pdf, dead);
                        small.addAll(smallText(pdf));
                        if (sample.startsWith("seeds/") && template.equals("default")) {
                            split.addAll(lang.equals("en") ? splitTimeline(pdf, "Milestones of 2024", "Shenzhen: Issues measures")
                                    : splitTimeline(pdf, "2024年大事記", "深圳："));
                        }
                        stranded.addAll(strandedHeadings(pdf));
                    }
                }
            }
        }
        assertThat(pdfs).isEqualTo(56);
        assertThat(stranded).as("headings left alone at the foot of a page").isEmpty();
        assertThat(badBreaks).as("lines that start with a closing mark or end with an opening one").isEmpty();
        assertThat(overlaps).as("text drawn over text (chart labels, ticks, captions)").isEmpty();
        assertThat(thin).as("pages with a row or a line or two alone").isEmpty();
        assertThat(split).as("a timeline split across pages though it fits on one").isEmpty();
        assertThat(underfilled).as("pages left a quarter blank before the next page").isEmpty();
        assertThat(nearlyEmpty).as("last pages turned for a few lines").isEmpty();
        assertThat(beyond).as("text past the right margin (a chart label cut at the chart's edge)").isEmpty();
        assertThat(dead).as("links that lead nowhere, or not to their source note").isEmpty();
        assertThat(links).as("links followed").isGreaterThan(1000);
        assertThat(small).as("text under 7.5 pt").isEmpty();
    }

    /**
     * Follows every link annotation of the PDF: it must resolve to a page, and that page must hold the
     * source note its description names ("Source note [3]" leads to the page where "[3] " starts a line).
     * Returns how many links it followed; adds each dead one to {@code dead}.
     */
    static int deadLinks(Path pdf, List<String> dead) throws java.io.IOException {
        int followed = 0;
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            java.util.Map<Integer, String> pageText = new java.util.HashMap<>();
            for (org.apache.pdfbox.pdmodel.PDPage p : d.getPages()) {
                for (var a : p.getAnnotations()) {
                    if (!(a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link)) {
                        continue;
                    }
                    followed++;
                    String where = pdf.getFileName() + " page " + (d.getPages().indexOf(p) + 1) + " " + a.getContents();
                    if (!(link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo go)) {
                        dead.add(where + ": not a link inside the document");
                        continue;
                    }
                    var dest = go.getDestination();
                    org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination page =
                            dest instanceof org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination named
                                    ? d.getDocumentCatalog().findNamedDestinationPage(named)
                                    : (org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination) dest;
                    if (page == null || page.getPage() == null) {
                        dead.add(where + ": leads nowhere");
                        continue;
                    }
                    int target = d.getPages().indexOf(page.getPage());
                    String text = pageText.computeIfAbsent(target, t -> {
                        try {
                            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
                            stripper.setStartPage(t + 1);
                            stripper.setEndPage(t + 1);
                            return stripper.getText(d);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(P?\\d+)]").matcher(String.valueOf(a.getContents()));
                    if (!m.find() || !java.util.regex.Pattern.compile("(?m)^\\[" + m.group(1) + "] ").matcher(text).find()) {
                        dead.add(where + ": page " + (target + 1) + " does not hold that note");
                    }
                }
            }
        }
        return followed;
    }
}
