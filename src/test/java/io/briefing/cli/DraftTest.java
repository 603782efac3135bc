package io.briefing.cli;

import io.briefing.Slow;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.TestFiles;
import io.briefing.draft.ArticleDraft;
import io.briefing.draft.DraftRow;
import io.briefing.facts.UnitCatalogue;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code briefing draft}: a fact table drafted from an article verifies once the analyst has filled
 * what each row's draft cell names; its recall and precision are measured on a set of sentences and
 * on the seed article (figures a person would put in a fact table, found / proposed).
 */
@Slow
class DraftTest {
    @TempDir
    Path dir;

    /** The figures a person reads in the seed article: every one its fact table would hold, once each. */
    static final List<String> SEED_FIGURES = List.of("12 days exact", "20 count more_than", "20000000000 count at_least",
            "430000000 count exact", "47.66 percent exact", "84.03 percent exact", "90 percent at_least",
            "500000000 CNY at_most", "50000000 CNY at_most", "100000000 CNY at_most");

    /** Fills what the draft leaves to the analyst (a category of the manifest) and clears each draft cell. */
    private static void fillDraft(Path draft, Path into, String category) throws Exception {
        List<String> lines = Files.readAllLines(draft, StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(lines.get(0)).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            int first = line.indexOf(',');
            String filled = line.substring(0, first) + "," + category + line.substring(first + 1);
            sb.append(filled, 0, filled.lastIndexOf(",fill: ")).append(",\n");
        }
        Files.writeString(into, sb);
    }

