package io.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.TestFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An analyst corrects a figure in the workbook and generates from it: {@code --data facts.xlsx}
 * reads the Facts sheet as the fact table, with the same checks, and messages that name the cell.
 */
class WorkbookReadBackTest {
    private static final String BASE = "china-llm-2024-2024-W51-en";

    /** The seed dataset in {@code dir}, and its workbook and PDF generated into {@code dir/a}. */
    private static Path generated(Path dir, String... more) throws IOException {
        Files.createDirectories(dir);
        Path m = TestFiles.copySeeds(dir);
        List<String> args = new ArrayList<>(List.of("generate", "-d", m.toString(), "-o", dir.resolve("a").toString()));
        args.addAll(List.of(more));
        CliProbe.Result r = CliProbe.run(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return dir.resolve("a");
    }

    /** Opens a workbook, lets {@code edit} change it, saves it as {@code to} (as Excel would: shared strings). */
    private static void edited(Path from, Path to, Consumer<XSSFWorkbook> edit) throws IOException {
        try (InputStream in = Files.newInputStream(from); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            edit.accept(wb);
            try (OutputStream out = Files.newOutputStream(to)) {
                wb.write(out);
            }
        }
    }

    /**
     * The cell of this fact under this heading, made anew as Excel writes an edited cell (POI, given
     * an inline-string cell, would keep the old text beside the new).
     */
    private static Cell cell(XSSFWorkbook wb, String id, String heading) {
        XSSFSheet facts = wb.getSheet("Facts");
        int col = WorkbookTest.column(facts, heading);
        for (Row r : facts) {
            if (r.getCell(0) != null && r.getCell(0).toString().equals(id)) {
                Cell old = r.getCell(col, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                var style = old.getCellStyle();
                double number = old.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC ? old.getNumericCellValue() : Double.NaN;
                r.removeCell(old);
                Cell fresh = r.createCell(col);
                fresh.setCellStyle(style);
                if (!Double.isNaN(number)) {
                    fresh.setCellValue(number);
                }
                return fresh;
            }
        }
        throw new AssertionError("no fact " + id);
    }

    /** Every cell of every sheet as text, sheet by sheet, row by row. */
    private static List<String> cells(Path workbook) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        out.add(s.getSheetName() + "!" + c.getAddress() + "=" + c);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void aWorkbookReadBackUneditedGivesTheSamePdfByteForByteAndAWorkbookThatIsAFixedPoint(@TempDir Path dir) throws Exception {
        Path a = generated(dir);
        Path wb = dir.resolve("corrected.xlsx");
        Files.copy(a.resolve(BASE + ".xlsx"), wb);
        CliProbe.Result r = CliProbe.run("generate", "-d", wb.toString(), "-o", dir.resolve("b").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("b/" + BASE + ".pdf"))).isEqualTo(Files.readAllBytes(a.resolve(BASE + ".pdf")));
        // the workbook differs in one cell: the About sheet names the fact table it was made from
        List<String> before = cells(a.resolve(BASE + ".xlsx"));
        List<String> after = cells(dir.resolve("b/" + BASE + ".xlsx"));
        List<String> changed = new ArrayList<>(after);
        changed.removeAll(before);
        assertThat(changed).singleElement().asString().startsWith("About!").endsWith("=corrected.xlsx");
        // and read back once more, it is the same workbook to the byte
        Files.copy(dir.resolve("b/" + BASE + ".xlsx"), wb, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        CliProbe.Result again = CliProbe.run("generate", "-d", wb.toString(), "-o", dir.resolve("c").toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("c/" + BASE + ".xlsx"))).isEqualTo(Files.readAllBytes(dir.resolve("b/" + BASE + ".xlsx")));
    }

    @Test
    void aRangeIsWrittenAsTheTableWritesItAndReadsBackToTheSameBriefing(@TempDir Path dir) throws Exception {
        // the shipping sample's fourth-quarter guidance is a range: "between $2.9 billion and $3.1 billion"
        Path folder = Files.createDirectories(dir.resolve("shipping"));
        try (var files = Files.list(Path.of("samples", "shipping-invented"))) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        Path m = folder.resolve("shipping-invented.yaml");
        CliProbe.Result r = CliProbe.run("generate", "-d", m.toString(), "-o", dir.resolve("a").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String base = "shipping-invented-2025-W41-en";
        assertThat(cells(dir.resolve("a/" + base + ".xlsx"))).contains("Facts!D12=2900000000..3100000000");
        Path wb = folder.resolve("range.xlsx");
        Files.copy(dir.resolve("a/" + base + ".xlsx"), wb);
        CliProbe.Result back = CliProbe.run("generate", "-d", wb.toString(), "-o", dir.resolve("b").toString());
        assertThat(back.exit()).as(back.err()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("b/" + base + ".pdf"))).isEqualTo(Files.readAllBytes(dir.resolve("a/" + base + ".pdf")));
    }

    @Test
    void aChineseWorkbookReadsBackToTheSameChineseBriefingAndSaysWhatItLacksForAnEnglishOne(@TempDir Path dir) throws Exception {
        Path zh = generated(dir, "-l", "zh");
        Path wb = dir.resolve("zh-facts.xlsx");
        Files.copy(zh.resolve("china-llm-2024-2024-W51-zh.xlsx"), wb);
        CliProbe.Result r = CliProbe.run("generate", "-l", "zh", "-d", wb.toString(), "-o", dir.resolve("b").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("b/china-llm-2024-2024-W51-zh.pdf")))
                .isEqualTo(Files.readAllBytes(zh.resolve("china-llm-2024-2024-W51-zh.pdf")));
        // a Chinese workbook carries the English names of entities, not the English metrics: it says so
        assertThat(r.err()).contains("no column Metric (metric_en); read as empty, so an English briefing");
    }

