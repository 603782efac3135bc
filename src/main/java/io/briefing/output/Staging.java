package io.briefing.output;

import io.briefing.input.InputException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * The files of one run while they are being written: each is a hidden temporary file beside its
 * target, and only {@link #commit} moves them into place, after every one is complete and on disk.
 * Closing without committing deletes them, so a failed run leaves the output folder as it was.
 */
public final class Staging implements AutoCloseable {
    private final OutputFolder folder;
    private final Map<Path, Path> staged = new LinkedHashMap<>();

    Staging(OutputFolder folder) {
        this.folder = folder;
    }

    /** A temporary file for the output named {@code name}; write it in full before committing. */
    public synchronized Path file(String name) throws IOException, InputException {
        Path target = folder.resolve(name);
        Path tmp = Files.createTempFile(folder.root(), "." + name + ".pid" + ProcessHandle.current().pid() + ".", ".part");
        staged.put(tmp, target);
        return tmp;
    }

    /** Flushes every file to disk, then moves each into place; returns the final paths in order. */
    public synchronized List<Path> commit() throws IOException {
        for (Path tmp : staged.keySet()) {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            readableByAll(tmp);
        }
        holdForTests();
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Path, Path> e : staged.entrySet()) {
            move(e.getKey(), e.getValue());
            written.add(e.getValue());
        }
        staged.clear();
        return written;
    }

    /** Temporary files are made private (rw-------); a briefing is a document to share (rw-r--r--). */
    private static void readableByAll(Path p) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its defaults apply
        }
    }

    @Override
    public synchronized void close() throws IOException {
        for (Path tmp : staged.keySet()) {
            Files.deleteIfExists(tmp);
        }
        staged.clear();
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
