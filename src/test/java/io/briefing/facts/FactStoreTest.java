package io.briefing.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.i18n.Localized;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The compact rows give back exactly the facts that went in, and find them by id. */
class FactStoreTest {

    @Property(tries = 200)
    void everyFactComesBackEqual(@ForAll("facts") @Size(max = 40) List<Fact> facts) {
        FactStore store = new FactStore();
        List<Fact> kept = new ArrayList<>();
        for (Fact f : facts) {
            if (store.indexOf(f.id()) < 0) {
                store.add(f);
                kept.add(f);
            }
        }
        assertThat(store.size()).isEqualTo(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            assertThat(store.get(i)).isEqualTo(kept.get(i));
            assertThat(store.indexOf(kept.get(i).id())).isEqualTo(i);
        }
    }

    @Test
    void textsBeyondTheDictionaryAndIndexGrowthStayIntact() {
        // more distinct texts than the dictionary keeps, and enough ids to rehash the index many times
        FactStore store = new FactStore();
        int n = 70_000;
        for (int i = 0; i < n; i++) {
            store.add(fact("id-" + i, "實體" + i, BigDecimal.valueOf(i, i % 3), i));
        }
        for (int i : new int[] {0, 1, 65_535, 65_536, 65_537, n - 1}) {
            Fact f = store.get(i);
            assertThat(f.id()).isEqualTo("id-" + i);
            assertThat(f.entity().zh()).isEqualTo("實體" + i);
            assertThat(f.amount().value()).isEqualTo(BigDecimal.valueOf(i, i % 3));
            assertThat(store.indexOf("id-" + i)).isEqualTo(i);
        }
        assertThat(store.indexOf("id-" + n)).isEqualTo(-1);
    }

    @Test
    void rowsMovedToTheSpillFileReadBackTheSame() {
        // 4 KB chunks, at most 8 KB of them in the heap: a few thousand rows spill hundreds of times
        FactStore store = new FactStore(8 << 10, 4 << 10);
        FactStore reference = new FactStore(Long.MAX_VALUE, 1 << 22);
        int n = 5_000;
        for (int i = 0; i < n; i++) {
            Fact f = fact("row-" + i, "實體" + "長".repeat(i % 50) + i, BigDecimal.valueOf(i * 31L, 2), i);
            store.add(f);
            reference.add(f);
        }
        assertThat(store.spilledBytes()).isGreaterThan(100_000);
        assertThat(reference.spilledBytes()).isZero();
        for (int i = 0; i < n; i++) {
            assertThat(store.get(i)).isEqualTo(reference.get(i));
        }
        assertThat(store.indexOf("row-4321")).isEqualTo(4321);
        // a row longer than a chunk gets a chunk of its own
        Fact big = fact("big", "長".repeat(10_000), BigDecimal.ONE, 1);
        store.add(big);
        assertThat(store.get(n)).isEqualTo(big);
    }

    @Provide
    Arbitrary<List<Fact>> facts() {
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30),
                Arbitraries.strings().withCharRange('一', '龥').ofMaxLength(12),
                Arbitraries.of("", "😀 emoji", "a,b \"c\"", "line\nbreak"));
        Arbitrary<String> ids = Arbitraries.strings().withCharRange('a', 'e').ofMinLength(1).ofMaxLength(3);
        Arbitrary<BigDecimal> values = Arbitraries.oneOf(
                Arbitraries.longs().map(v -> BigDecimal.valueOf(v, 2)),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(20).negate(), BigInteger.TEN.pow(30))
                        .map(v -> new BigDecimal(v, 3)),
                Arbitraries.just((BigDecimal) null));
        Arbitrary<Fact> fact = Combinators.combine(ids, text, text, values, Arbitraries.of(UnitCatalogue.shipped().all()),
                Arbitraries.of(Qualifier.values()), Arbitraries.integers().between(-5, 3000), Arbitraries.integers().between(1, 99_999))
                .as((id, en, zh, v, unit, q, year, line) -> new Fact(id, "cat", new Localized(en, zh), new Localized(zh, en),
                        v == null ? null : new Amount(v, unit, q), unit, q,
                        line % 7 == 0 ? Period.span(java.time.LocalDate.of(year, 1 + line % 12, 1 + line % 28),
                                java.time.LocalDate.of(year, 1 + line % 12, 1 + line % 28).plusDays(1 + line % 40))
                                : new Period(year, Math.floorMod(line, 13), Math.floorMod(line, 29), line % 2 == 0),
                        new Localized("r " + en, "報 " + zh), line % 3 == 0, en + zh,
                        line % 2 == 0 ? java.util.List.of() : java.util.List.of(en, zh + "x"), line));
        return fact.list();
    }

    private static Fact fact(String id, String zh, BigDecimal v, int line) {
        return new Fact(id, "c", new Localized("e " + line, zh), new Localized("m", "指"), new Amount(v, io.briefing.TestUnits.of("CNY"), Qualifier.EXACT),
                io.briefing.TestUnits.of("CNY"), Qualifier.EXACT, new Period(2024, 1 + line % 12, 0, false), new Localized("r", "報"), false,
                "quote " + line, java.util.List.of(), line + 2);
    }
}
