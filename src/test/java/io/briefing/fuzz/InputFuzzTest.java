package io.briefing.fuzz;

import io.briefing.Slow;
import io.briefing.TestFiles;
import io.briefing.build.BriefingBuilder;
import io.briefing.facts.Dataset;
import io.briefing.facts.DatasetReader;
import io.briefing.facts.FactTable;
import io.briefing.facts.FactTableReader;
import io.briefing.i18n.Language;
import io.briefing.input.InputException;
import io.briefing.input.Warnings;
import io.briefing.figures.ChineseNumerals;
import io.briefing.figures.FigureReader;
import io.briefing.facts.UnitCatalogue;
import io.briefing.provenance.MojibakeRepair;
import io.briefing.provenance.QuoteVerifier;
import io.briefing.provenance.VerificationReport;
import io.briefing.template.Template;
import io.briefing.template.TemplateReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzing of the three readers of hand-edited input, bounded by tries so it fits in CI: the seed
 * files, mutated byte by byte or character by character, must either load or fail with an
 * {@link InputException}; any other exception is a bug. Failing inputs are shrunk by jqwik.
 */
@Slow
class InputFuzzTest {
    private static Path dir;
    private static byte[] seedCsv;
    private static String seedTemplate;
    private static Dataset dataset;
    private static FactTable table;
    private static String article;

    @BeforeContainer
    static void seeds() throws Exception {
        dir = Files.createTempDirectory("briefing-fuzz");
        seedCsv = Files.readAllBytes(TestFiles.FACTS);
        seedTemplate = Files.readString(TestFiles.TEMPLATES.resolve("default.yaml"));
        Dataset seed = new DatasetReader(new Warnings()).readManifest(TestFiles.MANIFEST);
        dataset = seed.withFactsFile(dir.resolve("fuzz.facts.csv"));
        table = new DatasetReader(new Warnings()).load(TestFiles.MANIFEST);
        article = Files.readString(TestFiles.ARTICLE);
    }

    @AfterContainer
    static void clean() throws IOException {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** One change to a byte string: flip, insert, delete, duplicate a span, or cut. */
    record Mutation(int kind, double at, double length, byte value) {
        byte[] apply(byte[] in) {
            int pos = (int) (at * in.length);
            int len = Math.max(1, (int) (length * 40));
            switch (kind) {
                case 0: {
                    byte[] out = in.clone();
                    if (out.length > 0) {
                        out[Math.min(pos, out.length - 1)] ^= value;
                    }
                    return out;
                }
                case 1: {
                    byte[] out = new byte[in.length + 1];
                    System.arraycopy(in, 0, out, 0, pos);
                    out[pos] = value;
                    System.arraycopy(in, pos, out, pos + 1, in.length - pos);
                    return out;
                }
                case 2: {
                    int end = Math.min(in.length, pos + len);
                    byte[] out = new byte[in.length - (end - pos)];
                    System.arraycopy(in, 0, out, 0, pos);
                    System.arraycopy(in, end, out, pos, in.length - end);
                    return out;
                }
                case 3: {
                    int end = Math.min(in.length, pos + len);
                    byte[] out = new byte[in.length + (end - pos)];
                    System.arraycopy(in, 0, out, 0, end);
                    System.arraycopy(in, pos, out, end, in.length - pos);
                    return out;
                }
                default:
                    return java.util.Arrays.copyOf(in, pos);
            }
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, 4),
                Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1),
                Arbitraries.of((byte) '"', (byte) ',', (byte) '\n', (byte) '\r', (byte) 0, (byte) 0xE4, (byte) 0xFF,
                        (byte) '-', (byte) 'e', (byte) '9', (byte) '.', (byte) '=', (byte) 0x80)).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 15000)
    void factTableReaderFailsOnlyWithInputErrors(@ForAll("mutations") List<Mutation> ms) throws IOException {
        byte[] csv = seedCsv;
        for (Mutation m : ms) {
            csv = m.apply(csv);
        }
        Files.write(dataset.factsFile(), csv);
        try {
            new FactTableReader(new Warnings()).read(dataset);
        } catch (InputException expected) {
            // a clear input error is the right outcome for a broken table
        }
    }

    @Property(tries = 8000)
    void templateReaderAndBuilderFailOnlyWithInputErrors(@ForAll("mutations") List<Mutation> ms) throws IOException {
        byte[] yaml = seedTemplate.getBytes(StandardCharsets.UTF_8);
        for (Mutation m : ms) {
            yaml = m.apply(yaml);
        }
        Path t = dir.resolve("fuzz.yaml");
        Files.write(t, yaml);
        try {
            Template template = new TemplateReader().read(t);
            new BriefingBuilder(new Warnings()).build(table, template, VerificationReport.notChecked(),
                    new BriefingBuilder.Options(Language.EN, Instant.EPOCH, "fuzz", List.of()));
        } catch (InputException expected) {
            // a clear template error is the right outcome
        }
    }

    @Provide
    Arbitrary<String> chineseText() {
        return Arbitraries.strings().withChars("0123456789.,%％０１２３零〇一二兩两三四五六七八九十百千萬万億亿半元美天年月日號家個余餘以上最高約近左右俱樂部?!()-QwenGPT ")
                .ofMinLength(0).ofMaxLength(40);
    }

    @Property(tries = 50000)
    void chineseNumberParserNeverThrows(@ForAll("chineseText") String s) {
        new FigureReader(UnitCatalogue.shipped()).read(s);
        ChineseNumerals.parse(s);
    }

    @Property(tries = 5000)
    void verifierNeverThrowsOnAnyQuote(@ForAll("chineseText") String quote) {
        var f = table.facts().get(0);
        var tampered = new io.briefing.facts.Fact(f.id(), f.category(), f.entity(), f.metric(), f.amount(), f.unit(),
                f.qualifier(), f.period(), f.reporter(), f.key(), quote, f.aliases(), f.line());
        new QuoteVerifier(article).check(tampered, QuoteVerifier.Setting.of(UnitCatalogue.shipped(), "2024-12"));
    }

    @Property(tries = 1500)
    void mojibakeRepairNeverThrows(@ForAll("chineseText") String noise, @ForAll("mutations") List<Mutation> ms) {
        byte[] text = (article.substring(0, 600) + noise).getBytes(StandardCharsets.UTF_8);
        for (Mutation m : ms) {
            text = m.apply(text);
        }
        MojibakeRepair.repairAll(new String(text, StandardCharsets.UTF_8));
    }
}
