package io.briefing.cli;

import io.briefing.Slow;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The briefing is a real document: veraPDF finds it PDF/A-2b and PDF/UA-1 conforming, in both languages and both
 * shipped templates; the outline has one bookmark per section heading, pointing at the page the
 * heading is on; the XMP metadata says the same as the Info dictionary.
 */
@Slow
class ArchivalPdfTest {
    @TempDir
    static Path out;

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
        "default, en, china-llm-2024-2024-W51-en",
        "default, zh, china-llm-2024-2024-W51-zh",
        "executive-summary, en, china-llm-2024-2024-W51-en-executive-summary",
        "executive-summary, zh, china-llm-2024-2024-W51-zh-executive-summary"
    })
    void briefingConformsToPdfA2bWithOutlineAndMetadata(String template, String lang, String base) throws Exception {
        Path dir = out.resolve(template + "-" + lang);
        CliProbe.Result r = CliProbe.run("generate", "-t", template, "--lang", lang, "-o", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Path pdf = dir.resolve(base + ".pdf");

        assertThat(failedRules(pdf)).as("veraPDF PDF/A-2b failures").isEmpty();
        // and a screen reader's: tagged headings, tables, figures with descriptions, links (PDF/UA-1)
        assertThat(failedRules(pdf, "ua1")).as("veraPDF PDF/UA-1 failures").isEmpty();

        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            String xmp;
            try (InputStream in = d.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
                xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String title = d.getDocumentInformation().getTitle();
            assertThat(xmp).contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>",
                    ">" + title + "<", "<rdf:li>" + (lang.equals("zh") ? "zh-Hant" : "en") + "</rdf:li>",
                    "<rdf:li>" + d.getDocumentInformation().getAuthor() + "</rdf:li>");
            // the author is the publisher from the manifest; the tool is the creator
            assertThat(d.getDocumentInformation().getAuthor()).isEqualTo(lang.equals("zh") ? "研究部（示例）" : "Research desk (example)");
            assertThat(d.getDocumentInformation().getCreator()).startsWith("briefing ");

            List<String> bookmarks = new ArrayList<>();
            int n = 0;
            for (PDOutlineItem item : d.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
                int page = d.getPages().indexOf(((PDPageXYZDestination) item.getDestination()).getPage());
                // each section is also a named destination on the same page (what `pdfinfo -dests` lists)
                String slug = item.getTitle().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("^-|-$", "");
                String name = "section-" + ++n + (slug.isEmpty() ? "" : "-" + slug);
                var named = d.getDocumentCatalog().findNamedDestinationPage(
                        new org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination(name));
                assertThat(named).as("named destination %s", name).isNotNull();
                assertThat(d.getPages().indexOf(named.getPage())).isEqualTo(page);
                PDFTextStripper strip = new PDFTextStripper();
                strip.setStartPage(page + 1);
                strip.setEndPage(page + 1);
                assertThat(strip.getText(d)).as("the page bookmark %s points at", item.getTitle())
                        .contains(item.getTitle());
            }
            assertThat(bookmarks).contains(lang.equals("zh") ? "關鍵數據" : "Key figures");
            if (template.equals("default")) {
                assertThat(bookmarks).contains(lang.equals("zh") ? "資料來源" : "Sources").hasSizeGreaterThanOrEqualTo(5);
            }
            assertThat(bookmarks).doesNotHaveDuplicates();
        }
    }

    @org.junit.jupiter.api.Test
    void latinTextIsSetInALatinFaceWithRealBoldAndChinesePunctuationFullWidth() throws Exception {
        Path dir = out.resolve("type");
        for (String lang : new String[] {"en", "zh"}) {
            CliProbe.Result r = CliProbe.run("generate", "--lang", lang, "-o", dir.toString());
            assertThat(r.exit()).as(r.err()).isZero();
        }
        Path en = dir.resolve("china-llm-2024-2024-W51-en.pdf");
        Path zh = dir.resolve("china-llm-2024-2024-W51-zh.pdf");
        try (PDDocument d = Loader.loadPDF(en.toFile())) {
            List<String> fonts = new ArrayList<>();
            for (var page : d.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName());
                }
            }
            // CI installs fonts-liberation2; a machine without a Latin family falls back to the CJK face
            if (Files.isDirectory(Path.of("/usr/share/fonts/truetype/liberation2"))) {
                assertThat(fonts).anyMatch(f -> f.endsWith("+LiberationSans")).anyMatch(f -> f.endsWith("+LiberationSans-Bold"));
            }
        }
        // English quotes half-width, Chinese punctuation of the analyst's findings full-width
        assertThat(Documents.text(en)).contains("“CNY 20 billion club”");
        assertThat(Documents.text(zh)).contains("算力基礎設施率先受益：").doesNotContain("率先受益:");
    }

    @org.junit.jupiter.api.Test
    void aTableBrokenARowEarlyForItsLastPageIsStillOneTableWithOneHeader() throws Exception {
        // heat pumps, 14 March: the fifth fact stood alone under the repeated header on page 2; now the table
        // breaks before the fourth, and a reader still meets one table, its header tagged once
        Path dir = out.resolve("lone-row");
        CliProbe.Result r = CliProbe.run("generate", "-d", "samples/heat-pumps-weekly-invented/2025-03-14/heat-pumps.yaml",
                "-o", dir.toString(), "--name", "w");
        assertThat(r.exit()).as(r.err()).isZero();
        Path pdf = dir.resolve("w.pdf");
        assertThat(failedRules(pdf, "ua1")).as("veraPDF PDF/UA-1 failures").isEmpty();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper strip = new PDFTextStripper();
            strip.setStartPage(2);
            strip.setEndPage(2);
            String page2 = strip.getText(d);
            assertThat(page2).contains("Heat-pump subsidy budget", "Installer backlog");
            List<org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement> all = new ArrayList<>();
            collect(d.getDocumentCatalog().getStructureTreeRoot().getKids(), all);
            var facts = all.stream().filter(e -> e.getStructureType().equals("Table")).filter(t -> {
                List<org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement> in = new ArrayList<>();
                collect(t.getKids(), in);
                return in.stream().anyMatch(e -> e.getStructureType().equals("TR") && in.stream().filter(x -> x.getStructureType()
                        .equals("TH")).count() == 6);
            }).toList();
            assertThat(facts).as("the fact table: one Table element, six header cells").hasSize(1);
            List<org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement> rows = new ArrayList<>();
            collect(facts.get(0).getKids(), rows);
            assertThat(rows.stream().filter(e -> e.getStructureType().equals("TR"))).hasSize(6);
        }
    }

    private static void collect(List<Object> kids, List<org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement> into) {
        for (Object k : kids) {
            if (k instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                into.add(e);
                collect(e.getKids(), into);
            }
        }
    }

    /** veraPDF's failed rules, by clause and test number, with one message each. */
    static Map<String, String> failedRules(Path pdf) throws Exception {
        return failedRules(pdf, "2b");
    }

    /** @param profile veraPDF's name of the profile: "2b" for PDF/A-2b, "ua1" for PDF/UA-1 */
    static Map<String, String> failedRules(Path pdf, String profile) throws Exception {
        PDFAFlavour flavour = PDFAFlavour.fromString(profile);
        Map<String, String> failed = new TreeMap<>();
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            for (TestAssertion t : result.getTestAssertions()) {
                if (t.getStatus() == TestAssertion.Status.FAILED) {
                    failed.putIfAbsent(t.getRuleId().getClause() + "-" + t.getRuleId().getTestNumber(), t.getMessage());
                }
            }
            if (!result.isCompliant() && failed.isEmpty()) {
                failed.put("?", "not compliant, no rule named");
            }
        }
        return failed;
    }
}
