package io.briefing.cli;

import io.briefing.app.Generator;
import io.briefing.facts.Dataset;
import io.briefing.facts.DatasetReader;
import io.briefing.input.InputException;
import io.briefing.input.InputProblem;
import io.briefing.input.Warnings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code briefing preview}: the options of {@code generate}, in one JVM that rebuilds the briefing
 * each time the manifest, the fact table, the article or the template is saved. Each rebuild is
 * verified and written as a set (a PDF viewer that reloads a changed file shows the new one); a bad
 * edit prints its errors and keeps the last good briefing; Ctrl-C stops it, its temporary files removed.
 */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = {"Writes the briefing like generate, then rebuilds it each time the manifest, the fact table, the "
                + "article or the template is saved: one line per rebuild (what changed, the check, the time). A bad edit "
                + "prints its errors and keeps the last good briefing. Stop with Ctrl-C."})
final class PreviewCommand extends GenerateCommand {
    /**
     * Saves within this quiet time are one edit: an editor writes a file in a few steps, microseconds
     * apart (vim's write-and-rename, an in-place truncate and write). 10 ms rather than 30 took the
     * median save-to-PDF from 96 to 82 ms (bench/run); a save split wider than this rebuilds twice,
     * and a half-written table then prints its errors once and is rebuilt on its last event.
     */
    private static final long SETTLE_MILLIS = 10;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Option(names = "--stop-after", hidden = true, paramLabel = "N", description = "Stop after N rebuilds (for tests and the benchmark).")
    int stopAfter = -1;

