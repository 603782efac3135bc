package io.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.TestFiles;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken fact tables: each must be refused with exit code 1, a message naming file,
 * line, field and fix, no stack trace, and an output folder left exactly as it was.
 */
class BrokenInputCorpusTest {
    private static final String HEADER = "id,category,entity_en,entity_zh,metric_en,metric_zh,value,unit,qualifier,period,"
            + "reporter_en,reporter_zh,key,quote";
    private static final String GOOD = "idx-server,index-gain,Server concept index,服務器概念指數,Gain,漲幅,84.03,percent,exact,"
            + "2024-YTD,Wind,Wind,yes,服務器概念指數累計漲幅達84.03%";

    @TempDir
    static Path dir;
    static Path output;
    static Map<String, byte[]> outputBefore;

    @BeforeAll
    static void previousBriefing() throws IOException {
        TestFiles.copySeeds(dir);
        output = dir.resolve("out");
        Files.createDirectories(output);
        Files.writeString(output.resolve("previous.pdf"), "the previous briefing");
        outputBefore = snapshot(output);
    }

    static Stream<Arguments> corpus() {
        String good = GOOD;
        return Stream.of(
                Arguments.of("empty file", bytes(""), "the fact table is empty"),
                Arguments.of("header only", bytes(HEADER + "\n"), ":2: the table has a header but no facts"),
                Arguments.of("missing column", bytes(HEADER.replace(",quote", "") + "\n" + good.replaceFirst(",[^,]*$", "") + "\n"),
                        ":1: quote: the required column 'quote' is missing"),
                Arguments.of("duplicate id", bytes(HEADER + "\n" + good + "\n" + good + "\n"),
                        ":3: id: the id 'idx-server' is used twice (first on line 2)"),
                Arguments.of("non-numeric value", bytes(HEADER + "\n" + good.replace(",84.03,", ",eighty,") + "\n"),
                        ":2: value: 'eighty' is not a number"),
                Arguments.of("NaN", bytes(HEADER + "\n" + good.replace(",84.03,", ",NaN,") + "\n"),
                        ":2: value: 'NaN' is not a finite number"),
                Arguments.of("Infinity", bytes(HEADER + "\n" + good.replace(",84.03,", ",Infinity,") + "\n"),
                        ":2: value: 'Infinity' is not a finite number"),
                Arguments.of("1e400", bytes(HEADER + "\n" + good.replace(",84.03,", ",1e400,") + "\n"),
                        ":2: value: '1e400' is in exponent notation"),
                Arguments.of("value with unit", bytes(HEADER + "\n" + good.replace(",84.03,", ",84.03%,") + "\n"),
                        ":2: value: '84.03%' carries separators, units or a percent sign"),
                Arguments.of("unknown category", bytes(HEADER + "\n" + good.replace(",index-gain,", ",index-gains,") + "\n"),
                        ":2: category: unknown category 'index-gains'"),
                Arguments.of("unknown qualifier", bytes(HEADER + "\n" + good.replace(",exact,", ",roughly,") + "\n"),
                        ":2: qualifier: unknown qualifier 'roughly'. Fix: use one of: exact, at_least, more_than, at_most, less_than, approximately"),
                Arguments.of("unknown unit", bytes(HEADER + "\n" + good.replace(",percent,", ",pct,") + "\n"),
                        ":2: unit: unknown unit 'pct'"),
                Arguments.of("date that does not exist", bytes(HEADER + "\n" + good.replace(",2024-YTD,", ",2024-02-30,") + "\n"),
                        ":2: period: the date 2024-02-30 does not exist"),
                Arguments.of("GBK file", (HEADER + "\n" + good + "\n").getBytes(Charset.forName("GBK")),
                        "the file is not UTF-8: byte 0x"),
                Arguments.of("Big5 file", (HEADER + "\n" + good + "\n").getBytes(Charset.forName("Big5")),
                        "; it looks like a legacy Chinese encoding (GBK or Big5)"),
                Arguments.of("UTF-16 without BOM", (HEADER + "\n" + good + "\n").getBytes(StandardCharsets.UTF_16LE),
                        "the file looks like UTF-16 without a byte-order mark"),
                Arguments.of("unbalanced quote", bytes(HEADER + "\n" + good.replace(",服務器概念指數累", ",\"服務器概念指數累") + "\n"),
                        "a quoted field is never closed (unbalanced \")"),
                Arguments.of("10 MB field", bytes(HEADER + "\n" + good.replace(",Gain,", ",\"" + "x".repeat(10_000_000) + "\",") + "\n"),
                        ":2: metric_en: the field is 10000000 characters long, over the limit of 10000"),
                Arguments.of("quote not in the article", bytes(HEADER + "\n" + good.replace("累計漲幅達84.03%", "暴漲84.03%") + "\n"),
                        "idx-server: quote not found: the quote 「服務器概念指數暴漲84.03%」 does not occur in the article"),
                Arguments.of("fact file that does not exist", null, "the fact table does not exist"));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void refusesWithALocatedMessageAndWritesNothing(String name, byte[] content, String expected) throws IOException {
        Path table = dir.resolve(name.replace(' ', '-') + ".facts.csv");
        Path manifest = dir.resolve(name.replace(' ', '-') + ".yaml");
        Files.writeString(manifest, Files.readString(dir.resolve("china-llm-2024.yaml"))
                .replace("facts: china-llm-2024.facts.csv", "facts: " + table.getFileName()));
        if (content != null) {
            Files.write(table, content);
        }
        CliProbe.Result r = CliProbe.run("generate", "-d", manifest.toString(), "-o", output.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains(table.toString()).contains(expected).contains("error: ");
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(snapshot(output)).as("output folder unchanged").containsExactlyInAnyOrderEntriesOf(outputBefore);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readable")
    void readsExcelAndWindowsVariantsAsNormal(String name, byte[] content) throws IOException {
        Path table = dir.resolve(name.replace(' ', '-') + ".facts.csv");
        Path manifest = dir.resolve(name.replace(' ', '-') + ".yaml");
        Files.writeString(manifest, Files.readString(dir.resolve("china-llm-2024.yaml"))
                .replace("facts: china-llm-2024.facts.csv", "facts: " + table.getFileName()));
        Files.write(table, content);
        CliProbe.Result r = CliProbe.run("verify", "-d", manifest.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("1 facts: 1 verified, 0 failed");
    }

    static Stream<Arguments> readable() {
        String text = HEADER + "\n" + GOOD + "\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] crlf = text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + crlf.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(crlf, 0, withBom, bom.length, crlf.length);
        byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        return Stream.of(Arguments.of("BOM and CRLF", withBom), Arguments.of("UTF-16 with BOM", utf16),
                Arguments.of("unknown column", (HEADER + ",notes\n" + GOOD + ",an aside\n").getBytes(StandardCharsets.UTF_8)));
    }

    static Map<String, byte[]> snapshot(Path folder) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            s.forEach(files::add);
        }
        for (Path p : files) {
            m.put(p.getFileName().toString(), Files.readAllBytes(p));
        }
        return m;
    }
}
