package io.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import io.briefing.render.fonts.CjkFonts;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each check of {@link LayoutRulesTest} fails when its rule is broken on purpose: a PDF is drawn
 * text by text at fixed places (a heading at a page's foot, a line that starts with "，", a value
 * label over a tick label, a row alone on a page, a page half blank, a timeline across a page
 * break), and the check must name the page. A clean PDF of the same shape passes every check, so a
 * check that reports everything fails here too.
 */
class LayoutRulesBreachTest {
    @TempDir
    static Path dir;
    private static BaseFont latin;
    private static BaseFont chinese;

    /** A piece of text at a place on a page (points from the page's bottom left), its glyphs {@code spacing} apart. */
    record Text(String text, float x, float y, BaseFont font, float size, float spacing) {
        static Text latin(String text, float x, float y) {
            return new Text(text, x, y, LayoutRulesBreachTest.latin, 10, 0);
        }

        static Text chinese(String text, float x, float y) {
            return new Text(text, x, y, LayoutRulesBreachTest.chinese, 10, 0);
        }
    }

    @BeforeAll
    static void fonts() throws Exception {
        latin = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        chinese = CjkFonts.locate(null).regular();
    }

    /** A PDF of A4 pages, each ending with a running footer as the briefing's do. */
    @SafeVarargs
    private static Path pdf(String name, List<Text>... pages) throws Exception {
        Path file = dir.resolve(name + ".pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            Document doc = new Document(PageSize.A4);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.open();
            for (int p = 0; p < pages.length; p++) {
                if (p > 0) {
                    doc.newPage();
                }
                PdfContentByte cb = writer.getDirectContent();
                for (Text t : pages[p]) {
                    cb.beginText();
                    cb.setFontAndSize(t.font(), t.size());
                    cb.setCharacterSpacing(t.spacing());
                    cb.setTextMatrix(t.x(), t.y());
                    cb.showText(t.text());
                    cb.endText();
                }
                cb.beginText();
                cb.setFontAndSize(latin, 8);
                cb.setTextMatrix(60, 30);
                cb.showText("Invented layout sample · page " + (p + 1));
                cb.endText();
            }
            doc.close();
        }
        return file;
    }

    /** A page of body lines from the top of the text area down to {@code lowest}, 14 pt apart. */
    private static List<Text> body(String word, float lowest) {
        List<Text> lines = new java.util.ArrayList<>();
        for (float y = 800; y >= lowest; y -= 14) {
            lines.add(Text.latin(word + " line at " + (int) y, 60, y));
        }
        return lines;
    }

