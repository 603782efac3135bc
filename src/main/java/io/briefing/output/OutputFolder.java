package io.briefing.output;

import io.briefing.input.InputException;
import io.briefing.input.InputProblem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;


/**
 * The folder briefings are written to. Every file is first written in full to a hidden temporary
 * file beside its target, flushed to disk, then moved over the target in one step: a run that fails
 * or is killed leaves the previous briefing intact and no partial file. Names that would leave the
 * folder are refused.
 */
public final class OutputFolder {
    private final Path root;

    public OutputFolder(Path root) {
        this.root = root;
    }

    /** The ending of the hidden file beside a draft that records what was written (see DraftCommand). */
    public static final String WRITTEN_MARK = ".written";
    /** Longest output file name, in UTF-8 bytes: 255 less the staging's hidden prefix and suffix. */
    public static final int MAX_NAME_BYTES = 200;

    public Path root() {
        return root;
    }

    /** A bidirectional control (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069): it reorders the text shown after it. */
    public static boolean turnsText(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    /** Resolves a file name inside the folder; '..', separators and absolute paths are refused. */
    public Path resolve(String name) throws InputException {
        // hidden names are the run's own (.part, .journal, .old, .lock), except a draft's ".written" mark
        boolean hidden = name.startsWith(".") && !(name.endsWith(WRITTEN_MARK) && name.length() > 1 + WRITTEN_MARK.length());
        if (hidden && !name.contains("/") && !name.contains("\\") && !name.equals("..")) {
            throw new InputException(InputProblem.ofFile(root, "the output name '" + name + "' starts with '.', which makes "
                    + "a hidden file (the run's own working files are named so)", "start the name with a letter or digit"));
        }
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals("..") || hidden
                || Path.of(name).isAbsolute()) {
            throw new InputException(InputProblem.ofFile(root, "the output name '" + name + "' would leave the output folder",
                    "use a plain file name without '/', '\\\\' or '..'"));
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029')) {
            throw new InputException(InputProblem.ofFile(root, "the output name holds a line break or a control character",
                    "give a name on one line (--name, or the template's name: and output:)"));
        }
        if (name.chars().anyMatch(OutputFolder::turnsText)) {
            // "a\u202Efdp.exe" shows as "aexe.pdf" in a file manager
            throw new InputException(InputProblem.ofFile(root, "the output name holds a character that turns text around "
                    + "(a bidirectional control such as U+202E), so a file manager would show another name",
                    "give a name without it (--name, or the template's name: and output:)"));
        }
        if (name.isBlank()) {
            throw new InputException(InputProblem.ofFile(root, "the output name is blank", "give the files a name, e.g. --name weekly-brief"));
        }
        int bytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > MAX_NAME_BYTES) {
            // a file system allows 255 bytes a name, and a run writes ".NAME.runTOKEN.xxxx.part" first
            throw new InputException(InputProblem.ofFile(root, "the output name '" + io.briefing.input.YamlNode.excerpt(name)
                    + "' is " + bytes + " bytes long (UTF-8); file systems allow 255 a name, and the run adds some 40 "
                    + "while it writes", "shorten it to " + MAX_NAME_BYTES + " bytes at most (--name, or the template's "
                    + "output: pattern); a Chinese character takes 3"));
        }
        Path p = root.resolve(name).normalize();
        // compared as absolute paths: "-o ." makes "x.pdf", whose parent is null
        if (!root.toAbsolutePath().normalize().equals(p.toAbsolutePath().normalize().getParent())) {
            throw new InputException(InputProblem.ofFile(root, "the output name '" + name + "' would leave the output folder",
                    "use a plain file name"));
        }
        return p;
    }

    /** The folders this run made, outermost first: removed again if the run writes nothing. */
    private final List<Path> created = new java.util.ArrayList<>();

    /**
     * Checks, before any work, that the folder exists or can be made, and can be written; makes nothing
     * yet, so a run that fails on its input leaves no folder behind.
     */
    public void prepare() throws InputException, java.nio.file.FileSystemException {
        if (Files.isDirectory(root)) {
            prepareFolder();
            removeAbandonedParts();
            return;
        }
        Path existing = root.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw new InputException(InputProblem.ofFile(root, "the output folder cannot be created"
                    + (existing == null ? "" : ": " + existing + " is not a folder"),
                    "create it, or choose another with --output"));
        }
        if (!Files.isWritable(existing)) {
            throw notWritable(existing);
        }
    }

    /**
     * A folder the user may not write is the machine refusing, not bad input: exit 4 as the README's
     * exit codes say ("a file that cannot be written"), with the folder named.
     */
    private static AccessDeniedException notWritable(Path folder) {
        return new AccessDeniedException(folder.toString(), null, "the folder cannot be written (no write permission)");
    }

    /**
     * Makes the folder now (a batch's, so that a folder the file system refuses is said once, before any
     * briefing is built); {@link #removeCreatedIfEmpty} takes it away again if nothing is written.
     */
    public void make() throws InputException, java.nio.file.FileSystemException {
        prepare();
        prepareFolder();
    }

    /** Removes the folders this run made, if they are still empty (the run failed before writing). */
    public void removeCreatedIfEmpty() {
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(created.get(i));
            } catch (IOException e) {
                return; // not empty, or not ours to remove any more
            }
        }
        created.clear();
    }

    /**
     * Removes what runs that were killed left: a half-done commit is rolled back, then temporary files
     * and lock files go. A file belongs to a run by the token in its name, and the run is gone when its
     * lock can be taken ({@link RunLock}), so runs in parallel, in this process or another container,
     * are left alone.
     */
    private void removeAbandonedParts() {
        java.util.Map<String, List<Path>> byToken = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(root)) {
            files.forEach(p -> {
                String name = p.getFileName().toString();
                if (name.startsWith(".") && (name.endsWith(".part") || name.endsWith(".journal")
                        || name.endsWith(".old") || name.endsWith(".lock"))) {
                    String token = RunLock.tokenOf(name);
                    if (token != null) {
                        byToken.computeIfAbsent(token, t -> new java.util.ArrayList<>()).add(p);
                    }
                }
            });
        } catch (IOException e) {
            return; // listing failed: prepareFolder has already said whether the folder can be used
        }
        for (Map.Entry<String, List<Path>> run : byToken.entrySet()) {
            if (!RunLock.abandoned(root, run.getKey())) {
                continue;
            }
            for (Path p : run.getValue()) {
                if (p.getFileName().toString().endsWith(".journal")) {
                    rollBack(root, p);
                }
            }
            for (Path p : run.getValue()) {
                try { // the .old copies a rolled-back journal did not restore belong to a finished commit
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left for the next run; it is hidden and never taken for a briefing
                }
            }
        }
    }

    /**
     * Puts the targets a journal lists back as they were before its commit: a renamed-aside previous
     * file goes back, a file that did not exist before is removed. Then the journal goes.
     */
    static void rollBack(Path root, Path journal) {
        try {
            for (String line : Files.readAllLines(journal)) {
                String[] f = line.split("\t");
                if (f.length != 2 || f[0].isEmpty() || f[0].contains("/")) {
                    continue;
                }
                Path target = root.resolve(f[0]);
                if (f[1].equals("-")) {
                    Files.deleteIfExists(target);
                } else if (!f[1].contains("/")) {
                    Path backup = root.resolve(f[1]);
                    if (Files.exists(backup)) {
                        Files.move(backup, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Files.deleteIfExists(journal);
        } catch (IOException e) {
            // left for the next run, which tries again
        }
    }

    private void prepareFolder() throws InputException, java.nio.file.FileSystemException {
        try {
            List<Path> missing = new java.util.ArrayList<>();
            for (Path p = root.toAbsolutePath().normalize(); p != null && !Files.exists(p); p = p.getParent()) {
                missing.add(0, p);
            }
            Files.createDirectories(root);
            created.addAll(missing);
        } catch (AccessDeniedException e) {
            Path existing = root.toAbsolutePath().normalize();
            while (existing.getParent() != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            throw notWritable(existing);
        } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.NotDirectoryException e) {
            throw new InputException(InputProblem.ofFile(root, "the output folder cannot be created: " + e.getMessage(),
                    "create it, or choose another with --output"));
        } catch (java.nio.file.FileSystemException e) {
            // the file system refused (/proc, /sys, a read-only mount: "Operation not permitted"): the machine's
            // refusal, exit 4, as a folder without write permission; it was exit 1
            java.nio.file.FileSystemException named = new java.nio.file.FileSystemException(root.toString(), null,
                    "the output folder cannot be created here (" + (e.getReason() != null ? e.getReason() : "the file system refused") + ")");
            named.initCause(e);
            throw named;
        } catch (IOException e) {
            throw new InputException(InputProblem.ofFile(root, "the output folder cannot be created: " + e.getMessage(),
                    "create it, or choose another with --output"));
        }
        // made folders are the stop's to remove while still empty
        Staging.trackFolders(created);
        if (!Files.isDirectory(root)) {
            throw new InputException(InputProblem.ofFile(root, "the output folder is not a folder",
                    "choose another folder with --output"));
        }
        if (!Files.isWritable(root)) {
            throw notWritable(root);
        }
    }

    /** Starts the files of one run (call {@link #prepare} first, before the work); see {@link Staging}. */
    public Staging stage() throws IOException, InputException {
        prepareFolder();
        return new Staging(this);
    }

    /** Writes all files or none: each to a temporary file first, then all moved into place. */
    public List<Path> writeAll(Map<String, byte[]> files) throws IOException, InputException {
        prepare();
        try (Staging staging = stage()) {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                try {
                    Files.write(staging.file(e.getKey()), e.getValue(), java.nio.file.StandardOpenOption.WRITE,
                            java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
                } catch (java.nio.file.FileSystemException named) {
                    throw named;
                } catch (IOException unnamed) {
                    // "No space left on device" names no file: the one it was writing is the one to say
                    java.nio.file.FileSystemException f = new java.nio.file.FileSystemException(root.resolve(e.getKey()).toString(),
                            null, unnamed.getMessage());
                    f.initCause(unnamed);
                    throw f;
                }
            }
            return staging.commit();
        }
    }
}
