package io.briefing.cli;

import io.briefing.Slow;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table big enough to take the paths a weekly table never takes: parsing ahead on its own thread
 * (over 256 KB), rows made on a thread of their own (over 5,000) and source links as formulas (over
 * 10,000). Its texts carry what XML must escape or cannot carry.
 */
@Slow
class BigTableTest {
    static final int ROWS = 12_000;
    @TempDir
    static Path dir;
    static Path manifest;
    static CliProbe.Result run;
    static XSSFWorkbook wb;

    static final String HEADER = "id,category,entity_en,entity_zh,metric_en,metric_zh,value,unit,qualifier,period,"
            + "reporter_en,reporter_zh,key,quote\n";

    static String row(int i) {
        String quote = switch (i % 4) {
            case 0 -> "\"AT&T <b>said</b> \"\"yes\"\", line " + i + "\"";
            case 1 -> "合成數據第" + i + "行 😀";
            case 2 -> "\"two\nlines " + i + "\"";
            default -> "control\u0007char " + i;
        };
        String value = i % 7 == 0 ? "" : Long.toString(1_000_000L * (1 + (i * 7919L) % 50_000));
        String unit = value.isEmpty() ? "none" : "CNY";
        return "f" + i + "," + (i % 2 == 0 ? "a" : "b") + ",Entity " + i + ",實體" + i + ",Metric,指標," + value + "," + unit
                + "," + (i % 10 == 0 && !value.isEmpty() ? "at_least" : "exact") + ",2024-" + String.format("%02d", 1 + i % 12)
                + ",Reporter,報告方," + (i < 4 ? "yes" : "") + "," + quote + "\n";
    }

