package io.briefing.cli;

import io.briefing.Slow;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a chart puts its bars and ends its axis, read back from the PDF's text positions: a bar sits
 * on its category's tick though another series has no value there; an axis is the shortest on which
 * every value label has its place; a Chinese chart sets its digits in the Latin face.
 */
@Slow
class ChartPlacementTest {
    private static Path pdf(Path out, String... args) throws Exception {
        CliProbe.Result r = CliProbe.run(Stream.concat(Stream.of("generate", "-o", out.toString()), Stream.of(args))
                .toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
    }

    private static float middle(Documents.LineRun r) {
        return (r.top() + r.bottom()) / 2;
    }

    @Test
    void centresABarOnItsCategoryWhenAnotherSeriesHasNoValueThere(@TempDir Path out) throws Exception {
        // the freight chart has two series; the spot rates have a change in the week only
        Path pdf = pdf(out, "-d", "samples/shipping-invented/shipping-invented.yaml");
        List<Documents.LineRun> page1 = Documents.lineRuns(pdf).stream().filter(r -> r.page() == 1).toList();
        Documents.LineRun value = page1.stream().filter(r -> r.text().equals("−12% [3]")).findFirst().orElseThrow();
        // the category label on the axis, not the key-figure card's caption higher up the page
        Documents.LineRun category = page1.stream().filter(r -> r.text().equals("Shanghai–US West Coast spot rate"))
                .min(Comparator.comparingDouble(r -> Math.abs(middle(r) - middle(value)))).orElseThrow();
        // a value label is centred on its bar; off its tick, the bar stood a quarter of the row higher (about 10 pt)
        assertThat(Math.abs(middle(value) - middle(category))).isLessThan(2f);
    }

    @Test
    void endsTheAxisWhereEveryLabelFitsNotSeveralStepsBeyond(@TempDir Path out) throws Exception {
        // exports of CNY 280bn beside a loss of about 8.5bn: the loss's label goes beside the zero line
        // rather than the axis growing to −200 to make room for it on the left (a template's own chart: the
        // per-category charts no longer put these unlike measures on one axis)
        Path template = out.resolve("exports-and-loss.yaml");
        Files.writeString(template, """
                name: exports-and-loss
                sections:
                  - type: chart
                    kind: hbar
                    title: { en: "Exports and the quarter's loss", zh: "出口與單季虧損" }
                    facts: [exports, q3-loss]
                """);
        Path pdf = pdf(out.resolve("pdf"), "-d", "samples/solar-invented/solar-invented.yaml", "-t", template.toString());
        List<Integer> ticks = Documents.lineRuns(pdf).stream().filter(r -> r.page() == 1).map(Documents.LineRun::text)
                .filter(t -> t.matches("−\\d+")).map(t -> -Integer.parseInt(t.substring(1))).toList();
        // (the falls' side may end between ticks: then it has no negative tick label at all)
        assertThat(ticks).allMatch(t -> t >= -50);
        assertThat(Documents.lineRuns(pdf).stream().map(Documents.LineRun::text)).contains("about −CNY 8.5bn [12]");
    }

    @Test
    void growsAnAxisByAFinerStepWhenALabelNeedsLittleMoreRoom(@TempDir Path out) throws Exception {
        // 5,300 heat pumps: its label needs room past 6,000; the axis ended at 8,000 when it grew by its 2,000 step
        Path pdf = pdf(out, "-d", "samples/heat-pumps-weekly-invented/2025-03-21/heat-pumps.yaml", "--since", "none");
        List<String> texts = Documents.lineRuns(pdf).stream().map(Documents.LineRun::text).toList();
        assertThat(texts).contains("5,300 heat pumps [1]").doesNotContain("8,000");
    }

    @Test
    void setsAChineseChartsDigitsInTheLatinFace(@TempDir Path out) throws Exception {
        Path pdf = pdf(out, "-l", "zh");
        // every glyph of a tick label such as "2,000" or a value label's "84.03%" comes from the Latin face
        assertThat(Documents.glyphFonts(pdf, "84.03% [2]")).isNotEmpty().allMatch(f -> f.contains("Liberation") || f.contains("DejaVu")
                || f.contains("Arial"));
    }

    @Test
    void dropsTheMarkersFromLabelsNoAxisCanFitBeforeGrowingTheAxis(@TempDir Path out) throws Exception {
        // a small chart in a summary's third column: "~412,500 TEU [12]" ran off its plot on an axis grown
        // to 1,500 for 412.5; without the markers (a chart's caption lists them) it fits an axis of its data
        io.briefing.model.ChartModel m = new io.briefing.model.ChartModel("c", io.briefing.model.ChartKind.HBAR, "Port volumes",
                "TEU, thousands", 1000, "", List.of(point("Port of Valemouth", 412.5, "~412,500 TEU", 12),
                point("Port of Eastham", 198, ">198,000 TEU", 14)), List.of(), io.briefing.model.NumberStyle.NONE, true, null, null);
        Path pdf = out.resolve("chart.pdf");
        try (var file = Files.newOutputStream(pdf)) {
            com.lowagie.text.Document doc = new com.lowagie.text.Document(com.lowagie.text.PageSize.A4);
            com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(doc, file);
            doc.open();
            java.awt.Graphics2D g2 = writer.getDirectContent().createGraphics(595, 842);
            java.awt.Font font = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 10);
            new io.briefing.render.chart.ChartDrawer(font, font.deriveFont(java.awt.Font.BOLD))
                    .draw(m, g2, new java.awt.geom.Rectangle2D.Double(40, 40, 200, 190));
            g2.dispose();
            doc.close();
        }
        List<String> texts = Documents.lineRuns(pdf).stream().map(Documents.LineRun::text).toList();
        assertThat(texts).contains("~412,500 TEU").noneMatch(t -> t.contains("[12]")).noneMatch(t -> t.equals("1,500"));
    }

    private static io.briefing.model.ChartPoint point(String category, double thousands, String value, int ref) {
        return new io.briefing.model.ChartPoint("TEU", category, thousands * 1000, thousands, io.briefing.model.Bound.EXACT, "", "",
                value + " [" + ref + "]", value, false, new io.briefing.model.SourceRef(ref, "f" + ref), null, "", null, false,
                io.briefing.model.ChartPoint.DatePrecision.YEAR);
    }
}
