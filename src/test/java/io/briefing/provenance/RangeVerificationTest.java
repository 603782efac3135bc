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
 * A range states both its ends and neither alone: a row with qualifier range and both ends verifies,
 * one end stored as an exact figure, a wrong end, or a range read into a cut and its level is refused.
 * The articles are INVENTED for this test.
 */
class RangeVerificationTest {
    private static final String ZH_ARTICLE = "（虛構測試）甲半導體預估第四季營收介於292億至300億美元之間，毛利率介於59%至61%。"
            + "乙汽車將主力車型的起售價下調1.8萬元至15.98萬元。丙地產研究部預計年底前樓價或再跌2%至3%。";
    private static final String EN_ARTICLE = "(INVENTED test article.) Alpha Shipping expects fourth-quarter revenue of between "
            + "$2.9 billion and $3.1 billion. Its margin rose from 5% to 8% in the third quarter. Investors expect two or three "
            + "more cuts by Alpha Shipping next year.";
    private static final QuoteVerifier.Setting ZH = QuoteVerifier.Setting.of(UnitCatalogue.shipped(), "2025-10");
    private static final QuoteVerifier.Setting EN = QuoteVerifier.Setting.of(UnitCatalogue.shipped(), "2025-10");

    private static Fact fact(String en, String zh, String metric, String value, String unit, Qualifier q, String period,
                             String quote) {
        Unit u = TestUnits.of(unit);
        int dots = value.indexOf("..");
        Amount a = dots < 0 ? new Amount(new BigDecimal(value), u, q)
                : new Amount(new BigDecimal(value.substring(0, dots)), u, q, new BigDecimal(value.substring(dots + 2)));
        return new Fact("f", "c", new Localized(en, zh), Localized.of(metric), a, u, q, Period.parse(period), Localized.of("r"),
                false, quote, List.of(), 2);
    }

    private static FactCheck zh(Fact f) {
        return new QuoteVerifier(ZH_ARTICLE).verify(List.of(f), "test", ZH).checks().get("f");
    }

    private static FactCheck en(Fact f) {
        return new QuoteVerifier(EN_ARTICLE).verify(List.of(f), "test", EN).checks().get("f");
    }

    @Test
    void aRangeWithBothEndsVerifiesTheSecondEndGivingTheUnit() {
        assertThat(zh(fact("Jia", "甲半導體", "Revenue guidance", "29200000000..30000000000", "USD", Qualifier.RANGE, "2025-Q4",
                "甲半導體預估第四季營收介於292億至300億美元之間")).status()).isEqualTo(CheckStatus.VERIFIED);
        assertThat(zh(fact("Jia", "甲半導體", "Gross margin guidance", "59..61", "share", Qualifier.RANGE, "2025-Q4",
                "毛利率介於59%至61%")).status()).isEqualTo(CheckStatus.VERIFIED);
        assertThat(en(fact("Alpha Shipping", "甲航運", "Revenue guidance", "2900000000..3100000000", "USD", Qualifier.RANGE,
                "2025-Q4", "Alpha Shipping expects fourth-quarter revenue of between $2.9 billion and $3.1 billion"))
                .status()).isEqualTo(CheckStatus.VERIFIED);
    }

    @Test
    void aFallSaidBeforeARangeMakesBothEndsNegative() {
        assertThat(zh(fact("Home prices", "樓價", "Further change expected", "-3..-2", "percent", Qualifier.RANGE, "2025",
                "年底前樓價或再跌2%至3%")).status()).isEqualTo(CheckStatus.VERIFIED);
        FactCheck rise = zh(fact("Home prices", "樓價", "Further change expected", "2..3", "percent", Qualifier.RANGE, "2025",
                "年底前樓價或再跌2%至3%"));
        assertThat(rise.status()).isEqualTo(CheckStatus.NUMBER_MISMATCH);
        assertThat(rise.detail()).contains("-3..-2");
    }

    @Test
    void aRangeOfACutWhoseMetricNamesTheCutIsItsSize() {
        // 再跌2%至3% given as the size of a fall the metric names: 2..3, as a single cut's size is positive
        assertThat(zh(fact("Home prices", "樓價", "Further price cut expected", "2..3", "percent", Qualifier.RANGE, "2025",
                "年底前樓價或再跌2%至3%")).status()).isEqualTo(CheckStatus.VERIFIED);
        assertThat(zh(fact("Home prices", "樓價", "Further price cut expected", "-3..-2", "percent", Qualifier.RANGE, "2025",
                "年底前樓價或再跌2%至3%")).status().ok()).isFalse();
    }

    @Test
    void oneEndOfARangeStoredAsAFigureOfItsOwnIsRefusedWithTheRangeToWrite() {
        FactCheck low = zh(fact("Jia", "甲半導體", "Revenue guidance", "29200000000", "USD", Qualifier.EXACT, "2025-Q4",
                "甲半導體預估第四季營收介於292億至300億美元之間"));
        assertThat(low.status().ok()).isFalse();
        FactCheck high = zh(fact("Jia", "甲半導體", "Revenue guidance", "30000000000", "USD", Qualifier.AT_MOST, "2025-Q4",
                "甲半導體預估第四季營收介於292億至300億美元之間"));
        assertThat(high.status()).isEqualTo(CheckStatus.QUALIFIER_MISMATCH);
        assertThat(high.detail()).contains("one end of the range").contains("29200000000..30000000000");
    }

    @Test
    void aRangeWithAWrongEndIsRefused() {
        FactCheck c = zh(fact("Jia", "甲半導體", "Revenue guidance", "29200000000..31000000000", "USD", Qualifier.RANGE, "2025-Q4",
                "甲半導體預估第四季營收介於292億至300億美元之間"));
        assertThat(c.status()).isEqualTo(CheckStatus.NUMBER_MISMATCH);
        assertThat(c.detail()).contains("29200000000..30000000000");
    }

    @Test
    void aCutAndTheLevelItCutsToAndAMoveFromOneLevelToAnotherAreNoRanges() {
        // 1.8萬 and 15.98萬 are nine times apart: the size of a cut and the price it cuts to
        FactCheck cut = zh(fact("Yi", "乙汽車", "Price cut", "18000", "CNY", Qualifier.EXACT, "2025-Q4",
                "乙汽車將主力車型的起售價下調1.8萬元至15.98萬元"));
        assertThat(cut.status().ok()).as(cut.detail()).isTrue();
        assertThat(zh(fact("Yi", "乙汽車", "Price cut", "18000..159800", "CNY", Qualifier.RANGE, "2025-Q4",
                "乙汽車將主力車型的起售價下調1.8萬元至15.98萬元")).status().ok()).isFalse();
        // "rose from 5% to 8%" is a move: its level 8% stands alone
        assertThat(en(fact("Alpha Shipping", "甲航運", "Margin", "5..8", "percent", Qualifier.RANGE, "2025-Q3",
                "Its margin rose from 5% to 8% in the third quarter")).status().ok()).isFalse();
    }

    @Test
    void twoOrThreeIsARangeOfCounts() {
        assertThat(en(fact("Alpha Shipping", "甲航運", "Further cuts expected", "2..3", "count", Qualifier.RANGE, "2026",
                "Investors expect two or three more cuts by Alpha Shipping next year")).status().ok()).isTrue();
    }
}
