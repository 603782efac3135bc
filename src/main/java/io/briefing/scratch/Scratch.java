package io.briefing.scratch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

/**
 * The one folder that holds every temporary file of this process: the fact table's spilled rows,
 * the spreadsheet library's sheet buffers, preview's warm-up briefings. It lives in the system's
 * temporary folder as {@code briefing-scratch-*}, and the process holds a lock on a file inside it
 * for as long as it runs. A normal end or a stop signal (SIGTERM, Ctrl-C) removes the folder; after
 * SIGKILL or a power cut the kernel has released the lock, and the next run that needs a scratch
 * folder removes every scratch folder whose lock it can take.
 *
 * <p>Before this, an interrupted run left its files behind for good: 29 of the library's
 * {@code poifiles/poi-sxssf-*} after 4 interrupted runs, and 97 font copies ({@code +~JF*.tmp},
 * 41 MB) in one day of tests that stop processes. Font copies are no longer made at all (the fonts
 * are read from their files).
 */
public final class Scratch {
    /** The name every scratch folder starts with. */
    static final String PREFIX = "briefing-scratch-";
    private static final String LOCK = ".lock";
    /**
     * A scratch folder without its lock file is left alone this long: its owner may be between making
     * the folder and locking the file.
     */
    private static final Duration UNLOCKED_GRACE = Duration.ofMinutes(10);

    private static Path folder;
    @SuppressWarnings("unused") // held for the life of the process: the kernel drops it when the process ends
    private static FileLock lock;
    private static volatile boolean stopping;

    private Scratch() {
    }

    /** This process's scratch folder, made (and stale ones removed) on first use. */
    public static synchronized Path folder() throws IOException {
        if (stopping) {
            throw new IOException("the run is stopping");
        }
        if (folder != null && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return folder;
        }
        Path base = Path.of(System.getProperty("java.io.tmpdir"));
        removeAbandoned(base);
        try {
            // before the first file exists, so a stop signal from here on removes what was made
            Runtime.getRuntime().addShutdownHook(new Thread(Scratch::removeOwn, "briefing-scratch-cleanup"));
        } catch (IllegalStateException e) {
            stopping = true;
            throw new IOException("the run is stopping");
        }
        for (int attempt = 0; attempt < 5; attempt++) {
            Path made = Files.createTempDirectory(base, PREFIX);
            FileChannel ch = FileChannel.open(made.resolve(LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            FileLock l = ch.lock();
            // another run's sweep may have taken the lock between creation and locking and removed
            // the folder: a lock on a removed file claims nothing, so make another
            if (Files.isRegularFile(made.resolve(LOCK), LinkOption.NOFOLLOW_LINKS)) {
                lock = l;
                folder = made;
                return made;
            }
            ch.close();
        }
        throw new IOException("could not claim a scratch folder in " + base + " after 5 attempts");
    }

    /** A sub-folder of the scratch folder, made if missing. */
    public static synchronized Path folder(String name) throws IOException {
        Path sub = folder().resolve(name);
        Files.createDirectories(sub);
        return sub;
    }

    /**
     * A new file in a sub-folder of the scratch folder. Made under the same monitor the stop hook removes
     * the folder under, so no file is made after it: the spreadsheet library made its sheet buffer (and
     * its folder) again while a stopped process ended, and 13 of 224 stops left one behind.
     */
    public static synchronized Path newFile(String sub, String prefix, String suffix) throws IOException {
        return Files.createTempFile(folder(sub), prefix, suffix);
    }

    /** A new folder in a sub-folder of the scratch folder, made as {@link #newFile} is. */
    public static synchronized Path newFolder(String sub, String prefix) throws IOException {
        return Files.createTempDirectory(folder(sub), prefix);
    }

    private static synchronized void removeOwn() {
        stopping = true;
        if (folder != null) {
            deleteTree(folder);
        }
    }

    /**
     * Removes every scratch folder in {@code base} whose owner is gone: its lock can be taken. A
     * folder whose lock is held, or cannot be tested, is left; so is anything that is not a plain
     * folder of this user (a link planted in a shared temporary folder is never followed).
     */
    static int removeAbandoned(Path base) {
        int removed = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(base, PREFIX + "*")) {
            for (Path dir : ds) {
                if (dir.equals(folder) || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
                        || !ownedByUs(dir)) {
                    continue;
                }
                if (abandoned(dir)) {
                    deleteTree(dir);
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // a temporary folder that cannot be listed is the system's to clear
        }
        return removed;
    }

    private static boolean ownedByUs(Path dir) throws IOException {
        try {
            return Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"));
        } catch (UnsupportedOperationException e) {
            return true;
        }
    }

    private static boolean abandoned(Path dir) throws IOException {
        Path lockFile = dir.resolve(LOCK);
        if (!Files.isRegularFile(lockFile, LinkOption.NOFOLLOW_LINKS)) {
            FileTime made = Files.getLastModifiedTime(dir, LinkOption.NOFOLLOW_LINKS);
            return made.toInstant().isBefore(Instant.now().minus(UNLOCKED_GRACE));
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            FileLock l = ch.tryLock();
            if (l == null) {
                return false;
            }
            l.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /** Removes a folder of the scratch folder and everything in it; what cannot be removed, the next run removes. */
    public static void remove(Path dir) {
        deleteTree(dir);
    }

    private static void deleteTree(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // what is left is removed by the next run
        }
    }
}
