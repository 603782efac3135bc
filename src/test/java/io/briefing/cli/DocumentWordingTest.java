package io.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.i18n.Labels;
import io.briefing.i18n.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a briefing says about itself: its metadata in the language's punctuation, its author, its counts. */
class DocumentWordingTest {
    private static Path pdf(Path out) throws Exception {
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
    }

    @Test
    void writesAChineseSubjectAndKeywordsWithFullWidthPunctuation(@TempDir Path out) throws Exception {
        CliProbe.Result r = CliProbe.run("generate", "-l", "zh", "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        try (PDDocument d = Loader.loadPDF(pdf(out).toFile())) {
            PDDocumentInformation info = d.getDocumentInformation();
            // the manifest writes "格局收斂、價格戰與政策催化:數說這一年"; the page and the metadata say "："
            assertThat(info.getSubject()).contains("政策催化：數說").doesNotContain(":");
            assertThat(info.getKeywords()).contains("深圳人工智能券（每年上限）");
            // keywords are parted by "; ": a category name may hold a comma ("Exports, losses and credit")
            assertThat(info.getKeywords()).contains("; ");
        }
    }

    @Test
    void warnsWhenTheManifestNamesNoPublisher(@TempDir Path dir) throws Exception {
        for (String f : new String[] {"china-llm-2024.facts.csv", "china-llm-2024.securities-times.zh-Hant.txt"}) {
            Files.copy(Path.of("seeds", f), dir.resolve(f));
        }
        String manifest = Files.readString(Path.of("seeds/china-llm-2024.yaml"));
        Files.writeString(dir.resolve("llm.yaml"), manifest.replaceAll("(?m)^publisher:.*$", ""));
        CliProbe.Result r = CliProbe.run("generate", "-d", dir.resolve("llm.yaml").toString(), "-o", dir.resolve("out").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("llm.yaml: no publisher: the PDF's and the workbook's author is left empty");
        try (PDDocument d = Loader.loadPDF(pdf(dir.resolve("out")).toFile())) {
            assertThat(d.getDocumentInformation().getAuthor()).isNullOrEmpty();
        }
    }

    @Test
    void namesEveryShippedSamplesPublisherAsAuthor() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of("samples"))) {
            for (Path manifest : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                assertThat(Files.readString(manifest)).as(manifest.toString()).containsPattern("(?m)^publisher: ");
            }
        }
    }

    @Test
    void countsTheFiguresATableLeavesOutInTheRightNumber() {
        Labels en = Labels.of(Language.EN);
        assertThat(en.get("coverage.some", 15, 16, 1)).endsWith("; 1 is not in it.");
        assertThat(en.get("coverage.some", 12, 16, 4)).endsWith("; 4 are not in it.");
    }

    @Test
    void keepsPlainSpacesInTheWorkbooksCardCaptions(@TempDir Path out) throws Exception {
        // the PDF glues "· 2024 year to date" against a line break; the workbook's cell stays searchable
        CliProbe.Result r = CliProbe.run("generate", "-o", out.toString(), "--name", "b");
        assertThat(r.exit()).as(r.err()).isZero();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(out.resolve("b.xlsx").toFile())) {
            StringBuilder cells = new StringBuilder();
            wb.getSheetAt(0).forEach(row -> row.forEach(c -> cells.append(c.toString()).append('|')));
            assertThat(cells.toString()).contains("Gain since start of year · 2024 year to date").doesNotContain("\u00a0");
        }
    }
}
