package io.briefing.cli;

import io.briefing.Slow;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Next week's article: the two invented samples (a Chinese one on solar power with falls, GW, tonnes and
 * a Simplified passage; an English one on shipping with dollars, euros, bounds and dates) verify in full
 * and render with every template in every language, signs, units and bounds read back from the PDF.
 */
@Slow
class AnyArticleTest {
    @TempDir
    Path out;

    @ParameterizedTest(name = "{0} verifies in full")
    @CsvSource({"samples/solar-invented/solar-invented.yaml, 18", "samples/shipping-invented/shipping-invented.yaml, 19"})
    void theInventedSamplesVerifyInFull(String data, int facts) {
        CliProbe.Result r = CliProbe.run("verify", "-d", data);
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains(facts + " facts: " + facts + " verified").contains(", 0 failed");
    }

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @CsvSource(delimiter = '|', value = {
        "samples/solar-invented/solar-invented.yaml|default|en|solar-invented-2025-W51-en|−35%;~300 GW;at least 26 million tonnes;more than 140 GW;Q3 2025",
        "samples/solar-invented/solar-invented.yaml|default|zh|solar-invented-2025-W51-zh|−35%;約300GW;2600萬噸以上;超過140GW;2025年第三季度",
        "samples/solar-invented/solar-invented.yaml|executive-summary|en|solar-invented-2025-W51-en-executive-summary|−35%;~300 GW",
        "samples/solar-invented/solar-invented.yaml|executive-summary|zh|solar-invented-2025-W51-zh-executive-summary|−35%;約300GW",
        "samples/shipping-invented/shipping-invented.yaml|default|en|shipping-invented-2025-W41-en|US$3.2 billion;about €2.1 billion;−8.5%;at least US$600 million;7 Oct 2025",
        "samples/shipping-invented/shipping-invented.yaml|default|zh|shipping-invented-2025-W41-zh|32億美元;約21億歐元;−8.5%;6億美元以上;2025年10月7日",
        "samples/shipping-invented/shipping-invented.yaml|executive-summary|en|shipping-invented-2025-W41-en-executive-summary|−8.5%;−12%",
        "samples/shipping-invented/shipping-invented.yaml|executive-summary|zh|shipping-invented-2025-W41-zh-executive-summary|−8.5%;−12%"
    })
    void rendersSignsUnitsAndBoundsInEveryTemplateAndLanguage(String data, String template, String lang, String base,
                                                              String expected) throws Exception {
        CliProbe.Result r = CliProbe.run("generate", "-d", data, "-t", template, "--lang", lang, "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String text = Documents.text(out.resolve(base + ".pdf")).replaceAll("\\[\\d+]", "");
        for (String e : expected.split(";")) {
            assertThat(text).as(base).contains(e);
        }
        assertThat(text).doesNotContain("UNVERIFIED");
    }

    @Test
    void aFallIsANegativeFractionInTheWorkbookAndAPhysicalUnitKeepsItsFormat() throws Exception {
        CliProbe.Result r = CliProbe.run("generate", "-d", "samples/solar-invented/solar-invented.yaml", "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        try (InputStream in = Files.newInputStream(out.resolve("solar-invented-2025-W51-en.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            boolean fall = false;
            boolean gw = false;
            for (Row row : wb.getSheet("Facts")) {
                String id = row.getCell(0).getStringCellValue();
                Cell v = row.getCell(WorkbookTest.column(wb.getSheet("Facts"), "Value"));
                if (id.equals("price-module")) {
                    assertThat(v.getNumericCellValue()).isEqualTo(-0.35);
                    assertThat(v.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
                    fall = true;
                }
                if (id.equals("inst-total")) {
                    assertThat(v.getNumericCellValue()).isEqualTo(300);
                    assertThat(v.getCellStyle().getDataFormatString()).isEqualTo("#,##0.0\" GW\"");
                    assertThat(row.getCell(WorkbookTest.column(wb.getSheet("Facts"), "Unit")).getStringCellValue()).isEqualTo("gigawatts (GW)");
                    gw = true;
                }
            }
            assertThat(fall && gw).isTrue();
        }
    }

    @Test
    void aUnitFromTheDatasetsOwnCatalogueFileVerifiesAndIsCharted() throws Exception {
        String data = "src/test/resources/samples/grid-storage-invented/grid-storage-invented.yaml";
        CliProbe.Result v = CliProbe.run("verify", "-d", data);
        assertThat(v.exit()).as(v.out()).isZero();
        CliProbe.Result r = CliProbe.run("generate", "-d", data, "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Path pdf = out.resolve("grid-storage-invented-2025-W45-en.pdf");
        String text = Documents.text(pdf);
        assertThat(text).contains("1,200 MWh", "~800 MWh", "Storage capacity, MWh");
        try (InputStream in = Files.newInputStream(out.resolve("grid-storage-invented-2025-W45-en.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("Storage capacity").getDrawingPatriarch().getCharts()).hasSize(1);
            assertThat(wb.getSheet("Facts").getRow(1).getCell(WorkbookTest.column(wb.getSheet("Facts"), "Value")).getCellStyle().getDataFormatString()).isEqualTo("#,##0\" MWh\"");
        }
    }
}
