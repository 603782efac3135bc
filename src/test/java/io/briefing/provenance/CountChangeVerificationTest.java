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
 * A count or a duration is never negative as a level, but its change may fall: 較去年同期少2天 is a change
 * of -2 days. INVENTED article, after one a helper wrote to the corpus guide (平均留港3.4晚，較去年同期少0.2晚).
 */
class CountChangeVerificationTest {
    private static final String QUOTE = "甲物流平均交貨期為12天，較去年同期少2天";
    private static final String ARTICLE = "（虛構測試）樣本日報　2025年10月24日\n\n" + QUOTE + "。";

    private static FactCheck check(String metricEn, String metricZh, String value) {
        Unit u = TestUnits.of("days");
        Fact f = new Fact("f", "c", new Localized("Jia Logistics", "甲物流"), new Localized(metricEn, metricZh),
                new Amount(new BigDecimal(value), u, Qualifier.EXACT), u, Qualifier.EXACT, Period.parse("2025"), Localized.of("r"),
                false, QUOTE, List.of(), 2);
        return new QuoteVerifier(ARTICLE).verify(List.of(f), "test", QuoteVerifier.Setting.of(UnitCatalogue.shipped(), "2025-10-24"))
                .checks().get("f");
    }

    @Test
    void aChangeOfADurationTakesTheFallsSign() {
        assertThat(check("Delivery time, change year on year", "交貨期按年變動", "-2").status().ok()).isTrue();
        // the sign dropped: tamper's lie
        assertThat(check("Delivery time, change year on year", "交貨期按年變動", "2").status().ok()).isFalse();
    }

    @Test
    void theLevelStaysPositiveAndIsNoFall() {
        assertThat(check("Delivery time", "交貨期", "12").status().ok()).isTrue();
        assertThat(check("Delivery time", "交貨期", "-12").status().ok()).isFalse();
    }

    @Test
    void aCountAfterAFallWordIsNoFallUnlessTheMetricIsAChange() {
        String quote = "The drug shrank tumours in 47% of the 612 patients";
        Unit u = TestUnits.of("count");
        Fact f = new Fact("f", "c", new Localized("Orvatinib", "奧瓦替尼"), new Localized("Patients enrolled", "入組患者"),
                new Amount(new BigDecimal("-612"), u, Qualifier.EXACT), u, Qualifier.EXACT, Period.parse("2025-07-30"),
                Localized.of("r"), false, quote, List.of(), 2);
        FactCheck c = new QuoteVerifier("INVENTED. Sample Wire, July 30, 2025\n\n" + quote + ".")
                .verify(List.of(f), "test", QuoteVerifier.Setting.of(UnitCatalogue.shipped(), "2025-07-30")).checks().get("f");
        assertThat(c.status().ok()).isFalse();
    }

    private static FactCheck netFlow(String quote, String metricEn, String metricZh, String value) {
        Unit u = TestUnits.of("count");
        Fact f = new Fact("f", "c", new Localized("Jia Telecom", "甲電信"), new Localized(metricEn, metricZh),
                new Amount(new BigDecimal(value), u, Qualifier.EXACT), u, Qualifier.EXACT, Period.parse("2025-10"),
                Localized.of("r"), false, quote, List.of(), 2);
        return new QuoteVerifier("（虛構測試）樣本日報　2025年11月8日\n\n" + quote + "。")
                .verify(List.of(f), "test", QuoteVerifier.Setting.of(UnitCatalogue.shipped(), "2025-11-08")).checks().get("f");
    }

    @Test
    void aNetFlowOutIsNegativeAndInIsPositive() {
        // 瀚星與群邦則分別淨流出約4,000門及8,000門, 外資本週賣超1萬2,480張: a net flow out was refused at its sign
        String out = "甲電信10月淨流出8,000戶";
        assertThat(netFlow(out, "Net additions (net outflow negative)", "淨增用戶數（淨流出為負）", "-8000").status().ok()).isTrue();
        // the sign dropped: tamper's lie
        assertThat(netFlow(out, "Net additions (net outflow negative)", "淨增用戶數（淨流出為負）", "8000").status().ok()).isFalse();
        String in = "甲電信10月淨增8,000戶";
        assertThat(netFlow(in, "Net additions", "淨增用戶數", "8000").status().ok()).isTrue();
        assertThat(netFlow(in, "Net additions", "淨增用戶數", "-8000").status().ok()).isFalse();
    }
}
