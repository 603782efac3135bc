package io.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.TestFiles;
import io.briefing.i18n.Labels;
import io.briefing.i18n.Language;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An analyst's files are never overwritten and a dataset cannot read what it does not own: each
 * case here failed before (a workbook replaced by the briefing made from it, a batch keeping one of
 * two briefings of one name, a draft written over the analyst's edits, /etc/passwd printed in an error).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NothingLostTest {
    @TempDir
    Path dir;



    @Test
    void aBriefingIsNotWrittenOverTheWorkbookItIsMadeFrom() throws Exception {
        Path m = TestFiles.copySeeds(dir);
        assertThat(CliProbe.run("generate", "-d", m.toString(), "-o", dir.toString()).exit()).isZero();
        Path book = dir.resolve("china-llm-2024-2024-W51-en.xlsx");
        byte[] before = Files.readAllBytes(book);
        CliProbe.Result again = CliProbe.run("generate", "-d", book.toString(), "-o", dir.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("china-llm-2024-2024-W51-en.xlsx: is this run's fact table").contains("Fix: write the briefing into another folder");
        assertThat(Files.readAllBytes(book)).isEqualTo(before);
        // "-o ." resolves like any folder (it threw a NullPointerException)
        CliProbe.Result elsewhere = CliProbe.run("generate", "-d", book.toString(), "-o", dir.resolve("copy").toString());
        assertThat(elsewhere.exit()).as(elsewhere.err()).isZero();
    }

    @Test
    void aBatchWhoseBriefingsShareANameIsRefusedBeforeAnythingIsWritten() throws Exception {
        for (String folder : new String[] {"a", "b"}) {
            Path f = Files.createDirectories(dir.resolve(folder));
            TestFiles.copySeeds(f);
        }
        Path b = dir.resolve("b").resolve(TestFiles.MANIFEST.getFileName());
        Files.writeString(b, Files.readString(b).replaceFirst("(?m)^series:.*$", "") + "\nseries: another-series\n");
        Path out = dir.resolve("out");
        CliProbe.Result r = CliProbe.run("batch", dir.resolve("a").toString(), dir.resolve("b").toString(), "-o", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("its briefing would be written as china-llm-2024-2024-W51-en (.pdf, .xlsx)")
                .contains("one would replace the other");
        assertThat(out).doesNotExist();
    }

    @Test
    void aDraftReplacesOnlyADraftNobodyEdited() throws Exception {
        Path article = Files.copy(TestFiles.ARTICLE, dir.resolve("article.txt"));
        Path out = dir.resolve("drafts");
        assertThat(CliProbe.run("draft", article.toString(), "-o", out.toString()).exit()).isZero();
        Path draft = out.resolve("article.draft.facts.csv");
        // run again on a draft nobody touched: replaced
        assertThat(CliProbe.run("draft", article.toString(), "-o", out.toString()).exit()).isZero();
        String edited = Files.readString(draft).replaceFirst("\n", "\n# the analyst's work\n");
        Files.writeString(draft, edited);
        CliProbe.Result r = CliProbe.run("draft", article.toString(), "-o", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("is a draft that was edited since it was written").contains("--force");
        assertThat(Files.readString(draft)).isEqualTo(edited);
        assertThat(CliProbe.run("draft", article.toString(), "-o", out.toString(), "--force").exit()).isZero();
        assertThat(Files.readString(draft)).doesNotContain("the analyst's work");
    }

    @Test
    void aManifestCannotNameAFileOutsideItsFolderAndNothingOfSuchAFileIsPrinted() throws Exception {
        Path m = TestFiles.copySeeds(dir);
        Files.writeString(dir.getParent().resolve("secret-" + dir.getFileName() + ".yaml"), "password: hunter2\n");
        String[][] cases = {
                {"units: /etc/passwd", "the unit catalogue '/etc/passwd' is outside the dataset's folder"},
                {"units: ../secret-" + dir.getFileName() + ".yaml", "is outside the dataset's folder"},
                {"units: .env", "'.env' is not named as a unit catalogue"},
        };
        Files.writeString(dir.resolve(".env"), "API_KEY=hunter2\n");
        String original = Files.readString(m);
        for (String[] c : cases) {
            Files.writeString(m, original.replaceFirst("(?m)^facts: .*$", "$0\n" + c[0]));
            CliProbe.Result r = CliProbe.run("verify", "-d", m.toString());
            assertThat(r.exit()).as(c[0]).isEqualTo(1);
            assertThat(r.err()).as(c[0]).contains(c[1]).doesNotContain("root:").doesNotContain("hunter2");
        }
        Files.writeString(m, original);
        Path link = dir.resolve("linked.yaml");
        Files.createSymbolicLink(link, Path.of("/etc/passwd"));
        TestFiles.editManifest(dir, "facts: china-llm-2024.facts.csv", "facts: china-llm-2024.facts.csv\nunits: linked.yaml");
        CliProbe.Result linked = CliProbe.run("verify", "-d", m.toString());
        assertThat(linked.exit()).isEqualTo(1);
        assertThat(linked.err()).contains("is a link to a file outside the dataset's folder").doesNotContain("root:");
        Files.writeString(m, original);
        TestFiles.editManifest(dir, "file: china-llm-2024.securities-times.zh-Hant.txt", "file: ../../../../../../etc/hostname.txt");
        CliProbe.Result article = CliProbe.run("generate", "-d", m.toString(), "-o", dir.resolve("out").toString());
        assertThat(article.exit()).isEqualTo(1);
        assertThat(article.err()).contains("source.file: the source article '../../../../../../etc/hostname.txt' is outside");
    }

    @Test
    void aWorkbookWhoseAboutSheetNamesAFileElsewhereIsRefusedWithoutReadingIt() throws Exception {
        Path m = TestFiles.copySeeds(dir);
        assertThat(CliProbe.run("generate", "-d", m.toString(), "-o", dir.resolve("made").toString()).exit()).isZero();
        Path received = Files.createDirectories(dir.resolve("received")).resolve("book.xlsx");
        String label = Labels.of(Language.EN).get("about.manifest");
        try (InputStream in = Files.newInputStream(dir.resolve("made/china-llm-2024-2024-W51-en.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            boolean set = false;
            for (Sheet s : wb) {
                for (Row row : s) {
                    Cell first = row.getCell(0);
                    if (first != null && label.equals(first.toString()) && row.getCell(1) != null) {
                        row.getCell(1).setCellValue("../../../../../../../etc/passwd");
                        set = true;
                    }
                }
            }
            assertThat(set).as("the About sheet's manifest cell").isTrue();
            try (OutputStream o = Files.newOutputStream(received)) {
                wb.write(o);
            }
        }
        CliProbe.Result r = CliProbe.run("generate", "-d", received.toString(), "-o", dir.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("which is not a .yaml file beside the workbook").doesNotContain("root:");
    }

    @Test
    void aPipeNamedLikeAWorkbookIsRefusedWithoutWaitingOnIt() throws Exception {
        Path fifo = dir.resolve("t.xlsx");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        CliProbe.Result r = CliProbe.run("verify", "-d", fifo.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("t.xlsx: the workbook does not exist or is not a regular file");
    }

    @Test
    void aValueQuotedInAnErrorIsCutToAShortExcerpt() throws Exception {
        Path m = TestFiles.copySeeds(dir);
        String longTitle = "x".repeat(5000);
        TestFiles.editManifest(dir, "as_of: 2024-12-20", "as_of: " + longTitle);
        CliProbe.Result r = CliProbe.run("verify", "-d", m.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("x".repeat(40) + "…").doesNotContain("x".repeat(41));
    }

    @Test
    void aNameTooLongForTheFileSystemIsBadInputWithItsLimit() throws Exception {
        CliProbe.Result r = CliProbe.run("generate", "-o", dir.resolve("out").toString(), "--name", "簡報".repeat(40));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("is 244 bytes long (UTF-8)").contains("shorten it to 200 bytes");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aTemplateNameWithALineBreakNeverReachesAFileName() throws Exception {
        Path t = dir.resolve("t.yaml");
        Files.writeString(t, "name: \"two\\nlines\"\nsections:\n  - type: sources\n");
        CliProbe.Result r = CliProbe.run("generate", "-t", t.toString(), "-o", dir.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("t.yaml:1:7: name: the template's name is empty, longer than 100 characters, or holds a line break");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void theVisibleSheetOfFactsIsReadNotAHiddenOne() throws Exception {
        Path m = TestFiles.copySeeds(dir);
        assertThat(CliProbe.run("generate", "-d", m.toString(), "-o", dir.toString(), "--lang", "zh").exit()).isZero();
        Path book = dir.resolve("china-llm-2024-2024-W51-zh.xlsx");
        // a stale "Facts" sheet, hidden, beside the visible 事實 the analyst edited
        try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet stale = wb.createSheet("Facts");
            stale.createRow(0).createCell(0).setCellValue("not the header of a fact table");
            wb.setSheetOrder("Facts", 0); // first: the reader took the first sheet of either name
            wb.setActiveSheet(1);
            wb.setFirstVisibleTab(1);
            wb.setSheetHidden(0, true);
            try (OutputStream o = Files.newOutputStream(book)) {
                wb.write(o);
            }
        }
        CliProbe.Result visible = CliProbe.run("verify", "-d", book.toString());
        assertThat(visible.exit()).as(visible.err()).isZero();
        try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.setSheetHidden(wb.getSheetIndex("事實"), true);
            wb.setSheetHidden(wb.getSheetIndex("Facts"), false);
            wb.removeSheetAt(wb.getSheetIndex("Facts"));
            try (OutputStream o = Files.newOutputStream(book)) {
                wb.write(o);
            }
        }
        CliProbe.Result hidden = CliProbe.run("verify", "-d", book.toString());
        assertThat(hidden.exit()).isEqualTo(1);
        assertThat(hidden.err()).contains("the workbook's sheet of facts, 事實, is hidden");
    }

    /**
     * A chart sheet is never named like the Facts sheet of either language, nor Excel's reserved
     * History: a category labelled "Facts" gave the Chinese workbook a chart sheet "Facts" beside 事實,
     * and the workbook could not be read back ("two sheets of facts").
     */
    @Test
    void aCategoryLabelledLikeTheFactsSheetStillGivesAWorkbookThatReadsBack() throws Exception {
        Path m = TestFiles.copySeeds(dir);
        TestFiles.editManifest(dir, "index-gain:       { en: \"Concept-index gains\",            zh: \"概念指數漲幅\" }",
                "index-gain:       { en: \"Facts \", zh: \"Facts\" }");
        TestFiles.editManifest(dir, "valuation:        { en: \"Start-up valuations\",            zh: \"初創公司估值\" }",
                "valuation:        { en: \"History\", zh: \"history\" }");
        for (String lang : List.of("en", "zh")) {
            CliProbe.Result r = CliProbe.run("generate", "-d", m.toString(), "-o", dir.resolve(lang).toString(), "--lang", lang,
                    "--format", "xlsx", "--name", "book");
            assertThat(r.exit()).as(r.err()).isZero();
            Path book = dir.resolve(lang).resolve("book.xlsx");
            try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                List<String> names = new java.util.ArrayList<>();
                wb.forEach(sheet -> names.add(sheet.getSheetName()));
                assertThat(names).as(lang).doesNotContain("History", "history", "Facts ").filteredOn(n -> n.equalsIgnoreCase("Facts"))
                        .hasSizeLessThanOrEqualTo(lang.equals("en") ? 1 : 0);
                assertThat(names).as(lang).contains("Facts (2)");
            }
            Files.copy(m, dir.resolve(lang).resolve("book.yaml"));
            for (Path p : List.of(TestFiles.ARTICLE)) {
                Files.copy(dir.resolve(p.getFileName()), dir.resolve(lang).resolve(p.getFileName()));
            }
            CliProbe.Result back = CliProbe.run("verify", "-d", book.toString());
            assertThat(back.exit()).as(lang + ": " + back.err()).isZero();
        }
    }

    /** A normalized copy the analyst corrected by hand was replaced by the next source clean, in silence. */
    @Test
    void sourceCleanKeepsANormalizedCopyTheAnalystEditedUnlessForced() throws Exception {
        Path out = dir.resolve("clean");
        assertThat(CliProbe.run("source", "clean", "-o", out.toString()).exit()).isZero();
        Path normalized = out.resolve("china-llm-2024.securities-times.zh-Hant.normalized.txt");
        // unchanged, it is replaced without a word
        assertThat(CliProbe.run("source", "clean", "-o", out.toString()).exit()).isZero();
        Files.writeString(normalized, Files.readString(normalized) + "my correction\n");
        CliProbe.Result again = CliProbe.run("source", "clean", "-o", out.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("normalized.txt: was changed since source clean wrote it").contains("--force");
        assertThat(Files.readString(normalized)).endsWith("my correction\n");
        assertThat(CliProbe.run("source", "clean", "-o", out.toString(), "--force").exit()).isZero();
        assertThat(Files.readString(normalized)).doesNotContain("my correction");
    }
}
