package io.briefing.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.briefing.TestFiles;
import io.briefing.input.InputException;
import io.briefing.input.Warnings;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FactTableReaderTest {
    private static FactTable seed() throws InputException {
        return new DatasetReader(new Warnings()).load(TestFiles.MANIFEST);
    }

    @Test
    void readsEverySeedRowAsAValidFact() throws Exception {
        Warnings w = new Warnings();
        FactTable t = new DatasetReader(w).load(TestFiles.MANIFEST);
        assertThat(t.size()).isEqualTo(24);
        assertThat(w.all()).isEmpty();
        for (Fact f : t.facts()) {
            assertThat(f.id()).isNotBlank();
            assertThat(f.quote()).isNotBlank();
            assertThat(t.dataset().category(f.category())).as(f.id()).isPresent();
            assertThat(f.entity().en()).as(f.id()).isNotBlank();
            assertThat(f.entity().zh()).as(f.id()).isNotBlank();
        }
    }

    @Test
    void storesValuesInBaseUnitsWithTheirQualifiers() throws Exception {
        FactTable t = seed();
        assertThat(t.fact("idx-server").orElseThrow().amount()).isEqualTo(new Amount(new BigDecimal("84.03"), io.briefing.TestUnits.of("percent"),
                Qualifier.EXACT));
        Amount valuation = t.fact("val-zhipu").orElseThrow().amount();
        assertThat(valuation.value()).isEqualByComparingTo("20000000000");
        assertThat(valuation.qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(t.fact("users-ernie").orElseThrow().amount().value()).isEqualByComparingTo("430000000");
        assertThat(t.fact("players-foundation").orElseThrow().qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(t.fact("voucher-compute").orElseThrow().qualifier()).isEqualTo(Qualifier.AT_MOST);
        assertThat(t.fact("cut-cloud").orElseThrow().amount().unit()).isEqualTo(io.briefing.TestUnits.of("share"));
    }

    @Test
    void coversTheArticlesFiguresAndMilestones() throws Exception {
        Set<String> ids = seed().facts().stream().map(Fact::id).collect(Collectors.toSet());
        assertThat(ids).contains("idx-compute", "idx-server", "val-zhipu", "val-moonshot", "val-baichuan", "cut-cloud",
                "users-ernie", "players-foundation", "voucher-compute", "voucher-corpus",
                "voucher-model", "ms-gov-report", "ms-yuanbao", "ms-qwen", "ms-baidu-world", "ms-doubao", "ms-shenzhen",
                "ms-openai", "startup-zhipu", "startup-moonshot", "startup-minimax", "startup-baichuan", "startup-01ai",
                "startup-stepfun");
    }

    @Test
    void aCountWithAFractionIsRefused(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // tamper's "unit -> count" of a ratio (a book-to-bill of 1.32) verified as a count of 1.32
        Path m = TestFiles.copySeeds(dir);
        TestFiles.editFacts(dir, ",430000000,count,", ",1.32,count,");
        assertThatThrownBy(() -> new DatasetReader(new Warnings()).load(m))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("value: a value in count (a count of whole things) cannot have a fraction (1.32)");
    }

    @Test
    void aShareAbove100IsKeptAsARatioWithAWarning(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // an insurer's combined ratio of 102.7%, written as a share by a reader of the corpus guide: refusing
        // it refused the whole table, so none of its other rows could be checked
        Path m = TestFiles.copySeeds(dir);
        TestFiles.editFacts(dir, ",84.03,percent,", ",102.7,share,");
        Warnings w = new Warnings();
        FactTable t = new DatasetReader(w).load(m);
        assertThat(t.fact("idx-server").orElseThrow().amount().value()).isEqualByComparingTo("102.7");
        assertThat(w.all()).singleElement().asString().contains(":3: value: a share above 100 (102.7), kept as a ratio");
    }

    @Test
    void aNegativeShareIsKeptAsARatioWithAWarning(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // an operating margin of minus 2.3% (營業利益率為負2.3%), written as a share by a reader of the corpus
        // guide: refusing it refused the whole held-out table, 88 rows
        Path m = TestFiles.copySeeds(dir);
        TestFiles.editFacts(dir, ",84.03,percent,", ",-2.3,share,");
        Warnings w = new Warnings();
        FactTable t = new DatasetReader(w).load(m);
        assertThat(t.fact("idx-server").orElseThrow().amount().value()).isEqualByComparingTo("-2.3");
        assertThat(w.all()).singleElement().asString().contains(":3: value: a share below 0 (-2.3), kept as a ratio");
    }

    @Test
    void aManifestMayDeclareAShippedUnitAgainAndItsEntryIsUsed(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // a held-out manifest declared tonnes beside yuan per tonne, not knowing tonnes is shipped: the
        // whole table was refused ("already in the catalogue")
        Path m = TestFiles.copySeeds(dir);
        TestFiles.editManifest(dir, "facts: china-llm-2024.facts.csv", "facts: china-llm-2024.facts.csv\nunits:\n  tonnes:\n"
                + "    kind: quantity\n    name: { en: \"metric tons\", zh: \"吨\" }\n    text: [ \"吨\", \"tonnes\" ]");
        FactTable t = new DatasetReader(new Warnings()).load(m);
        assertThat(t.dataset().units().find("tonnes").orElseThrow().name().en()).isEqualTo("metric tons");
        TestFiles.editManifest(dir, "units:\n  tonnes:", "units:\n  Tonnes:\n    kind: quantity\n    name: { en: t, zh: t }\n  tonnes:");
        assertThatThrownBy(() -> new DatasetReader(new Warnings()).load(m)).isInstanceOf(InputException.class)
                .hasMessageContaining("the unit 'tonnes' is given twice");
    }

    @Test
    void anUnderscoreGroupsThousandsOrTheValueIsRefused(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // 84_03 was read as 8403: an underscore is a thousands group (430_000_000) or a typo
        Path m = TestFiles.copySeeds(dir);
        TestFiles.editFacts(dir, ",430000000,count,", ",430_000_000,count,");
        assertThat(new DatasetReader(new Warnings()).load(m).facts().stream()
                .filter(f -> f.id().equals("users-ernie")).findFirst().orElseThrow().amount().value())
                .isEqualByComparingTo("430000000");
        TestFiles.editFacts(dir, ",430_000_000,count,", ",4300_00000,count,");
        assertThatThrownBy(() -> new DatasetReader(new Warnings()).load(m))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("value: '4300_00000' has an underscore that does not group thousands");
    }

    @Test
    void aRangeIsReadLowToHighAndKeptThroughTheStore(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path m = TestFiles.copySeeds(dir);
        TestFiles.editFacts(dir, ",430000000,count,exact,", ",420000000..440000000,count,range,");
        Amount a = new DatasetReader(new Warnings()).load(m).fact("users-ernie").orElseThrow().amount();
        assertThat(a.isRange()).isTrue();
        assertThat(a.value()).isEqualByComparingTo("420000000");
        assertThat(a.high()).isEqualByComparingTo("440000000");
        assertThat(a.written()).isEqualTo("420000000..440000000");
    }

    @Test
    void aRangeWrittenHighToLowOrWithoutItsQualifierIsRefusedWithTheFix(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path m = TestFiles.copySeeds(dir);
        TestFiles.editFacts(dir, ",430000000,count,exact,", ",440000000..420000000,count,range,");
        assertThatThrownBy(() -> new DatasetReader(new Warnings()).load(m))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("value: the range '440000000..420000000' does not go from low to high")
                .hasMessageContaining("write the lower end first");
        TestFiles.editFacts(dir, ",440000000..420000000,count,range,", ",420000000..440000000,count,exact,");
        assertThatThrownBy(() -> new DatasetReader(new Warnings()).load(m))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("qualifier: the value '420000000..440000000' is a range, but the qualifier is exact")
                .hasMessageContaining("set the qualifier to range");
        TestFiles.editFacts(dir, ",420000000..440000000,count,exact,", ",430000000,count,range,");
        assertThatThrownBy(() -> new DatasetReader(new Warnings()).load(m))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("value: the qualifier is range, but '430000000' is one number");
    }

    @Test
    void aThousandUnknownColumnsGiveFiftyWarningsAndACount(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path m = TestFiles.copySeeds(dir);
        Path facts = dir.resolve("china-llm-2024.facts.csv");
        java.util.List<String> lines = java.nio.file.Files.readAllLines(facts);
        String extraHead = java.util.stream.IntStream.range(0, 1000).mapToObj(i -> "x" + i)
                .collect(java.util.stream.Collectors.joining(",", ",", ""));
        String extraCells = ",".repeat(1000);
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(lines.get(i) + (i == 0 ? extraHead : extraCells));
        }
        java.nio.file.Files.write(facts, out);
        Warnings w = new Warnings();
        new DatasetReader(w).load(m);
        assertThat(w.all()).hasSize(51);
        assertThat(w.all().get(50).toString()).contains("950 more unknown columns, ignored");
    }

    @Test
    void findsTheManifestBesideACsv() throws Exception {
        FactTable t = new DatasetReader(new Warnings()).load(TestFiles.FACTS);
        assertThat(t.dataset().manifest().getFileName()).isEqualTo(Path.of("china-llm-2024.yaml"));
    }

    @Test
    void rejectsDuplicateFactIds(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path m = TestFiles.copySeeds(dir);
        TestFiles.editFacts(dir, "idx-server,", "idx-compute,");
        assertThatThrownBy(() -> new DatasetReader(new Warnings()).load(m))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("china-llm-2024.facts.csv:3: id: the id 'idx-compute' is used twice (first on line 2)");
    }

    @Test
    void refusesATableTooBigForTheHeapBeforeReadingIt(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path csv = dir.resolve("huge.facts.csv");
        java.nio.file.Files.write(csv, new byte[64 << 20]);
        long heap = 128L << 20;
        assertThatThrownBy(() -> FactTableReader.checkHeap(csv, heap))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("huge.facts.csv: the fact table is 64 MB; reading and rendering it needs about 128 MB "
                        + "of heap, and this run's heap of 128 MB leaves 115 MB for it")
                .hasMessageContaining("BRIEFING_JAVA_OPTS=-Xmx192m");
        FactTableReader.checkHeap(csv, 256L << 20);
    }

    @Test
    void saysWhereTheRowsOfABigTableCouldNotBeWritten(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path m = TestFiles.copySeeds(dir);
        Path missing = dir.resolve("no-such-folder");
        // a store that keeps 64 bytes of rows in the heap, in 64-byte chunks: the seed table spills at once
        FactTableReader reader = new FactTableReader(new Warnings(), () -> new FactStore(64, 64, missing));
        Dataset d = new DatasetReader(new Warnings()).readManifest(m);
        assertThatThrownBy(() -> reader.read(d))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("the table is too big to keep in this run's heap, and its rows could not be written to "
                        + "the temporary folder " + missing)
                .hasMessageContaining("-Djava.io.tmpdir=DIR");
        FactTable spilled = new FactTableReader(new Warnings(), () -> new FactStore(64, 64, dir)).read(d);
        assertThat(spilled.spilledBytes()).isPositive();
        assertThat(spilled.facts()).isEqualTo(new DatasetReader(new Warnings()).load(m).facts());
        assertThat(java.nio.file.Files.list(dir).filter(p -> p.getFileName().toString().startsWith("briefing-rows"))).isEmpty();
    }
}