    static Path writeTable(Path folder, int rows, String lastRow) throws Exception {
        Files.createDirectories(folder);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append(row(i));
        }
        if (lastRow != null) {
            csv.append(lastRow);
        }
        Files.writeString(folder.resolve("big.facts.csv"), csv, StandardCharsets.UTF_8);
        Path m = folder.resolve("big.yaml");
        Files.writeString(m, """
                title: { en: "Big table", zh: "大表" }
                as_of: 2024-12-20
                facts: big.facts.csv
                source: { publisher: { en: "Synthetic", zh: "合成" } }
                categories:
                  a: { en: "Group A", zh: "甲組" }
                  b: { en: "Group B", zh: "乙組" }
                """);
        return m;
    }

    @BeforeAll
    static void generate() throws Exception {
        manifest = writeTable(dir.resolve("in"), ROWS, null);
        assertThat(Files.size(dir.resolve("in/big.facts.csv"))).isGreaterThan(256 << 10);
        run = CliProbe.run("generate", "-d", manifest.toString(), "-o", dir.resolve("out").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        try (InputStream in = Files.newInputStream(dir.resolve("out/big-2024-W51-en.xlsx"))) {
            wb = new XSSFWorkbook(in);
        }
    }

    @Test
    void everyRowReachesTheFactsSheetWithItsTextIntact() {
        XSSFSheet facts = wb.getSheet("Facts");
        assertThat(facts.getLastRowNum()).isEqualTo(ROWS);
        for (int i : new int[] {0, 1, 2, 3, 7, 4_999, 5_000, 11_999}) {
            Row r = facts.getRow(i + 1);
            assertThat(r.getCell(0).getStringCellValue()).isEqualTo("f" + i);
            String quote = r.getCell(WorkbookTest.column(facts, "Quote")).getStringCellValue();
            switch (i % 4) {
                case 0 -> assertThat(quote).isEqualTo("AT&T <b>said</b> \"yes\", line " + i);
                case 1 -> assertThat(quote).isEqualTo("合成數據第" + i + "行 😀");
                case 2 -> assertThat(quote).isEqualTo("two\nlines " + i);
                // XML 1.0 cannot carry U+0007: the one rule for output text (CleanText) makes it a space
                default -> assertThat(quote).isEqualTo("control char " + i);
            }
            int value = WorkbookTest.column(facts, "Value");
            if (i % 7 == 0) {
                assertThat(r.getCell(value).getCellType()).isEqualTo(CellType.BLANK);
            } else {
                assertThat(r.getCell(value).getNumericCellValue()).isEqualTo(1_000_000d * (1 + (i * 7919L) % 50_000));
                assertThat(r.getCell(value).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            }
        }
    }

    @Test
    void sourceLinksOfABigTableAreFormulasToTheirSourceRow() {
        Row r = wb.getSheet("Facts").getRow(10_001);
        int source0 = WorkbookTest.column(wb.getSheet("Facts"), "Source");
        assertThat(r.getCell(source0).getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(r.getCell(source0).getCellFormula()).isEqualTo("HYPERLINK(\"#'Sources'!A10002\",\"[10001]\")");
        assertThat(r.getCell(source0).getStringCellValue()).isEqualTo("[10001]");
        Row source = wb.getSheet("Sources").getRow(10_001);
        assertThat(source.getCell(0).getNumericCellValue()).isEqualTo(10_001d);
        assertThat(source.getCell(1).getStringCellValue()).isEqualTo("f10000");
    }

    @Test
    void dimensionAndFilterCoverEveryRow() throws Exception {
        // the Facts sheet's filter is its table's
        assertThat(wb.getSheet("Facts").getTables().get(0).getCTTable().getAutoFilter().getRef()).isEqualTo("A1:R" + (ROWS + 1));
        assertThat(wb.getSheet("Sources").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H" + (ROWS + 1));
        try (ZipFile zip = new ZipFile(dir.resolve("out/big-2024-W51-en.xlsx").toFile())) {
            String head = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet2.xml")).readNBytes(2000),
                    StandardCharsets.UTF_8);
            assertThat(head).contains("<dimension ref=\"A1:R" + (ROWS + 1) + "\"/>");
        }
    }

    @Test
    void thePdfShowsTheTopOfTheTableAndSaysHowMuchIsLeftOut() throws Exception {
        String text = Documents.text(dir.resolve("out/big-2024-W51-en.pdf"));
        assertThat(text).contains("Top 15 by value shown");
        assertThat(text).containsPattern("[0-9,]+ more");
    }

    @Test
    void aDuplicateIdAtTheEndOfABigTableIsReportedOnItsLine() throws Exception {
        Path m = writeTable(dir.resolve("dup"), ROWS, row(5).replace("\"two", "\"again"));
        CliProbe.Result r = CliProbe.run("generate", "-d", m.toString(), "-o", dir.resolve("dup-out").toString());
        assertThat(r.exit()).isNotZero();
        // header on line 1, row i on line 2 + i plus one for each earlier quote that spans two lines
        int line = 2 + ROWS + ROWS / 4;
        assertThat(r.err()).contains("big.facts.csv:" + line + ": id: the id 'f5' is used twice (first on line 8)");
        assertThat(r.err()).doesNotContain("Exception");
        assertThat(dir.resolve("dup-out")).doesNotExist(); // a refused run makes no output folder
    }

    @Test
    void anUnclosedQuoteAtTheEndOfABigTableIsReportedAsSuch() throws Exception {
        Path m = writeTable(dir.resolve("quote"), ROWS, "g1,a,E,實,M,指,1,CNY,exact,2024,R,報,,\"never closed\n");
        CliProbe.Result r = CliProbe.run("generate", "-d", m.toString(), "-o", dir.resolve("quote-out").toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("a quoted field is never closed");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void sameBigTableGivesTheSameBytes() throws Exception {
        CliProbe.Result again = CliProbe.run("generate", "-d", manifest.toString(), "-o", dir.resolve("again").toString());
        assertThat(again.exit()).as(again.err()).isZero();
        List<String> names = new ArrayList<>(List.of("big-2024-W51-en.xlsx", "big-2024-W51-en.pdf"));
        for (String n : names) {
            assertThat(Files.mismatch(dir.resolve("out").resolve(n), dir.resolve("again").resolve(n))).as(n).isEqualTo(-1L);
        }
    }
}
