package io.briefing.provenance;

import io.briefing.facts.FactTable;
import io.briefing.input.InputException;
import io.briefing.input.TextFiles;
import io.briefing.input.Warnings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;


/**
 * The check stage: reads the article a table's manifest names, normalizes it (mojibake repaired,
 * pinyin removed) and verifies every fact against it. Normalized articles are kept per file, so a
 * batch of weekly tables reading one article cleans it once.
 */
public final class Provenance {
    private static final long MAX_ARTICLE_CHARS = 5_000_000;
    private static final Map<Path, QuoteVerifier> VERIFIERS = new ConcurrentHashMap<>();

    private Provenance() {}

    public static VerificationReport verify(FactTable table, Warnings warnings) throws InputException {
        Path file = table.dataset().source().file();
        if (file == null) {
            warnings.add(table.dataset().manifest() + ": no source article named (source.file); figures are not checked");
            return VerificationReport.notChecked();
        }
        String name = file.getFileName().toString();
        // quotes are usually far from the damaged passages: try the cheap normalization first and
        // repair the mojibake only when a quote is not found without it
        QuoteVerifier.Setting setting = QuoteVerifier.Setting.of(table.dataset().units(), table.dataset().source().published(),
                table.dataset().entities().stream().map(io.briefing.facts.Entity::names).toList());
        VerificationReport quick = verifier(file, false).verify(table.facts(), name, setting);
        boolean missing = quick.checks().values().stream().anyMatch(c -> c.status() == CheckStatus.QUOTE_NOT_FOUND);
        return missing ? verifier(file, true).verify(table.facts(), name, setting) : quick;
    }

    public static QuoteVerifier verifier(Path file, boolean repairMojibake) throws InputException {
        Path key = file.toAbsolutePath().normalize();
        try {
            // a changed file is read again
            key = key.resolveSibling(key.getFileName() + "@" + Files.getLastModifiedTime(file).toMillis()
                    + ":" + Files.size(file) + (repairMojibake ? ":repaired" : ":stripped"));
        } catch (IOException e) {
            // TextFiles reports an unreadable file with a proper message below
        }
        QuoteVerifier v = VERIFIERS.get(key);
        if (v == null) {
            // the one rule for text, as the quotes of the table had it applied (a control character in the
            // article is a space there too, so a quote copied from it still matches)
            String raw = io.briefing.input.CleanText.of(TextFiles.readUtf8(file, "source article", MAX_ARTICLE_CHARS));
            TextFiles.requireAnArticle(file, raw);
            v = new QuoteVerifier(repairMojibake ? SourceCleaner.clean(raw).text() : PinyinAnnotations.strip(raw).text());
            VERIFIERS.put(key, v);
        }
        return v;
    }
}
