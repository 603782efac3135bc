package io.briefing.cli;

import io.briefing.Slow;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.TestFiles;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs a hostile or unlucky user gives (from #11): each gets a clear message and exit 1, or works —
 * never a hang, a stack trace, an exit 3 or a corrupt file. The timeouts guard against hangs; they
 * measure no speed.
 */
@Slow
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileInputTest {
    @TempDir
    Path dir;

    private Path manifest() throws Exception {
        return TestFiles.copySeeds(dir);
    }

    private void editManifest(String from, String to) throws Exception {
        TestFiles.editManifest(dir, from, to);
    }

    private static void assertWellFormedXml(Path xlsx) throws Exception {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().endsWith(".xml")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
                    }
                }
            }
        }
    }

    @Test
    void anXlsOrOdsFileNamedXlsxIsCalledWhatItIsInTheToolsWords() throws Exception {
        manifest();
        Path xls = dir.resolve("old.xlsx");
        try (var wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook(); var out = Files.newOutputStream(xls)) {
            wb.createSheet("Facts");
            wb.write(out);
        }
        Path ods = dir.resolve("calc.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(ods))) {
            // as an OpenDocument file begins: its media type, first and stored
            byte[] type = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("settings.xml"));
            zip.write("<office:document-settings xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        CliProbe.Result a = CliProbe.run("verify", "-d", xls.toString());
        assertThat(a.exit()).isEqualTo(1);
        assertThat(a.err()).contains("old.xlsx: this is an Excel 97–2003 workbook (.xls)").doesNotContain("HSSF", "POI");
        CliProbe.Result b = CliProbe.run("verify", "-d", ods.toString());
        assertThat(b.exit()).isEqualTo(1);
        assertThat(b.err()).contains("calc.xlsx: this is an OpenDocument spreadsheet (.ods)").doesNotContain("ODFToolkit");
    }

    @Test
    void aManifestWithABadByteIsStillFoundByBatchAndItsByteNamed() throws Exception {
        // read as UTF-8 to see whether it was a manifest, it was not one: "no dataset manifest found here"
        Path m = manifest();
        byte[] b = Files.readAllBytes(m);
        int line5 = 0;
        for (int i = 0, n = 0; i < b.length; i++) {
            if (b[i] == '\n' && ++n == 4) {
                line5 = i + 1;
                break;
            }
        }
        byte[] bad = java.util.Arrays.copyOf(b, b.length + 2);
        System.arraycopy(b, line5, bad, line5 + 2, b.length - line5);
        bad[line5] = '#';
        bad[line5 + 1] = (byte) 0xFF;
        Files.write(m, bad);
        CliProbe.Result r = CliProbe.run("batch", dir.toString(), "-l", "en", "-o", dir.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(m.getFileName() + ":5: the file is not UTF-8: byte 0xFF in column 2")
                .doesNotContain("no dataset manifest");
    }

    @Test
    void aHeadingTwiceIsNamedOnLineOneCutAndNotWithTheLibrarysWholeHeaderOrAdvice() throws Exception {
        // the library's message printed the whole header (500 KB for 100,000 columns) and its builder method
        Path m = manifest();
        Path csv = dir.resolve("china-llm-2024.facts.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(csv));
        String long20k = "q".repeat(20_000);
        lines.set(0, lines.get(0) + "," + long20k + "," + long20k);
        Files.write(csv, lines);
        CliProbe.Result r = CliProbe.run("verify", "-d", m.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("china-llm-2024.facts.csv:1: the column heading 'qqqq").contains("…' appears more than once")
                .doesNotContain("CSVFormat").doesNotContain("setDuplicateHeaderMode");
        assertThat(r.err().length()).isLessThan(1_000);
    }

    @Test
    void emptyHeadingsExcelLeavesAfterTheLastColumnAreIgnoredWithAWarning() throws Exception {
        Path m = manifest();
        Path csv = dir.resolve("china-llm-2024.facts.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(csv));
        lines.set(0, lines.get(0) + ",,");
        Files.write(csv, lines);
        CliProbe.Result r = CliProbe.run("verify", "-d", m.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("(unnamed): columns without a heading, ignored").doesNotContain("CSVFormat");
    }

    @Test
    void aFileOfNumbersIsNoArticleToDraft() throws Exception {
        // a 2 MB file of numbers drafted 333,903 rows: 30 s, 2.7 GB of memory, a 92 MB draft
        StringBuilder numbers = new StringBuilder();
        for (int i = 0; i < 10_001; i++) {
            numbers.append(i * 7 % 99_991).append(i % 20 == 19 ? ".\n" : " ");
        }
        Path article = Files.writeString(dir.resolve("dump.txt"), numbers);
        CliProbe.Result r = CliProbe.run("draft", article.toString(), "-o", dir.resolve("drafts").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("dump.txt: holds more than 10000 numbers, which is a table or a data dump, not an article");
        assertThat(dir.resolve("drafts")).doesNotExist();
        // verify and generate read the article too: 40,000 numbers took 53 s and printed 1.9 MB
        Path data = Files.createDirectories(dir.resolve("dumped"));
        TestFiles.copySeeds(data);
        Files.writeString(data.resolve(TestFiles.ARTICLE.getFileName()), numbers);
        CliProbe.Result v = CliProbe.run("verify", "-d", data.resolve(TestFiles.MANIFEST.getFileName()).toString());
        assertThat(v.exit()).isEqualTo(1);
        assertThat(v.err()).contains(TestFiles.ARTICLE.getFileName() + ": holds more than 10000 numbers");
    }

    /**
     * A right-to-left override reorders what follows it: "a\u202Efdp.exe" shows as "aexe.pdf". It was
     * accepted in --name and a template's name: (into file names and the templates listing) and printed
     * raw in messages; a blank draft name wrote a file named " ".
     */
    @Test
    void aNameThatTurnsTextAroundIsRefusedAndNoMessagePrintsOneRaw() throws Exception {
        String rlo = "\u202E";
        CliProbe.Result name = CliProbe.run("generate", "--name", "a" + rlo + "fdp.exe", "-o", dir.resolve("o1").toString());
        assertThat(name.exit()).isEqualTo(1);
        assertThat(name.err()).contains("the output name holds a character that turns text around").doesNotContain(rlo);
        Path template = Files.writeString(dir.resolve("t.yaml"), Files.readString(TestFiles.TEMPLATES.resolve("default.yaml"))
                .replaceFirst("(?m)^name: .*$", "name: \"evil" + rlo + "gnp.exe\""));
        CliProbe.Result t = CliProbe.run("generate", "-t", template.toString(), "-o", dir.resolve("o2").toString());
        assertThat(t.exit()).isEqualTo(1);
        assertThat(t.err()).contains("a character that turns text around (U+202E)").doesNotContain(rlo);
        CliProbe.Result lang = CliProbe.run("generate", "-l", "e" + rlo + "n");
        assertThat(lang.exit()).isEqualTo(2);
        assertThat(lang.err()).contains("'e<U+202E>n'").doesNotContain(rlo);
        CliProbe.Result blank = CliProbe.run("draft", TestFiles.ARTICLE.toString(), "--name", " ", "-o", dir.resolve("o3").toString());
        assertThat(blank.exit()).isEqualTo(2); // as generate's blank --name
        assertThat(blank.err()).contains("--name: the name is blank");
        assertThat(dir.resolve("o1")).doesNotExist();
        assertThat(dir.resolve("o3")).doesNotExist();
    }

    @Test
    void aBlankOrHiddenOutputNameIsRefusedForWhatItIs() throws Exception {
        // " " was told "give 1 to 200 characters, not 1"; ".hidden" that it "would leave the output folder"
        CliProbe.Result blank = CliProbe.run("generate", "-o", dir.resolve("a").toString(), "--name", " ");
        assertThat(blank.exit()).as("bad usage").isEqualTo(2);
        assertThat(blank.err()).contains("--name: the name is blank").doesNotContain("not 1");
        CliProbe.Result hidden = CliProbe.run("generate", "-o", dir.resolve("b").toString(), "--name", ".hidden");
        assertThat(hidden.exit()).as("bad usage").isEqualTo(2);
        assertThat(hidden.err()).contains("'.hidden' starts with '.', which hides the files").doesNotContain("leave the output folder");
        assertThat(dir.resolve("a")).doesNotExist();
        assertThat(dir.resolve("b")).doesNotExist();
    }

    @Test
    void aLongTitleKeepsEveryPrintedHeaderUnderExcelsLimit() throws Exception {
        // a 9,999-character title went whole into every sheet's header: Excel allows 255 for a header
        Path m = manifest();
        editManifest("title:\n  en: \"China's large language models in 2024\"",
                "title:\n  en: \"China's large language models & " + "x".repeat(9_000) + "\"");
        CliProbe.Result r = CliProbe.run("generate", "-d", m.toString(), "--format", "xlsx", "-o", dir.resolve("out").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        try (InputStream in = Files.newInputStream(dir.resolve("out/china-llm-2024-2024-W51-en.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                var hf = ((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getCTWorksheet().getHeaderFooter();
                assertThat(hf.getOddHeader().length()).as(sheet.getSheetName()).isLessThanOrEqualTo(255);
                assertThat(sheet.getHeader().getLeft()).startsWith("China's large language models && x").endsWith("…");
            }
        }
    }

    @Test
    void aControlCharacterInAManifestLabelIsCleanedTheWayTheTablesAreAndTheWorkbookStaysValid() throws Exception {
        Path m = manifest();
        editManifest("index-gain:       { en: \"Concept-index gains\"", "index-gain:       { en: \"Concept-index gains\\x0b\"");
        editManifest("title:\n  en: \"China's large language models in 2024\"", "title:\n  en: \"China's large\\x07 language models in 2024\"");
        CliProbe.Result r = CliProbe.run("generate", "-d", m.toString(), "-o", dir.resolve("out").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Path xlsx = dir.resolve("out/china-llm-2024-2024-W51-en.xlsx");
        assertWellFormedXml(xlsx);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            // the control character is a space, and a sheet name loses its outer spaces (the reader compares them so)
            assertThat(wb.getSheetAt(2).getSheetName()).isEqualTo("Concept-index gains");
            assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo("China's large  language models in 2024");
        }
    }

    @Test
    void aWorkbookWithABrokenPartNamesThePartWithoutATrace() throws Exception {
        Path m = manifest();
        assertThat(CliProbe.run("generate", "-d", m.toString(), "-o", dir.toString()).exit()).isZero();
        Path good = dir.resolve("china-llm-2024-2024-W51-en.xlsx");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (String[] broken : new String[][] {{"_rels/.rels", "part _rels/.rels is broken"},
                {"[Content_Types].xml", "part [Content_Types].xml is broken"}, {"xl/workbook.xml", "part xl/workbook.xml is broken"},
                // these were "no manifest received.yaml beside the workbook", or the library's null-pointer text
                {"xl/sharedStrings.xml", "the workbook's part xl/sharedStrings.xml is broken"},
                {"xl/workbook.xml", "the workbook is broken: its part _rels/.rels names no xl/workbook.xml, or that part is missing", "delete"},
                {"xl/worksheets/sheet2.xml", "the workbook is broken: a sheet its xl/workbook.xml lists is missing", "delete"}}) {
            Path bad = dir.resolve("china-llm-2024.xlsx");
            try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(good.toFile());
                    java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(bad))) {
                for (java.util.zip.ZipEntry e : java.util.Collections.list(in.entries())) {
                    if (broken.length > 2 && e.getName().equals(broken[0])) {
                        continue;
                    }
                    out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                    out.write(e.getName().equals(broken[0]) ? "<broken".getBytes() : in.getInputStream(e).readAllBytes());
                }
            }
            // beside no manifest of its name: the reader must open the workbook to look for one
            Path alone = Files.createDirectories(dir.resolve("alone")).resolve("received.xlsx");
            Files.copy(bad, alone, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), "io.briefing.cli.BriefingCommand",
                    "generate", "-d", alone.toString(), "-o", dir.resolve("out").toString()).redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(said).isEqualTo(1);
            assertThat(said).as(broken[0]).contains(broken[1]).contains("Fix:")
                    .doesNotContain("SAXParseException").doesNotContain("\tat ").doesNotContain("manifest")
                    .doesNotContain("Cannot invoke");
        }
    }

    @Test
    void aHugeWorkbookCellIsCountedNotKeptAndRefusedWithItsLength() throws Exception {
        Path m = manifest();
        assertThat(CliProbe.run("generate", "-d", m.toString(), "-o", dir.toString()).exit()).isZero();
        Path good = dir.resolve("china-llm-2024-2024-W51-en.xlsx");
        Path bad = dir.resolve("china-llm-2024.xlsx");
        java.util.Random random = new java.util.Random(1);
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(good.toFile());
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(bad))) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                byte[] data = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet2.xml")) {
                    // the Facts sheet: row 2's second cell (B2) becomes 20 million characters that do not
                    // compress past the zip-bomb ratio
                    String xml = new String(data, java.nio.charset.StandardCharsets.UTF_8);
                    java.util.regex.Matcher q = java.util.regex.Pattern.compile("<c r=\"B2\"[^>]*><is><t[^>]*>([^<]*)</t>").matcher(xml);
                    assertThat(q.find()).isTrue();
                    StringBuilder big = new StringBuilder(20_000_000);
                    for (int i = 0; i < 20_000_000; i++) {
                        big.append(random.nextBoolean() ? 'a' : 'b');
                    }
                    data = (xml.substring(0, q.start(1)) + big + xml.substring(q.end(1))).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.write(data);
            }
        }
        CliProbe.Result r = CliProbe.run("verify", "-d", bad.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("Facts!B2").contains("20,000,000 characters long, over the limit of 10,000").doesNotContain("\tat ");
    }

    @Test
    void aTitleOverTheFieldLimitIsRefusedWhereItIsRead() throws Exception {
        Path m = manifest();
        editManifest("en: \"China's large language models in 2024\"", "en: \"" + "Long title ".repeat(11_000) + "\"");
        CliProbe.Result r = CliProbe.run("generate", "-d", m.toString(), "-o", dir.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("title.en: the value is 121,000 characters long, over the limit of 10,000");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aPipeOrADeviceIsRefusedBeforeItIsRead() throws Exception {
        Path m = manifest();
        Path fifo = dir.resolve("article-fifo.txt");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mk.waitFor()).isZero();
        editManifest("file: china-llm-2024.securities-times.zh-Hant.txt", "file: article-fifo.txt");
        CliProbe.Result pipe = CliProbe.run("verify", "-d", m.toString());
        assertThat(pipe.exit()).isEqualTo(1);
        assertThat(pipe.err()).contains("article-fifo.txt: the source article is not a regular file");
        // a device is outside the dataset's folder, and refused as such before it is opened
        editManifest("file: article-fifo.txt", "file: /dev/zero");
        CliProbe.Result zero = CliProbe.run("generate", "-d", m.toString(), "-o", dir.resolve("out").toString());
        assertThat(zero.exit()).isEqualTo(1);
        assertThat(zero.err()).contains("the source article '/dev/zero' is outside the dataset's folder").doesNotContain("\tat ");
        CliProbe.Result template = CliProbe.run("generate", "-t", fifo.toString(), "-o", dir.resolve("out").toString());
        assertThat(template.exit()).isEqualTo(1);
        assertThat(template.err()).contains("the template is not a regular file");
    }

    @Test
    void yamlNestedTwoThousandLevelsDeepIsAClearError() throws Exception {
        Path t = dir.resolve("deep.yaml");
        Files.writeString(t, "sections: " + "[".repeat(2000) + "]".repeat(2000) + "\n");
        CliProbe.Result r = CliProbe.run("generate", "-t", t.toString(), "-o", dir.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("deep.yaml: the YAML is nested 2000 levels deep").doesNotContain("StackOverflowError");
        Path block = dir.resolve("block.yaml");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            sb.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        Files.writeString(block, sb.toString());
        CliProbe.Result b = CliProbe.run("generate", "-t", block.toString(), "-o", dir.resolve("out").toString());
        assertThat(b.exit()).isEqualTo(1);
        assertThat(b.err()).contains("nested").doesNotContain("\tat ");
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingBothLines() throws Exception {
        Path m = manifest();
        editManifest("as_of: 2024-12-20\n", "as_of: 2024-12-20\nas_of: 2031-01-01\n");
        CliProbe.Result r = CliProbe.run("generate", "-d", m.toString(), "-o", dir.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("china-llm-2024.yaml:10:1: the key 'as_of' is given twice (first on line 9)");
    }

    @Test
    void categoryLabelsThatDifferOnlyInCaseGetTwoSheets() throws Exception {
        Path m = manifest();
        editManifest("valuation:        { en: \"Start-up valuations\"", "valuation:        { en: \"CONCEPT-İNDEX GAINS\"");
        CliProbe.Result r = CliProbe.run("generate", "-d", m.toString(), "-o", dir.resolve("out").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        try (InputStream in = Files.newInputStream(dir.resolve("out/china-llm-2024-2024-W51-en.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetName(2)).isEqualTo("Concept-index gains");
            assertThat(wb.getSheetName(3)).isEqualTo("CONCEPT-İNDEX GAINS (2)");
        }
    }

    @Test
    void aNulInTheOutputPatternAndAnAsOfDateOutOfRangeAreNotInternalErrors() throws Exception {
        Path t = dir.resolve("nul.yaml");
        Files.writeString(t, Files.readString(TestFiles.TEMPLATES.resolve("default.yaml")).replace("name: default",
                "name: default\noutput: \"{dataset}\\0-{lang}\""));
        CliProbe.Result nul = CliProbe.run("generate", "-t", t.toString(), "-o", dir.resolve("out").toString());
        assertThat(nul.exit()).as(nul.err()).isIn(0, 1);
        assertThat(nul.err()).doesNotContain("internal error");
        Path m = manifest();
        editManifest("as_of: 2024-12-20", "as_of: +999999999-12-31");
        CliProbe.Result far = CliProbe.run("generate", "-d", m.toString(), "-o", dir.resolve("out2").toString());
        assertThat(far.exit()).isEqualTo(1);
        assertThat(far.err()).contains("outside the years 1900 to 2999");
    }

    @Test
    void aHeaderOfOneHundredThousandUnknownColumnsIsWarnedFiftyTimesAndCountedAndFinishes() throws Exception {
        Path m = manifest();
        Path csv = dir.resolve("china-llm-2024.facts.csv");
        String[] lines = Files.readString(csv).split("\n", 2);
        StringBuilder extra = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            extra.append(",x").append(i);
        }
        Files.writeString(csv, lines[0] + extra + "\n" + lines[1]);
        CliProbe.Result r = CliProbe.run("verify", "-d", m.toString());
        assertThat(r.exit()).isZero();
        // fifty named, the rest counted: 100,000 warnings said nothing the count does not
        assertThat(r.err()).contains("x49: unknown column, ignored").doesNotContain("x50: unknown column")
                .contains("99950 more unknown columns, ignored");
        assertThat(r.err().lines().count()).isLessThan(60);
    }

    @Test
    void theBytesDoNotDependOnTheMachinesLocale() throws Exception {
        Locale before = Locale.getDefault();
        byte[][] pdf = new byte[4][];
        byte[][] xlsx = new byte[4][];
        Locale[] locales = {Locale.ROOT, Locale.forLanguageTag("tr-TR"), Locale.GERMANY, Locale.TAIWAN};
        try {
            for (int i = 0; i < locales.length; i++) {
                Locale.setDefault(locales[i]);
                Path out = dir.resolve("out" + i);
                CliProbe.Result r = CliProbe.run("generate", "-o", out.toString());
                assertThat(r.exit()).as(locales[i] + ": " + r.err()).isZero();
                pdf[i] = Files.readAllBytes(out.resolve("china-llm-2024-2024-W51-en.pdf"));
                xlsx[i] = Files.readAllBytes(out.resolve("china-llm-2024-2024-W51-en.xlsx"));
            }
        } finally {
            Locale.setDefault(before);
        }
        for (int i = 1; i < locales.length; i++) {
            assertThat(pdf[i]).as("PDF under " + locales[i]).isEqualTo(pdf[0]);
            assertThat(xlsx[i]).as("workbook under " + locales[i]).isEqualTo(xlsx[0]);
        }
        assertThat(new String(pdf[0], 0, 8, StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.7");
    }

    @Test
    void theBytesDoNotDependOnHowTheDatasetPathIsSpelled() throws Exception {
        String[] spellings = {"seeds/china-llm-2024.yaml", "./seeds/../seeds/china-llm-2024.yaml",
            Path.of("seeds/china-llm-2024.yaml").toAbsolutePath().toString()};
        byte[] first = null;
        for (int i = 0; i < spellings.length; i++) {
            Path out = dir.resolve("spelled" + i);
            CliProbe.Result r = CliProbe.run("generate", "-d", spellings[i], "-o", out.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            byte[] xlsx = Files.readAllBytes(out.resolve("china-llm-2024-2024-W51-en.xlsx"));
            if (first == null) {
                first = xlsx;
                try (InputStream in = Files.newInputStream(out.resolve("china-llm-2024-2024-W51-en.xlsx"));
                     XSSFWorkbook wb = new XSSFWorkbook(in)) {
                    var about = wb.getSheet("About");
                    java.util.List<String> cells = new java.util.ArrayList<>();
                    about.forEach(row -> row.forEach(c -> cells.add(c.toString())));
                    assertThat(cells).contains("Manifest", "china-llm-2024.yaml", "Fact table", "china-llm-2024.facts.csv",
                            "Article file", "china-llm-2024.securities-times.zh-Hant.txt", "Template file", "default.yaml");
                }
            } else {
                assertThat(xlsx).as(spellings[i]).isEqualTo(first);
            }
        }
    }

    private static java.util.Map<String, byte[]> contents(Path folder) throws Exception {
        java.util.Map<String, byte[]> out = new java.util.TreeMap<>();
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                out.put(p.getFileName().toString(), Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0]);
            }
        }
        return out;
    }

    @Test
    void whenTheSecondMoveFailsThePreviousPairStandsAndNothingIsLeftBehind() throws Exception {
        Path out = dir.resolve("out");
        assertThat(CliProbe.run("generate", "-o", out.toString()).exit()).isZero();
        java.util.Map<String, byte[]> before = contents(out);
        assertThat(before).containsOnlyKeys("china-llm-2024-2024-W51-en.pdf", "china-llm-2024-2024-W51-en.xlsx");
        io.briefing.output.Staging.observeCommitsWith(HeldCommitLauncher.failingMove(1));
        CliProbe.Result r;
        try {
            r = CliProbe.run("generate", "--lang", "en", "--as-of", "2024-12-21", "--name", "china-llm-2024-2024-W51-en",
                    "-o", out.toString());
        } finally {
            io.briefing.output.Staging.observeCommitsWith(io.briefing.output.CommitSteps.NONE);
        }
        assertThat(r.exit()).isEqualTo(4);
        assertThat(r.err()).contains("simulated failure of move 1");
        java.util.Map<String, byte[]> after = contents(out);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (String name : before.keySet()) {
            assertThat(after.get(name)).as(name).isEqualTo(before.get(name));
        }
    }

    @Test
    void aFirstRunThatFailsLeavesNoFolderBehind() throws Exception {
        Path out = dir.resolve("fresh/week51");
        CliProbe.Result bad = CliProbe.run("generate", "-d", dir.resolve("nothing.yaml").toString(), "-o", out.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(dir.resolve("fresh")).doesNotExist();
        io.briefing.output.Staging.observeCommitsWith(HeldCommitLauncher.failingMove(1));
        try {
            assertThat(CliProbe.run("generate", "-o", out.toString()).exit()).isEqualTo(4);
        } finally {
            io.briefing.output.Staging.observeCommitsWith(io.briefing.output.CommitSteps.NONE);
        }
        assertThat(dir.resolve("fresh")).doesNotExist();
    }

    /**
     * A folder the user may not write is exit 4, "a file that cannot be written" in the README's table;
     * it was exit 1. As root, permissions do not stop a write, so the folder is made immutable
     * ({@code chattr +i}, which ext4 and tmpfs allow root); the test is skipped, saying why, where neither
     * way makes the folder read-only.
     */
    @Test
    void aFolderThatCannotBeWrittenIsTheMachineRefusingExitFour() throws Exception {
        Path out = Files.createDirectories(dir.resolve("read-only"));
        boolean immutable = false;
        if ("root".equals(System.getProperty("user.name"))) {
            try {
                Process p = new ProcessBuilder("chattr", "+i", out.toString()).redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                immutable = p.waitFor() == 0;
            } catch (java.io.IOException noChattr) {
                immutable = false;
            }
        } else {
            Files.setPosixFilePermissions(out, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(out),
                    "this machine gives no way to make a folder read-only for this user (root without chattr +i)");
            CliProbe.Result r = CliProbe.run("generate", "-o", out.toString());
            assertThat(r.exit()).as(r.err()).isEqualTo(4);
            assertThat(r.err()).isEqualTo("error: " + out + ": the folder cannot be written (no write permission). "
                    + "Fix: give yourself write permission there, or choose another folder with --output\n");
            // a folder the file system refuses to make (/proc is no place for files) is the machine too; it was exit 1
            if (Files.isDirectory(Path.of("/proc/self"))) {
                CliProbe.Result proc = CliProbe.run("generate", "-o", "/proc/briefing-out");
                assertThat(proc.exit()).as(proc.err()).isEqualTo(4);
                assertThat(proc.err()).startsWith("error: /proc/briefing-out: ");
            }
            CliProbe.Result below = CliProbe.run("generate", "-o", out.resolve("week51").toString());
            assertThat(below.exit()).as(below.err()).isEqualTo(4);
            assertThat(below.err()).startsWith("error: " + out + ": the folder cannot be written");
            try (Stream<Path> left = Files.list(out)) {
                assertThat(left).isEmpty();
            }
        } finally {
            if (immutable) {
                new ProcessBuilder("chattr", "-i", out.toString()).start().waitFor();
            } else {
                Files.setPosixFilePermissions(out, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    @Test
    void aTargetThatIsAFolderIsRefusedBeforeAnythingIsReplaced() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("china-llm-2024-2024-W51-en.xlsx").resolve("inside"));
        CliProbe.Result r = CliProbe.run("generate", "-o", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("china-llm-2024-2024-W51-en.xlsx: is a folder or a special file");
        assertThat(contents(out)).containsOnlyKeys("china-llm-2024-2024-W51-en.xlsx");
    }

    @Test
    void aCommitLeftHalfDoneByAKilledRunIsRolledBackByTheNextRun() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        // a run (its lock file gone with it) renamed both old files aside, moved its new PDF in and died
        // before moving its workbook: the next run puts the old pair back
        Files.writeString(out.resolve("b.pdf"), "new pdf");
        Files.writeString(out.resolve(".b.pdf.run00000000000000ab.old"), "old pdf");
        Files.writeString(out.resolve(".b.xlsx.run00000000000000ab.old"), "old xlsx");
        Files.writeString(out.resolve(".commit.run00000000000000ab.journal"),
                "b.pdf\t.b.pdf.run00000000000000ab.old\nb.xlsx\t.b.xlsx.run00000000000000ab.old\n");
        // the next run fails on its input after preparing the folder: the folder shows the roll-back alone
        Path m = manifest();
        TestFiles.editFacts(dir, ",84.03,percent", ",84.3,percent");
        assertThat(CliProbe.run("generate", "-d", m.toString(), "-o", out.toString()).exit()).isEqualTo(1);
        java.util.Map<String, byte[]> now = contents(out);
        assertThat(now).containsOnlyKeys("b.pdf", "b.xlsx");
        assertThat(new String(now.get("b.pdf"), StandardCharsets.UTF_8)).isEqualTo("old pdf");
        assertThat(new String(now.get("b.xlsx"), StandardCharsets.UTF_8)).isEqualTo("old xlsx");
    }

    @Test
    void optionsOutOfRangeAreUsageErrorsNotCrashes() throws Exception {
        CliProbe.Result jobs = CliProbe.run("batch", "seeds", "-j", "0", "-o", dir.resolve("b").toString());
        assertThat(jobs.exit()).isEqualTo(2);
        assertThat(jobs.err()).contains("-j: give 1 to 256 briefings at once, not 0");
        CliProbe.Result name = CliProbe.run("generate", "--name", "a".repeat(240), "-o", dir.resolve("n").toString());
        // too long for the file system, in bytes as it counts them, whatever the script: bad input with the limit
        // (240 Latin letters were exit 2, "give 1 to 200 characters", and 100 Chinese characters exit 1)
        assertThat(name.exit()).isEqualTo(1);
        assertThat(name.err()).contains("is 244 bytes long (UTF-8)").contains("shorten it to 200 bytes");
        CliProbe.Result draft = CliProbe.run("draft", TestFiles.ARTICLE.toString(), "--name", "a".repeat(240), "-o",
                dir.resolve("n").toString());
        assertThat(draft.exit()).isEqualTo(1);
        assertThat(draft.err()).contains("is 240 bytes long (UTF-8)");
        assertThat(dir.resolve("n")).doesNotExist();
        assertThat(dir.resolve("b")).doesNotExist();
    }

    @Test
    void aTableThatIsNotUtf8IsReportedOnTheLineOfItsFirstBadByte() throws Exception {
        Path m = manifest();
        Path csv = dir.resolve("china-llm-2024.facts.csv");
        byte[] good = Files.readAllBytes(csv);
        byte[] bad = java.util.Arrays.copyOf(good, good.length + 12);
        System.arraycopy("x,\u00b0\n".getBytes(StandardCharsets.ISO_8859_1), 0, bad, good.length, 4);
        Files.write(csv, java.util.Arrays.copyOf(bad, good.length + 4));
        CliProbe.Result r = CliProbe.run("verify", "-d", m.toString());
        assertThat(r.exit()).isEqualTo(1);
        long lines = new String(good, StandardCharsets.UTF_8).lines().count();
        assertThat(r.err()).contains("china-llm-2024.facts.csv:" + (lines + 1) + ": the file is not UTF-8: byte 0xB0 in column 3")
                .contains("no UTF-8 character starts so, and no Chinese code page either");
        // after Chinese text on its line: the column counts characters, not bytes; 0xFF is no Chinese lead byte
        byte[] zh = "中文,".getBytes(StandardCharsets.UTF_8);
        byte[] withZh = java.util.Arrays.copyOf(good, good.length + zh.length + 2);
        System.arraycopy(zh, 0, withZh, good.length, zh.length);
        withZh[good.length + zh.length] = (byte) 0xFF;
        withZh[good.length + zh.length + 1] = '\n';
        Files.write(csv, withZh);
        CliProbe.Result z = CliProbe.run("verify", "-d", m.toString());
        assertThat(z.err()).contains(":" + (lines + 1) + ": the file is not UTF-8: byte 0xFF in column 4 (offset "
                + String.format(java.util.Locale.ROOT, "%,d", good.length + zh.length) + ")").doesNotContain("GBK or Big5");
    }

    @Test
    void aBrokenEscapeInAQuotedYamlValueIsASyntaxError() throws Exception {
        // found by the fuzzer: "\\x" at the end of a double-quoted value made the YAML scanner throw NumberFormatException
        Path t = dir.resolve("escape.yaml");
        Files.write(t, java.util.Base64.getDecoder().decode("IyBPZmllOiBjaGFydHMKICAgIGZvci1lYWNoOiBjYXRlZ29yeQogICAgZmFjXEVd"
                + "XV1dXV0gIHRpdGxlOiB7IGVuOiAiSW4gY2hhcnRzIiwgemg6ICJ0cwogICAgZm9yLWVhY2g6IG5lYyBhdGVnb3J5CiAgICBmYXBhZ2UgZm9yIGVjXHg="));
        CliProbe.Result r = CliProbe.run("generate", "-t", t.toString(), "-o", dir.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("escape.yaml", "YAML syntax").doesNotContain("internal error");
    }

    @Test
    void aFileThatIsNotTheArticleIsNotEchoedInTheMessages() throws Exception {
        Path m = manifest();
        Path notAnArticle = dir.resolve("passwd.txt");
        Files.writeString(notAnArticle, "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n");
        editManifest("file: china-llm-2024.securities-times.zh-Hant.txt", "file: passwd.txt");
        CliProbe.Result r = CliProbe.run("verify", "-d", m.toString());
        assertThat(r.exit()).isEqualTo(1);
        String all = r.out() + r.err();
        assertThat(all).contains("no passage of the article resembles it").contains("check that source.file names");
        assertThat(all).doesNotContain("root:x").doesNotContain("nologin");
        // a near miss still shows the passage it nearly matched
        Path m2 = manifest();
        TestFiles.editFacts(dir, "年初以來,算力概念指數", "年初以來,算力概念指");
        CliProbe.Result near = CliProbe.run("verify", "-d", m2.toString());
        assertThat(near.out() + near.err()).contains("closest passage (");
    }

    @Test
    void aNameLongerThanALabelCanCarryIsRefusedOnItsLine() throws Exception {
        Path m = manifest();
        TestFiles.editFacts(dir, ",Compute-power concept index,", "," + "Compute ".repeat(625) + ",");
        CliProbe.Result r = CliProbe.run("generate", "-d", m.toString(), "-o", dir.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("china-llm-2024.facts.csv:2").contains("entity_en")
                .contains("4999 characters long; a name or metric is at most 200").contains("Fix:");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aLineChartOfFiveThousandFactsInAThousandSeriesDrawsTheLargestDozenAndSaysSo() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        StringBuilder csv = new StringBuilder(BigTableTest.HEADER);
        for (int i = 0; i < 5_000; i++) {
            int series = i % 1_000;
            csv.append("p").append(i).append(",a,Series ").append(series).append(",系列").append(series).append(",Level,水平,")
                    .append(1_000 + series * 10 + i / 1_000).append(",count,exact,").append(2020 + i / 1_000)
                    .append(",Invented,虛構,,line ").append(i).append('\n');
        }
        Files.writeString(in.resolve("big.facts.csv"), csv);
        Path m = in.resolve("big.yaml");
        Files.writeString(m, """
                title: { en: "Five thousand points (invented)", zh: "五千個點(虛構)" }
                as_of: 2024-12-20
                facts: big.facts.csv
                source: { publisher: { en: "Invented", zh: "虛構" } }
                categories:
                  a: { en: "Group A", zh: "甲組" }
                """);
        Path t = in.resolve("line.yaml");
        Files.writeString(t, """
                name: line
                page: A4
                title: { en: "Lines", zh: "折線" }
                sections:
                  - type: chart
                    kind: line
                    title: { en: "Levels" }
                    facts: { category: a }
                """);
        CliProbe.Result r = CliProbe.run("generate", "-d", m.toString(), "-t", t.toString(), "-o",
                dir.resolve("out").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String text = Documents.text(dir.resolve("out/big-2024-W51-en-line.pdf"));
        assertThat(text).contains("The 12 series with the largest figures shown; 988 more not shown");
        assertThat(text).contains("Series 999").doesNotContain("Series 987 ");
    }
}
