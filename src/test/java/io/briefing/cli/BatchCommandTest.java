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

    /**
     * A briefing the machine fails (here its commit) makes the batch exit 4, as one run would, with the
     * run's own wording; it was exit 1 with the library's class name ("FileSystemException").
     */
    @Test
    void aBriefingTheMachineFailsMakesTheBatchExitFour(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("weeks"));
        season(in, 1);
        Path out = dir.resolve("out");
        io.briefing.output.Staging.observeCommitsWith(HeldCommitLauncher.failingMove(0));
        CliProbe.Result r;
        try {
            r = CliProbe.run("batch", in.toString(), "-l", "en", "-o", out.toString());
        } finally {
            io.briefing.output.Staging.observeCommitsWith(io.briefing.output.CommitSteps.NONE);
        }
        assertThat(r.exit()).as(r.err()).isEqualTo(4);
        assertThat(r.err()).contains("week-01.yaml: not written: reading or writing failed: simulated failure of move 0. "
                + "Fix: check that the disk has room").doesNotContain("IOException");
        assertThat(r.out()).contains("1 briefings: 0 written (0 files, 0 KB), 1 failed");
    }

    /**
     * A full disk, for real: a 400 KB tmpfs holds two briefings of the four. The others fail with the
     * operating system's words and exit 4, and no partial or hidden file is left. Mounting needs root
     * and a machine that allows it (CI's does); elsewhere the test says why it is skipped.
     */
    @Test
    void aBatchThatFillsTheDiskExitsFourAndLeavesOnlyWholeBriefings(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("weeks"));
        season(in, 2);
        Path out = Files.createDirectories(dir.resolve("small-disk"));
        TestFiles.assumeSmallDisk(out, "400k");
        try {
            CliProbe.Result r = CliProbe.run("batch", in.toString(), "-l", "en,zh", "-j", "1", "-o", out.toString());
            assertThat(r.exit()).as(r.err()).isEqualTo(4);
            assertThat(r.err()).contains("reading or writing failed: No space left on device. Fix: check that the disk has room")
                    .doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(r.out()).contains("4 briefings: ").contains(" failed");
            try (Stream<Path> s = Files.list(out)) {
                List<Path> left = s.toList();
                assertThat(left).isNotEmpty().allSatisfy(f -> {
                    String n = f.getFileName().toString();
                    assertThat(n).matches("week-0[12]-2024-W0[12]-(en|zh)\\.(pdf|xlsx)");
                    byte[] b = Files.readAllBytes(f);
                    if (n.endsWith(".pdf")) {
                        assertThat(new String(b, b.length - 8, 8, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("%%EOF");
                    } else {
                        try (var zip = new java.util.zip.ZipFile(f.toFile())) {
                            assertThat(zip.getEntry("xl/workbook.xml")).isNotNull();
                        }
                    }
                });
                // every briefing is whole: its PDF and workbook both, or neither
                assertThat(left.stream().map(f -> f.getFileName().toString().replaceAll("\\.(pdf|xlsx)$", "")).distinct()
                        .count() * 2).isEqualTo(left.size());
            }
        } finally {
            TestFiles.unmount(out);
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
