package io.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A layout rule checked on the PDFs as written, for every shipped template × language × page size ×
 * sample: no page ends with a heading (its block then starts on the next page without it).
 */
class LayoutRulesTest {
    /** The section headings of the shipped templates, in both languages. */
    static final Set<String> HEADINGS = Set.of("Key figures", "Since last week", "Findings", "Charts", "All facts", "Sources",
            "In charts", "Three findings", "關鍵數據", "與上周相比", "要點", "圖表", "全部事實", "資料來源", "三個要點");

    static final List<String> SAMPLES = List.of("seeds/china-llm-2024.yaml", "samples/solar-invented/solar-invented.yaml",
            "samples/shipping-invented/shipping-invented.yaml", "samples/heat-pumps-weekly-invented/2025-03-07/heat-pumps.yaml",
            "samples/heat-pumps-weekly-invented/2025-03-21/heat-pumps.yaml", "samples/heat-pumps-weekly-invented/2025-03-28/heat-pumps.yaml");

    @Test
    void noPageEndsWithAHeading(@TempDir Path out) throws Exception {
        List<String> stranded = new ArrayList<>();
        int pdfs = 0;
        for (String sample : SAMPLES) {
            for (String template : List.of("default", "executive-summary")) {
                for (String lang : List.of("en", "zh")) {
                    for (String page : List.of("a4", "letter")) {
                        Path dir = out.resolve(pdfs + "");
                        CliProbe.Result r = CliProbe.run("generate", "-d", sample, "-t", template, "-l", lang, "--page", page,
                                "-o", dir.toString());
                        assertThat(r.exit()).as(sample + " " + template + " " + lang + " " + page + ": " + r.err()).isZero();
                        Path pdf;
                        try (Stream<Path> s = Files.list(dir)) {
                            pdf = s.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
                        }
                        pdfs++;
                        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                            for (int p = 1; p < d.getNumberOfPages(); p++) {
                                PDFTextStripper stripper = new PDFTextStripper();
                                stripper.setSortByPosition(true);
                                stripper.setStartPage(p);
                                stripper.setEndPage(p);
                                List<String> lines = stripper.getText(d).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
                                // the last line is the running footer (title and page number)
                                String last = lines.size() < 2 ? "" : lines.get(lines.size() - 2);
                                if (HEADINGS.contains(last)) {
                                    stranded.add(pdf.getFileName() + " (" + sample + ", " + page + ") page " + p + ": " + last);
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(pdfs).isEqualTo(48);
        assertThat(stranded).as("headings left alone at the foot of a page").isEmpty();
    }
}
