package io.briefing.cli;

import io.briefing.Slow;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.TestFiles;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Both shipped templates, both languages, both fact tables; every section type and chart kind. */
@Slow
class TemplatesAndLanguagesTest {
    @TempDir
    Path out;

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @CsvSource({
        "seeds/china-llm-2024.yaml, default, en, china-llm-2024-2024-W51-en",
        "seeds/china-llm-2024.yaml, default, zh, china-llm-2024-2024-W51-zh",
        "seeds/china-llm-2024.yaml, executive-summary, en, china-llm-2024-2024-W51-en-executive-summary",
        "seeds/china-llm-2024.yaml, executive-summary, zh, china-llm-2024-2024-W51-zh-executive-summary",
        "src/test/resources/samples/ev-batteries-sample.yaml, default, en, ev-batteries-sample-2025-W43-en",
        "src/test/resources/samples/ev-batteries-sample.yaml, default, zh, ev-batteries-sample-2025-W43-zh",
        "src/test/resources/samples/ev-batteries-sample.yaml, executive-summary, en, ev-batteries-sample-2025-W43-en-executive-summary",
        "src/test/resources/samples/ev-batteries-sample.yaml, executive-summary, zh, ev-batteries-sample-2025-W43-zh-executive-summary"
    })
    void rendersEveryTemplateInEveryLanguageForEveryTable(String data, String template, String lang, String base)
            throws Exception {
        CliProbe.Result r = CliProbe.run("generate", "-d", data, "-t", template, "--lang", lang, "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Path pdf = out.resolve(base + ".pdf");
        String text = Documents.text(pdf);
        if (template.equals("executive-summary")) {
            assertThat(Documents.pages(pdf)).isEqualTo(1);
        } else {
            assertThat(Documents.pages(pdf)).isGreaterThan(1);
            assertThat(text).contains(lang.equals("zh") ? "資料來源" : "Sources");
        }
        assertThat(text).contains(lang.equals("zh") ? "關鍵數據" : "Key figures");
        assertThat(Documents.images(pdf)).isZero();
        try (InputStream in = Files.newInputStream(out.resolve(base + ".xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo(lang.equals("zh") ? "摘要" : "Summary");
            assertThat(wb.getSheetAt(1).getSheetName()).isEqualTo(lang.equals("zh") ? "事實" : "Facts");
            assertThat(wb.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo(lang.equals("zh") ? "編號" : "ID");
        }
    }

    @Test
    void chineseBriefingHasChineseHeadingsAxesAndUnits() throws Exception {
        CliProbe.Result r = CliProbe.run("generate", "--lang", "zh", "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String text = Documents.text(out.resolve("china-llm-2024-2024-W51-zh.pdf"));
        assertThat(text).contains("2024年中國大模型", "關鍵數據", "要點", "全部事實", "資料來源", "百分比（%）", "人民幣（億元）",
                "200億元以上", "4.3億", "90%以上", "最高5億元", "20餘", "數據截至 2024年12月20日");
    }

    @Test
    void addingAChartIsATemplateEdit() throws Exception {
        Path t = out.resolve("with-vouchers.yaml");
        Files.writeString(t, """
                name: with-vouchers
                sections:
                  - type: chart
                    kind: bar
                    title: { en: "Shenzhen's voucher caps", zh: "深圳各類券上限" }
                    facts: [voucher-compute, voucher-corpus, voucher-model]
                    sort: value-desc
                    highlight: [voucher-compute]
                """);
        CliProbe.Result r = CliProbe.run("generate", "-t", t.toString(), "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String base = "china-llm-2024-2024-W51-en-with-vouchers";
        assertThat(Documents.text(out.resolve(base + ".pdf"))).contains("Shenzhen's voucher caps", "≤CNY 500m", "≤CNY 50m");
        try (InputStream in = Files.newInputStream(out.resolve(base + ".xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("Shenzhen's voucher caps")).isNotNull();
            assertThat(wb.getSheet("Shenzhen's voucher caps").getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }

    @Test
    void everySectionTypeAndChartKindRenders() throws Exception {
        Path t = out.resolve("all-kinds.yaml");
        Files.writeString(t, """
                name: all-kinds
                page: letter
                title: { en: "Every kind", zh: "全部類型" }
                sections:
                  - type: key-figures
                    facts: [idx-server, users-ernie]
                    labels: { idx-server: { en: "Servers", zh: "服務器" } }
                  - type: chart
                    kind: bar
                    facts: { category: index-gain }
                  - type: chart
                    kind: hbar
                    facts: { category: valuation }
                  - type: chart
                    kind: grouped-bar
                    series: category
                    facts: { categories: [index-gain, price-cut] }
                  - type: chart
                    kind: stacked-bar
                    facts: { category: voucher }
                  - type: chart
                    kind: line
                    title: { en: "Index gains as a line" }
                    facts: { unit: percent }
                  - type: chart
                    kind: timeline
                    facts: { category: milestone }
                  - type: page-break
                  - type: text
                    title: { en: "Outlook" }
                    paragraphs:
                      - { en: "Servers rose {idx-server}; literal {{braces}} stay.", zh: "服務器漲{idx-server}。" }
                  - type: table
                    facts: { dated: true }
                    columns: [id, category, entity, entity_zh, metric, value, unit, qualifier, period, reporter, quote, source, status]
                    sort: period
                    max-rows: 5
                  - type: sources
                """);
        CliProbe.Result r = CliProbe.run("generate", "-t", t.toString(), "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Path pdf = out.resolve("china-llm-2024-2024-W51-en-all-kinds.pdf");
        String text = Documents.text(pdf);
        assertThat(text).contains("Every kind", "Servers", "Index gains as a line", "Servers rose 84.03%", "{braces}",
                "and 6 more rows, left out of the PDF", "Milestones of 2024");
        assertThat(Documents.images(pdf)).isZero();
        try (InputStream in = Files.newInputStream(out.resolve("china-llm-2024-2024-W51-en-all-kinds.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            // Summary, Facts, 6 charts, Sources, About
            assertThat(wb.getNumberOfSheets()).isEqualTo(10);
            // a stacked chart's bars overlap fully, or Excel draws each series beside the last
            List<String> overlaps = new java.util.ArrayList<>();
            for (org.apache.poi.ss.usermodel.Sheet s : wb) {
                var drawing = ((org.apache.poi.xssf.usermodel.XSSFSheet) s).getDrawingPatriarch();
                if (drawing != null) {
                    for (var chart : drawing.getCharts()) {
                        String xml = chart.getCTChart().getPlotArea().xmlText();
                        if (xml.contains("grouping val=\"stacked\"")) {
                            overlaps.add(xml.replaceAll("(?s).*overlap val=\"(-?\\d+)\".*", "$1"));
                        }
                    }
                }
            }
            assertThat(overlaps).containsExactly("100");
        }
        try (var d = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(d.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
        }
    }

    @Test
    void aTemplateNamingACategoryTheDatasetLacksIsAnErrorWithASuggestion() throws Exception {
        Path t = out.resolve("missing.yaml");
        Files.writeString(t, """
                sections:
                  - type: key-figures
                    facts: { category: valuations }
                  - type: table
                    facts: all
                """);
        CliProbe.Result r = CliProbe.run("generate", "-t", t.toString(), "-o", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("missing.yaml:3:12: sections[0].facts: the category 'valuations' is not declared in "
                + "china-llm-2024.yaml").contains("(did you mean 'valuation'?)");
        assertThat(out.toFile().list()).containsExactly("missing.yaml");
    }

    @Test
    void sectionsWithoutFactsAreLeftOutWithAWarning() throws Exception {
        Path t = out.resolve("empty.yaml");
        Files.writeString(t, """
                sections:
                  - type: key-figures
                    facts: { category: startup, numeric: true }
                  - type: table
                    facts: all
                """);
        CliProbe.Result r = CliProbe.run("generate", "-t", t.toString(), "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("empty.yaml:2:5: sections[0]: no key figures in this table, section left out");
    }

    @Test
    void unverifiedFiguresAreRefusedOrFlagged() throws Exception {
        Path m = TestFiles.copySeeds(out);
        TestFiles.editFacts(out, ",84.03,percent", ",84.3,percent");
        CliProbe.Result refused = CliProbe.run("generate", "-d", m.toString(), "-o", out.resolve("a").toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("idx-server: number mismatch: the fact's value is 84.3 percent",
                "gives it 「84.03%」 (= 84.03, 「漲幅」)");
        assertThat(out.resolve("a")).doesNotExist(); // a refused run makes no output folder
        CliProbe.Result flagged = CliProbe.run("generate", "-d", m.toString(), "-o", out.resolve("b").toString(),
                "--allow-unverified");
        assertThat(flagged.exit()).isZero();
        assertThat(flagged.err()).contains("idx-server: UNVERIFIED (number mismatch), flagged in the briefing");
        String text = Documents.text(out.resolve("b/china-llm-2024-2024-W51-en.pdf"));
        assertThat(text).contains("1 figure(s) that could not be verified", "UNVERIFIED (number mismatch)");
        // the flag is a symbol and a word beside the figure, not colour alone
        assertThat(text).contains("(!) UNVERIFIED");
        try (InputStream in = Files.newInputStream(out.resolve("b/china-llm-2024-2024-W51-en.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("Facts").getRow(2).getCell(WorkbookTest.column(wb.getSheet("Facts"), "Check")).getStringCellValue()).isEqualTo("UNVERIFIED (number mismatch)");
        }
    }
}