    private static List<Text> with(List<Text> lines, Text... more) {
        List<Text> all = new java.util.ArrayList<>(lines);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void aCleanPdfPassesEveryCheck() throws Exception {
        Path clean = pdf("clean", with(body("Findings", 90), Text.chinese("深圳發放算力券，最高5億元。", 60, 76)),
                body("Sources", 600));
        assertThat(LayoutRulesTest.strandedHeadings(clean)).isEmpty();
        assertThat(LayoutRulesTest.badLineBreaks(clean)).isEmpty();
        assertThat(LayoutRulesTest.overlappingText(clean)).isEmpty();
        assertThat(LayoutRulesTest.thinPages(clean)).isEmpty();
        assertThat(LayoutRulesTest.underfilledPages(clean)).isEmpty();
        assertThat(LayoutRulesTest.nearlyEmptyLastPage(clean)).isEmpty();
        assertThat(LayoutRulesTest.splitTimeline(clean, "Findings line at 800", "Findings line at 100")).isEmpty();
        assertThat(LayoutRulesTest.textBeyondTheMargin(clean)).isEmpty();
    }

    @Test
    void reportsAHeadingLeftAloneAtThePageFoot() throws Exception {
        Path stranded = pdf("stranded", with(body("Findings", 90), Text.latin("Sources", 60, 62)), body("Sources", 600));
        assertThat(LayoutRulesTest.strandedHeadings(stranded)).containsExactly("stranded.pdf page 1: Sources");
    }

    @Test
    void reportsAChineseLineThatStartsWithAClosingMarkOrEndsWithAnOpeningOne() throws Exception {
        Path breaks = pdf("breaks", with(body("Findings", 120),
                Text.chinese("深圳發放算力券", 60, 104), Text.chinese("，最高5億元。", 60, 90),
                Text.chinese("據《證券時報》報道（", 60, 76)));
        assertThat(LayoutRulesTest.badLineBreaks(breaks)).containsExactly("breaks.pdf page 1: \"，最高5億元。\"",
                "breaks.pdf page 1: \"據《證券時報》報道（\"");
    }

    @Test
    void reportsAValueLabelDrawnOverATickLabel() throws Exception {
        // a chart's "84.03%" label set where its axis' "80%" tick label already is
        Path labels = pdf("labels", with(body("Charts", 120), Text.latin("80%", 300, 400), Text.latin("84.03%", 296, 406)));
        assertThat(LayoutRulesTest.overlappingText(labels)).anySatisfy(s -> assertThat(s).contains("page 1").contains("84.03%")
                .contains("80%"));
    }

    @Test
    void reportsGlyphsOfOneLabelSetOverEachOther() throws Exception {
        Path text = pdf("overprint", with(body("Charts", 120), new Text("≥20", 300, 400, latin, 10, 0)));
        assertThat(LayoutRulesTest.overlappingText(text)).isEmpty();
        // the same line drawn with a negative character spacing: each glyph over the one before it
        Path file = pdf("squeezed", with(body("Charts", 120), new Text("CNY 20bn", 300, 400, latin, 10, -8)));
        assertThat(LayoutRulesTest.overlappingText(file)).anySatisfy(s -> assertThat(s).contains("glyphs over each other"));
    }

    @Test
    void reportsALabelRunningPastTheRightMargin() throws Exception {
        // body text from x = 60 on a 595 pt page: the right margin is at 535
        Path cut = pdf("cut", with(body("Charts", 120), Text.latin("~412,500 TEU [12]", 500, 400)));
        assertThat(LayoutRulesTest.textBeyondTheMargin(cut)).singleElement().asString()
                .startsWith("cut.pdf page 1: \"~412,500 TEU [12]\" ends");
    }

    @Test
    void reportsATableRowAloneOnAPage() throws Exception {
        Path thin = pdf("thin", body("Facts", 90), List.of(Text.latin("idx-server  Server concept index  84.03%", 60, 800)));
        assertThat(LayoutRulesTest.thinPages(thin)).containsExactly("thin.pdf page 2: 1 line(s)");
    }

    @Test
    void reportsAPageLeftHalfBlankBeforeTheNext() throws Exception {
        Path half = pdf("half", body("Findings", 420), body("Charts", 90));
        assertThat(LayoutRulesTest.underfilledPages(half)).singleElement().asString().startsWith("half.pdf page 1: ")
                .contains("blank at its foot");
    }

    @Test
    void reportsALastPageTurnedForTwoLines() throws Exception {
        // two source notes at the top of page 2, its running footer at the foot
        Path turned = pdf("turned", body("Sources", 60), List.of(Text.latin("[8] Germany: 5,200 heat pumps", 60, 800),
                Text.latin("[9] Poland: 1,900 heat pumps", 60, 786), Text.latin("SAMPLE (invented) 2 / 2", 60, 40)));
        assertThat(LayoutRulesTest.nearlyEmptyLastPage(turned)).singleElement().asString().startsWith("turned.pdf last page 2: ")
                .endsWith("% blank");
    }

    @Test
    void reportsATimelineSplitAcrossAPageBreak() throws Exception {
        Path split = pdf("split", with(body("Facts", 150), Text.latin("Milestones of 2024", 60, 120),
                Text.latin("May 2024: price cuts", 60, 100)), with(body("Sources", 600), Text.latin("Dec 2024: 12 days", 60, 580)));
        assertThat(LayoutRulesTest.splitTimeline(split, "Milestones of 2024", "Dec 2024: 12 days"))
                .containsExactly("split.pdf: \"Milestones of 2024\" on page 1, its last entry on page 2");
    }
}
