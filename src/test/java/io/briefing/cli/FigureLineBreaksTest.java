package io.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A figure in running text is never cut across two lines: a line ends before or after it. */
class FigureLineBreaksTest {
    @Test
    void keepsEveryFigureOfTheFindingsOnOneLine(@TempDir Path out) throws Exception {
        // the shipping week's Chinese findings: before, lines ended inside "最高|8億歐元", "約|21億歐元" and "8億歐|元"
        CliProbe.Result r = CliProbe.run("generate", "-d", "samples/shipping-invented/shipping-invented.yaml", "-l", "zh",
                "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String text = Documents.text(out.resolve("shipping-invented-2025-W41-zh.pdf"));
        // the findings only: the table and the sources hold the same figures
        // (a justified Chinese line is letter-spaced, and PDFBox reads the wider gaps as spaces: a line's
        // figure is compared without them)
        List<String> lines = text.substring(text.indexOf("要點"), text.indexOf("圖表")).lines()
                .map(l -> l.replaceAll("\\s+", "")).toList();
        for (String figure : List.of("最高8億歐元", "約21億歐元", "超過19.8萬標準箱", "約41.25萬標準箱", "6億美元以上")) {
            assertThat(lines).as(figure).anyMatch(l -> l.contains(figure));
        }
    }

    @Test
    void aChineseFindingRunsToTheMarginOnEveryLineButItsLast(@TempDir Path out) throws Exception {
        // before, a figure kept whole left lines 38, 63 and 79 pt short of the margin (4 to 8 characters)
        CliProbe.Result r = CliProbe.run("generate", "-d", "samples/shipping-invented/shipping-invented.yaml", "-l", "zh",
                "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<Documents.LineRun> runs = Documents.lineRuns(out.resolve("shipping-invented-2025-W41-zh.pdf")).stream()
                .filter(x -> x.page() == 1).toList();
        float margin = (float) runs.stream().mapToDouble(Documents.LineRun::right).max().orElseThrow();
        int first = 0;
        while (!runs.get(first).text().startsWith("要點")) {
            first++;
        }
        List<String> short_ = new java.util.ArrayList<>();
        for (int i = first + 1; i + 1 < runs.size() && !runs.get(i).text().startsWith("圖表"); i++) {
            boolean last = runs.get(i + 1).text().startsWith("•") || runs.get(i + 1).text().startsWith("圖表");
            if (!last && margin - runs.get(i).right() > 6) {
                short_.add(runs.get(i).text() + " ends " + (margin - runs.get(i).right()) + " pt short");
            }
        }
        assertThat(short_).isEmpty();
    }
}
