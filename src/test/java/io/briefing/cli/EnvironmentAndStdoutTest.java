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
        return start(List.of(), cwd, env, out, args);
    }

    private static Process start(List<String> jvm, Path cwd, Map<String, String> env, ProcessBuilder.Redirect out, String... args)
            throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = String.join(File.pathSeparator, Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(p -> Path.of(p).toAbsolutePath().toString()).toList());
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-cp", cp, "-Djava.awt.headless=true"));
        cmd.addAll(jvm);
        cmd.add("io.briefing.cli.BriefingCommand");
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

    /**
     * A full temporary folder fails the workbook's save inside the spreadsheet library, which keeps the
     * I/O error to itself: exit 3 "internal error: CompletionException … Fail to save" before, now exit 4
     * naming the folder, with no output folder made and nothing left in the temporary one. Needs a small
     * tmpfs (root); skipped elsewhere, saying why.
     */
    @Test
    void aFullTemporaryFolderIsTheMachineFailingNamedNotAnInternalError(@TempDir Path dir) throws Exception {
        Path small = java.nio.file.Files.createDirectories(dir.resolve("small-tmp"));
        io.briefing.TestFiles.assumeSmallDisk(small, "64k");
        try {
            java.nio.file.Files.write(small.resolve("fill"), new byte[60 * 1024]);
            Path out = dir.resolve("out");
            Process p = start(List.of("-Djava.io.tmpdir=" + small), Path.of(""), Map.of(), ProcessBuilder.Redirect.DISCARD,
                    "generate", "-o", out.toString());
            String err = new String(p.getErrorStream().readAllBytes());
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(err).isEqualTo(4);
            assertThat(err).contains(small + ": reading or writing failed: the workbook's parts could not be saved in the "
                    + "temporary folder (is it full?)").doesNotContain("Exception");
            assertThat(out).doesNotExist();
            try (var left = java.nio.file.Files.list(small)) {
                assertThat(left.map(f -> f.getFileName().toString())).containsExactly("fill");
            }
        } finally {
            io.briefing.TestFiles.unmount(small);
        }
    }
}