    private Path draftOf(Path article) throws Exception {
        CliProbe.Result r = CliProbe.run("draft", article.toString(), "-o", dir.resolve("drafts").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        try (var s = Files.list(dir.resolve("drafts"))) {
            return s.filter(p -> p.toString().endsWith(".draft.facts.csv")).findFirst().orElseThrow();
        }
    }

    @Test
    void theSeedArticlesDraftVerifiesOnceTheDraftColumnsAreFilled() throws Exception {
        Path draft = draftOf(TestFiles.ARTICLE);
        assertThat(Files.readString(draft)).startsWith("id,category,entity_en,entity_zh,metric_en,metric_zh,value,unit,qualifier,"
                + "period,reporter_en,reporter_zh,key,aliases,quote,draft\n").contains(",fill: category");
        Path m = TestFiles.copySeeds(dir);
        fillDraft(draft, dir.resolve("china-llm-2024.facts.csv"), "valuation");
        CliProbe.Result v = CliProbe.run("verify", "-d", m.toString());
        assertThat(v.exit()).as(v.out() + v.err()).isZero();
        // a figure the article leaves undated is verified with its weaker status, the article's year
        assertThat(v.out()).contains("12 facts: 12 verified (1 dated only by the article's date), 0 failed")
                .contains("the table covers 10 of the article's 10 figures");
        // the three start-ups that share the valuation are a row each, as the seed table has them
        // with the metric named in both languages from the glossary
        assertThat(Files.readString(draft)).contains(",,,智譜AI,Valuation,估值,").contains(",,,月之暗面,Valuation,估值,")
                .contains(",,,百川智能,Valuation,估值,");
    }

    @Test
    void anEnglishArticlesDraftVerifiesTooAndGeneratesOnceReviewed() throws Exception {
        Path sample = Path.of("samples/shipping-invented");
        Files.copy(sample.resolve("shipping-invented.article.en.txt"), dir.resolve("shipping-invented.article.en.txt"));
        // the manifest without its findings: they name the sample table's ids, which a draft does not have
        String manifest = Files.readString(sample.resolve("shipping-invented.yaml"));
        Files.writeString(dir.resolve("shipping-invented.yaml"), manifest.substring(0, manifest.indexOf("\nfindings:") + 1));
        Path draft = draftOf(dir.resolve("shipping-invented.article.en.txt"));
        assertThat(Files.readString(draft)).contains("Sample Container Index").contains(",-8.5,percent,exact,2025-10-10,");
        Files.copy(draft, dir.resolve("shipping-invented.facts.csv"));
        // still marked draft: verify says so, generate refuses
        CliProbe.Result marked = CliProbe.run("generate", "-d", dir.resolve("shipping-invented.yaml").toString(), "-o",
                dir.resolve("out").toString());
        assertThat(marked.exit()).isEqualTo(1);
        assertThat(dir.resolve("out")).doesNotExist();
        fillDraft(draft, dir.resolve("shipping-invented.facts.csv"), "rates");
        CliProbe.Result v = CliProbe.run("verify", "-d", dir.resolve("shipping-invented.yaml").toString());
        assertThat(v.exit()).as(v.out() + v.err()).isZero();
        // 21 figures in 20 rows: "a fifth straight week" and "within three years" count too, and the two ends of
        // "between $2.9 billion and $3.1 billion" are one row, a range
        assertThat(v.out()).contains("20 facts: 20 verified").contains(", 0 failed").contains("covers 21 of the article's 21 figures");
        CliProbe.Result g = CliProbe.run("generate", "-d", dir.resolve("shipping-invented.yaml").toString(), "-o",
                dir.resolve("out").toString());
        assertThat(g.exit()).as(g.err()).isZero();
    }

    @Test
    void theSecondWeekOfTheHeatPumpSeriesDraftsWithEveryEntitysNamesFromTheFirst() throws Exception {
        Path week2 = Path.of("samples/heat-pumps-weekly-invented/2025-03-14/heat-pumps.yaml");
        CliProbe.Result r = CliProbe.run("draft", "-d", week2.toString(), "-o", dir.resolve("d").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("take both names of their entity from").contains("2025-03-07");
        List<String> lines = Files.readAllLines(dir.resolve("d/heat-pumps.article.en.draft.facts.csv"));
        List<String> header = List.of(lines.get(0).split(",", -1));
        int en = header.indexOf("entity_en");
        int zh = header.indexOf("entity_zh");
        int draft = header.indexOf("draft");
        // the entities as week 1's table names them, in both languages, none left to fill
        assertThat(lines.size()).isGreaterThan(3);
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split(",", -1);
            assertThat(c[en]).as(l).isNotBlank();
            assertThat(c[zh]).as(l).isNotBlank();
            assertThat(c[draft]).as(l).doesNotContain("entity_en").doesNotContain("entity_zh");
        }
        assertThat(lines.stream().anyMatch(l -> l.contains(",Germany,德國,"))).isTrue();
    }

    @Test
    void aRowStillMarkedDraftIsRefusedByGenerateOnItsLine() throws Exception {
        Path m = TestFiles.copySeeds(dir);
        Path facts = dir.resolve("china-llm-2024.facts.csv");
        List<String> lines = Files.readAllLines(facts);
        List<String> out = new ArrayList<>();
        out.add(lines.get(0) + ",draft");
        for (int i = 1; i < lines.size(); i++) {
            out.add(lines.get(i) + (i == 2 ? ",fill: category entity_en" : ","));
        }
        Files.write(facts, out);
        CliProbe.Result g = CliProbe.run("generate", "-d", m.toString(), "-o", dir.resolve("out").toString());
        assertThat(g.exit()).isEqualTo(1);
        assertThat(g.err()).contains("china-llm-2024.facts.csv:3: idx-server: the row is still marked draft (fill: category entity_en)")
                .contains("Fix:");
        CliProbe.Result v = CliProbe.run("verify", "-d", m.toString());
        assertThat(v.err()).contains("idx-server: still marked draft");
    }

    @Test
    void verifyListsTheFiguresTheTableLeavesOutAndDraftsThem() throws Exception {
        Path m = TestFiles.copySeeds(dir);
        // drop the Ernie Bot users row: its 4.3億 is then a figure of the article no fact covers
        Path facts = dir.resolve("china-llm-2024.facts.csv");
        Files.write(facts, Files.readAllLines(facts).stream().filter(l -> !l.startsWith("users-ernie,")).toList());
        CliProbe.Result v = CliProbe.run("verify", "-d", m.toString(), "--coverage");
        assertThat(v.exit()).isZero();
        assertThat(v.out()).contains("coverage: the table covers 9 of the article's 10 figures; not covered:")
                .contains("「4.3億」 in: 百度是最早布局大模型的大廠").contains("draft rows of the figures not covered")
                .contains(",430000000,count,exact,2024-11,");
    }

    @Test
    void theBriefingStatesTheCoverageInItsSourcesAndOnTheAboutSheet() throws Exception {
        CliProbe.Result g = CliProbe.run("generate", "-o", dir.toString());
        assertThat(g.exit()).as(g.err()).isZero();
        assertThat(Documents.text(dir.resolve("china-llm-2024-2024-W51-en.pdf")))
                .contains("The table covers all 10 figures the article states.");
        try (InputStream in = Files.newInputStream(dir.resolve("china-llm-2024-2024-W51-en.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> cells = new ArrayList<>();
            wb.getSheet("About").forEach(row -> row.forEach(c -> cells.add(c.toString())));
            assertThat(cells).contains("Coverage of the article", "The table covers all 10 figures the article states.");
        }
    }

    @Test
    void anEmptyABinaryOrAFigurelessArticleIsAClearErrorAndNothingIsWritten() throws Exception {
        Files.writeString(dir.resolve("empty.txt"), "  \n");
        Files.write(dir.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0});
        Files.writeString(dir.resolve("words.txt"), "A quiet week. Nothing was announced, and nobody said how much.\n");
        Map<String, String> expected = Map.of("empty.txt", "the article is empty", "binary.txt", "is a binary file (a program, an image or an archive), not text",
                "words.txt", "no figure was found in its 2 sentence(s)");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            CliProbe.Result r = CliProbe.run("draft", dir.resolve(e.getKey()).toString(), "-o", dir.resolve("out").toString());
            assertThat(r.exit()).as(e.getKey()).isEqualTo(1);
            assertThat(r.err()).as(e.getKey()).contains(e.getValue()).contains("Fix:").doesNotContain("Exception");
        }
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 120, unit = java.util.concurrent.TimeUnit.SECONDS)
    void anArticleOfManyFiguresOrOneEndlessLineIsDraftedInBoundedWork() throws Exception {
        // 5,000 lines of two figures each; then 9,000 figures on one line without a sentence end
        // (both ran for minutes when the reader looked back through the whole text for each figure)
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            lines.append("Revenue grew 7% to 300 units.\n");
        }
        Files.writeString(dir.resolve("many.txt"), lines);
        Files.writeString(dir.resolve("line.txt"), "Revenue grew 7% to 300 units and costs fell 2 percent; ".repeat(3_000));
        for (String f : List.of("many.txt", "line.txt")) {
            CliProbe.Result r = CliProbe.run("draft", dir.resolve(f).toString(), "-o", dir.resolve("o").toString());
            assertThat(r.exit()).as(r.err()).isZero();
        }
        assertThat(Files.readAllLines(dir.resolve("o/many.draft.facts.csv"))).hasSize(1 + 10_000);
        assertThat(Files.readAllLines(dir.resolve("o/line.draft.facts.csv"))).hasSize(1 + 9_000);
        // past 10,000 numbers it is no article: refused before it is read (30,000 drafted 30,000 rows before)
        Files.writeString(dir.resolve("endless.txt"), "Revenue grew 7% to 300 units and costs fell 2 percent; ".repeat(10_000));
        CliProbe.Result endless = CliProbe.run("draft", dir.resolve("endless.txt").toString(), "-o", dir.resolve("o").toString());
        assertThat(endless.exit()).isEqualTo(1);
        assertThat(endless.err()).contains("holds more than 10000 numbers");
    }

