package io.briefing.fuzz;

import io.briefing.Slow;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.briefing.TestFiles;
import io.briefing.facts.Dataset;
import io.briefing.facts.DatasetReader;
import io.briefing.facts.FactTableReader;
import io.briefing.input.InputException;
import io.briefing.input.Warnings;
import io.briefing.input.YamlFiles;
import io.briefing.figures.ChineseNumerals;
import io.briefing.figures.FigureReader;
import io.briefing.facts.UnitCatalogue;
import io.briefing.template.TemplateReader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Coverage-guided fuzzing with Jazzer. Under {@code mvn test} each target runs its stored inputs
 * (src/test/resources/io/briefing/fuzz/JazzerFuzzTestInputs/...) as a regression test; with
 * JAZZER_FUZZ=1 (.ci/run does this, one target at a time, for a bounded time) Jazzer mutates them.
 * Any exception other than a clear {@link InputException} is a finding.
 */
@Slow
class JazzerFuzzTest {
    private static Path dir;
    private static Dataset dataset;

    private static synchronized void setUp() throws Exception {
        if (dir == null) {
            dir = Files.createTempDirectory("briefing-jazzer");
            Dataset seed = new DatasetReader(new Warnings()).readManifest(TestFiles.MANIFEST);
            dataset = seed.withFactsFile(dir.resolve("fuzz.facts.csv"));
        }
    }

    @FuzzTest(maxDuration = "40s")
    void factTable(byte[] csv) throws Exception {
        setUp();
        Files.write(dataset.factsFile(), csv);
        try {
            new FactTableReader(new Warnings()).read(dataset);
        } catch (InputException expected) {
            // a clear input error is the right outcome for a broken table
        }
    }

    @FuzzTest(maxDuration = "40s")
    void template(byte[] yaml) throws Exception {
        setUp();
        Path t = dir.resolve("fuzz.yaml");
        Files.write(t, yaml);
        try {
            new TemplateReader().read(t);
        } catch (InputException expected) {
            // a clear template error is the right outcome
        }
        try {
            YamlFiles.parse(t, new String(yaml, java.nio.charset.StandardCharsets.UTF_8));
        } catch (InputException expected) {
            // likewise for the manifest reader's YAML layer
        }
    }

    @FuzzTest(maxDuration = "40s")
    void chineseNumbers(FuzzedDataProvider data) {
        String s = data.consumeRemainingAsString();
        new FigureReader(UnitCatalogue.shipped()).read(s);
        ChineseNumerals.parse(s);
    }
}
