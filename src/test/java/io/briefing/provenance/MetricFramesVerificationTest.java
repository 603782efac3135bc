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
 * What a row's metric says about its figure, on an INVENTED parcel-delivery article: a metric that
 * counts a run of periods takes the count; one that names a decline or a narrowing takes its size,
 * positive; 全年 after 明年 is next year's whole year. Each rule both ways: the honest row verifies, its
 * lie does not.
 */
class MetricFramesVerificationTest {
    private static final String PARCELS = "【虚构样本】\n\n样本日报（虚构）　2025年11月12日\n\n"
            + "甲通快递（虚构）10月单票收入同比下降6.1%，日均单票收入已连续第五天同比下滑。\n\n"
            + "甲通快递第三季度亏损额同比收窄约三成，经调整亏损为0.9亿元，较二季度收窄0.4亿元。\n\n"
            + "展望明年，分析师预计全国快递业务量增速将放缓至9%，全年业务量有望突破2200亿件；单票收入降幅将收窄至2%以内。\n";

    private static Fact fact(String id, String entityEn, String entityZh, String metricEn, String metricZh, String value,
                             String unit, Qualifier q, String period, String quote) {
        Unit u = TestUnits.of(unit);
        return new Fact(id, "c", new Localized(entityEn, entityZh), new Localized(metricEn, metricZh),
                new Amount(new BigDecimal(value), u, q), u, q, Period.parse(period), Localized.of("r"), false, quote, List.of(), 2);
    }

    private static Fact jiatong(String id, String metricEn, String metricZh, String value, String unit, Qualifier q, String period,
                                String quote) {
        return fact(id, "Jiatong Express", "甲通快递", metricEn, metricZh, value, unit, q, period, quote);
    }

    private static Fact industry(String id, String metricEn, String metricZh, String value, String unit, Qualifier q,
                                 String period, String quote) {
        return fact(id, "China express delivery industry", "全国快递", metricEn, metricZh, value, unit, q, period, quote);
    }

    private static CheckStatus check(Fact f) {
        return new QuoteVerifier(PARCELS).verify(List.of(f), "test", QuoteVerifier.Setting.of(UnitCatalogue.shipped(), "2025-11-12"))
                .checks().get(f.id()).status();
    }

    @Test
    void aMetricThatCountsARunOfPeriodsTakesTheCountThoughItNamesAChange() {
        // "Consecutive days of year-on-year decline": 连续第五天同比下滑 is 5, a count, not a move of −5
        String en = "Consecutive days of year-on-year decline in revenue per parcel";
        String zh = "单票收入连续同比下滑天数";
        String quote = "日均单票收入已连续第五天同比下滑";
        assertThat(check(jiatong("streak", en, zh, "5", "days", Qualifier.EXACT, "2025-10", quote))).isEqualTo(CheckStatus.VERIFIED);
        assertThat(check(jiatong("streak", en, zh, "6", "days", Qualifier.EXACT, "2025-10", quote))).isNotEqualTo(CheckStatus.VERIFIED);
        // and a change metric without a run still wants a move: the −6.1% beside it is no count
        assertThat(check(jiatong("yoy", "Revenue per parcel, change year on year", "单票收入同比变动", "-6.1", "percent",
                Qualifier.EXACT, "2025-10", "10月单票收入同比下降6.1%"))).isEqualTo(CheckStatus.VERIFIED);
    }

