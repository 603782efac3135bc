package io.briefing.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The claim of one run on its temporary files. Each run holds an exclusive lock on a hidden file
 * named with a random token, and names its temporary files and journal with the same token; the
 * kernel releases the lock when the process ends, however it ends. A temporary file is abandoned
 * when the lock of its token can be taken (or its lock file is gone): a process id would not do,
 * because two containers sharing an output folder see different processes under the same number.
 */
final class RunLock implements AutoCloseable {
    /** The token in a temporary file's, journal's or lock's name. */
    static final Pattern TOKEN = Pattern.compile("\\.(run[0-9a-f]{16})\\.");
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * The tokens of this process's live runs. They are never probed: on POSIX, closing any channel of
     * a file can release every lock the process holds on it, so a probe from a run beside it (a batch
     * on several threads) could free a live run's lock for other processes.
     */
    private static final java.util.Set<String> OURS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Path file;
    private final String token;
    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(Path file, String token, FileChannel channel, FileLock lock) {
        this.file = file;
        this.token = token;
        this.channel = channel;
        this.lock = lock;
    }

    /** Creates and locks a lock file in {@code root} under a fresh token. */
    static RunLock acquire(Path root) throws IOException {
        for (int attempt = 0; ; attempt++) {
            byte[] b = new byte[8];
            RANDOM.nextBytes(b);
            String token = "run" + HexFormat.of().formatHex(b);
            Path file = lockFile(root, token);
            OURS.add(token); // before the file exists: no run of this process ever probes it
            // created and opened in one step: a clean-up beside it may delete a lock file it can lock
            // (seen in a batch on two threads: the file was gone between creation and opening)
            FileChannel ch;
            try {
                ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (IOException | RuntimeException e) {
                OURS.remove(token);
                throw e;
            }
            FileLock lock;
            try {
                lock = ch.lock();
            } catch (IOException | RuntimeException e) {
                ch.close();
                Files.deleteIfExists(file);
                OURS.remove(token);
                throw e;
            }
            // another run's clean-up may have taken the lock between creation and locking, and then
            // deleted the file: a lock on a deleted file claims nothing, so start again
            if (Files.exists(file)) {
                return new RunLock(file, token, ch, lock);
            }
            ch.close();
            OURS.remove(token);
            if (attempt == 4) {
                throw new IOException("could not claim a lock file in " + root + " after 5 attempts");
            }
        }
    }

    static Path lockFile(Path root, String token) {
        return root.resolve(".briefing." + token + ".lock");
    }

    String token() {
        return token;
    }

    Path file() {
        return file;
    }

    /** The token in a file name, or null when the name carries none. */
    static String tokenOf(String fileName) {
        Matcher m = TOKEN.matcher(fileName);
        return m.find() ? m.group(1) : null;
    }

    /**
     * Whether the run of {@code token} is gone: its lock file is missing or its lock can be taken.
     * A lock held in this process (another run of a batch) or one that cannot be tested counts as live.
     */
    static boolean abandoned(Path root, String token) {
        if (OURS.contains(token)) {
            return false;
        }
        Path file = lockFile(root, token);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) {
                return false;
            }
            // held now by this run: delete while holding it, so the owner (if it was only about to
            // lock) sees its file gone and claims another
            Files.deleteIfExists(file);
            l.release();
            return true;
        } catch (NoSuchFileException e) {
            return true;
        } catch (OverlappingFileLockException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** Removes the lock file, then releases the lock: the run's temporary files are gone by now. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // an unlocked lock file is removed by the next run
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the lock goes with the process
        }
        OURS.remove(token);
    }
}
