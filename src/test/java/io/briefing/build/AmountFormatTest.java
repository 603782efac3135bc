package io.briefing.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.facts.Amount;
import io.briefing.facts.Qualifier;
import io.briefing.facts.Unit;
import io.briefing.facts.UnitCatalogue;
import io.briefing.i18n.Language;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountFormatTest {
    private final AmountFormat en = new AmountFormat(Language.EN);
    private final AmountFormat zh = new AmountFormat(Language.ZH);

    private static Amount amount(String value, String unit, Qualifier q) {
        Unit u = UnitCatalogue.shipped().find(unit).orElseThrow();
        return new Amount(new BigDecimal(value), u, q);
    }

    @Test
    void writesEveryBoundWithItsQualifierInBothLanguages() {
        assertThat(en.text(amount("20000000000", "CNY", Qualifier.AT_LEAST))).isEqualTo("at least CNY 20 billion");
        assertThat(zh.text(amount("20000000000", "CNY", Qualifier.AT_LEAST))).isEqualTo("200億元以上");
        assertThat(en.text(amount("500000000", "CNY", Qualifier.AT_MOST))).isEqualTo("up to CNY 500 million");
        assertThat(zh.text(amount("500000000", "CNY", Qualifier.AT_MOST))).isEqualTo("最高5億元");
        assertThat(en.compact(amount("90", "percent", Qualifier.AT_LEAST))).isEqualTo("≥90%");
        assertThat(zh.compact(amount("500000000", "CNY", Qualifier.AT_MOST))).isEqualTo("≤5億元");
    }

    @Test
    void writesAChineseCountsMoreThanInTraditionalAfterTheNumber() {
        // "20餘家": the Traditional form, as the rest of the briefing, not the Simplified 余 of a damaged article
        assertThat(zh.text(amount("20", "count", Qualifier.MORE_THAN))).isEqualTo("20餘");
        assertThat(en.text(amount("20", "count", Qualifier.MORE_THAN))).isEqualTo("more than 20");
        assertThat(zh.text(amount("20000000000", "CNY", Qualifier.MORE_THAN))).isEqualTo("超過200億元");
    }

    @Test
    void aChineseApproximateSaysYueWhereEnglishSaysAbout() {
        // a Chinese card or bar writes 約, as the article does, not the "~" of English compact figures
        assertThat(zh.compact(amount("300", "GW", Qualifier.APPROXIMATELY))).isEqualTo("約300GW");
        assertThat(en.compact(amount("300", "GW", Qualifier.APPROXIMATELY))).isEqualTo("~300 GW");
    }

    @Test
    void writesARangeWithBothEnds() {
        Amount r = new Amount(new java.math.BigDecimal("2900000000"), io.briefing.TestUnits.of("USD"), Qualifier.RANGE,
                new java.math.BigDecimal("3100000000"));
        assertThat(en.text(r)).isEqualTo("US$2.9 billion to US$3.1 billion");
        assertThat(en.compact(r)).isEqualTo("US$2.9bn–US$3.1bn");
        assertThat(zh.text(r)).isEqualTo("29億美元至31億美元");
    }

    @Test
    void neverStacksTwoSignsOnANegativeApproximate() {
        assertThat(en.compact(amount("-8500000000", "CNY", Qualifier.APPROXIMATELY))).isEqualTo("about −CNY 8.5bn");
        assertThat(zh.compact(amount("-8500000000", "CNY", Qualifier.APPROXIMATELY))).isEqualTo("約−85億元");
        assertThat(en.compact(amount("300", "GW", Qualifier.APPROXIMATELY))).isEqualTo("~300 GW");
        assertThat(en.text(amount("-8500000000", "CNY", Qualifier.APPROXIMATELY))).isEqualTo("about −CNY 8.5 billion");
    }
}