    @Test
    void aFigureCorrectedInExcelIsCheckedAndShown(@TempDir Path dir) throws Exception {
        // the analyst's CSV had a typo the check flagged; it is corrected in the workbook, not the CSV
        Path right = generated(dir.resolve("right"));
        Path m = TestFiles.copySeeds(dir);
        TestFiles.editFacts(dir, "Gain since start of year,年初以來累計漲幅,84.03,", "Gain since start of year,年初以來累計漲幅,84.3,");
        CliProbe.Result typo = CliProbe.run("generate", "-d", m.toString(), "-o", dir.resolve("a").toString(), "--allow-unverified");
        assertThat(typo.exit()).as(typo.err()).isZero();
        assertThat(typo.err()).contains("idx-server: UNVERIFIED (number mismatch)");
        Path wb = dir.resolve("corrected.xlsx");
        edited(dir.resolve("a/" + BASE + ".xlsx"), wb, w -> {
            assertThat(cell(w, "idx-server", "Value").getNumericCellValue()).isEqualTo(0.843);
            cell(w, "idx-server", "Value").setCellValue(0.8403);
        });
        CliProbe.Result r = CliProbe.run("generate", "-d", wb.toString(), "-o", dir.resolve("b").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("UNVERIFIED");
        assertThat(Documents.text(dir.resolve("b/" + BASE + ".pdf"))).contains("84.03%").doesNotContain("84.3%");
        // the corrected briefing is the one the right CSV gives
        assertThat(Files.readAllBytes(dir.resolve("b/" + BASE + ".pdf"))).isEqualTo(Files.readAllBytes(right.resolve(BASE + ".pdf")));

        // a wrong edit is refused like a wrong CSV line, and names the row
        Path wrong = dir.resolve("wrong.xlsx");
        edited(wb, wrong, w -> cell(w, "idx-server", "Value").setCellValue(0.9));
        CliProbe.Result refused = CliProbe.run("generate", "-d", wrong.toString(), "-o", dir.resolve("c").toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("wrong.xlsx:3: idx-server: number mismatch").doesNotContain("Exception");
        assertThat(dir.resolve("c")).satisfiesAnyOf(p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyDirectory());
    }

    /** A workbook edited into {@code name}, generated from; its run must fail with exit 1 and write nothing. */
    private static String refused(Path dir, String name, Consumer<XSSFWorkbook> edit) throws IOException {
        Path wb = dir.resolve(name);
        edited(dir.resolve("a/" + BASE + ".xlsx"), wb, edit);
        Path out = dir.resolve("out-" + name);
        CliProbe.Result r = CliProbe.run("generate", "-d", wb.toString(), "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        if (Files.exists(out)) {
            try (Stream<Path> left = Files.list(out)) {
                assertThat(left).isEmpty();
            }
        }
        return r.err();
    }

    @Test
    void aWorkbookFromAnotherToolGetsMessagesThatNameTheCell(@TempDir Path dir) throws Exception {
        generated(dir);
        assertThat(refused(dir, "extra-column.xlsx", w -> {
            XSSFSheet facts = w.getSheet("Facts");
            facts.getTables().clear();
            facts.getRow(0).createCell(18).setCellValue("Notes");
        })).contains("extra-column.xlsx: Facts!S1: unexpected column 'Notes'", "Fix: delete the column");

        assertThat(refused(dir, "text-number.xlsx", w -> cell(w, "idx-server", "Value").setCellValue("84.03")))
                .contains("text-number.xlsx: Facts!D3 (Value): the value is text ('84.03'), not a number", "Convert to Number");

        assertThat(refused(dir, "merged.xlsx", w -> w.getSheet("Facts").addMergedRegion(CellRangeAddress.valueOf("C3:D3"))))
                .contains("merged.xlsx: Facts!C3:D3: merged cells", "unmerge them");

        assertThat(refused(dir, "date-period.xlsx", w -> {
            Cell period = cell(w, "idx-server", "Period");
            period.setCellValue(java.time.LocalDate.of(2024, 12, 1));
            period.setCellStyle(w.getSheet("Facts").getRow(2).getCell(0).getCellStyle());
            var style = w.createCellStyle();
            style.setDataFormat(w.createDataFormat().getFormat("yyyy-mm-dd"));
            period.setCellStyle(style);
        })).contains("date-period.xlsx: Facts!G3 (Period): the cell is a date", "'2024-12");

        assertThat(refused(dir, "bad-unit.xlsx", w -> cell(w, "idx-server", "Unit").setCellValue("furlongs")))
                .contains("bad-unit.xlsx: Facts!E3 (Unit): unknown unit 'furlongs'");

        assertThat(refused(dir, "no-facts.xlsx", w -> w.setSheetName(1, "Data")))
                .contains("no-facts.xlsx: the workbook has no sheet named Facts or 事實 (its sheets: Summary, Data");

        Path notZip = dir.resolve("a/not-a-workbook.xlsx");
        Files.writeString(notZip, "id,category\n");
        CliProbe.Result r = CliProbe.run("generate", "-d", notZip.toString(), "-o", dir.resolve("x").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("not-a-workbook.xlsx").doesNotContain("Exception");
    }
}
