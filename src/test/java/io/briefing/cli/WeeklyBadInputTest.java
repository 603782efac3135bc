package io.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A weekly series that cannot be compared honestly gets a clear message, exit 1 and no files. */
class WeeklyBadInputTest {
    @TempDir
    Path dir;
    Path weeks;

    @BeforeEach
    void copySeries() throws Exception {
        weeks = dir.resolve("weeks");
        try (Stream<Path> s = Files.walk(WeeklyChangesTest.SERIES)) {
            for (Path p : s.toList()) {
                Path to = weeks.resolve(WeeklyChangesTest.SERIES.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
    }

    private Path week(String date) {
        return weeks.resolve(date).resolve("heat-pumps.yaml");
    }

    private void edit(Path file, String from, String to) throws Exception {
        String s = Files.readString(file);
        assertThat(s).contains(from);
        Files.writeString(file, s.replace(from, to));
    }

    private CliProbe.Result generate(String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("generate"));
        args.addAll(java.util.List.of(more));
        args.addAll(java.util.List.of("-o", dir.resolve("out").toString()));
        return CliProbe.run(args.toArray(String[]::new));
    }

    @Test
    void lastWeekThatCannotBeReadIsNamedNotPassedOverInSilence() throws Exception {
        // it was skipped without a word, and the briefing said it was the first of its series
        edit(week("2025-03-07"), "facts: heat-pumps.facts.csv", "facts: ../outside.csv");
        CliProbe.Result r = generate("-d", week("2025-03-14").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("2025-03-07/heat-pumps.yaml looks like another week of this series but is not compared: ")
                .contains("is outside the dataset's folder");
    }

    @Test
    void twoWeeksOfOneSeriesWithTheSameDateAreRefusedByBatchAndNamedByGenerate() throws Exception {
        edit(week("2025-03-07"), "as_of: 2025-03-07", "as_of: 2025-03-14");
        CliProbe.Result batch = CliProbe.run("batch", weeks.toString(), "-o", dir.resolve("out").toString());
        assertThat(batch.exit()).isEqualTo(1);
        assertThat(batch.err()).contains("two datasets of the series 'heat-pumps-weekly-invented' are as of 2025-03-14")
                .contains("2025-03-07").contains("2025-03-14").contains("Fix:");
        assertThat(dir.resolve("out")).doesNotExist();
        // generate compares with an earlier week only: the other one of the same day is named, not compared
        CliProbe.Result r = generate("-d", week("2025-03-14").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("is of the same series ('heat-pumps-weekly-invented') and as of the same day");
        assertThat(Documents.flatText(dir.resolve("out/heat-pumps-2025-W11-en.pdf"))).contains("First briefing of its series");
    }

    @Test
    void aFactWhoseUnitChangedIsRefusedNamingBothWeeks() throws Exception {
        Path facts = weeks.resolve("2025-03-14/heat-pumps.facts.csv");
        edit(facts, ",41,days,", ",41,count,");
        CliProbe.Result r = generate("-d", week("2025-03-14").toString(), "--allow-unverified");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("heat-pumps.facts.csv:6: backlog-uk: the unit changed since the previous week: days in")
                .contains("2025-03-07").contains("count now").contains("give it a new id");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aPreviousWeekThatDoesNotVerifyIsRefusedNotComparedInPart() throws Exception {
        edit(weeks.resolve("2025-03-07/heat-pumps.facts.csv"), ",5200,heat-pumps,", ",5300,heat-pumps,");
        CliProbe.Result r = generate("-d", week("2025-03-14").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("the previous week's dataset, compared with this one, does not verify: 1 figure(s) fail")
                .contains("2025-03-07/heat-pumps.facts.csv:2: sales-de: number mismatch").contains("--since none");
        assertThat(dir.resolve("out")).doesNotExist();
        // the analyst may still write this week's briefing without the comparison
        CliProbe.Result none = generate("-d", week("2025-03-14").toString(), "--since", "none");
        assertThat(none.exit()).as(none.err()).isZero();
        assertThat(Documents.flatText(dir.resolve("out/heat-pumps-2025-W11-en.pdf")))
                .contains("Not compared with an earlier week (--since none).");
    }

    @Test
    void sinceADateOrAManifestPicksThatWeek() throws Exception {
        CliProbe.Result byDate = generate("-d", week("2025-03-28").toString(), "--since", "2025-03-10");
        assertThat(byDate.exit()).as(byDate.err()).isZero();
        String text = Documents.flatText(dir.resolve("out/heat-pumps-2025-W13-en.pdf"));
        // compared with 7 Mar: 5,200 → 6,100 heat pumps is +900, +17.31%
        assertThat(text).contains("Compared with the briefing as of 7 Mar 2025").contains("▲ +900 heat pumps (+17.3%)");
        CliProbe.Result byFile = generate("-d", week("2025-03-28").toString(), "--since", week("2025-03-14").toString());
        assertThat(byFile.exit()).as(byFile.err()).isZero();
        assertThat(Documents.flatText(dir.resolve("out/heat-pumps-2025-W13-en.pdf")))
                .contains("Compared with the briefing as of 14 Mar 2025").contains("▲ +500 heat pumps (+8.9%)");
        CliProbe.Result later = generate("-d", week("2025-03-14").toString(), "--since", week("2025-03-28").toString());
        assertThat(later.exit()).isEqualTo(1);
        assertThat(later.err()).contains("the dataset given with --since is as of 2025-03-28, not before this week's 2025-03-14");
        CliProbe.Result bad = generate("-d", week("2025-03-14").toString(), "--since", "last tuesday");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("--since: 'last tuesday' is neither a manifest file, a date (YYYY-MM-DD) nor 'none'")
                .contains("Fix:");
        CliProbe.Result other = generate("-d", week("2025-03-14").toString(), "--since", TestFiles.MANIFEST.toString());
        assertThat(other.exit()).isEqualTo(1);
        assertThat(other.err()).contains("is of the series 'china-llm-2024', not this week's 'heat-pumps-weekly-invented'");
    }

    @Test
    void aBatchOfTheSeriesReportsTheBadWeekAndWritesTheOthers() throws Exception {
        edit(weeks.resolve("2025-03-21/heat-pumps.facts.csv"), ",36,days,", ",36,count,");
        CliProbe.Result r = CliProbe.run("batch", weeks.toString(), "-l", "en", "-o", dir.resolve("out").toString());
        assertThat(r.exit()).isEqualTo(1);
        // week 3 fails its own check (36 days is not 36 of a count), and week 4 with it: its previous week
        // does not verify, so it is not compared in part
        assertThat(r.err()).contains("2025-03-21/heat-pumps.facts.csv:6: backlog-uk: number mismatch")
                .contains("2025-03-21/heat-pumps.yaml: the previous week's dataset, compared with this one, does not verify");
        assertThat(dir.resolve("out/heat-pumps-2025-W10-en.pdf")).isRegularFile();
        assertThat(dir.resolve("out/heat-pumps-2025-W11-en.pdf")).isRegularFile();
        assertThat(dir.resolve("out/heat-pumps-2025-W12-en.pdf")).doesNotExist();
        try (Stream<Path> s = Files.list(dir.resolve("out"))) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }
}
