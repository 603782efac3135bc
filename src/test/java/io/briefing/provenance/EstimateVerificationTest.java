package io.briefing.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.TestUnits;
import io.briefing.facts.Amount;
import io.briefing.facts.Fact;
import io.briefing.i18n.Localized;
import io.briefing.facts.Period;
import io.briefing.facts.Qualifier;
import io.briefing.facts.Unit;
import io.briefing.facts.UnitCatalogue;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An actual figure and the estimate it beat in one sentence: each row takes its own. INVENTED article,
 * after one a helper wrote to the corpus guide (tamper found the actual accepted as the estimate).
 */
class EstimateVerificationTest {
    private static final String QUOTE = "Veridane's revenue rose 18% to $9.6 billion in the second quarter, ahead of the "
            + "$9.2 billion analysts had expected on average";
    private static final String ARTICLE = "INVENTED SAMPLE. Sample Wire, July 30, 2025\n\n" + QUOTE + ".";

    private static FactCheck check(String metric, String value) {
        Unit u = TestUnits.of("USD");
        Fact f = new Fact("f", "c", new Localized("Veridane", "維瑞丹"), new Localized(metric, metric),
                new Amount(new BigDecimal(value), u, Qualifier.EXACT), u, Qualifier.EXACT, Period.parse("2025-Q2"), Localized.of("r"),
                false, QUOTE, List.of(), 2);
        return new QuoteVerifier(ARTICLE).verify(List.of(f), "test", QuoteVerifier.Setting.of(UnitCatalogue.shipped(), "2025-07-30"))
                .checks().get("f");
    }

    @Test
    void theEstimateRowTakesTheEstimateNotTheActualOfItsSentence() {
        assertThat(check("Revenue, average analyst estimate", "9200000000").status().ok()).isTrue();
        FactCheck lie = check("Revenue, average analyst estimate", "9600000000");
        assertThat(lie.status()).isEqualTo(CheckStatus.NUMBER_MISMATCH);
        assertThat(lie.detail()).contains("as an actual figure");
    }

    @Test
    void theActualRowTakesTheActualNotTheEstimate() {
        assertThat(check("Revenue", "9600000000").status().ok()).isTrue();
        assertThat(check("Revenue", "9200000000").status().ok()).isFalse();
    }
}