    @Test
    void aMetricThatNamesANarrowingOrADeclineTakesItsSizePositive() {
        String quote = "甲通快递第三季度亏损额同比收窄约三成";
        assertThat(check(jiatong("narrow", "Narrowing of the net loss year on year", "亏损同比收窄幅度", "30", "percent",
                Qualifier.APPROXIMATELY, "2025-Q3", quote))).isEqualTo(CheckStatus.VERIFIED);
        assertThat(check(jiatong("narrow", "Narrowing of the net loss year on year", "亏损同比收窄幅度", "-30", "percent",
                Qualifier.APPROXIMATELY, "2025-Q3", quote))).isNotEqualTo(CheckStatus.VERIFIED);
        String amount = "经调整亏损为0.9亿元，较二季度收窄0.4亿元";
        assertThat(check(jiatong("narrow-cny", "Narrowing of the adjusted loss from the second quarter", "经调整亏损较二季度收窄金额",
                "40000000", "CNY", Qualifier.EXACT, "2025-Q3", amount))).isEqualTo(CheckStatus.VERIFIED);
        assertThat(check(jiatong("narrow-cny", "Narrowing of the adjusted loss from the second quarter", "经调整亏损较二季度收窄金额",
                "90000000", "CNY", Qualifier.EXACT, "2025-Q3", amount))).isNotEqualTo(CheckStatus.VERIFIED);
        // a change metric keeps the fall's sign: the loss's change is −30%, never +30%
        assertThat(check(jiatong("chg", "Net loss, change year on year", "亏损同比变动", "30", "percent",
                Qualifier.APPROXIMATELY, "2025-Q3", quote))).isNotEqualTo(CheckStatus.VERIFIED);
    }

    @Test
    void theWholeYearAfterNextYearIsNextYearsWholeYear() {
        String quote = "全年业务量有望突破2200亿件";
        assertThat(check(industry("vol", "Parcel volume next year (analyst forecast)", "明年快递业务量（分析师预测）", "220000000000",
                "count", Qualifier.MORE_THAN, "2026", quote))).isEqualTo(CheckStatus.VERIFIED);
        assertThat(check(industry("vol", "Parcel volume next year (analyst forecast)", "明年快递业务量（分析师预测）", "220000000000",
                "count", Qualifier.MORE_THAN, "2025", quote))).isNotEqualTo(CheckStatus.VERIFIED);
        String decline = "单票收入降幅将收窄至2%以内";
        assertThat(check(industry("dec", "Decline in revenue per parcel next year (analyst forecast)", "明年单票收入降幅（分析师预测）",
                "2", "percent", Qualifier.AT_MOST, "2026", decline))).isEqualTo(CheckStatus.VERIFIED);
        assertThat(check(industry("dec", "Decline in revenue per parcel next year (analyst forecast)", "明年单票收入降幅（分析师预测）",
                "-2", "percent", Qualifier.AT_MOST, "2026", decline))).isNotEqualTo(CheckStatus.VERIFIED);
    }

    private static final String VISITORS = "【虛構樣本】\n\n樣本日報（虛構）　2025年10月15日\n\n"
            + "9月訪港旅客約387萬人次，按年增加12.4%。長途市場表現突出，來自東南亞、歐洲及美洲的旅客分別按年增加18%、27%及9%。\n";

    private static CheckStatus visitors(String entityEn, String entityZh, String value) {
        Fact f = fact("v", entityEn, entityZh, "Visitor arrivals, change year on year", "旅客人次按年變動", value, "percent",
                Qualifier.EXACT, "2025-09", "來自東南亞、歐洲及美洲的旅客分別按年增加18%、27%及9%");
        Fact other = fact("w", "Visitors from Southeast Asia", "東南亞旅客", "m", "m", "1", "percent", Qualifier.EXACT, "2025-09",
                "來自東南亞");
        return new QuoteVerifier(VISITORS).verify(List.of(other, f), "test",
                QuoteVerifier.Setting.of(UnitCatalogue.shipped(), "2025-10-15")).checks().get("v").status();
    }

    @Test
    void aListWhoseMembersShareTheNounAfterDeGivesEachMemberItsFigure() {
        // 來自東南亞、歐洲及美洲的旅客分別…: 歐洲旅客 is the second member, though the article never writes the name
        assertThat(visitors("Visitors from Europe", "歐洲旅客", "27").ok()).isTrue();
        assertThat(visitors("Visitors from Europe", "歐洲旅客", "18").ok()).isFalse();
        assertThat(visitors("Visitors from Europe", "歐洲旅客", "9").ok()).isFalse();
        // a member the table has no entity for keeps its figure: 9% is the Americas', no one else's
        assertThat(visitors("Visitors to Hong Kong", "訪港旅客", "9").ok()).isFalse();
    }
}
