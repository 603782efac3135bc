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
 * The files are named with the token of the run's {@link RunLock}, which says whether their run lives.
 */
public final class Staging implements AutoCloseable {
    /** The temporary files and lock files of every run in this process, removed if it is stopped (SIGTERM, Ctrl-C). */
    private static final java.util.Set<Path> LIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final java.util.concurrent.atomic.AtomicBoolean HOOKED = new java.util.concurrent.atomic.AtomicBoolean();

    /** Set when the process is stopping: a temporary file made after that removes itself. */
    private static final java.util.concurrent.atomic.AtomicBoolean STOPPING = new java.util.concurrent.atomic.AtomicBoolean();

    /** Output folders runs of this process made, deepest last: removed by a stop if still empty. */
    private static final java.util.List<Path> MADE = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** What each commit of this process does before its moves: nothing, unless a test installs steps. */
    private static volatile CommitSteps steps = CommitSteps.NONE;

    /** Installs what commits do before their moves ({@link CommitSteps#NONE} to undo); for tests. */
    public static void observeCommitsWith(CommitSteps s) {
        steps = java.util.Objects.requireNonNull(s);
    }

    /** Whether the process is stopping (a signal): a file that went missing then was removed by the stop, not the disk. */
    public static boolean stopping() {
        return STOPPING.get();
    }

    private static void hook() throws StoppingException {
        if (HOOKED.compareAndSet(false, true)) {
            try {
                addHook();
            } catch (IllegalStateException shutdownInProgress) {
                // the stop came before the first file: said as the stop, not as "internal error: Shutdown in
                // progress" (2 of 87 stopped runs)
                STOPPING.set(true);
                throw new StoppingException();
            }
        }
    }

    /** What a run meets when it would make a file after a stop has begun. */
    public static final class StoppingException extends java.nio.file.FileSystemException {
        StoppingException() {
            super(null, null, "the run is stopping");
        }
    }

    private static void addHook() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                STOPPING.set(true);
                for (Path p : LIVE) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        // the next run removes it: its process is gone
                    }
                }
                // a stopped first run left the empty folder it made (2 of 10 signals); a folder that holds
                // anything (a finished run's files) is not empty and stays
                for (int i = MADE.size() - 1; i >= 0; i--) {
                    try {
                        Files.deleteIfExists(MADE.get(i));
                    } catch (IOException e) {
                        // not empty, or not ours any more
                    }
                }
            }, "briefing-cleanup"));
    }

    /** Folders a run has just made for its output, outermost first. */
    static void trackFolders(java.util.List<Path> made) throws StoppingException {
        MADE.addAll(made);
        hook();
    }

    private static void track(Path tmp) throws IOException {
        hook();
        LIVE.add(tmp);
        // a file made while the hook runs may be missed by its loop (seen: one 0-byte .part in five
        // Ctrl-C's of a batch); either the hook sees it in LIVE or this sees STOPPING
        if (STOPPING.get()) {
            Files.deleteIfExists(tmp);
            LIVE.remove(tmp);
            throw new IOException("the run is stopping");
        }
    }

    private final OutputFolder folder;
    private final RunLock lock;
    private final Map<Path, Path> staged = new LinkedHashMap<>();

    Staging(OutputFolder folder) throws IOException {
        this.folder = folder;
        this.lock = RunLock.acquire(folder.root());
        track(lock.file());
    }

    /** A temporary file for the output named {@code name}; write it in full before committing. */
    public synchronized Path file(String name) throws IOException, InputException {
        Path target = folder.resolve(name);
        Path tmp = Files.createTempFile(folder.root(), "." + name + "." + lock.token() + ".", ".part");
        staged.put(tmp, target);
        track(tmp);
        return tmp;
    }

    /**
     * Flushes every file to disk, then replaces the targets as one set; returns the final paths in order.
     * The previous files are first renamed aside (hidden ".old" files) and a journal lists the targets:
     * if a move fails, every target is put back as it was; if the process dies mid-way, the next run
     * finds the journal and puts them back ({@link OutputFolder}). Either every file of a briefing is
     * replaced or none is.
     */
    public synchronized List<Path> commit() throws IOException, InputException {
        for (Path tmp : staged.keySet()) {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            readableByAll(tmp);
        }
        for (Path target : staged.values()) {
            if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw new InputException(io.briefing.input.InputProblem.ofFile(target, "is a folder or a special file, "
                        + "not a briefing this run may replace", "remove it, or choose another name with --name or --output"));
            }
        }
        steps.beforeMoves();
        String tag = "." + lock.token();
        Map<Path, Path> backups = new LinkedHashMap<>();
        StringBuilder journal = new StringBuilder();
        for (Path target : staged.values()) {
            Path backup = Files.exists(target) ? folder.root().resolve("." + target.getFileName() + tag + ".old") : null;
            backups.put(target, backup);
            journal.append(target.getFileName()).append('\t').append(backup == null ? "-" : backup.getFileName()).append('\n');
        }
        Path journalFile = folder.root().resolve(".commit" + tag + ".journal");
        try {
            Files.writeString(journalFile, journal);
            try (FileChannel ch = FileChannel.open(journalFile, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
        } catch (IOException e) {
            // a disk with room for the files but not the journal: nothing was moved yet; the empty journal
            // was left, and the error ("No space left on device") named no file
            Files.deleteIfExists(journalFile);
            if (e instanceof java.nio.file.FileSystemException named && named.getFile() != null) {
                throw e;
            }
            java.nio.file.FileSystemException named = new java.nio.file.FileSystemException(folder.root().toString(), null,
                    e.getMessage());
            named.initCause(e);
            throw named;
        }
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<Path, Path> b : backups.entrySet()) {
                if (b.getValue() != null) {
                    move(b.getKey(), b.getValue());
                }
            }
            int moved = 0;
            for (Map.Entry<Path, Path> e : staged.entrySet()) {
                steps.beforeMove(moved++);
                move(e.getKey(), e.getValue());
                LIVE.remove(e.getKey());
                written.add(e.getValue());
            }
        } catch (IOException | RuntimeException e) {
            OutputFolder.rollBack(folder.root(), journalFile);
            throw e;
        }
        // the journal's removal is the commit point: a run killed after it leaves only stale ".old"
        // copies, which the next run removes; before it, the next run puts the previous set back
        Files.deleteIfExists(journalFile);
        for (Path b : backups.values()) {
            if (b != null) {
                Files.deleteIfExists(b);
            }
        }
        staged.clear();
        committed = true;
        return written;
    }

    /** Whether the files were moved into place: a staging closed without it made nothing, and leaves no folder. */
    private boolean committed;

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
        boolean failed = !committed;
        for (Path tmp : staged.keySet()) {
            Files.deleteIfExists(tmp);
            LIVE.remove(tmp);
        }
        staged.clear();
        LIVE.remove(lock.file());
        lock.close();
        if (failed) {
            folder.removeCreatedIfEmpty();
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
