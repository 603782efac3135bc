package io.briefing.cli;

import io.briefing.Slow;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README shows page 1 of the default briefing: docs/briefing-page-1.png must be that page as
 * the current code renders it (pdftoppm at 80 dpi, as docs/picture makes it). A layout change fails
 * here until the picture is regenerated with docs/picture. CI installs poppler-utils.
 */
@Slow
class ReadmePictureTest {
    @Test
    void readmePictureIsPageOneOfTheCurrentDefaultBriefing(@TempDir Path out) throws Exception {
        io.briefing.TestFiles.assumeTool("pdftoppm", "poppler-utils");
        CliProbe.Result r = CliProbe.run("generate", "-o", out.toString(), "--name", "page");
        assertThat(r.exit()).as(r.err()).isZero();
        Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                out.resolve("page.pdf").toString(), out.resolve("page-1").toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor()).isZero();
        byte[] drawn = Files.readAllBytes(out.resolve("page-1.png"));
        byte[] shown = Files.readAllBytes(Path.of("docs/briefing-page-1.png"));
        assertThat(Arrays.equals(drawn, shown))
                .as("docs/briefing-page-1.png is not page 1 of the current default briefing: run docs/picture")
                .isTrue();
    }

}