    @Override
    public Integer call() throws Exception {
        Generator.Request req = request();
        Generator generator = generator();
        PrintWriter out = spec.commandLine().getOut();
        // Ctrl-C ends the JVM: the temporary files of a rebuild in flight are removed by its own hook
        Thread bye = new Thread(() -> {
            out.println("preview stopped");
            out.flush();
        }, "briefing-preview-stop");
        Runtime.getRuntime().addShutdownHook(bye);
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            Map<WatchKey, Path> folders = new HashMap<>();
            Set<Path> files = watched(req);
            register(watch, folders, files);
            build(generator, req, "first build", out);
            warmUp(generator, req);
            out.println("watching " + names(files) + "; Ctrl-C stops");
            out.flush();
            int rebuilds = 0;
            while (stopAfter < 0 || rebuilds < stopAfter) {
                Set<String> changed = new TreeSet<>();
                // a watch follows its folder when it is renamed away (Linux): each second the folders are
                // checked to still be the ones watched, and one that went is watched again when it is back
                // (before this, the preview went deaf: it printed and rebuilt nothing again)
                WatchKey key = watch.poll(1, TimeUnit.SECONDS);
                if (key != null) {
                    collect(key, folders, files, changed);
                }
                forgetMovedFolders(folders, changed);
                if (registerWhatIsBack(watch, folders, files)) {
                    changed.add("(folder back)");
                }
                // let the editor finish: more events within the quiet time belong to the same save
                for (WatchKey more = watch.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS); more != null;
                     more = watch.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) {
                    collect(more, folders, files, changed);
                }
                if (changed.isEmpty()) {
                    continue;
                }
                build(generator, req, String.join(", ", changed) + " changed", out);
                rebuilds++;
                // the manifest may name another table or article now
                files = watched(req);
                registerWhatIsBack(watch, folders, files);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(bye);
        } catch (IllegalStateException e) {
            return 0; // already stopping: the hook says so
        }
        out.println("preview stopped");
        out.flush();
        return 0;
    }

    /** The warnings of the last rebuild: a warning is printed when it first appears, not on every save. */
    private Set<String> lastWarnings = Set.of();

    private static void collect(WatchKey key, Map<WatchKey, Path> folders, Set<Path> files, Set<String> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> e : key.pollEvents()) {
            if (e.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add("(many files)");
                continue;
            }
            Path p = folder == null ? null : folder.resolve((Path) e.context()).toAbsolutePath().normalize();
            if (p != null && files.contains(p)) {
                changed.add(p.getFileName().toString());
            }
        }
        if (!key.reset()) {
            // the folder is gone (renamed, removed): its watch ends; the loop watches for it to come back
            folders.remove(key);
            if (folder != null) {
                changed.add(folder.getFileName() + " (moved or removed)");
            }
        }
    }

    /** The identity (file key) of each watched folder when its watch was made. */
    private static final Map<Path, Object> FOLDER_KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Object folderKey(Path folder) {
        try {
            Object k = java.nio.file.Files.readAttributes(folder, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            return k != null ? k : folder;
        } catch (IOException e) {
            return null;
        }
    }

    /** Cancels the watch of each folder that is gone from its path or is another folder now. */
    private static void forgetMovedFolders(Map<WatchKey, Path> folders, Set<String> changed) {
        for (java.util.Iterator<Map.Entry<WatchKey, Path>> it = folders.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<WatchKey, Path> e = it.next();
            Object now = folderKey(e.getValue());
            if (now == null || !now.equals(FOLDER_KEYS.get(e.getValue()))) {
                e.getKey().cancel();
                it.remove();
                changed.add(e.getValue().getFileName() + " (moved or removed)");
            }
        }
    }

    /** Watches a folder for saves, and keeps its identity to notice when it is renamed away. */
    private static void watch(WatchService watch, Map<WatchKey, Path> folders, Path folder) throws IOException {
        folders.put(folder.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE), folder);
        FOLDER_KEYS.put(folder, folderKey(folder));
    }

    /** Registers each watched file's folder that exists again; true when one came back. */
    private static boolean registerWhatIsBack(WatchService watch, Map<WatchKey, Path> folders, Set<Path> files) {
        boolean back = false;
        for (Path f : files) {
            Path folder = f.getParent();
            if (folder == null || folders.containsValue(folder) || !java.nio.file.Files.isDirectory(folder)) {
                continue;
            }
            try {
                watch(watch, folders, folder);
                back = true;
            } catch (IOException e) {
                // not readable yet: tried again next second
            }
        }
        return back;
    }

    /** One rebuild and its line: what was written, the check and the time; or the errors, the last good briefing kept. */
    private void build(Generator generator, Generator.Request req, String why, PrintWriter out) {
        long t0 = System.nanoTime();
        String at = "[" + LocalTime.now().format(CLOCK) + "] " + why + ": ";
        try {
            Generator.Result r = generator.run(req);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            String wrote = String.join(", ", r.files().stream().map(w -> w.path().getFileName().toString()).toList());
            out.println(at + "wrote " + wrote + "; " + (r.verified() > 0 || r.facts() == 0 ? r.verified() + " of " + r.facts()
                    + " facts verified" : r.facts() + " facts, not checked") + "; " + ms + " ms" + stages(generator));
            r.warnings().stream().filter(w -> !lastWarnings.contains(w)).forEach(w -> out.println("  warning: " + w));
            lastWarnings = Set.copyOf(r.warnings());
        } catch (InputException e) {
            long ms = (System.nanoTime() - t0) / 1_000_000;
            out.println(at + e.problems().size() + " error(s), the last good briefing is kept; " + ms + " ms");
            e.problems().stream().limit(10).forEach(p -> out.println("  error: " + p.message()));
            if (e.problems().size() > 10) {
                out.println("  … and " + (e.problems().size() - 10) + " more (briefing verify lists them all)");
            }
        } catch (IOException e) {
            out.println(at + "writing failed, the last good briefing is kept: " + e.getMessage());
        } catch (RuntimeException e) {
            out.println(at + "internal error, the last good briefing is kept: " + e + " (briefing generate --verbose shows where)");
        }
        out.flush();
    }

    /** Rebuilds made into a scratch folder before the first save, so that the first saves run compiled code. */
    static final int WARM_UP_BUILDS = 10;

    /**
     * Renders the briefing a few times into a temporary folder (never the output folder) before the
     * watch starts: a save then costs what a warm JVM takes, not what an interpreter does (measured:
     * median of 20 saves, see bench/run).
     */
    private static void warmUp(Generator generator, Generator.Request req) {
        Path scratch = null;
        try {
            scratch = java.nio.file.Files.createTempDirectory(io.briefing.scratch.Scratch.folder(), "preview-");
            Generator.Request trial = req.withBaseName("warm-up").withOutputDir(scratch);
            for (int i = 0; i < WARM_UP_BUILDS; i++) {
                generator.run(trial);
            }
        } catch (InputException | IOException | RuntimeException e) {
            // a briefing that does not build now is built, and its errors shown, on the next save
        } finally {
            if (scratch != null) {
                io.briefing.scratch.Scratch.remove(scratch);
            }
        }
    }

    /** Where a rebuild's time went, for the analyst who wonders (and the benchmark). */
    private static String stages(Generator g) {
        Generator.Timings t = g.lastTimings();
        if (t == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" (load " + t.load() + ", check " + t.check() + ", build " + t.build());
        t.render().forEach((format, ms) -> sb.append(", ").append(format).append(' ').append(ms));
        return sb.append(", write ").append(t.write()).append(')').toString();
    }

    /** The files a save of which rebuilds: the manifest, and when it can be read, its table, its article and any units file. */
    private static Set<Path> watched(Generator.Request req) {
        Set<Path> files = new LinkedHashSet<>();
        Path manifest;
        try {
            manifest = DatasetReader.manifestFor(req.data());
        } catch (InputException e) {
            manifest = req.data();
        }
        files.add(abs(manifest));
        files.add(abs(req.data()));
        files.add(abs(req.template()));
        try {
            Dataset d = new DatasetReader(new Warnings()).readManifest(manifest);
            files.add(abs(d.factsFile()));
            if (d.source().file() != null) {
                files.add(abs(d.source().file()));
            }
        } catch (InputException | RuntimeException e) {
            // a manifest that cannot be read is watched alone until it can
        }
        return files;
    }

    private static Path abs(Path p) {
        return p.toAbsolutePath().normalize();
    }

    private static void register(WatchService watch, Map<WatchKey, Path> folders, Set<Path> files) throws InputException {
        for (Path f : files) {
            Path folder = f.getParent();
            if (folder == null || folders.containsValue(folder)) {
                continue;
            }
            try {
                watch(watch, folders, folder);
            } catch (IOException e) {
                throw new InputException(InputProblem.ofFile(folder, "cannot be watched for changes: " + e.getMessage(),
                        "check that the folder exists and can be read"));
            }
        }
    }

    private static String names(Set<Path> files) {
        return String.join(", ", new TreeSet<>(files.stream().map(p -> p.getFileName().toString()).toList()));
    }
}
