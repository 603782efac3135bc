package io.briefing.cli;

import io.briefing.facts.DatasetReader;
import io.briefing.input.InputException;
import io.briefing.input.InputProblem;
import io.briefing.input.TextFiles;
import io.briefing.input.Warnings;
import io.briefing.output.OutputFolder;
import io.briefing.provenance.MojibakeRepair;
import io.briefing.provenance.SourceCleaner;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code briefing source clean}: a normalized copy of the article and a report of what was repaired. */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = {"Writes a normalized copy of the source article (mojibake repaired, pinyin annotations removed) "
                + "and a repair report into the output folder. The original file is never changed."})
final class SourceCleanCommand implements Callable<Integer> {
    @Option(names = {"-a", "--article"}, paramLabel = "FILE",
            description = "The article. Default: the one the dataset manifest names.")
    Path article;

    @Option(names = {"-d", "--data"}, paramLabel = "FILE", defaultValue = "seeds/china-llm-2024.yaml",
            description = "Dataset manifest whose source.file is the article. Default: ${DEFAULT-VALUE}")
    Path data;

    @picocli.CommandLine.Mixin
    OutputOptions outputOptions;

    @Option(names = "--force", description = "Replace a normalized copy or report of the same name even though it was edited.")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path file = article;
        if (file == null) {
            file = new DatasetReader(new Warnings()).readManifest(DatasetReader.manifestFor(data)).source().file();
            if (file == null) {
                throw new InputException(InputProblem.ofFile(data, "the manifest names no source article", "pass --article FILE"));
            }
        }
        String raw = TextFiles.readUtf8(file, "source article", 5_000_000);
        SourceCleaner.Cleaned cleaned = SourceCleaner.clean(raw);
        String base = file.getFileName().toString().replaceFirst("\\.txt$", "");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(base + ".normalized.txt", cleaned.marked().getBytes(StandardCharsets.UTF_8));
        files.put(base + ".repair-report.md", report(file, cleaned).getBytes(StandardCharsets.UTF_8));
        // an analyst corrects the normalized copy by hand: a second run replaced the corrections in silence.
        // As a draft, each file is replaced only while its bytes are the ones written (a hidden mark holds
        // their SHA-256), unless --force
        for (Map.Entry<String, byte[]> e : new java.util.ArrayList<>(files.entrySet())) {
            refuseToReplaceAnEdit(outputOptions.output.resolve(e.getKey()), e.getValue());
            files.put(DraftCommand.writtenMark(e.getKey()), (DraftCommand.sha256(e.getValue()) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        List<Path> written = new OutputFolder(outputOptions.output).writeAll(files).stream()
                .filter(p -> !p.getFileName().toString().endsWith(OutputFolder.WRITTEN_MARK)).toList();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: removed %d pinyin annotations; %d mojibake passages (%d high, %d medium, %d low confidence)%n", file,
                cleaned.annotationsRemoved(), cleaned.passages().size(), count(cleaned, MojibakeRepair.Confidence.HIGH),
                count(cleaned, MojibakeRepair.Confidence.MEDIUM), count(cleaned, MojibakeRepair.Confidence.LOW));
        for (Path p : written) {
            out.println("wrote " + p);
        }
        out.flush();
        return 0;
    }

    private void refuseToReplaceAnEdit(Path target, byte[] replacement) throws InputException {
        if (force || !java.nio.file.Files.isRegularFile(target)) {
            return;
        }
        try {
            if (DraftCommand.unchangedSinceWritten(target, replacement)) {
                return;
            }
        } catch (java.io.IOException e) {
            // cannot be read: whether it was edited cannot be told, so it is kept
        }
        throw new InputException(InputProblem.ofFile(target, "was changed since source clean wrote it (or was not written "
                + "by it): a new one would replace that work", "keep it and write elsewhere (-o DIR), or pass --force to replace it"));
    }

    private static long count(SourceCleaner.Cleaned c, MojibakeRepair.Confidence conf) {
        return c.passages().stream().filter(p -> p.confidence() == conf).count();
    }

    static String report(Path file, SourceCleaner.Cleaned c) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Repair report: ").append(file.getFileName()).append("\n\n");
        sb.append("- Pinyin annotations removed: ").append(c.annotationsRemoved()).append('\n');
        sb.append("- Mojibake passages: ").append(c.passages().size()).append('\n');
        sb.append("- Characters that could not be recovered are written ").append(MojibakeRepair.UNRECOVERED)
                .append("; guessed bytes are filled with the character the rest of the article makes most likely, and each "
                        + "character that rests on a guessed byte is shown ⟨in brackets⟩ below.\n\n");
        sb.append("Confidence: high = every byte read back, at most the first (swallowed) byte guessed; medium = a few bytes "
                + "guessed or a character the article does not otherwise use; low = more guessed bytes or an unrecovered character.\n\n");
        sb.append("| # | offset | damaged | repaired | confidence | guessed bytes | unrecovered |\n");
        sb.append("|---|---|---|---|---|---|---|\n");
        int n = 1;
        for (MojibakeRepair.Passage p : c.passages()) {
            sb.append("| ").append(n++).append(" | ").append(p.start()).append(" | `").append(p.damaged().replace("|", "\\|"))
                    .append("` | `").append(p.annotated().replace("|", "\\|")).append("` | ")
                    .append(p.confidence().name().toLowerCase(java.util.Locale.ROOT)).append(" | ").append(p.guessedBytes()).append(" | ")
                    .append(p.unrecovered()).append(" |\n");
        }
        return sb.toString();
    }
}
