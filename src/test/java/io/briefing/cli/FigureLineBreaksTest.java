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
        List<String> lines = text.substring(text.indexOf("要點"), text.indexOf("圖表")).lines().toList();
        for (String figure : List.of("最高8億歐元", "約21億歐元", "超過19.8萬標準箱", "約41.25萬標準箱", "6億美元以上")) {
            assertThat(lines).as(figure).anyMatch(l -> l.contains(figure));
        }
    }
}
