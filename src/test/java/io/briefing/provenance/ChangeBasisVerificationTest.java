package io.briefing.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.TestUnits;
import io.briefing.facts.Amount;
import io.briefing.facts.Fact;
import io.briefing.facts.Period;
import io.briefing.facts.Qualifier;
import io.briefing.facts.Unit;
import io.briefing.facts.UnitCatalogue;
import io.briefing.i18n.Localized;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A change is stated against a base, and a row's metric names one: the year-on-year figure of a
 * sentence is no week-on-week change, and a quarter's 環比 is quarter on quarter. INVENTED article.
 */
class ChangeBasisVerificationTest {
    private static final String ARTICLE = "（虛構測試）樣本日報　2025年10月24日\n\n甲科技第三季度營收為462.7億元，同比增長23.5%，環比增長9.1%。"
            + "本週甲科技線上銷售額同比增長17.5%，較上週增長6.1%。";

    private static FactCheck check(String metricEn, String metricZh, String value, String period) {
        Unit u = TestUnits.of("percent");
        Fact f = new Fact("f", "c", new Localized("Jia Technology", "甲科技"), new Localized(metricEn, metricZh),
                new Amount(new BigDecimal(value), u, Qualifier.EXACT), u, Qualifier.EXACT, Period.parse(period), Localized.of("r"),
                false, value.equals("9.1") || value.equals("23.5") ? "第三季度營收為462.7億元，同比增長23.5%，環比增長9.1%"
                        : "本週甲科技線上銷售額同比增長17.5%，較上週增長6.1%", List.of(), 2);
        return new QuoteVerifier(ARTICLE).verify(List.of(f), "test", QuoteVerifier.Setting.of(UnitCatalogue.shipped(), "2025-10-24"))
                .checks().get("f");
    }

    @Test
    void aWeekOnWeekMetricRefusesTheYearOnYearFigureOfItsSentence() {
        assertThat(check("Online sales, change on last week", "線上銷售額較上週變動", "6.1", "2025-10-24").status().ok()).isTrue();
        FactCheck lie = check("Online sales, change on last week", "線上銷售額較上週變動", "17.5", "2025-10-24");
        assertThat(lie.status()).isEqualTo(CheckStatus.NUMBER_MISMATCH);
        assertThat(lie.detail()).contains("year on year").contains("week on week");
    }

    @Test
    void aQuartersHuanbiIsAQuarterOnQuarterChange() {
        assertThat(check("Revenue, change quarter on quarter", "營收環比變動", "9.1", "2025-Q3").status().ok()).isTrue();
        assertThat(check("Revenue, change quarter on quarter", "營收環比變動", "23.5", "2025-Q3").status().ok()).isFalse();
    }
}