    @Test
    void aDraftNeverReplacesItsArticleOrACuratedTable() throws Exception {
        Path m = TestFiles.copySeeds(dir);
        Path article = dir.resolve(TestFiles.ARTICLE.getFileName());
        byte[] before = Files.readAllBytes(article);
        CliProbe.Result self = CliProbe.run("draft", article.toString(), "-o", dir.toString(), "--name", article.getFileName().toString());
        assertThat(self.exit()).isEqualTo(1);
        assertThat(self.err()).contains("is the article being drafted").contains("Fix:");
        assertThat(Files.readAllBytes(article)).isEqualTo(before);
        CliProbe.Result table = CliProbe.run("draft", article.toString(), "-o", dir.toString(), "--name", "china-llm-2024.facts.csv");
        assertThat(table.exit()).isEqualTo(1);
        assertThat(table.err()).contains("exists and is not a draft");
        assertThat(Files.readString(dir.resolve("china-llm-2024.facts.csv"))).contains("idx-server");
        // an earlier draft is replaced: that is what drafting again is for
        assertThat(CliProbe.run("draft", article.toString(), "-o", dir.toString()).exit()).isZero();
        assertThat(CliProbe.run("draft", article.toString(), "-o", dir.toString()).exit()).isZero();
        CliProbe.Result newline = CliProbe.run("draft", article.toString(), "-o", dir.toString(), "--name", "a\nb.csv");
        // the output folder's rule for every command: bad input, exit 1
        assertThat(newline.exit()).isEqualTo(1);
        assertThat(newline.err()).contains("the output name holds a line break or a control character");
        assertThat(m).isRegularFile();
    }

