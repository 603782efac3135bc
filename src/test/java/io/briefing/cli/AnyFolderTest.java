package io.briefing.cli;

import io.briefing.Slow;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run from a folder that has no seeds and no templates, the tool finds its own and says where it looked. */
@Slow
class AnyFolderTest {
    private static String[] run(Path cwd, String... args) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String[] cmd = new String[args.length + 5];
        cmd[0] = javaBin;
        cmd[1] = "-cp";
        cmd[2] = System.getProperty("java.class.path");
        cmd[3] = "-Djava.awt.headless=true";
        cmd[4] = "io.briefing.cli.BriefingCommand";
        System.arraycopy(args, 0, cmd, 5, args.length);
        // the class path names the build's folders relative to the project: make them absolute
        cmd[2] = String.join(java.io.File.pathSeparator, java.util.Arrays.stream(cmd[2].split(java.io.File.pathSeparator))
                .map(p -> Path.of(p).toAbsolutePath().toString()).toList());
        Process p = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new String[] {String.valueOf(p.exitValue()), out};
    }

    @Test
    void theDefaultBriefingAndTheTemplatesAreFoundFromAnyFolder(@TempDir Path cwd) throws Exception {
        String[] templates = run(cwd, "templates");
        assertThat(templates[0]).as(templates[1]).isEqualTo("0");
        assertThat(templates[1]).contains("default", "executive-summary");
        String[] generate = run(cwd, "generate", "-t", "executive-summary");
        assertThat(generate[0]).as(generate[1]).isEqualTo("0");
        assertThat(cwd.resolve("output/china-llm-2024-2024-W51-en-executive-summary.pdf")).exists();
        String[] missing = run(cwd, "generate", "-t", "nosuch");
        assertThat(missing[0]).isEqualTo("1");
        assertThat(missing[1]).contains("no template named 'nosuch' in report-templates (looked in " + cwd.toRealPath());
        assertThat(Files.exists(cwd.resolve("report-templates"))).isFalse();
    }
}
