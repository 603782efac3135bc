package io.briefing.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.facts.Amount;
import io.briefing.facts.Fact;
import io.briefing.facts.Period;
import io.briefing.facts.Qualifier;
import io.briefing.i18n.Localized;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The one-pass top k is the first k of a stable sort, ties in list order. */
class RankingTest {
    @Property(tries = 300)
    void topKIsThePrefixOfAStableSort(@ForAll @Size(max = 60) List<@IntRange(min = 0, max = 9) Integer> values,
                                      @ForAll @IntRange(min = 0, max = 70) int k) {
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            facts.add(fact("f" + i, values.get(i)));
        }
        Comparator<Fact> byValueDesc = Comparator.comparing((Fact f) -> f.amount().value()).reversed();
        List<Fact> sorted = facts.stream().sorted(byValueDesc).toList();
        assertThat(Ranking.top(facts, byValueDesc, k)).containsExactlyElementsOf(sorted.subList(0, Math.min(k, sorted.size())));
    }

    private static Fact fact(String id, int value) {
        return new Fact(id, "c", Localized.of(id), Localized.of("m"), new Amount(BigDecimal.valueOf(value), io.briefing.TestUnits.of("count"),
                Qualifier.EXACT), io.briefing.TestUnits.of("count"), Qualifier.EXACT, new Period(2024, 0, 0, false), Localized.of("r"), false, "q", java.util.List.of(), 2);
    }
}
