package io.briefing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Paths of the real seed data and helpers to make edited copies of it in a temporary folder. */
public final class TestFiles {
    public static final Path SEEDS = Path.of("seeds");
    public static final Path MANIFEST = SEEDS.resolve("china-llm-2024.yaml");
    public static final Path FACTS = SEEDS.resolve("china-llm-2024.facts.csv");
    public static final Path ARTICLE = SEEDS.resolve("china-llm-2024.securities-times.zh-Hant.txt");
    public static final Path SAMPLE = Path.of("src/test/resources/samples/ev-batteries-sample.yaml");
    public static final Path TEMPLATES = Path.of("report-templates");

    private TestFiles() {}

    /**
     * Skips the calling test, with the reason printed, when an outside tool is not on the PATH, so
     * that a machine with only JDK 17 and Maven runs the rest; {@code -Dbriefing.requireTools=true}
     * (as .ci/run sets it) turns the skip into a failure, so CI cannot pass by skipping.
     */
    public static void assumeTool(String tool, String debianPackage) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return;
            }
        }
        String why = tool + " is not on the PATH (Debian: apt-get install " + debianPackage + ")";
        if (Boolean.getBoolean("briefing.requireTools")) {
            throw new AssertionError(why);
        }
        org.junit.jupiter.api.Assumptions.abort(why + ": skipped");
    }

    /**
     * Skips the calling test, with the reason printed, when the machine has no CJK font the briefing
     * can embed: it then warns and falls back to a font it cannot embed, which is right for the user and
     * not what the test checks. Under {@code -Dbriefing.requireTools=true} it fails instead.
     */
    public static void assumeCjkFont() {
        try {
            if (io.briefing.render.fonts.CjkFonts.locate(null).embedded()) {
                return;
            }
        } catch (IOException | io.briefing.input.InputException e) {
            // no usable font: said below
        }
        String why = "no CJK font the briefing can embed is on this machine (Debian: apt-get install fonts-wqy-microhei)";
        if (Boolean.getBoolean("briefing.requireTools")) {
            throw new AssertionError(why);
        }
        org.junit.jupiter.api.Assumptions.abort(why + ": skipped");
    }

    /**
     * Mounts a tmpfs of {@code size} ("400k") on {@code folder}, to fill a disk for real; skips the calling
     * test, saying why, where that cannot be done (it needs root). Unmount with {@link #unmount}.
     */
    public static void assumeSmallDisk(Path folder, String size) {
        boolean mounted;
        try {
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", folder.toString())
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            mounted = p.waitFor() == 0;
        } catch (IOException | InterruptedException noMount) {
            mounted = false;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(mounted, "a small tmpfs cannot be mounted here (needs root)");
    }

    public static void unmount(Path folder) throws IOException, InterruptedException {
        new ProcessBuilder("umount", folder.toString()).start().waitFor();
    }

    /** Copies the seed manifest, fact table and article into dir; returns the manifest's copy. */
    public static Path copySeeds(Path dir) throws IOException {
        for (Path p : new Path[] {MANIFEST, FACTS, ARTICLE}) {
            Files.copy(p, dir.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        return dir.resolve(MANIFEST.getFileName());
    }

    /** Replaces text in the copied manifest, failing if the text is not there. */
    public static void editManifest(Path dir, String from, String to) throws IOException {
        Path m = dir.resolve(MANIFEST.getFileName());
        String s = Files.readString(m, StandardCharsets.UTF_8);
        if (!s.contains(from)) {
            throw new IllegalArgumentException("not in the manifest: " + from);
        }
        Files.writeString(m, s.replace(from, to), StandardCharsets.UTF_8);
    }

    /** Replaces text in the copied fact table, failing if the text is not there. */
    public static void editFacts(Path dir, String from, String to) throws IOException {
        Path f = dir.resolve(FACTS.getFileName());
        String s = Files.readString(f, StandardCharsets.UTF_8);
        if (!s.contains(from)) {
            throw new IllegalArgumentException("not in the fact table: " + from);
        }
        Files.writeString(f, s.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)),
                StandardCharsets.UTF_8);
    }
}
