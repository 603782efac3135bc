package io.briefing.cli;

import io.briefing.Slow;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run killed (SIGKILL) while it writes leaves the previous briefing as it was and no partial file. */
@Slow
class KilledRunTest {
    @Test
    void killedRunLeavesThePreviousBriefingIntact(@TempDir Path out) throws Exception {
        CliProbe.Result first = CliProbe.run("generate", "-o", out.toString());
        assertThat(first.exit()).isZero();
        Path pdf = out.resolve("china-llm-2024-2024-W51-en.pdf");
        Path xlsx = out.resolve("china-llm-2024-2024-W51-en.xlsx");
        byte[] pdfBefore = Files.readAllBytes(pdf);
        byte[] xlsxBefore = Files.readAllBytes(xlsx);

        Process p = startHeldRun(out, "--as-of", "2024-12-27", "--name", "china-llm-2024-2024-W51-en");
        try {
            waitForParts(out, p);
            assertThat(parts(out)).as("the run is writing its temporary files").hasSize(2);
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(Files.readAllBytes(pdf)).isEqualTo(pdfBefore);
        assertThat(Files.readAllBytes(xlsx)).isEqualTo(xlsxBefore);

        // the next run clears what the killed one left, and writes normally
        CliProbe.Result next = CliProbe.run("generate", "-o", out.toString());
        assertThat(next.exit()).isZero();
        assertThat(parts(out)).isEmpty();
        assertThat(Files.readAllBytes(pdf)).isEqualTo(pdfBefore);
    }

    @Test
    void aRunStoppedWithSigtermRemovesItsTemporaryFiles(@TempDir Path out) throws Exception {
        Process p = startHeldRun(out);
        try {
            waitForParts(out, p);
            assertThat(parts(out)).as("the run is writing its temporary files").hasSize(2);
            p.destroy(); // SIGTERM: the shutdown hook removes them, not the next run
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(parts(out)).isEmpty();
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(f -> f.getFileName().toString()).filter(n -> !n.equals(".child.log"))).isEmpty();
        }
    }

    /** A stopped first run into a folder it made leaves no empty folder (2 of 10 signals did). */
    @Test
    void aRunStoppedWithSigtermRemovesTheEmptyFoldersItMade(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("new/week51");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                "io.briefing.cli.HeldCommitLauncher", "generate", "-o", out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while ((!Files.isDirectory(out) || parts(out).size() < 2) && System.nanoTime() < deadline && p.isAlive()) {
                Thread.sleep(50);
            }
            assertThat(parts(out)).as("the run is writing its temporary files").hasSize(2);
            p.destroy();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(dir.resolve("new")).doesNotExist();
    }

    @Test
    void aLiveRunsFilesAreLeftAloneByARunBesideItWhateverItsProcessId(@TempDir Path out) throws Exception {
        Process p = startHeldRun(out);
        try {
            waitForParts(out, p);
            List<Path> live = parts(out);
            assertThat(live).hasSize(2);
            // a dead run's file: its token's lock file is gone (the kernel released the lock, the run
            // or a clean-up removed the file), so it is abandoned whatever process number it had
            Path dead = out.resolve(".x.pdf.run00000000000000ab.123.part");
            Files.writeString(dead, "dead");
            CliProbe.Result beside = CliProbe.run("generate", "-o", out.toString(), "--name", "beside");
            assertThat(beside.exit()).isZero();
            assertThat(parts(out)).as("the live run's files stay, the dead run's go").containsExactlyInAnyOrderElementsOf(live);
            assertThat(out.resolve("beside.pdf")).isRegularFile();
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void twoBatchesIntoOneFolderAtOnceBothWriteEverythingAndLeaveNothingBehind(@TempDir Path dir) throws Exception {
        Path weeks = Files.createDirectories(dir.resolve("weeks"));
        Files.copy(io.briefing.TestFiles.FACTS, weeks.resolve(io.briefing.TestFiles.FACTS.getFileName()));
        Files.copy(io.briefing.TestFiles.ARTICLE, weeks.resolve(io.briefing.TestFiles.ARTICLE.getFileName()));
        String manifest = Files.readString(io.briefing.TestFiles.MANIFEST);
        for (int w = 1; w <= 8; w++) {
            Files.writeString(weeks.resolve(String.format("week-%02d.yaml", w)),
                    manifest.replaceFirst("(?m)^as_of: .*$", "as_of: " + java.time.LocalDate.of(2024, 1, 5).plusWeeks(w - 1)));
        }
        Path out = dir.resolve("out");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                    "io.briefing.cli.BriefingCommand", "batch", weeks.toString(), "-l", "en", "-j", "2", "-o", out.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("batch-" + i + ".log").toFile()).start());
        }
        for (int i = 0; i < runs.size(); i++) {
            try {
                assertThat(runs.get(i).waitFor(150, TimeUnit.SECONDS)).isTrue();
                assertThat(runs.get(i).exitValue()).as(Files.readString(dir.resolve("batch-" + i + ".log"))).isZero();
            } finally {
                runs.get(i).destroyForcibly();
            }
        }
        try (Stream<Path> s = Files.list(out)) {
            List<String> names = s.map(f -> f.getFileName().toString()).toList();
            assertThat(names).hasSize(16).noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void whatAKilledRunLeftInTheTemporaryFolderIsRemovedByTheNextRun(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Process p = startHeldRun(out, tmp);
        try {
            waitForParts(out, p);
            assertThat(parts(out)).as("the run is writing its temporary files").hasSize(2);
            // every temporary file of the run is in its one scratch folder: no font copies (+~JF*.tmp),
            // no spreadsheet buffers in a shared poifiles folder
            assertThat(names(tmp)).singleElement().asString().startsWith("briefing-scratch-");
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(names(tmp)).as("SIGKILL runs no clean-up").hasSize(1);

        Process next = new ProcessBuilder(javaCommand(tmp, "generate", "-o", out.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("next.log").toFile()).start();
        try {
            assertThat(next.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(next.exitValue()).as(Files.readString(dir.resolve("next.log"))).isZero();
        } finally {
            next.destroyForcibly();
        }
        assertThat(names(tmp)).as("the next run removed the killed run's scratch folder, and its own at its end").isEmpty();
        assertThat(parts(out)).isEmpty();
    }

    @Test
    void aRunStoppedWithSigtermLeavesNothingInTheTemporaryFolder(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Process p = startHeldRun(out, tmp);
        try {
            waitForParts(out, p);
            assertThat(names(tmp)).hasSize(1);
            p.destroy();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(names(tmp)).isEmpty();
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> javaCommand(Path tmp, String... args) {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true", "-Djava.io.tmpdir=" + tmp, "io.briefing.cli.BriefingCommand"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static Process startHeldRun(Path out, String... more) throws Exception {
        return startHeldRun(out, Path.of(System.getProperty("java.io.tmpdir")), more);
    }

    /** A run that holds its finished temporary files for a minute before moving them into place. */
    private static Process startHeldRun(Path out, Path tmp, String... more) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true", "-Djava.io.tmpdir=" + tmp, 
                "io.briefing.cli.HeldCommitLauncher", "generate", "-o", out.toString()));
        cmd.addAll(List.of(more));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(new File(out.toFile(), ".child.log")).start();
    }

    private static void waitForParts(Path out, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (parts(out).size() < 2 && System.nanoTime() < deadline && p.isAlive()) {
            Thread.sleep(50);
        }
    }

    private static List<Path> parts(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
