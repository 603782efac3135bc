package io.briefing.weekly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.briefing.facts.Dataset;
import io.briefing.facts.DatasetReader;
import io.briefing.input.InputException;
import io.briefing.input.Warnings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding a week's previous week among the folders beside it, read on the invented heat-pump series. */
class SeriesTest {
    private static final Path SERIES = Path.of("samples/heat-pumps-weekly-invented");

    private static Dataset week(String date) throws InputException {
        return new DatasetReader(new Warnings()).readManifest(SERIES.resolve(date).resolve("heat-pumps.yaml"));
    }

    private static String folderOf(Path manifest) {
        return manifest.toAbsolutePath().getParent().getFileName().toString();
    }

    @Test
    void thePreviousWeekIsTheLatestEarlierWeekOfTheSameSeriesInAFolderBeside() throws Exception {
        Path prev = Series.previous(week("2025-03-21"), new Series.Since.Previous(), new Warnings()).orElseThrow();
        assertThat(folderOf(prev)).isEqualTo("2025-03-14");
        assertThat(Series.previous(week("2025-03-07"), new Series.Since.Previous(), new Warnings())).isEmpty();
    }

    @Test
    void sinceADatePicksTheLatestWeekOnOrBeforeItAndRefusesADateBeforeTheSeries() throws Exception {
        Path onOrBefore = Series.previous(week("2025-03-28"), new Series.Since.OnOrBefore(LocalDate.of(2025, 3, 10)),
                new Warnings()).orElseThrow();
        assertThat(folderOf(onOrBefore)).isEqualTo("2025-03-07");
        assertThatThrownBy(() -> Series.previous(week("2025-03-28"), new Series.Since.OnOrBefore(LocalDate.of(2025, 1, 1)),
                new Warnings())).isInstanceOf(InputException.class).hasMessageContaining("as of 2025-01-01 or earlier");
    }

    @Test
    void noneComparesWithNothing() throws Exception {
        assertThat(Series.previous(week("2025-03-21"), new Series.Since.None(), new Warnings())).isEmpty();
    }

    @Test
    void aManifestGivenByHandMustBeAnEarlierWeekOfTheSameSeries() throws Exception {
        Path later = SERIES.resolve("2025-03-28/heat-pumps.yaml");
        assertThatThrownBy(() -> Series.previous(week("2025-03-14"), new Series.Since.Manifest(later), new Warnings()))
                .isInstanceOf(InputException.class).hasMessageContaining("not before this week's 2025-03-14");
        assertThatThrownBy(() -> Series.previous(week("2025-03-14"),
                new Series.Since.Manifest(Path.of("samples/solar-invented/solar-invented.yaml")), new Warnings()))
                .isInstanceOf(InputException.class).hasMessageContaining("is of the series");
    }

    @Test
    void batchOrderIsSeriesThenAsOfDateAndTwoWeeksOfOneDateAreRefused(@TempDir Path dir) throws Exception {
        List<Path> all = Series.manifestsIn(List.of(SERIES));
        assertThat(all).extracting(SeriesTest::folderOf).containsExactly("2025-03-07", "2025-03-14", "2025-03-21", "2025-03-28");
        Path copy = Files.createDirectories(dir.resolve("copy"));
        Files.copy(SERIES.resolve("2025-03-14/heat-pumps.yaml"), copy.resolve("heat-pumps.yaml"));
        List<Path> twice = Series.manifestsIn(List.of(SERIES, copy));
        assertThatThrownBy(() -> Series.requireOneWeekADate(twice)).isInstanceOf(InputException.class)
                .hasMessageContaining("are as of 2025-03-14");
    }

    @Test
    void onlyFilesNamingAFactTableAreManifests() {
        assertThat(Series.isManifest(SERIES.resolve("2025-03-14/heat-pumps.yaml"))).isTrue();
        assertThat(Series.isManifest(Path.of("report-templates/default.yaml"))).isFalse();
        assertThat(Series.isManifest(SERIES.resolve("2025-03-14"))).isFalse();
    }
}
