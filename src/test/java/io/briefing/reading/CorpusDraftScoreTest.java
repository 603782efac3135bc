package io.briefing.reading;

import io.briefing.Slow;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.draft.ArticleDraft;
import io.briefing.draft.DraftRow;
import io.briefing.facts.DatasetReader;
import io.briefing.facts.Fact;
import io.briefing.facts.FactTable;
import io.briefing.input.TextFiles;
import io.briefing.input.Warnings;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The draft scored against the gold tables of {@code ../shared/corpus} (with their pending rows: ranges
 * and less-than figures) and the seed's table, row by row.
 * A draft row counts for a gold row when value, unit (percent and share as one), qualifier, period
 * <em>and</em> entity (any of the gold row's names) are right; "values" counts value and unit alone.
 * The figures printed are the README's draft accuracy table; the floors below fail a change that
 * loses ground.
 */
@Slow
class CorpusDraftScoreTest {
    record Score(String name, int gold, int drafted, int values, int strictFound, int strictRight) {
        double recall() {
            return gold == 0 ? 0 : 100.0 * strictFound / gold;
        }

        double precision() {
            return drafted == 0 ? 0 : 100.0 * strictRight / drafted;
        }
    }

    static Score score(Path manifest) throws Exception {
        Path temp = java.nio.file.Files.createTempDirectory("corpus-draft");
        try {
            return score(manifest, new DatasetReader(new Warnings()).load(CorpusWithPending.of(manifest, temp)));
        } finally {
            try (Stream<Path> walk = java.nio.file.Files.walk(temp)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The draft of a dataset's article scored against its table (gold rows and pending rows alike). */
    static Score score(Path manifest, FactTable table) throws Exception {
        String article = TextFiles.readUtf8(table.dataset().source().file(), "source article", 5_000_000);
        String published = table.dataset().source().published();
        List<DraftRow> rows = new ArticleDraft(table.dataset().units())
                .read(article, published == null || published.isBlank() ? null : io.briefing.facts.Period.parse(published)).rows();
        List<Fact> gold = table.facts().stream().filter(Fact::hasValue).toList();
        boolean[] used = new boolean[rows.size()];
        int values = 0;
        int strict = 0;
        for (Fact g : gold) {
            boolean valueFound = false;
            for (int i = 0; i < rows.size(); i++) {
                DraftRow r = rows.get(i);
                if (!sameValue(g, r)) {
                    continue;
                }
                valueFound = true;
                if (!used[i] && g.qualifier().code().equals(r.qualifier()) && samePeriod(g, r)
                        && sameEntity(g, r)) {
                    used[i] = true;
                    strict++;
                    break;
                }
            }
            values += valueFound ? 1 : 0;
            if (Boolean.getBoolean("briefing.draftMisses") && valueFound) {
                missed(manifest, g, rows, used);
            }
        }
        return new Score(manifest.getParent().getFileName().toString(), gold.size(), rows.size(), values, strict, strict);
    }

    /** The draft's period read as the table reads it: 2025-H1 is 2025-01-01..2025-06-30. */
    private static boolean samePeriod(Fact g, DraftRow r) {
        try {
            return io.briefing.facts.Period.parse(r.period()).equals(g.period());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * With -Dbriefing.draftMisses=true: each gold row whose value was drafted but not the whole row,
     * with what the draft's row of that value got wrong (a tool for working on the draft).
     */
    private static void missed(Path manifest, Fact g, List<DraftRow> rows, boolean[] used) {
        for (int i = 0; i < rows.size(); i++) {
            DraftRow r = rows.get(i);
            if (used[i] && g.qualifier().code().equals(r.qualifier()) && samePeriod(g, r) && sameEntity(g, r)) {
                return;
            }
        }
        for (DraftRow r : rows) {
            if (sameValue(g, r)) {
                List<String> wrong = new ArrayList<>();
                if (!g.qualifier().code().equals(r.qualifier())) {
                    wrong.add("qualifier " + r.qualifier() + " for " + g.qualifier().code());
                }
                if (!samePeriod(g, r)) {
                    wrong.add("period " + r.period() + " for " + g.period());
                }
                if (!sameEntity(g, r)) {
                    wrong.add("entity '" + r.entityEn() + "|" + r.entityZh() + "' for " + g.entityNames());
                }
                System.out.println("MISS " + manifest.getParent().getFileName() + " " + g.id() + ": " + String.join("; ", wrong));
                return;
            }
        }
    }

    static boolean sameValue(Fact g, DraftRow r) {
        try {
            boolean unit = g.unit().code().equals(r.unit()) || percentLike(g.unit().code()) && percentLike(r.unit());
            int dots = r.value().indexOf("..");
            if (g.amount().isRange() || dots >= 0) {
                return unit && dots >= 0 && g.amount().isRange()
                        && new BigDecimal(r.value().substring(0, dots)).compareTo(g.amount().value()) == 0
                        && new BigDecimal(r.value().substring(dots + 2)).compareTo(g.amount().high()) == 0;
            }
            return unit && new BigDecimal(r.value()).compareTo(g.amount().value()) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean percentLike(String unit) {
        return unit.equals("percent") || unit.equals("share");
    }

    static boolean sameEntity(Fact g, DraftRow r) {
        for (String name : g.entityNames()) {
            String n = name.strip().toLowerCase(Locale.ROOT);
            if (n.equals(r.entityEn().strip().toLowerCase(Locale.ROOT)) || n.equals(r.entityZh().strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void draftsTheCorpusAsTheReadmeSays() throws Exception {
        // the floors are the corpus's: without it (a clone with no ../shared beside it) the seed alone scored
        // 75% of values against the 93% floor, and the test failed for the missing folder, not the draft
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(CorpusVerifyTest.CORPUS),
                "no ../shared/corpus beside the project: corpus tests skipped");
        List<Path> manifests = new ArrayList<>();
        try (Stream<Path> s = CorpusVerifyTest.manifests()) {
            s.forEach(manifests::add);
        }
        manifests.add(Path.of("seeds", "china-llm-2024.yaml"));
        int gold = 0;
        int drafted = 0;
        int values = 0;
        int strict = 0;
        StringBuilder table = new StringBuilder("| article | gold rows | drafted | values found | strict recall | strict precision |\n");
        for (Path m : manifests) {
            Score s = score(m);
            table.append(String.format(Locale.ROOT, "| %s | %d | %d | %d (%.0f%%) | %d (%.0f%%) | %.0f%% |%n", s.name(), s.gold(),
                    s.drafted(), s.values(), 100.0 * s.values() / s.gold(), s.strictFound(), s.recall(), s.precision()));
            gold += s.gold();
            drafted += s.drafted();
            values += s.values();
            strict += s.strictFound();
        }
        table.append(String.format(Locale.ROOT, "| all | %d | %d | %d (%.0f%%) | %d (%.0f%%) | %.0f%% |%n", gold, drafted, values,
                100.0 * values / gold, strict, 100.0 * strict / gold, 100.0 * strict / drafted));
        System.out.print(table);
        // floors: the figures measured when this test was written, less a row or two
        assertThat(100.0 * values / gold).as(table.toString()).isGreaterThanOrEqualTo(FLOOR_VALUES);
        assertThat(100.0 * strict / gold).as(table.toString()).isGreaterThanOrEqualTo(FLOOR_RECALL);
    }

    static final double FLOOR_VALUES = 93;
    static final double FLOOR_RECALL = 71;
}
