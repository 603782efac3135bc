package io.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped weekly series (four invented weeks, one folder each) through {@code briefing batch}:
 * each week's PDF and workbook show the changes from the week before, checked against changes
 * computed by hand from the four fact tables:
 *
 * <pre>
 *              W10 (7 Mar)   W11 (14 Mar)   W12 (21 Mar)   W13 (28 Mar)
 * sales-de     5,200         5,600          5,300          6,100
 * share-homes  61.5%         62.3%          63.0%          63.0%
 * price-fr     €14,200       €14,200        €13,900        €13,900
 * subsidy-fr   ≥ €2bn        ≥ €2bn         ≥ €2.5bn       ≥ €2.5bn
 * backlog-uk   38 days       41 days        36 days        (dropped)
 * sales-pl     –             –              1,900 (new)    2,050
 * ms-eu-plan   –             –              –              (new, 26 Mar)
 * </pre>
 */
class WeeklyChangesTest {
    static final Path SERIES = Path.of("samples/heat-pumps-weekly-invented");
    @TempDir
    static Path out;
    static CliProbe.Result run;

    @BeforeAll
    static void batch() {
        run = CliProbe.run("batch", SERIES.toString(), "-t", "default,executive-summary", "-o", out.toString());
    }

    private static String pdf(String name) throws Exception {
        return Documents.flatText(out.resolve(name + ".pdf"));
    }

    private static XSSFWorkbook workbook(String name) throws Exception {
        try (InputStream in = Files.newInputStream(out.resolve(name + ".xlsx"))) {
            return new XSSFWorkbook(in);
        }
    }

    private static Row row(XSSFSheet sheet, String id) {
        for (Row r : sheet) {
            if (r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING && r.getCell(0).getStringCellValue().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no row " + id + " on " + sheet.getSheetName());
    }

    /** The moves appear after {@code start}, biggest first: each one after the one before. */
    private static void assertInOrderAfter(String text, String start, String... moves) {
        int at = text.indexOf(start);
        assertThat(at).as(start).isNotNegative();
        int previous = at;
        for (String m : moves) {
            int i = text.indexOf(m, at);
            assertThat(i).as(m + " after the one before it").isGreaterThan(previous);
            previous = i;
        }
    }

    @Test
    void writesEveryWeekOfTheSeriesInBothLanguages() throws Exception {
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("16 briefings: 16 written (32 files");
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.filter(p -> p.toString().endsWith(".pdf")).count()).isEqualTo(16);
        }
    }

