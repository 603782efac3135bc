package io.briefing.output;

import io.briefing.input.InputException;
import io.briefing.input.InputProblem;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    public Path root() {
        return root;
    }

    /** Resolves a file name inside the folder; '..', separators and absolute paths are refused. */
    public Path resolve(String name) throws InputException {
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals("..") || name.startsWith(".")
                || Path.of(name).isAbsolute()) {
            throw new InputException(InputProblem.ofFile(root, "the output name '" + name + "' would leave the output folder",
                    "use a plain file name without '/', '\\\\' or '..'"));
        }
        Path p = root.resolve(name).normalize();
        if (!p.getParent().equals(root.normalize())) {
            throw new InputException(InputProblem.ofFile(root, "the output name '" + name + "' would leave the output folder",
                    "use a plain file name"));
        }
        return p;
    }

    /** Checks, before any work, that the folder exists (or can be made) and can be written. */
    public void prepare() throws InputException {
        prepareFolder();
        removeAbandonedParts();
    }

    /**
     * Removes temporary files left by a run that was killed: their names carry the process id, and
     * only those of processes that no longer run are removed, so parallel runs are left alone.
     */
    private void removeAbandonedParts() {
        try (java.util.stream.Stream<Path> files = Files.list(root)) {
            files.filter(p -> p.getFileName().toString().matches("\\..+\\.pid\\d+\\.[^.]*\\.part")).forEach(p -> {
                String name = p.getFileName().toString();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\.pid(\\d+)\\.").matcher(name);
                if (m.find() && ProcessHandle.of(Long.parseLong(m.group(1))).map(h -> !h.isAlive()).orElse(true)) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        // left for the next run; it is hidden and never taken for a briefing
                    }
                }
            });
        } catch (IOException e) {
            // listing failed: prepareFolder has already said whether the folder can be used
        }
    }

    private void prepareFolder() throws InputException {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new InputException(InputProblem.ofFile(root, "the output folder cannot be created: " + e.getMessage(),
                    "create it, or choose another with --output"));
        }
        if (!Files.isDirectory(root) || !Files.isWritable(root)) {
            throw new InputException(InputProblem.ofFile(root, "the output folder cannot be written",
                    "give yourself write permission, or choose another folder with --output"));
        }
    }

    /** Writes all files or none: each to a temporary file first, then all moved into place. */
    public List<Path> writeAll(Map<String, byte[]> files) throws IOException, InputException {
        prepare();
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path target = resolve(e.getKey());
                Path tmp = Files.createTempFile(root, "." + e.getKey() + ".pid" + ProcessHandle.current().pid() + ".", ".part");
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                    java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(e.getValue());
                    while (buf.hasRemaining()) {
                        ch.write(buf);
                    }
                    ch.force(true);
                }
                staged.put(tmp, target);
            }
            holdForTests();
            List<Path> written = new ArrayList<>();
            for (Map.Entry<Path, Path> e : staged.entrySet()) {
                move(e.getKey(), e.getValue());
                written.add(e.getValue());
            }
            return written;
        } finally {
            for (Path tmp : staged.keySet()) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * A seam for the test that kills a run while it writes: with -Dbriefing.holdBeforeMoveMillis the
     * run waits, its temporary files complete, before moving them into place.
     */
    private static void holdForTests() {
        long ms = Long.getLong("briefing.holdBeforeMoveMillis", 0);
        if (ms > 0) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
