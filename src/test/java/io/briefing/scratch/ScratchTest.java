package io.briefing.scratch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchTest {
    @Test
    void aScratchFolderWhoseLockIsFreeIsRemovedWithEverythingInIt(@TempDir Path base) throws Exception {
        Path dead = Files.createDirectories(base.resolve(Scratch.PREFIX + "dead"));
        Files.writeString(dead.resolve(".lock"), "");
        Files.createDirectories(dead.resolve("poi"));
        Files.writeString(dead.resolve("poi").resolve("poi-sxssf-sheet1.xml"), "<x/>");

        assertThat(Scratch.removeAbandoned(base)).isEqualTo(1);
        assertThat(dead).doesNotExist();
    }

    @Test
    void aScratchFolderWhoseLockIsHeldIsLeftAlone(@TempDir Path base) throws Exception {
        Path live = Files.createDirectories(base.resolve(Scratch.PREFIX + "live"));
        try (FileChannel ch = FileChannel.open(live.resolve(".lock"), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                FileLock held = ch.lock()) {
            assertThat(Scratch.removeAbandoned(base)).isZero();
            assertThat(live.resolve(".lock")).exists();
        }
    }

    @Test
    void aLinkNamedLikeAScratchFolderIsNeverFollowed(@TempDir Path base) throws Exception {
        Path precious = Files.createDirectories(base.resolve("precious"));
        Files.writeString(precious.resolve(".lock"), "");
        Files.writeString(precious.resolve("notes.txt"), "keep");
        Files.createSymbolicLink(base.resolve(Scratch.PREFIX + "planted"), precious);

        assertThat(Scratch.removeAbandoned(base)).isZero();
        assertThat(precious.resolve("notes.txt")).hasContent("keep");
    }

    @Test
    void aFreshFolderWithoutItsLockFileMayBeBeingMadeAndIsLeftAlone(@TempDir Path base) throws Exception {
        Path young = Files.createDirectories(base.resolve(Scratch.PREFIX + "young"));
        assertThat(Scratch.removeAbandoned(base)).isZero();
        assertThat(young).exists();
    }
}