    @Test
    void aDatasetThatNamesNoSeriesIsNotCalledTheFirstOfOne(@org.junit.jupiter.api.io.TempDir Path out) throws Exception {
        CliProbe.Result r = CliProbe.run("generate", "-o", out.toString(), "--name", "seed");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Documents.text(out.resolve("seed.pdf"))).contains("No earlier week of this dataset was found beside it")
                .doesNotContain("First briefing of its series");
    }

    @Test
    void theFirstWeekSaysItHasNothingToCompareWith() throws Exception {
        String text = pdf("heat-pumps-2025-W10-en");
        assertThat(text).contains("Since last week").contains("First briefing of its series: no earlier week was found to compare with.");
        assertThat(text).doesNotContain("since 7 Mar").doesNotContain("▲").doesNotContain("▼");
        try (XSSFWorkbook wb = workbook("heat-pumps-2025-W10-en")) {
            assertThat(wb.getSheet("Changes")).isNull();
        }
    }

    @Test
    void weekTwoShowsTheHandComputedMovesBiggestFirst() throws Exception {
        String text = pdf("heat-pumps-2025-W11-en");
        // backlog 38 → 41: +3 days, +7.89%; sales 5,200 → 5,600: +400, +7.69%; share 61.5 → 62.3: +0.8 pts
        // (relative moves to one decimal)
        assertThat(text).contains("Compared with the briefing as of 7 Mar 2025: 3 moved · 2 unchanged.");
        assertInOrderAfter(text, "Compared with the briefing", "▲ +3 days (+7.9%)", "▲ +400 heat pumps (+7.7%)", "▲ +0.8 pts");
        // a percent moves in points, never in percent of a percent (0.8 / 61.5 = 1.3%)
        assertThat(text).doesNotContain("+1.3%").doesNotContain("+1.30%");
        assertThat(text).contains("▲ +400 heat pumps since 7 Mar").contains("unchanged since 7 Mar");
    }

    @Test
    void weekThreeHasMovesABoundChangeAndANewFactInEnglish() throws Exception {
        String text = pdf("heat-pumps-2025-W12-en");
        assertThat(text).contains("Compared with the briefing as of 14 Mar 2025: 4 moved · 1 limit changed · 1 new.");
        assertInOrderAfter(text, "Compared with the briefing", "▼ −5 days (−12.2%)", "▼ −300 heat pumps (−5.4%)",
                "▼ −€300 (−2.1%)", "▲ +0.7 pts");
        // ≥ €2bn → ≥ €2.5bn is a change of bound: no difference is computed
        assertThat(text).contains("limit changed").doesNotContain("+€500m").doesNotContain("+€0.5bn");
        assertThat(text).contains("was ≥€2bn on 14 Mar");
        assertThat(text).contains("New this week: Poland — Heat pumps sold in the week 1,900 heat pumps");
        // the old values are cited to the previous week's own sources
        assertThat(text).contains("Previous week's sources, as of 14 Mar 2025")
                .contains("In the United Kingdom, the installer backlog stood at 41 days in March");
    }

    @Test
    void weekFourListsTheDroppedFactAndTheNewMilestoneInChinese() throws Exception {
        String text = pdf("heat-pumps-2025-W13-zh");
        assertThat(text).contains("與上週相比").contains("與2025年3月21日的簡報相比：2項變動 · 1項新增 · 1項移除 · 3項不變。");
        assertThat(text).contains("▲ +800台（+15.1%）").contains("▲ +150台（+7.9%）");
        int table = text.indexOf("與2025年3月21日的簡報相比");
        assertThat(text.indexOf("▲ +800台（", table)).isLessThan(text.indexOf("▲ +150台（", table));
        assertThat(text).contains("本週移除").contains("英國 — 安裝商積壓訂單等待時間 36天");
        assertThat(text).contains("本週新增").contains("歐盟委員會 — 發布熱泵行動計劃");
        assertThat(text).contains("較3月21日 ▲ +800台").contains("與3月21日持平");
    }

    @Test
    void theChangesSheetComputesWithLiveFormulasThatFollowACorrection() throws Exception {
        try (XSSFWorkbook wb = workbook("heat-pumps-2025-W12-en")) {
            XSSFSheet sheet = wb.getSheet("Changes");
            assertThat(sheet).isNotNull();
            assertThat(wb.getSheetIndex(sheet)).as("after Summary and Facts").isEqualTo(2);
            java.util.List<String> summary = new java.util.ArrayList<>();
            wb.getSheet("Summary").forEach(r -> r.forEach(c -> summary.add(c.toString())));
            assertThat(summary).contains("▼ −300 heat pumps since 14 Mar", "was ≥€2bn on 14 Mar")
                    .anyMatch(c -> c.startsWith("Compared with the briefing as of 14 Mar 2025: 4 moved"));
            // the key figure's move as a number beside its words, in the unit's format, signed
            Row fell = null;
            for (Row r : wb.getSheet("Summary")) {
                if (r.getCell(4) != null && r.getCell(4).toString().equals("▼ −300 heat pumps since 14 Mar")) {
                    fell = r;
                }
            }
            assertThat(fell).isNotNull();
            assertThat(fell.getCell(5).getNumericCellValue()).isEqualTo(-300);
            // an unchanged key figure moved by 0, a number too (its Change cell was empty)
            for (Row r : wb.getSheet("Summary")) {
                if (r.getCell(4) != null && r.getCell(4).toString().startsWith("unchanged since")) {
                    assertThat(r.getCell(5).getNumericCellValue()).as(r.getCell(0).toString()).isZero();
                }
            }
            assertThat(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(fell.getCell(5))).isEqualTo("-300");
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            Row backlog = row(sheet, "backlog-uk");
            assertThat(backlog.getCell(2).getStringCellValue()).as("the values' unit").isEqualTo("days");
            assertThat(backlog.getCell(4).getNumericCellValue()).isEqualTo(41);
            assertThat(backlog.getCell(5).getNumericCellValue()).isEqualTo(36);
            assertThat(backlog.getCell(6).getCellFormula()).isEqualTo("F2-E2");
            assertThat(eval.evaluate(backlog.getCell(6)).getNumberValue()).isEqualTo(-5);
            assertThat(eval.evaluate(backlog.getCell(7)).getNumberValue()).isCloseTo(-5.0 / 41, within(1e-12));
            Row share = row(sheet, "share-homes");
            assertThat(share.getCell(4).getNumericCellValue()).isCloseTo(0.623, within(1e-12));
            assertThat(eval.evaluate(share.getCell(6)).getNumberValue()).as("percentage points").isCloseTo(0.7, within(1e-9));
            assertThat(share.getCell(6).getCellStyle().getDataFormatString()).contains("pts");
            assertThat(share.getCell(7)).as("no percent of a percent").isNull();
            Row bound = row(sheet, "subsidy-fr");
            assertThat(bound.getCell(6)).as("a bound has no difference").isNull();
            assertThat(bound.getCell(8).getStringCellValue()).isEqualTo("≥€2bn");
            assertThat(bound.getCell(9).getStringCellValue()).isEqualTo("≥€2.5bn");
            // (the two values keep their bound's sign in their cells, as on the Summary)
            assertThat(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(bound.getCell(4))).isEqualTo("≥2,000,000,000");
            assertThat(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(bound.getCell(5))).isEqualTo("≥2,500,000,000");
            assertThat(row(sheet, "sales-pl").getCell(3).getStringCellValue()).isEqualTo("new");
            assertThat(row(sheet, "backlog-uk").getCell(11).getStringCellValue()).contains("41 days");
            assertThat(row(sheet, "backlog-uk").getCell(10).getHyperlink().getAddress()).isEqualTo("'Sources'!A6");

            // the analyst corrects this week's German sales in Excel: the change follows
            Row sales = row(sheet, "sales-de");
            sales.getCell(5).setCellValue(5_800);
            eval.clearAllCachedResultValues();
            assertThat(eval.evaluate(sales.getCell(6)).getNumberValue()).isEqualTo(200);
            assertThat(eval.evaluate(sales.getCell(7)).getNumberValue()).isCloseTo(200.0 / 5_600, within(1e-12));
            Path copy = out.resolve("corrected.xlsx");
            try (OutputStream o = Files.newOutputStream(copy)) {
                wb.write(o);
            }
        }
    }

    @Test
    void theExecutiveSummaryLeadsWithTheChangesAndFitsOnePage() throws Exception {
        for (String week : new String[] {"W11", "W12", "W13"}) {
            for (String lang : new String[] {"en", "zh"}) {
                String name = "heat-pumps-2025-" + week + "-" + lang + "-executive-summary";
                assertThat(Documents.pages(out.resolve(name + ".pdf"))).as(name).isEqualTo(1);
                String text = pdf(name);
                String changes = lang.equals("en") ? "Since last week" : "與上週相比";
                String cards = lang.equals("en") ? "Key figures" : "關鍵數據";
                assertThat(text.indexOf(changes)).as(name).isPositive().isLessThan(text.indexOf(cards));
            }
        }
    }
}
