package io.briefing.cli;

import io.briefing.draft.ArticleDraft;
import io.briefing.draft.DraftTable;
import io.briefing.facts.UnitCatalogue;
import io.briefing.input.InputException;
import io.briefing.input.InputProblem;
import io.briefing.input.TextFiles;
import io.briefing.output.OutputFolder;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code briefing draft ARTICLE}: a fact table drafted from the article, one row per figure it states. */
@Command(name = "draft", mixinStandardHelpOptions = true,
        description = {"Drafts a fact table from an article (Chinese, Traditional or Simplified, or English): one row for "
                + "every figure it states, with its value in base units, unit, qualifier, period, the sentence as quote and "
                + "a guess of entity and metric. Each row's draft cell names the columns left to fill or check."})
final class DraftCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ARTICLE", arity = "0..1", description = "The article, as UTF-8 text (or give -d).")
    Path article;

    @Option(names = {"-d", "--data"}, paramLabel = "MANIFEST",
            description = "A dataset manifest: its article (source.file), its units and its date of publication, so that "
                    + "\"next year\" and a quarter without a year are dated from it.")
    Path manifest;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
            description = "Output folder. Default: ${DEFAULT-VALUE}")
    Path output;

    @Option(names = "--name", paramLabel = "FILE",
            description = "Name of the CSV written. Default: <article name>.draft.facts.csv")
    String name;

    @Option(names = "--force", description = "Replace a draft of the same name even though it was edited since it was written.")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * The hidden file beside a draft that holds the SHA-256 of the bytes written: a draft whose bytes
     * still match it is one nobody changed, and may be replaced; one that differs has the analyst's work.
     */
    static String writtenMark(String draftFile) {
        return "." + draftFile + OutputFolder.WRITTEN_MARK;
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * A draft replaces only an earlier draft: never the article it was read from, nor a table the
     * analyst curated (a CSV without the draft column), nor any other file.
     */
    private void refuseToOverwrite(Path target, byte[] replacement) throws InputException {
        if (!java.nio.file.Files.exists(target)) {
            return;
        }
        boolean same;
        try {
            same = java.nio.file.Files.isSameFile(target, article);
        } catch (java.io.IOException e) {
            same = false;
        }
        String first = "";
        try (java.io.BufferedReader r = java.nio.file.Files.newBufferedReader(target, StandardCharsets.UTF_8)) {
            first = String.valueOf(r.readLine());
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            // not text: not a draft
        }
        if (same || !first.endsWith(",draft")) {
            throw new InputException(InputProblem.ofFile(target, same ? "is the article being drafted"
                    : "exists and is not a draft (its header has no draft column): a draft does not replace it",
                    "choose another name with --name or another folder with -o"));
        }
        if (force) {
            return;
        }
        boolean unchanged;
        try {
            unchanged = unchangedSinceWritten(target, replacement);
        } catch (java.io.IOException | RuntimeException e) {
            throw new InputException(InputProblem.ofFile(target, "the draft there cannot be read (" + e.getMessage()
                    + "), so whether it was edited cannot be told", "choose another name with --name or another folder with -o"));
        }
        if (!unchanged) {
            throw new InputException(InputProblem.ofFile(target, "is a draft that was edited since it was written: "
                    + "a new draft would replace the work in it", "keep it and write the new draft elsewhere (--name FILE or "
                    + "-o DIR), or pass --force to replace it"));
        }
    }

    /**
     * Whether the file holds what the tool wrote there (the SHA-256 in its hidden {@link #writtenMark}) or
     * what it would write now: a file nobody edited, which a new run may replace (draft, source clean).
     */
    static boolean unchangedSinceWritten(Path target, byte[] replacement) throws java.io.IOException {
        byte[] now = java.nio.file.Files.readAllBytes(target);
        Path markFile = target.resolveSibling(writtenMark(target.getFileName().toString()));
        String mark = java.nio.file.Files.isRegularFile(markFile) && java.nio.file.Files.size(markFile) < 200
                ? java.nio.file.Files.readString(markFile, StandardCharsets.UTF_8).strip() : "";
        return java.util.Arrays.equals(now, replacement) || sha256(now).equals(mark);
    }

    @Override
    public Integer call() throws Exception {
        // as generate says it (exit 2, bad usage): a blank draft name was exit 1 "would leave the output folder"
        if (name != null && name.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--name: the name is blank; give the draft's "
                    + "file name, e.g. --name week51.draft.facts.csv");
        }
        UnitCatalogue units = UnitCatalogue.shipped();
        io.briefing.facts.Period published = null;
        io.briefing.facts.Dataset d = null;
        if (manifest != null) {
            d = new io.briefing.facts.DatasetReader(new io.briefing.input.Warnings()).readManifest(manifest);
            units = d.units();
            if (article == null) {
                article = d.source().file();
            }
            try {
                published = d.source().published() == null || d.source().published().isBlank() ? null
                        : io.briefing.facts.Period.parse(d.source().published());
            } catch (IllegalArgumentException e) {
                published = null; // an unreadable date: the draft dates from the article alone
            }
        }
        if (article == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give the article to draft, or a manifest with -d");
        }
        String raw = TextFiles.readUtf8(article, "article", 5_000_000);
        if (raw.isBlank()) {
            throw new InputException(InputProblem.ofFile(article, "the article is empty", "save the article's text into the file"));
        }
        io.briefing.input.TextFiles.requireAnArticle(article, raw);
        List<List<String>> declared = d == null ? List.of() : d.entities().stream().map(io.briefing.facts.Entity::names).toList();
        ArticleDraft.Result draft = new ArticleDraft(units).read(raw, published, declared);
        // the manifest's entities, then those last week's table named, get both their names
        String namedFrom = "";
        if (d != null && !d.entities().isEmpty()) {
            io.briefing.draft.KnownNames known = io.briefing.draft.KnownNames.of(d.entities());
            long filled = known.known(draft.rows());
            draft = new ArticleDraft.Result(draft.text(), draft.chinese(), draft.sentences(), known.fill(draft.rows()));
            namedFrom = String.format("%d row(s) take both names of their entity from the manifest's entities:%n", filled);
        }
        if (d != null) {
            java.util.Optional<java.nio.file.Path> previous = io.briefing.weekly.Series.previous(d,
                    new io.briefing.weekly.Series.Since.Previous(), new io.briefing.input.Warnings());
            if (previous.isPresent()) {
                io.briefing.draft.KnownNames known = new io.briefing.draft.KnownNames(
                        new io.briefing.facts.DatasetReader(new io.briefing.input.Warnings()).load(previous.get()).facts());
                long filled = known.known(draft.rows());
                draft = new ArticleDraft.Result(draft.text(), draft.chinese(), draft.sentences(), known.fill(draft.rows()));
                namedFrom += String.format("%d row(s) take both names of their entity from %s%n", filled, previous.get());
            }
        }
        if (draft.rows().isEmpty()) {
            throw new InputException(InputProblem.ofFile(article, "no figure was found in its " + draft.sentences()
                    + " sentence(s): there is nothing to draft", "check that this is the week's article; a table of "
                    + "facts without numbers is written by hand"));
        }
        String base = article.getFileName().toString().replaceFirst("\\.(txt|md|text)$", "");
        String file = name != null ? name : base + ".draft.facts.csv";
        // its length (in bytes, as the file system counts) and its characters are the output folder's to check,
        // for every command alike: exit 1 with the limit
        byte[] csv = DraftTable.csv(draft.rows(), true).getBytes(StandardCharsets.UTF_8);
        refuseToOverwrite(output.resolve(file), csv);
        // the mark is written with the draft, in one commit: a draft without its mark counts as edited
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put(file, csv);
        files.put(writtenMark(file), (sha256(csv) + "\n").getBytes(StandardCharsets.UTF_8));
        List<Path> written = new OutputFolder(output).writeAll(files).stream()
                .filter(p -> !p.getFileName().toString().equals(writtenMark(file))).toList();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %d figures in %d sentences (%s): %d draft rows; fill the columns each row's draft cell names, "
                + "then clear the cell%n", article, draft.rows().size(), draft.sentences(), draft.chinese() ? "Chinese" : "English",
                draft.rows().size());
        out.print(namedFrom);
        written.forEach(p -> out.println("wrote " + p));
        out.flush();
        return 0;
    }
}
