package io.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-page summary shows each chart's numbers once and uses its page. */
class ExecutiveSummaryTest {
    /** The named destinations the document's GoTo links point to that the document does not have. */
    static List<String> deadLinks(Path pdf) throws Exception {
        List<String> dead = new java.util.ArrayList<>();
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.toString());
        try {
            java.util.Set<String> names = new java.util.HashSet<>();
            reader.getNamedDestination().keySet().forEach(k -> names.add(String.valueOf(k)));
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                com.lowagie.text.pdf.PdfArray annots = reader.getPageN(i).getAsArray(com.lowagie.text.pdf.PdfName.ANNOTS);
                for (int a = 0; annots != null && a < annots.size(); a++) {
                    com.lowagie.text.pdf.PdfDictionary annot = annots.getAsDict(a);
                    com.lowagie.text.pdf.PdfDictionary action = annot == null ? null : annot.getAsDict(com.lowagie.text.pdf.PdfName.A);
                    com.lowagie.text.pdf.PdfObject d = action == null ? null
                            : com.lowagie.text.pdf.PdfReader.getPdfObject(action.get(com.lowagie.text.pdf.PdfName.D));
                    if (d != null && (d.isString() || d.isName())) {
                        String name = d.isString() ? ((com.lowagie.text.pdf.PdfString) d).toUnicodeString()
                                : com.lowagie.text.pdf.PdfName.decodeName(d.toString());
                        // OpenPDF names a link to a destination it never saw "invalid_<name>"
                        if (!names.contains(name) || name.startsWith("invalid_")) {
                            dead.add("page " + i + ": " + name);
                        }
                    }
                }
            }
        } finally {
            reader.close();
        }
        return dead;
    }

    @Test
    void everyMarkerThatLooksLikeALinkLeadsToItsSource(@TempDir Path out) throws Exception {
        // the summary lists no sources: its markers were blue links to destinations that did not exist
        for (String template : new String[] {"executive-summary", "default"}) {
            CliProbe.Result r = CliProbe.run("generate", "-t", template, "-o", out.toString(), "--name", template);
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(deadLinks(out.resolve(template + ".pdf"))).as(template).isEmpty();
        }
        assertThat(Documents.text(out.resolve("default.pdf"))).contains("[1]");
    }

    @Test
    void leavesOutAChartWhoseFiguresAreAllKeyFigureCards(@TempDir Path out) throws Exception {
        CliProbe.Result summary = CliProbe.run("generate", "-t", "executive-summary", "-o", out.resolve("s").toString(), "--name", "s");
        CliProbe.Result full = CliProbe.run("generate", "-o", out.resolve("f").toString(), "--name", "f");
        assertThat(summary.exit()).as(summary.err()).isZero();
        assertThat(full.exit()).as(full.err()).isZero();
        String s = Documents.text(out.resolve("s/s.pdf"));
        String f = Documents.text(out.resolve("f/f.pdf"));
        // both concept-index gains are cards on page 1: the full briefing charts them again, the summary does not
        assertThat(f).contains("Concept-index gains");
        assertThat(s).doesNotContain("Concept-index gains").contains("Shenzhen AI vouchers (yearly cap)");
        assertThat(Documents.pages(out.resolve("s/s.pdf"))).isEqualTo(1);
    }

    @Test
    void everyBarCarriesItsNumberEvenWhenACardStatesItAbove(@TempDir Path out) throws Exception {
        // the shipping week: −8.5%, −31% and −12% are cards; the freight chart compares them with the +4.1% of
        // the fourth lane, and each bar says its number (a bar labelled [1] alone sent the reader to the cards)
        CliProbe.Result r = CliProbe.run("generate", "-t", "executive-summary", "-d",
                "samples/shipping-invented/shipping-invented.yaml", "-o", out.toString(), "--name", "s");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> runs = Documents.lineRuns(out.resolve("s.pdf")).stream().map(Documents.LineRun::text).toList();
        assertThat(runs).contains("Freight-rate changes", "−8.5% [1]", "−31% [2]", "−12% [3]", "4.1% [4]");
        // the workbook's chart sheet keeps every figure and its label
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(out.resolve("s.xlsx").toFile())) {
            var sheet = wb.getSheet("Freight-rate changes");
            assertThat(sheet).isNotNull();
            StringBuilder cells = new StringBuilder();
            sheet.forEach(row -> row.forEach(c -> cells.append(c.toString()).append('|')));
            assertThat(cells.toString()).contains("-0.085").contains("-0.31").contains("-0.12").contains("0.041");
        }
    }

    @Test
    void chartsAFigureTheChangesTableShowsButNoCardDoes(@TempDir Path out) throws Exception {
        // Poland's sales are in "Since last week" only: the sales chart is not a repeat of the cards and
        // is drawn, each bar with its number
        CliProbe.Result r = CliProbe.run("generate", "-t", "executive-summary", "-d",
                "samples/heat-pumps-weekly-invented/2025-03-28/heat-pumps.yaml", "-o", out.toString(), "--name", "s");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> runs = Documents.lineRuns(out.resolve("s.pdf")).stream().map(Documents.LineRun::text).toList();
        assertThat(runs).contains("Sales and uptake", "2,050 heat pumps [5]", "6,100 heat pumps [1]");
    }

    @Test
    void aWeekWhoseFiguresAreAllKeyFiguresSaysWhyItHasNoChart(@TempDir Path out) throws Exception {
        CliProbe.Result r = CliProbe.run("generate", "-t", "executive-summary", "-d",
                "samples/heat-pumps-weekly-invented/2025-03-07/heat-pumps.yaml", "-o", out.toString(), "--name", "s");
        assertThat(r.exit()).as(r.err()).isZero();
        String text = String.join(" ", Documents.lineRuns(out.resolve("s.pdf")).stream().map(Documents.LineRun::text).toList());
        assertThat(text).contains("In charts", "No chart this week: every category's figures are the key figures above");
    }

    @Test
    void aOnePageBriefingWithRoomLeftDrawsItsChartsTaller(@TempDir Path out) throws Exception {
        CliProbe.Result r = CliProbe.run("generate", "-t", "executive-summary", "-o", out.toString(), "--name", "s");
        assertThat(r.exit()).as(r.err()).isZero();
        List<Documents.LineRun> runs = Documents.lineRuns(out.resolve("s.pdf"));
        // the vouchers chart's category labels: their spread is the chart's height (natural: about 60 pt between first and last)
        List<Float> tops = runs.stream().filter(x -> x.text().startsWith("Shenzhen training-compute")
                || x.text().startsWith("Shenzhen model vouchers") || x.text().startsWith("Shenzhen corpus")).map(Documents.LineRun::top)
                .toList();
        assertThat(tops).hasSize(3);
        assertThat(java.util.Collections.max(tops) - java.util.Collections.min(tops)).isGreaterThan(80f);
        // and the foot of the page is used: the last finding ends below three quarters of the A4 page (842 pt);
        // before (charts at their natural height, the concept chart repeated) it ended at 540 pt
        float lastFinding = runs.stream().filter(x -> x.text().contains("Shenzhen will issue")).findFirst().orElseThrow().bottom();
        assertThat(lastFinding).isGreaterThan(0.75f * 842);
    }

    @Test
    void repeatsNoFindingInASentenceAndLeavesACardsMoveToItsCard(@TempDir Path out) throws Exception {
        // 2025-03-07: the UK backlog (38 days) is a category of one figure, which the third finding tells
        CliProbe.Result first = CliProbe.run("generate", "-t", "executive-summary", "-d",
                "samples/heat-pumps-weekly-invented/2025-03-07/heat-pumps.yaml", "-o", out.resolve("a").toString(), "--name", "s");
        assertThat(first.exit()).as(first.err()).isZero();
        String a = Documents.text(out.resolve("a/s.pdf"));
        assertThat(a).contains("the UK backlog stands at 38 days").doesNotContain("Installers: United Kingdom");
        // 2025-03-21: Germany's sales fell 300; its card says so, the changes table does not again
        CliProbe.Result week = CliProbe.run("generate", "-t", "executive-summary", "-d",
                "samples/heat-pumps-weekly-invented/2025-03-21/heat-pumps.yaml", "-o", out.resolve("b").toString(), "--name", "s");
        assertThat(week.exit()).as(week.err()).isZero();
        String b = Documents.text(out.resolve("b/s.pdf"));
        assertThat(b).contains("▼ −300 heat pumps since 14 Mar").doesNotContain("Germany — Heat pumps sold in the week")
                .contains("United Kingdom — Installer backlog");
    }

    @Test
    void saysWhereItsMarkersLeadWhenItListsNoSources(@TempDir Path out) throws Exception {
        CliProbe.Result r = CliProbe.run("generate", "-t", "executive-summary", "-l", "zh", "-o", out.toString(), "--name", "s");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Documents.text(out.resolve("s.pdf")).replace("\n", "")).contains("每個標記 [n] 對應數據表第 n 行");
    }
}
