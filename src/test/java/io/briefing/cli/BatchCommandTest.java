package io.briefing.cli;

import io.briefing.Slow;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.TestFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Slow
class BatchCommandTest {
    /** 52 weekly manifests of the seed table, as_of one week apart. */
    private static void season(Path dir, int weeks) throws Exception {
        Files.copy(TestFiles.FACTS, dir.resolve(TestFiles.FACTS.getFileName()));
        Files.copy(TestFiles.ARTICLE, dir.resolve(TestFiles.ARTICLE.getFileName()));
        String manifest = Files.readString(TestFiles.MANIFEST);
        for (int w = 1; w <= weeks; w++) {
            LocalDate asOf = LocalDate.of(2024, 1, 5).plusWeeks(w - 1);
            Files.writeString(dir.resolve(String.format("week-%02d.yaml", w)),
                    manifest.replaceFirst("(?m)^as_of: .*$", "as_of: " + asOf));
        }
    }

    @Test
    void rendersASeasonInBothLanguagesWithDatedNames(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("weeks"));
        season(in, 52);
        Path out = dir.resolve("out");
        CliProbe.Result r = CliProbe.run("batch", in.toString(), "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> files;
        try (Stream<Path> s = Files.list(out)) {
            files = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(files).hasSize(52 * 2 * 2);
        for (int w = 1; w <= 52; w++) {
            LocalDate asOf = LocalDate.of(2024, 1, 5).plusWeeks(w - 1);
            String week = String.format("%d-W%02d", asOf.get(IsoFields.WEEK_BASED_YEAR), asOf.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            for (String lang : List.of("en", "zh")) {
                String base = String.format("week-%02d-%s-%s", w, week, lang);
                assertThat(files).contains(base + ".pdf", base + ".xlsx");
            }
        }
        // not a terminal: one plain line per briefing, no carriage returns
        assertThat(r.err().lines().filter(l -> l.matches("\\[\\d+/104] wrote .*"))).hasSize(104);
        assertThat(r.err()).doesNotContain("\r");
        assertThat(r.out()).containsPattern("104 briefings: 104 written \\(208 files, .*\\), 0 failed, in .* s on \\d+ threads");
    }

    @Test
    void reportsAndSkipsABadTableAndSaysSomeFailed(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("weeks"));
        season(in, 2);
        Files.writeString(in.resolve("week-03.yaml"), Files.readString(in.resolve("week-01.yaml"))
                .replace("facts: china-llm-2024.facts.csv", "facts: missing.facts.csv"));
        Path out = dir.resolve("out");
        CliProbe.Result r = CliProbe.run("batch", in.toString(), "-l", "en", "-o", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("error: ").contains("missing.facts.csv: the fact table does not exist");
        assertThat(r.out()).contains("3 briefings: 2 written (4 files");
        assertThat(r.out()).contains("1 failed");
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.count()).isEqualTo(4);
        }
    }

    @Test
    void aDatasetWhoseArticleIsADeviceFailsAloneAndTheOthersAreWritten(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("weeks"));
        season(in, 2);
        Files.writeString(in.resolve("week-03.yaml"), Files.readString(in.resolve("week-01.yaml"))
                .replaceFirst("(?m)^  file: .*$", "  file: /dev/zero"));
        Path out = dir.resolve("out");
        CliProbe.Result r = CliProbe.run("batch", in.toString(), "-l", "en", "-o", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("source.file: the source article '/dev/zero' is outside the dataset's folder").doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(r.out()).contains("3 briefings: 2 written (4 files").contains("1 failed");
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).hasSize(4).allMatch(n -> n.startsWith("week-0"));
        }
    }

    @Test
    void drawsAProgressBarOnATerminal() {
        StringWriter err = new StringWriter();
        BatchCommand.Progress p = new BatchCommand.Progress(new PrintWriter(err), 2, true);
        p.done(null);
        p.done(null);
        p.finish();
        assertThat(err.toString()).contains("\r[###############################".substring(0, 10)).contains("2/2").endsWith("\n");
    }
}
