package io.briefing.cli;

import io.briefing.Slow;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.TestFiles;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefing preview}: rebuilds on save, survives a bad edit, recovers, and stops cleanly. The timeouts guard against hangs. */
@Slow
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PreviewTest {
    @TempDir
    Path dir;

    private static void waitFor(Supplier<String> text, String wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!text.get().contains(wanted)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 60 s for '" + wanted + "'; got:\n" + text.get());
            }
            Thread.sleep(50);
        }
    }

    private static List<String> leftovers(Path out) throws Exception {
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }

    @Test
    void rebuildsOnSaveKeepsTheLastGoodBriefingOnABadEditAndRecovers() throws Exception {
        Path m = TestFiles.copySeeds(Files.createDirectories(dir.resolve("week").toAbsolutePath()));
        Path out = dir.resolve("out");
        StringWriter printed = new StringWriter();
        Thread preview = new Thread(() -> BriefingCommand.execute(new PrintWriter(printed, true), new PrintWriter(printed, true),
                "preview", "-d", m.toString(), "-o", out.toString(), "--stop-after", "2"));
        preview.start();
        waitFor(printed::toString, "watching ");
        assertThat(printed.toString()).contains("first build: wrote china-llm-2024-2024-W51-en.pdf, china-llm-2024-2024-W51-en.xlsx; "
                + "24 of 24 facts verified");
        Path pdf = out.resolve("china-llm-2024-2024-W51-en.pdf");
        byte[] good = Files.readAllBytes(pdf);

        TestFiles.editFacts(m.getParent(), ",84.03,percent", ",84.3,percent");
        waitFor(printed::toString, "error(s), the last good briefing is kept");
        assertThat(printed.toString()).contains("china-llm-2024.facts.csv changed: 1 error(s)")
                .contains("idx-server: number mismatch");
        assertThat(preview.isAlive()).as("a bad edit does not stop the preview").isTrue();
        assertThat(Files.readAllBytes(pdf)).isEqualTo(good);

        TestFiles.editFacts(m.getParent(), ",84.3,percent", ",84.03,percent");
        preview.join(TimeUnit.SECONDS.toMillis(60));
        assertThat(preview.isAlive()).isFalse();
        String text = printed.toString();
        assertThat(text.substring(text.indexOf("number mismatch"))).contains("china-llm-2024.facts.csv changed: wrote")
                .contains("preview stopped");
        assertThat(Files.readAllBytes(pdf)).isEqualTo(good);
        assertThat(leftovers(out)).isEmpty();
    }

    @Test
    void aDatasetFolderRenamedAwayAndReplacedIsWatchedAgain() throws Exception {
        Path week = Files.createDirectories(dir.resolve("week").toAbsolutePath());
        Path m = TestFiles.copySeeds(week);
        Path out = dir.resolve("out");
        StringWriter printed = new StringWriter();
        Thread preview = new Thread(() -> BriefingCommand.execute(new PrintWriter(printed, true), new PrintWriter(printed, true),
                "preview", "-d", m.toString(), "-o", out.toString(), "--stop-after", "3"));
        preview.start();
        waitFor(printed::toString, "watching ");
        Files.move(week, dir.resolve("week-old"));
        waitFor(printed::toString, "week (moved or removed)");
        // the analyst puts a fresh copy in its place, and edits it: the preview hears both
        TestFiles.copySeeds(Files.createDirectories(week));
        waitFor(printed::toString, "(folder back) changed: wrote");
        TestFiles.editFacts(week, ",84.03,percent", ",84.3,percent");
        preview.join(TimeUnit.SECONDS.toMillis(60));
        assertThat(preview.isAlive()).isFalse();
        assertThat(printed.toString().substring(printed.toString().indexOf("(folder back)")))
                .contains("china-llm-2024.facts.csv changed: 1 error(s)").contains("preview stopped");
    }

    @Test
    void stopsOnSigtermWithNoTemporaryFilesLeft() throws Exception {
        Path m = TestFiles.copySeeds(Files.createDirectories(dir.resolve("week")));
        Path out = dir.resolve("out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = dir.resolve("preview.log");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                "io.briefing.cli.BriefingCommand", "preview", "-d", m.toString(), "-o", out.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            waitFor(() -> {
                try {
                    return Files.exists(log) ? Files.readString(log) : "";
                } catch (Exception e) {
                    return "";
                }
            }, "watching ");
            p.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the JVM's shutdown hooks run
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(Files.readString(log)).contains("preview stopped");
        assertThat(leftovers(out)).isEmpty();
        assertThat(out.resolve("china-llm-2024-2024-W51-en.pdf")).isRegularFile();
        assertThat(new File(out.toFile(), "china-llm-2024-2024-W51-en.xlsx")).isFile();
    }
}
