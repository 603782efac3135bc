package io.briefing.reading;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.Slow;
import io.briefing.cli.CliProbe;
import io.briefing.draft.ArticleDraft;
import io.briefing.draft.DraftRow;
import io.briefing.facts.DatasetReader;
import io.briefing.facts.Fact;
import io.briefing.facts.FactTable;
import io.briefing.input.TextFiles;
import io.briefing.input.Warnings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The draft → verify loop on every corpus article and the seed: each drafted row that is right (value,
 * unit, qualifier, period and entity of a gold row, as {@link CorpusDraftScoreTest} counts it), accepted
 * unchanged once the columns the draft leaves to fill are filled from the gold row (category, the
 * entity's other names, reporter, a metric the glossary did not know), verifies. A drafted row the
 * check then refuses is a draft and a check that read the article differently.
 */
@Slow
class CorpusDraftVerifiesTest {
    @TempDir
    Path dir;

    static Stream<Path> manifests() throws Exception {
        List<Path> out = new ArrayList<>(CorpusVerifyTest.manifests().toList());
        out.add(Path.of("seeds", "china-llm-2024.yaml"));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifests")
    void everyRightDraftRowVerifiesOnceFilledIn(Path manifest) throws Exception {
        FactTable table = new DatasetReader(new Warnings()).load(CorpusWithPending.of(manifest, dir.resolve("gold")));
        String article = TextFiles.readUtf8(table.dataset().source().file(), "source article", 5_000_000);
        String published = table.dataset().source().published();
        List<DraftRow> rows = new ArticleDraft(table.dataset().units())
                .read(article, published == null || published.isBlank() ? null : io.briefing.facts.Period.parse(published)).rows();
        boolean[] used = new boolean[rows.size()];
        StringBuilder csv = new StringBuilder("id,category,entity_en,entity_zh,metric_en,metric_zh,value,unit,qualifier,period,"
                + "reporter_en,reporter_zh,key,aliases,quote\n");
        int accepted = 0;
        for (Fact g : table.facts().stream().filter(Fact::hasValue).toList()) {
            for (int i = 0; i < rows.size(); i++) {
                DraftRow r = rows.get(i);
                if (used[i] || !CorpusDraftScoreTest.sameValue(g, r) || !g.qualifier().code().equals(r.qualifier())
                        || !g.period().toString().equals(r.period()) || !CorpusDraftScoreTest.sameEntity(g, r)) {
                    continue;
                }
                used[i] = true;
                accepted++;
                // the draft's own value, unit, bound, period and quote; what it leaves to fill, from the gold row
                String[] f = {g.id(), g.category(), g.entity().en(), g.entity().zh(),
                    r.metricEn().isBlank() ? g.metric().en() : r.metricEn(), r.metricZh().isBlank() ? g.metric().zh() : r.metricZh(),
                    r.value(), r.unit(), r.qualifier(), r.period(), g.reporter().en(), g.reporter().zh(), "",
                    String.join("|", g.aliases()), r.quote()};
                for (int k = 0; k < f.length; k++) {
                    csv.append(k > 0 ? "," : "").append(field(f[k]));
                }
                csv.append('\n');
                break;
            }
        }
        Path copy = Files.createDirectories(dir.resolve("filled"));
        Path folder = manifest.getParent();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Files.copy(p, copy.resolve(p.getFileName()));
            }
        }
        Path facts = copy.resolve(table.dataset().factsFile().getFileName());
        Files.writeString(facts, csv, StandardCharsets.UTF_8);
        Path m = copy.resolve(manifest.getFileName());
        Files.writeString(m, withoutFindings(Files.readString(m, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        CliProbe.Result v = CliProbe.run("verify", "-d", m.toString());
        List<String> refused = v.out().lines().filter(l -> l.startsWith("  FAIL")).toList();
        System.out.printf("%s: %d drafted rows right, %d refused once filled in%n", manifest.getParent().getFileName(), accepted,
                refused.size());
        assertThat(accepted).as("rows drafted right").isPositive();
        assertThat(refused).as(v.out() + v.err()).isEmpty();
        assertThat(v.exit()).as(v.out() + v.err()).isZero();
    }

    /** The manifest without its findings: they name rows of the gold table the filled draft may not hold. */
    private static String withoutFindings(String manifest) {
        StringBuilder out = new StringBuilder();
        boolean in = false;
        for (String line : manifest.split("\n", -1)) {
            if (line.startsWith("findings:")) {
                in = true;
                continue;
            }
            if (in && !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#")) {
                in = false;
            }
            if (!in) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static String field(String s) {
        String one = s == null ? "" : s.replace('\n', ' ').replace('\r', ' ');
        return one.indexOf(',') >= 0 || one.indexOf('"') >= 0 ? '"' + one.replace("\"", "\"\"") + '"' : one;
    }
}
