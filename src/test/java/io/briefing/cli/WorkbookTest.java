package io.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.TestFiles;
import io.briefing.facts.DatasetReader;
import io.briefing.facts.Fact;
import io.briefing.facts.FactTable;
import io.briefing.input.Warnings;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook of the default briefing, read back cell by cell. */
class WorkbookTest {
    @TempDir
    static Path out;
    static XSSFWorkbook wb;
    static FactTable table;

    @BeforeAll
    static void generate() throws Exception {
        CliProbe.Result r = CliProbe.run("generate", "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        try (InputStream in = Files.newInputStream(out.resolve("china-llm-2024-2024-W51-en.xlsx"))) {
            wb = new XSSFWorkbook(in);
        }
        table = new DatasetReader(new Warnings()).load(TestFiles.MANIFEST);
    }

    @Test
    void factsSheetHoldsEveryFactWithTypedFormattedNumbers() {
        XSSFSheet facts = wb.getSheet("Facts");
        assertThat(facts.getLastRowNum()).isEqualTo(table.size());
        for (int i = 0; i < table.size(); i++) {
            Fact f = table.facts().get(i);
            Row row = facts.getRow(i + 1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(f.id());
            Cell v = row.getCell(column(facts, "Value"));
            if (f.hasValue()) {
                assertThat(v.getCellType()).as(f.id()).isEqualTo(CellType.NUMERIC);
                double expected = f.unit().isPercent() ? f.amount().value().movePointLeft(2).doubleValue()
                        : f.amount().value().doubleValue();
                assertThat(v.getNumericCellValue()).as(f.id()).isEqualTo(expected);
                String format = v.getCellStyle().getDataFormatString();
                assertThat(format).as(f.id()).isEqualTo(f.unit().spreadsheet());
            } else {
                assertThat(v.getCellType()).as(f.id()).isEqualTo(CellType.BLANK);
            }
            assertThat(row.getCell(column(facts, "Qualifier")).getStringCellValue()).isEqualTo(
                    io.briefing.i18n.Labels.of(io.briefing.i18n.Language.EN).get("qualifier." + f.qualifier().code()));
            assertThat(row.getCell(column(facts, "Quote")).getStringCellValue()).isEqualTo(f.quote());
            assertThat(row.getCell(column(facts, "Metric (Chinese)")).getStringCellValue()).isEqualTo(f.metric().zh());
            assertThat(row.getCell(column(facts, "Reported by (Chinese)")).getStringCellValue()).isEqualTo(f.reporter().zh());
        }
    }

    @Test
    void theWorkbookHasTheBuiltInNormalCellStyle() throws Exception {
        // POI writes no cellStyles: openpyxl then warned "Workbook contains no default style" on every file
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(out.resolve("china-llm-2024-2024-W51-en.xlsx").toFile())) {
            String styles = new String(zip.getInputStream(zip.getEntry("xl/styles.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(styles).contains("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>");
        }
    }

    @Test
    void everySheetDeclaresTheRangeItsCellsReach() throws Exception {
        // POI's streaming writer declared A1 on every sheet but Facts and Sources: openpyxl's read-only mode,
        // which trusts the dimension, read one row of the Summary and of each chart sheet
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(out.resolve("china-llm-2024-2024-W51-en.xlsx").toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (!e.getName().startsWith("xl/worksheets/sheet")) {
                    continue;
                }
                String xml = new String(zip.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                java.util.regex.Matcher cells = java.util.regex.Pattern.compile("<c r=\"([A-Z]+)([0-9]+)\"").matcher(xml);
                int rows = 0;
                int cols = 0;
                while (cells.find()) {
                    rows = Math.max(rows, Integer.parseInt(cells.group(2)));
                    cols = Math.max(cols, org.apache.poi.ss.util.CellReference.convertColStringToIndex(cells.group(1)));
                }
                java.util.regex.Matcher dim = java.util.regex.Pattern.compile("<dimension ref=\"A1:([A-Z]+)([0-9]+)\"/>").matcher(xml);
                assertThat(dim.find()).as(e.getName()).isTrue();
                assertThat(Integer.parseInt(dim.group(2))).as(e.getName() + " rows").isGreaterThanOrEqualTo(rows);
                assertThat(org.apache.poi.ss.util.CellReference.convertColStringToIndex(dim.group(1))).as(e.getName() + " columns")
                        .isGreaterThanOrEqualTo(cols);
            }
        }
    }

    @Test
    void boundsAreSpelledOutBesideTheNumber() {
        XSSFSheet facts = wb.getSheet("Facts");
        Row zhipu = facts.getRow(3);
        assertThat(zhipu.getCell(0).getStringCellValue()).isEqualTo("val-zhipu");
        assertThat(zhipu.getCell(column(facts, "Qualifier")).getStringCellValue()).isEqualTo("at least");
        assertThat(zhipu.getCell(column(facts, "Shown as")).getStringCellValue()).isEqualTo("at least CNY 20 billion");
    }

    /** The 0-based column of the Facts sheet under this heading. */
    static int column(XSSFSheet sheet, String heading) {
        for (Cell c : sheet.getRow(0)) {
            if (c.getStringCellValue().equals(heading)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + heading + " on " + sheet.getSheetName());
    }

    @Test
    void theFactsSheetIsANamedExcelTableWithBandedRowsAndFilterButtons() {
        XSSFSheet facts = wb.getSheet("Facts");
        assertThat(wb.getFontAt(facts.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
        assertThat(facts.getPaneInformation().isFreezePane()).isTrue();
        assertThat(facts.getTables()).hasSize(1);
        org.apache.poi.xssf.usermodel.XSSFTable t = facts.getTables().get(0);
        assertThat(t.getName()).isEqualTo("FactTable");
        assertThat(t.getCTTable().getRef()).isEqualTo("A1:R" + (table.size() + 1));
        assertThat(t.getCTTable().getAutoFilter().getRef()).isEqualTo(t.getCTTable().getRef());
        assertThat(t.getCTTable().getTableStyleInfo().getShowRowStripes()).isTrue();
        // Excel repairs a file whose table column names differ from its heading cells
        for (int i = 0; i < t.getColumnCount(); i++) {
            assertThat(t.getColumns().get(i).getName()).isEqualTo(facts.getRow(0).getCell(i).getStringCellValue());
        }
        // the widest column: the quote wraps in it
        assertThat(facts.getColumnWidth(column(facts, "Quote"))).isGreaterThan(30 * 256);
    }

    @Test
    void factRowsLinkToTheirSources() {
        XSSFSheet facts = wb.getSheet("Facts");
        Cell src = facts.getRow(3).getCell(column(facts, "Source"));
        assertThat(src.getHyperlink().getType()).isEqualTo(HyperlinkType.DOCUMENT);
        assertThat(src.getHyperlink().getAddress()).isEqualTo("'Sources'!A4");
        XSSFSheet sources = wb.getSheet("Sources");
        assertThat(sources.getRow(3).getCell(1).getStringCellValue()).isEqualTo("val-zhipu");
        assertThat(sources.getRow(3).getCell(4).getStringCellValue()).contains("200億俱樂部");
        // a valuation written "200億" with no unit word: verified, with the unit taken from its context
        assertThat(sources.getRow(3).getCell(7).getStringCellValue())
                .isEqualTo("verified; unit from the article's context, not written beside the figure");
    }

    @Test
    void oneSheetPerChartInTemplateOrderWithANativeChart() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            names.add(wb.getSheetName(i));
        }
        assertThat(names).containsExactly("Summary", "Facts", "Concept-index gains", "Start-up valuations",
                "Shenzhen AI vouchers", "Milestones of 2024", "Sources", "About");
        XSSFSheet gains = wb.getSheet("Concept-index gains");
        assertThat(gains.getDrawingPatriarch().getCharts()).hasSize(1);
        // the longest bar first, as in the PDF
        assertThat(gains.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Server concept index");
        assertThat(gains.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Compute-power concept index");
        // as a fraction under a % format, as on the Facts sheet, so the chart's axis reads in percent
        assertThat(gains.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(0.4766);
        assertThat(gains.getRow(5).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
        assertThat(gains.getRow(5).getCell(2).getNumericCellValue()).isEqualTo(0.4766);
        XSSFSheet valuations = wb.getSheet("Start-up valuations");
        assertThat(valuations.getRow(4).getCell(4).getStringCellValue()).isEqualTo("≥CNY 20bn");
        assertThat(valuations.getRow(4).getCell(3).getStringCellValue()).isEqualTo("at least");
    }

    @Test
    void aboutSheetSaysWhenFromWhatAndWithWhichVersion() {
        XSSFSheet about = wb.getSheet("About");
        StringBuilder all = new StringBuilder();
        about.forEach(r -> r.forEach(c -> all.append(c.toString()).append('|')));
        assertThat(all).contains("briefing 0.1.0", "china-llm-2024.facts.csv", "china-llm-2024.yaml",
                "china-llm-2024.securities-times.zh-Hant.txt", "default", "Facts as of").doesNotContain("Generated");
        for (Row r : about) {
            String key = r.getCell(0).getStringCellValue();
            if (key.equals("Facts as of")) {
                assertThat(r.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(r.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.of(2024, 12, 20));
            }
            if (key.equals("Facts")) {
                assertThat(r.getCell(1).getNumericCellValue()).isEqualTo(table.size());
            }
        }
    }

    @Test
    void theSummarySheetComesFirstWithKeyFiguresAndFindingsLinkedToTheirSources() {
        XSSFSheet summary = wb.getSheetAt(0);
        assertThat(summary.getSheetName()).isEqualTo("Summary");
        assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("China's large language models in 2024");
        java.util.List<String> cells = new java.util.ArrayList<>();
        summary.forEach(r -> r.forEach(c -> cells.add(c.toString())));
        assertThat(cells).contains("Key figures", "Server concept index", "84.03%", "≥CNY 20bn", "Findings")
                .anyMatch(c -> c.startsWith("Hardware won first: the server concept index rose 84.03%[2]"));
        org.apache.poi.ss.usermodel.Row server = null;
        for (org.apache.poi.ss.usermodel.Row r : summary) {
            if (r.getCell(0) != null && r.getCell(0).toString().equals("Server concept index")) {
                server = r;
            }
        }
        assertThat(server).isNotNull();
        // the first week has no change column: the source is the fifth, after the figure as a number
        assertThat(server.getCell(4).getHyperlink().getAddress()).isEqualTo("'Sources'!A3");
        assertThat(server.getCell(2).getNumericCellValue()).isEqualTo(0.8403);
        assertThat(server.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
        // a bound keeps its sign in its cell: 200億 "or more" is never a bare 20,000,000,000
        org.apache.poi.ss.usermodel.Row zhipu = null;
        for (org.apache.poi.ss.usermodel.Row r : summary) {
            if (r.getCell(1) != null && r.getCell(1).toString().equals("≥CNY 20bn")) {
                zhipu = r;
            }
        }
        assertThat(zhipu).isNotNull();
        assertThat(zhipu.getCell(2).getNumericCellValue()).isEqualTo(2.0e10);
        assertThat(zhipu.getCell(2).getCellStyle().getDataFormatString()).startsWith("\"≥\"");
        assertThat(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(zhipu.getCell(2))).isEqualTo("≥20,000,000,000");
    }

    @Test
    void aFindingLinksEveryFigureItCitesEachMarkerInItsOwnCell() {
        XSSFSheet summary = wb.getSheetAt(0);
        Row consolidated = null;
        for (Row r : summary) {
            if (r.getCell(0) != null && r.getCell(0).toString().startsWith("The field consolidated:")) {
                consolidated = r;
            }
        }
        assertThat(consolidated).isNotNull();
        // "more than 20[8] … Zhipu AI (at least CNY 20 billion[3]), Moonshot AI (…[4]) and Baichuan AI (…[5])"
        List<String> links = new ArrayList<>();
        for (Cell c : consolidated) {
            if (c.getHyperlink() != null) {
                links.add(c.getStringCellValue() + " " + c.getHyperlink().getAddress());
            }
        }
        assertThat(links).containsExactly("[8] 'Sources'!A9", "[3] 'Sources'!A4", "[4] 'Sources'!A5", "[5] 'Sources'!A6");
    }

    @Test
    void aMilestoneDatedToAMonthIsStoredAsAMonthAndTheHeaderHasThePdfsColour() {
        XSSFSheet milestones = wb.getSheet("Milestones of 2024");
        boolean month = false;
        boolean day = false;
        for (org.apache.poi.ss.usermodel.Row r : milestones) {
            org.apache.poi.ss.usermodel.Cell c = r.getCell(0);
            if (r.getRowNum() < 4 || c == null || c.getCellType() != CellType.NUMERIC) {
                continue;
            }
            String label = r.getCell(1).getStringCellValue();
            String format = c.getCellStyle().getDataFormatString();
            if (label.equals("Mar 2024")) {
                month = true;
                assertThat(format).as("a month, not its first day").isEqualTo("yyyy-mm");
            }
            if (label.equals("18 Dec 2024")) {
                day = true;
                assertThat(format).isEqualTo("yyyy-mm-dd");
            }
        }
        assertThat(month).isTrue();
        assertThat(day).isTrue();
        org.apache.poi.xssf.usermodel.XSSFCellStyle head = wb.getSheet("Facts").getRow(0).getCell(0).getCellStyle();
        assertThat(head.getFillForegroundColorColor().getARGBHex()).isEqualTo("FF1F4E79");
    }

    @Test
    void textThatLooksLikeAFormulaStaysText(@TempDir Path dir) throws Exception {
        Path m = TestFiles.copySeeds(dir);
        TestFiles.editFacts(dir, "Compute-power concept index,", "\"=HYPERLINK(\"\"http://x\"\")\",");
        TestFiles.editFacts(dir, "Server concept index,", "+SUM(A1),");
        // a finding and a chart's heading that start like formulas: the Summary's finding cell lost its
        // quote prefix to a second style set after it, and a chart sheet's headings were never given one
        TestFiles.editManifest(dir, "  - en: \"Hardware won first:", "  - en: \"=1+1 Hardware won first:");
        TestFiles.editManifest(dir, "  en: \"China's large", "  en: \"@SUM(A1) China's large");
        TestFiles.editFacts(dir, ",Gain since start of year,", ",-Gain since start of year,");
        TestFiles.editFacts(dir, ",Gain since start of year,", ",-Gain since start of year,");
        CliProbe.Result r = CliProbe.run("generate", "-d", m.toString(), "-o", dir.resolve("o").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        try (InputStream in = Files.newInputStream(dir.resolve("o/china-llm-2024-2024-W51-en.xlsx"));
             XSSFWorkbook w = new XSSFWorkbook(in)) {
            Cell c = w.getSheet("Facts").getRow(1).getCell(column(w.getSheet("Facts"), "Entity"));
            assertThat(c.getCellType()).isEqualTo(CellType.STRING);
            assertThat(c.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            int entity = column(w.getSheet("Facts"), "Entity");
            assertThat(w.getSheet("Facts").getRow(2).getCell(entity).getCellType()).isEqualTo(CellType.STRING);
            // quote-prefixed, so that editing the cell in Excel keeps it text instead of making it a live formula
            assertThat(c.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(w.getSheet("Facts").getRow(2).getCell(entity).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(w.getSheet("Facts").getRow(3).getCell(entity).getCellStyle().getQuotePrefixed()).isFalse();
            // on every sheet: the Summary's cards and the chart sheets' labels carry the names too
            int seen = 0;
            for (org.apache.poi.ss.usermodel.Sheet sheet : w) {
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty()
                                && "=+-@".indexOf(cell.getStringCellValue().charAt(0)) >= 0) {
                            seen++;
                            assertThat(cell.getCellStyle().getQuotePrefixed()).as(sheet.getSheetName() + "!"
                                    + cell.getAddress() + " " + cell.getStringCellValue()).isTrue();
                        }
                    }
                }
            }
            assertThat(seen).isGreaterThan(4);
            assertThat(w.getSheet("Summary").getRow(0).getCell(0).getStringCellValue()).startsWith("@SUM(A1)");
            assertThat(seen).as("the finding, the title and the chart sheet's heading among them").isGreaterThan(7);
        }
    }
}
