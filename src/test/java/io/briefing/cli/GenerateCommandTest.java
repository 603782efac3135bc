package io.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default briefing, generated once from the real seed data and read back. */
class GenerateCommandTest {
    @TempDir
    static Path out;
    static Path pdf;
    static Path xlsx;
    static CliProbe.Result run;

    @BeforeAll
    static void generate() {
        run = CliProbe.run("generate", "-o", out.toString());
        pdf = out.resolve("china-llm-2024-2024-W51-en.pdf");
        xlsx = out.resolve("china-llm-2024-2024-W51-en.xlsx");
    }

    @Test
    void printsWhereItWroteWhatAndNothingElse() {
        assertThat(run.exit()).as(run.err()).isZero();
        TestFiles.assumeCjkFont(); // else the font fallback is rightly warned about
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).hasSize(2);
        assertThat(run.out()).containsPattern("wrote .*china-llm-2024-2024-W51-en\\.pdf \\(\\d+ pages, \\d+ KB\\)");
        assertThat(run.out()).containsPattern("wrote .*china-llm-2024-2024-W51-en\\.xlsx \\(\\d+ KB\\)");
    }

    @Test
    void pdfHoldsTheKeyFiguresWithTheirBoundsAndChineseNames() throws IOException {
        String text = Documents.text(pdf);
        String joined = text.replace("\n", "");
        assertThat(text).contains("47.66%", "84.03%", "≥90%", "at least 90%", "430 million", "at least CNY 20 billion",
                "≥CNY 20bn", "more than 20", "up to CNY 500 million");
        assertThat(joined).contains("智譜AI", "服務器概念指數累計漲幅達84.03%", "文心一言");
        assertThat(text).contains("Key figures", "Findings", "All facts", "Sources", "Milestones of 2024");
        assertThat(text).doesNotContain("CNY 20 billion\n").as("a bound is never printed bare");
    }

    @Test
    void chartsAreVectorGraphicsNotBitmaps() throws IOException {
        assertThat(Documents.images(pdf)).isZero();
        assertThat(Documents.forms(pdf)).isGreaterThanOrEqualTo(4);
    }

    @Test
    void embedsTheCjkFont() throws IOException {
        TestFiles.assumeCjkFont();
        List<String> fonts = Documents.fonts(pdf);
        assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f).endsWith(" embedded"));
    }

    @Test
    void carriesDocumentMetadata() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            var info = d.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("China's large language models in 2024");
            assertThat(info.getSubject()).isNotBlank();
            // the author is the briefing's publisher from the manifest; the tool is the creator
            assertThat(info.getAuthor()).isEqualTo("Research desk (example)");
            assertThat(info.getCreator()).contains("briefing");
            assertThat(info.getKeywords()).contains("Start-up valuations");
            assertThat(info.getCreationDate().toInstant().toString()).isEqualTo("2024-12-20T00:00:00Z");
        }
    }

    @Test
    void everyMarkerLinksToItsSourceEntry() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            List<Integer> targetPages = new ArrayList<>();
            int links = 0;
            for (PDPage p : d.getPages()) {
                for (PDAnnotation a : p.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo go) {
                        // a marker names its note's destination; the name resolves to a page
                        PDPageDestination dest = go.getDestination() instanceof PDNamedDestination named
                                ? d.getDocumentCatalog().findNamedDestinationPage(named)
                                : (PDPageDestination) go.getDestination();
                        assertThat(dest).as("link %s resolves", go.getDestination()).isNotNull();
                        links++;
                        targetPages.add(d.getPages().indexOf(dest.getPage()));
                    }
                }
            }
            // every figure's marker: key figures, findings, chart captions, the table's value and source columns
            assertThat(links).isGreaterThanOrEqualTo(26 + 13 + 13);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page : new java.util.TreeSet<>(targetPages)) {
                stripper.setStartPage(page + 1);
                stripper.setEndPage(page + 1);
                assertThat(stripper.getText(d)).as("page " + (page + 1) + " holds source entries").containsPattern("(?m)^\\[\\d+] ");
            }
        }
    }

    /**
     * A screen reader finds the document's structure: the title as H1, sections as H2, the fact table
     * with its column headers, each chart as a figure whose description states its figures, and
     * every link annotation inside a Link element (veraPDF checks the rest of PDF/UA in ArchivalPdfTest).
     */
    @Test
    void aScreenReaderFindsHeadingsTablesFiguresAndLinks() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            var root = d.getDocumentCatalog().getStructureTreeRoot();
            assertThat(root).as("structure tree").isNotNull();
            assertThat(d.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            List<PDStructureElement> all = new ArrayList<>();
            collect(root.getKids(), all);
            List<String> types = all.stream().map(PDStructureElement::getStructureType).toList();
            assertThat(types.get(0)).isEqualTo("Document");
            assertThat(types.stream().filter("H1"::equals).count()).isEqualTo(1);
            assertThat(texts(d, all, "H2")).contains("Key figures", "Sources");
            assertThat(texts(d, all, "TH")).contains("Entity", "Metric", "Value");
            List<String> figures = all.stream().filter(e -> e.getStructureType().equals("Figure"))
                    .map(PDStructureElement::getAlternateDescription).toList();
            assertThat(figures).isNotEmpty().allSatisfy(alt -> assertThat(alt).startsWith("Chart “").containsPattern("\\d"));
            assertThat(figures).anySatisfy(alt -> assertThat(alt).contains("CNY 500m"));
            int links = 0;
            for (PDPage p : d.getPages()) {
                assertThat(p.getCOSObject().getNameAsString("Tabs")).isEqualTo("S");
                for (PDAnnotation a : p.getAnnotations()) {
                    links++;
                    assertThat(a.getContents()).startsWith("Source note [");
                    var entry = root.getParentTree().getValue(a.getStructParent());
                    PDStructureElement parent = new PDStructureElement(
                            (org.apache.pdfbox.cos.COSDictionary) ((org.apache.pdfbox.pdmodel.common.COSObjectable) entry).getCOSObject());
                    assertThat(parent.getStructureType()).isEqualTo("Link");
                    assertThat(parent.getKids()).singleElement().isInstanceOf(PDObjectReference.class);
                }
            }
            assertThat(links).isGreaterThanOrEqualTo(26 + 13 + 13);
        }
    }

    private static void collect(List<Object> kids, List<PDStructureElement> into) {
        for (Object k : kids) {
            if (k instanceof PDStructureElement e) {
                into.add(e);
                collect(e.getKids(), into);
            }
        }
    }

    /** The words of the elements of one type, as the text their marked content shows. */
    private static List<String> texts(PDDocument d, List<PDStructureElement> all, String type) throws IOException {
        List<String> out = new ArrayList<>();
        for (PDStructureElement e : all) {
            if (e.getStructureType().equals(type)) {
                out.add(Documents.markedText(d, e));
            }
        }
        return out;
    }

    @Test
    void sourceSectionListsTheQuoteAndReporter() throws IOException {
        String text = Documents.text(pdf).replace("\n", "");
        assertThat(text).contains("[2] Server concept index — Gain since start of year: 84.03%");
        assertThat(text).contains("Wind數據顯示");
        assertThat(text).contains("Frost & Sullivan");
    }

    @Test
    void writesFilesOthersCanRead() throws IOException {
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf))).isEqualTo("rw-r--r--");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(xlsx))).isEqualTo("rw-r--r--");
    }

    @Test
    void writesNoTemporaryFiles() throws IOException {
        try (var s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).allSatisfy(n -> assertThat(n).doesNotEndWith(".part"));
        }
    }

    @Test
    void sameInputsGiveTheSameBytes(@TempDir Path again) throws IOException {
        CliProbe.Result r = CliProbe.run("generate", "-o", again.toString());
        assertThat(r.exit()).isZero();
        assertThat(Files.readAllBytes(again.resolve(pdf.getFileName()))).isEqualTo(Files.readAllBytes(pdf));
        assertThat(Files.readAllBytes(again.resolve(xlsx.getFileName()))).isEqualTo(Files.readAllBytes(xlsx));
    }

    @Test
    void seedFixturesAreTheOnesTheReadmeNames() {
        assertThat(TestFiles.MANIFEST).exists();
        assertThat(pdf).exists();
        assertThat(xlsx).exists();
    }
}
