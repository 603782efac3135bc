package io.briefing.reading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A corpus dataset read with its {@code *.pending.csv} rows too (ranges, less-than figures: the rows the
 * fact-table format could not express when the corpus was written): the folder copied to a temporary one
 * whose table is the gold table followed by the pending rows. The corpus itself is read in place and
 * never written.
 */
final class CorpusWithPending {
    private CorpusWithPending() {}

    /** The manifest of a temporary copy of the dataset whose fact table holds its gold and pending rows. */
    static Path of(Path manifest, Path tempDir) {
        try {
            Path folder = manifest.getParent();
            String topic = manifest.getFileName().toString().replace(".yaml", "");
            Path pending = folder.resolve(topic + ".pending.csv");
            if (!Files.exists(pending)) {
                return manifest;
            }
            Path copy = Files.createDirectories(tempDir.resolve(folder.getFileName()));
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Files.copy(f, copy.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path facts = copy.resolve(topic + ".facts.csv");
            List<String> rows = new ArrayList<>(Files.readAllLines(facts, StandardCharsets.UTF_8));
            List<String> more = Files.readAllLines(pending, StandardCharsets.UTF_8);
            rows.addAll(more.subList(1, more.size()).stream().filter(l -> !l.isBlank()).toList());
            Files.write(facts, rows, StandardCharsets.UTF_8);
            return copy.resolve(manifest.getFileName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
