package io.briefing.render.xlsx;

import io.briefing.scratch.Scratch;
import java.io.IOException;
import org.apache.poi.util.TempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * Points the spreadsheet library's temporary files (a streamed sheet's rows) into this process's
 * {@link Scratch} folder. By default they go to a shared {@code poifiles} folder that nobody clears:
 * 29 of them were left there after 4 interrupted runs.
 */
final class PoiScratch {
    private static boolean done;

    private PoiScratch() {
    }

    static synchronized void use() throws IOException {
        if (!done) {
            Scratch.folder("poi");
            TempFile.setTempFileCreationStrategy(new TempFileCreationStrategy() {
                @Override
                public java.io.File createTempFile(String prefix, String suffix) throws IOException {
                    return Scratch.newFile("poi", prefix, suffix).toFile();
                }

                @Override
                public java.io.File createTempDirectory(String prefix) throws IOException {
                    return Scratch.newFolder("poi", prefix).toFile();
                }
            });
            done = true;
        }
    }
}
