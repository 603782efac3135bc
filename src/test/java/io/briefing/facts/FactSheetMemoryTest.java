package io.briefing.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.briefing.input.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook whose cells' text the heap cannot hold is refused before the library reads it: a 1 GB
 * cell in a 16 MB file ran a 512 MB heap out of memory, with a stack trace (hostile re-review).
 */
class FactSheetMemoryTest {
    private static Path workbookWithStrings(Path dir, int megabytes) throws Exception {
        Path xlsx = dir.resolve("big.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(xlsx))) {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            byte[] mb = "a".repeat(1 << 20).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            for (int i = 0; i < megabytes; i++) {
                zip.write(mb);
            }
            zip.closeEntry();
        }
        return xlsx;
    }

    @Test
    void cellsWithMoreTextThanAQuarterOfTheHeapAreRefusedNamingThePartAndTheMemoryToGive(@TempDir Path dir) throws Exception {
        Path xlsx = workbookWithStrings(dir, 20);
        assertThatThrownBy(() -> FactSheetReader.requireHeapForStrings(xlsx, 64L << 20))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("big.xlsx: its cells' text (the part xl/sharedStrings.xml) is 20 MB, more than this "
                        + "run's memory (64 MB) can read")
                .hasMessageContaining("BRIEFING_JAVA_OPTS=-Xmx144m");
        // the same part under a heap four times its size is read
        FactSheetReader.requireHeapForStrings(xlsx, 128L << 20);
        assertThat(FactSheetReader.stringsLimit(128L << 20)).isEqualTo(32L << 20);
    }
}
