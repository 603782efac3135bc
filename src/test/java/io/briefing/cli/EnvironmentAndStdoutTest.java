package io.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.Slow;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the process itself meets: a font named in the environment that cannot be used, and a standard
 * output that cannot be written. Both were silent (a briefing in another font, exit 0 with nothing
 * printed); both are said now, with the exit code the README lists.
 */
@Slow
class EnvironmentAndStdoutTest {
    private static Process start(Path cwd, Map<String, String> env, ProcessBuilder.Redirect out, String... args) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = String.join(File.pathSeparator, Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(p -> Path.of(p).toAbsolutePath().toString()).toList());
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-cp", cp, "-Djava.awt.headless=true", "io.briefing.cli.BriefingCommand"));
        cmd.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(cmd).directory(Path.of("").toAbsolutePath().toFile()).redirectOutput(out);
        b.environment().putAll(env);
        return b.start();
    }

    @Test
    void aFontTheEnvironmentNamesThatCannotBeUsedIsBadInputNamingTheVariable(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Process p = start(dir, Map.of("BRIEFING_FONT", dir.resolve("no-such-font.ttf").toString()), ProcessBuilder.Redirect.DISCARD,
                "generate", "-o", out.toString());
        String err = new String(p.getErrorStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isEqualTo(1);
        assertThat(err).contains("no-such-font.ttf: BRIEFING_FONT: the font it names cannot be used").contains("Fix:")
                .doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void aStandardOutputThatCannotBeWrittenIsTheMachineFailingNotSuccess() throws Exception {
        File full = new File("/dev/full");
        Assumptions.assumeTrue(full.exists(), "no /dev/full on this machine");
        Process p = start(Path.of(""), Map.of(), ProcessBuilder.Redirect.to(full), "verify");
        String err = new String(p.getErrorStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isEqualTo(4);
        assertThat(err).contains("standard output could not be written");
    }
}