    @Test
    void aFigureIsCoveredOnlyByAFactThatQuotesItsOwnSentence() throws Exception {
        Path sample = Path.of("samples/shipping-invented");
        try (var files = Files.list(sample)) {
            for (Path p : files.toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        // rate-uswc's "fell 12%": another fact of the table has the value 12 (a 12% share), in another sentence
        Path facts = dir.resolve("shipping-invented.facts.csv");
        Files.write(facts, Files.readAllLines(facts).stream().filter(l -> !l.startsWith("rate-uswc,")).toList());
        String manifest = Files.readString(dir.resolve("shipping-invented.yaml"));
        Files.writeString(dir.resolve("shipping-invented.yaml"), manifest.substring(0, manifest.indexOf("\nfindings:") + 1));
        CliProbe.Result v = CliProbe.run("verify", "-d", dir.resolve("shipping-invented.yaml").toString(), "--coverage");
        assertThat(v.out()).contains("「12%」 in: In the week to October 10, rates from Shanghai to the US West Coast fell 12%")
                .contains("in the columns of this table (paste them below it; fill the category");
        // the rows printed have the table's 15 columns: pasted below it and given a category, they verify
        String rows = v.out().substring(v.out().indexOf("):\n") + 3);
        assertThat(rows.lines().findFirst().orElseThrow().split(",", -1).length).isGreaterThanOrEqualTo(15);
        String pasted = rows.lines().map(l -> { int c = l.indexOf(','); return l.substring(0, c) + ",rates" + l.substring(c + 1); })
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(facts, Files.readString(facts) + pasted);
        CliProbe.Result again = CliProbe.run("verify", "-d", dir.resolve("shipping-invented.yaml").toString());
        assertThat(again.exit()).as(again.out() + again.err()).isZero();
        // 21 figures: the two ends of "between $2.9 billion and $3.1 billion" are one fact's
        assertThat(again.out()).contains("the table covers 21 of the article's 21 figures");
    }

    @Test
    void anArticleWithControlCharactersIsDraftedIntoRowsThatVerify() throws Exception {
        Path m = TestFiles.copySeeds(dir);
        Path article = dir.resolve(TestFiles.ARTICLE.getFileName());
        String text = Files.readString(article).replace("累計漲幅達47.66%", "累計\u0007漲幅達47.66%");
        Files.writeString(article, text);
        Path draft = draftOf(article);
        fillDraft(draft, dir.resolve("china-llm-2024.facts.csv"), "valuation");
        CliProbe.Result v = CliProbe.run("verify", "-d", m.toString());
        assertThat(v.exit()).as(v.out() + v.err()).isZero();
        assertThat(v.out()).contains("12 facts: 12 verified");
    }

    // ---- accuracy ---------------------------------------------------------------------------------

    /** Found and proposed figures against the expected ones: counts of true and false positives and misses. */
    private record Score(int found, int proposed, int expected) {
        double recall() {
            return expected == 0 ? 1 : found / (double) expected;
        }

        double precision() {
            return proposed == 0 ? 1 : found / (double) proposed;
        }
    }

    private static String key(DraftRow r) {
        return new BigDecimal(r.value()).stripTrailingZeros().toPlainString() + " " + r.unit() + " " + r.qualifier();
    }

    private static String key(String expected) {
        String[] p = expected.trim().split(" ");
        return new BigDecimal(p[0]).stripTrailingZeros().toPlainString() + " " + p[1] + " " + p[2];
    }

    /** Scores the distinct figures drafted from a text (a figure several names share counts once). */
    private static Score score(String text, List<String> expected, List<String> misses) {
        List<DraftRow> rows = new ArrayList<>(new ArticleDraft(UnitCatalogue.shipped()).read(text).rows().stream()
                .collect(Collectors.toMap(DraftRow::start, r -> r, (a, b) -> a, TreeMap::new)).values());
        List<String> want = new ArrayList<>(expected.stream().map(DraftTest::key).toList());
        int found = 0;
        for (DraftRow r : rows) {
            if (want.remove(key(r))) {
                found++;
            } else {
                misses.add("proposed, not a figure of the set: " + key(r) + " in " + text);
            }
        }
        want.forEach(w -> misses.add("missed: " + w + " in " + text));
        return new Score(found, rows.size(), expected.size());
    }

    @Test
    void draftFindsTheFiguresAPersonReadsInTheSentenceSetAndTheSeedArticle() throws Exception {
        List<String> misses = new ArrayList<>();
        int found = 0;
        int proposed = 0;
        int expected = 0;
        int sentences = 0;
        for (String line : Files.readAllLines(Path.of("src/test/resources/draft/figures.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            List<String> want = f[2].equals("-") ? List.of() : List.of(f[2].split("\\|"));
            Score s = score(f[1], want, misses);
            found += s.found();
            proposed += s.proposed();
            expected += s.expected();
            sentences++;
        }
        Score set = new Score(found, proposed, expected);
        Score seed = score(Files.readString(TestFiles.ARTICLE), SEED_FIGURES, misses);
        String report = String.format(java.util.Locale.ROOT, "sentence set: %d sentences, %d figures: recall %.1f%% (%d/%d), "
                        + "precision %.1f%% (%d/%d)%nseed article: %d figures: recall %.1f%% (%d/%d), precision %.1f%% (%d/%d)%n%s",
                sentences, expected, 100 * set.recall(), found, expected, 100 * set.precision(), found, proposed,
                seed.expected(), 100 * seed.recall(), seed.found(), seed.expected(), 100 * seed.precision(), seed.found(),
                seed.proposed(), String.join("\n", misses));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/draft-accuracy.txt"), report);
        assertThat(seed.recall()).as(report).isGreaterThanOrEqualTo(0.95);
        assertThat(seed.precision()).as(report).isGreaterThanOrEqualTo(0.90);
        assertThat(set.recall()).as(report).isGreaterThanOrEqualTo(0.95);
        assertThat(set.precision()).as(report).isGreaterThanOrEqualTo(0.90);
    }
}
