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
 * How a reader frames a figure in sentences journalists write, on two INVENTED articles (a miner's
 * quarter in English, a hog farmer's month in Chinese): which quarter "the quarter" is, what a clause
 * of its own dates, who a sentence's subject is when a common noun of the table is its object, and the
 * year a 明年 gives the quarter after it. Each rule is shown both ways: the honest row verifies, the
 * row that moves the figure to another period or owner does not.
 */
class ReaderFramesVerificationTest {
    private static final String MINING = "INVENTED SAMPLE.\n\n"
            + "LONDON, Oct. 23 (Sample Wire) - Rowan Metals (invented) said on Thursday its copper production rose 12% in "
            + "the third quarter, but the miner took a $430 million writedown on its nickel business.\n\n"
            + "The London-listed company produced 81,400 tonnes of copper in the three months to September. Output was 6% "
            + "higher than in the second quarter, bringing production for the first nine months to 232,600 tonnes.\n\n"
            + "The impairment, its second nickel writedown this year, pushed the company to a net loss of $95 million for "
            + "the quarter. Analysts polled by Sample Wire had on average expected a profit of $210 million. Revenue rose 9% "
            + "to $2.86 billion.\n\n"
            + "Copper on the London Metal Exchange averaged $9,870 a tonne in the quarter.\n\n"
            + "Rowan's board declared a quarterly dividend of 12 cents a share.\n";
    private static final String HOGS = "【虚构样本】\n\n样本日报（虚构）　2025年11月8日\n\n"
            + "上月全国生猪出栏量为2987万头，环比增长6.9%。\n\n"
            + "截至本周五，上市猪企10月合计销售生猪1863万头，同比增长9.2%。其中，甲牧股份（虚构）、乙川农牧（虚构）10月分别"
            + "销售商品猪612.4万头和286.7万头。\n\n"
            + "分析师预计明年一季度全国生猪出栏量将在7000万至7200万头之间。\n";

    private static Fact fact(String id, String en, String zh, List<String> aliases, String value, String unit, Qualifier q,
                             String period, String quote) {
        Unit u = TestUnits.of(unit);
        int dots = value.indexOf("..");
        Amount a = dots < 0 ? new Amount(new BigDecimal(value), u, q)
                : new Amount(new BigDecimal(value.substring(0, dots)), u, q, new BigDecimal(value.substring(dots + 2)));
        return new Fact(id, "c", new Localized(en, zh), Localized.of("m"), a, u, q, Period.parse(period), Localized.of("r"),
                false, quote, aliases, 2);
    }

    private static final Fact ROWAN = fact("rowan", "Rowan Metals", "羅文金屬", List.of("Rowan"), "12", "percent", Qualifier.EXACT,
            "2025-Q3", "its copper production rose 12% in the third quarter");
    private static final Fact NICKEL = fact("nickel", "Rowan nickel business", "羅文鎳業務", List.of("nickel business"), "1",
            "percent", Qualifier.EXACT, "2025-Q3", "its nickel business");
    private static final Fact LME = fact("lme", "Copper on the London Metal Exchange", "倫敦銅價", List.of("Copper"), "9870",
            "USD", Qualifier.EXACT, "2025-Q3", "Copper on the London Metal Exchange averaged $9,870 a tonne in the quarter");

    private static CheckStatus mining(Fact f) {
        return new QuoteVerifier(MINING).verify(List.of(ROWAN, NICKEL, LME, f), "test",
                QuoteVerifier.Setting.of(UnitCatalogue.shipped(), "2025-10-23")).checks().get(f.id()).status();
    }

    private static Fact rowan(String id, String value, String unit, String period, String quote) {
        return fact(id, "Rowan Metals", "羅文金屬", List.of("Rowan"), value, unit, Qualifier.EXACT, period, quote);
    }

    @Test
    void theQuarterIsTheLastQuarterNamedNotAYearAnAsideNamed() {
        // "for the quarter" after ", its second nickel writedown this year,": the third quarter
        assertThat(mining(rowan("ni", "-95000000", "USD", "2025-Q3", "pushed the company to a net loss of $95 million for the quarter")))
                .isEqualTo(CheckStatus.VERIFIED);
        assertThat(mining(rowan("ni", "-95000000", "USD", "2025", "pushed the company to a net loss of $95 million for the quarter")))
                .isNotEqualTo(CheckStatus.VERIFIED);
        // and the aside's "this year" is not in play for the next sentences
        assertThat(mining(rowan("rev", "2860000000", "USD", "2025-Q3", "Revenue rose 9% to $2.86 billion"))).isEqualTo(CheckStatus.VERIFIED);
        assertThat(mining(LME)).isEqualTo(CheckStatus.VERIFIED);
    }

    @Test
    void aResultClauseDatesItselfAndABaseAfterThanInTheIsABase() {
        assertThat(mining(rowan("qoq", "6", "percent", "2025-Q3", "Output was 6% higher than in the second quarter")))
                .isEqualTo(CheckStatus.VERIFIED);
        assertThat(mining(rowan("qoq", "6", "percent", "2025-YTD", "Output was 6% higher than in the second quarter")))
                .isNotEqualTo(CheckStatus.VERIFIED);
        assertThat(mining(rowan("qoq", "6", "percent", "2025-Q2", "Output was 6% higher than in the second quarter")))
                .isNotEqualTo(CheckStatus.VERIFIED);
        assertThat(mining(rowan("ytd", "232600", "tonnes", "2025-YTD", "bringing production for the first nine months to 232,600 tonnes")))
                .isEqualTo(CheckStatus.VERIFIED);
    }

    @Test
    void aCommonNounOfTheTableOwnsNothingItDescribesAndAnAdjectiveOrASourceIsNoName() {
        // "tonnes of copper", "copper production": the miner's, not the exchange price's
        assertThat(mining(rowan("cu", "81400", "tonnes", "2025-Q3", "The London-listed company produced 81,400 tonnes of copper")))
                .isEqualTo(CheckStatus.VERIFIED);
        assertThat(mining(fact("cu", "Copper on the London Metal Exchange", "倫敦銅價", List.of("Copper"), "81400", "tonnes",
                Qualifier.EXACT, "2025-Q3", "The London-listed company produced 81,400 tonnes of copper"))).isNotEqualTo(CheckStatus.VERIFIED);
        assertThat(mining(ROWAN)).isEqualTo(CheckStatus.VERIFIED);
        // "Analysts polled by Sample Wire": the poll's source owns no figure
        assertThat(mining(rowan("est", "210000000", "USD", "2025-Q3", "Analysts polled by Sample Wire had on average expected a profit of $210 million")))
                .isEqualTo(CheckStatus.VERIFIED);
    }

    /** "12 cents a share" is US$0.12 (a subunit of the catalogue's USD), not 12 dollars. */
    @Test
    void centsArePartsOfTheirCurrency() {
        assertThat(mining(dividend("0.12", "USD"))).isEqualTo(CheckStatus.VERIFIED);
        assertThat(mining(dividend("12", "USD"))).isNotEqualTo(CheckStatus.VERIFIED);
        assertThat(mining(dividend("0.12", "EUR"))).isNotEqualTo(CheckStatus.VERIFIED);
        // a figure a share is a dividend's by nature; a metric that is no figure per share does not take it
        assertThat(mining(rowan("div", "0.12", "USD", "2025-Q3", "Rowan's board declared a quarterly dividend of 12 cents a share")))
                .isEqualTo(CheckStatus.NUMBER_MISMATCH);
    }

    private static Fact dividend(String value, String unit) {
        Fact f = rowan("div", value, unit, "2025-Q3", "Rowan's board declared a quarterly dividend of 12 cents a share");
        return new Fact(f.id(), f.category(), f.entity(), new Localized("Quarterly dividend", "季度股息"), f.amount(), f.unit(),
                f.qualifier(), f.period(), f.reporter(), false, f.quote(), f.aliases(), f.line());
    }

    @Test
    void theMinerIsTheCompanyAndWhatItOwnsAfterTheFigureIsNotTheOwner() {
        assertThat(mining(rowan("imp", "430000000", "USD", "2025-Q3", "the miner took a $430 million writedown on its nickel business")))
                .isEqualTo(CheckStatus.VERIFIED);
        assertThat(mining(fact("imp", "Rowan nickel business", "羅文鎳業務", List.of("nickel business"), "430000000", "USD",
                Qualifier.EXACT, "2025-Q3", "the miner took a $430 million writedown on its nickel business")))
                .isNotEqualTo(CheckStatus.VERIFIED);
    }

    private static final Fact HOG = fact("hog", "China live hogs", "全国生猪", List.of("生猪"), "29870000", "count", Qualifier.EXACT,
            "2025-10", "上月全国生猪出栏量为2987万头");
    private static final Fact JIA = fact("jia", "Jiamu", "甲牧股份", List.of(), "6124000", "count", Qualifier.EXACT, "2025-10",
            "甲牧股份（虚构）、乙川农牧（虚构）10月分别销售商品猪612.4万头和286.7万头");

    private static final Fact LISTED = fact("listed", "Listed hog farmers", "上市猪企", List.of(), "18630000", "count", Qualifier.EXACT,
            "2025-10", "上市猪企10月合计销售生猪1863万头");

    private static CheckStatus hogs(Fact f) {
        return new QuoteVerifier(HOGS).verify(List.of(HOG, JIA, LISTED, f), "test",
                QuoteVerifier.Setting.of(UnitCatalogue.shipped(), "2025-11-08")).checks().get(f.id()).status();
    }

    @Test
    void lastMonthIsTheMonthBeforeTheArticlesDate() {
        assertThat(hogs(HOG)).isEqualTo(CheckStatus.VERIFIED);
        assertThat(hogs(fact("hog2", "China live hogs", "全国生猪", List.of("生猪"), "29870000", "count", Qualifier.EXACT, "2025-11",
                "上月全国生猪出栏量为2987万头"))).isNotEqualTo(CheckStatus.VERIFIED);
    }

    @Test
    void whatIsSoldIsNotWhoSellsAndAListKeepsItsOrderThroughBracketedNotes() {
        assertThat(hogs(LISTED)).isEqualTo(CheckStatus.VERIFIED);
        // the sales figure given to the hogs sold (an entity of the table by its alias 生猪): refused
        assertThat(hogs(fact("sold", "China live hogs", "全国生猪", List.of("生猪"), "18630000", "count", Qualifier.EXACT, "2025-10",
                "上市猪企10月合计销售生猪1863万头"))).isNotEqualTo(CheckStatus.VERIFIED);
        assertThat(hogs(JIA)).isEqualTo(CheckStatus.VERIFIED);
        assertThat(hogs(fact("yi", "Yichuan", "乙川农牧", List.of(), "6124000", "count", Qualifier.EXACT, "2025-10",
                "甲牧股份（虚构）、乙川农牧（虚构）10月分别销售商品猪612.4万头和286.7万头"))).isNotEqualTo(CheckStatus.VERIFIED);
    }

    @Test
    void nextYearGivesItsYearToTheQuarterAfterIt() {
        assertThat(hogs(fact("q1", "China live hogs", "全国生猪", List.of("生猪"), "70000000..72000000", "count", Qualifier.RANGE,
                "2026-Q1", "预计明年一季度全国生猪出栏量将在7000万至7200万头之间"))).isEqualTo(CheckStatus.VERIFIED);
        assertThat(hogs(fact("q1", "China live hogs", "全国生猪", List.of("生猪"), "70000000..72000000", "count", Qualifier.RANGE,
                "2025-Q1", "预计明年一季度全国生猪出栏量将在7000万至7200万头之间"))).isNotEqualTo(CheckStatus.VERIFIED);
    }

    private static final String SOLAR = "【虛構樣本】\n\n樣本能源週刊（虛構）　2025年12月1日\n\n"
            + "樣本光伏協會（虛構）表示，今年多晶硅產量約180萬噸。\n\n"
            + "全年產量同比增長8%，庫存持續累積。\n\n"
            + "輔材環節同樣承壓。光伏玻璃全年產量達到2600萬噸以上，多條產線已經冷修。\n";

    private static CheckStatus solar(String entityZh, String metricZh, String value, String unit, Qualifier q, String quote) {
        Fact base = fact("row", "Polysilicon", entityZh, List.of(), value, unit, q, "2025", quote);
        Fact f = new Fact(base.id(), base.category(), base.entity(), new Localized("Output", metricZh), base.amount(),
                base.unit(), q, base.period(), base.reporter(), false, quote, List.of(), 2);
        return new QuoteVerifier(SOLAR).verify(List.of(f), "test",
                QuoteVerifier.Setting.of(UnitCatalogue.shipped(), "2025-12-01")).checks().get(f.id()).status();
    }

    @Test
    void aClausePuttingItsOwnTopicBeforeTheMeasureTakesNoOwnerFromAnotherParagraph() {
        // the honest row: the paragraph after 多晶硅's goes on with its output, opening with the measure
        assertThat(solar("多晶硅", "產量同比變動", "8", "percent", Qualifier.EXACT, "全年產量同比增長8%"))
                .isEqualTo(CheckStatus.VERIFIED);
        // 光伏玻璃's output given to 多晶硅, named two paragraphs before: 光伏玻璃 is its clause's topic
        assertThat(solar("多晶硅", "產量", "26000000", "tonnes", Qualifier.AT_LEAST, "光伏玻璃全年產量達到2600萬噸以上"))
                .isEqualTo(CheckStatus.ENTITY_NOT_FOUND);
        assertThat(solar("光伏玻璃", "產量", "26000000", "tonnes", Qualifier.AT_LEAST, "光伏玻璃全年產量達到2600萬噸以上"))
                .isEqualTo(CheckStatus.VERIFIED);
    }

    private static final String PHARMA = "INVENTED SAMPLE.\n\n"
            + "NEW YORK, July 30 (Sample Wire) - Veltra Pharma (invented) said on Wednesday it swung to a net loss of $95 million "
            + "in the second quarter from a profit of $210 million a year earlier.\n\n"
            + "In the second quarter, the arthritis treatment Tessivan and the blood thinner Arvelo brought in $940 million and $610 million, "
            + "respectively. Veltra spent $2.1 billion on research last quarter and expects that bill to top $8 billion for the year.\n\n"
            + "The company plans to build a plant in North Carolina and expects to treat at least 2 million patients by the end "
            + "of 2026.\n";
    private static final Fact TESSIVAN = fact("tes", "Tessivan", "特西凡", List.of(), "940000000", "USD", Qualifier.EXACT, "2025-Q2",
            "Tessivan and the blood thinner Arvelo brought in $940 million and $610 million, respectively");
    private static final Fact ARVELO = fact("arv", "Arvelo", "阿維洛", List.of(), "610000000", "USD", Qualifier.EXACT, "2025-Q2",
            "Tessivan and the blood thinner Arvelo brought in $940 million and $610 million, respectively");

    private static CheckStatus pharma(Fact f) {
        Fact loss = veltra("-95000000", "USD", Qualifier.EXACT, "2025-Q2", "it swung to a net loss of $95 million in the second quarter");
        return new QuoteVerifier(PHARMA).verify(List.of(TESSIVAN, ARVELO, withId("loss", loss), f), "test",
                QuoteVerifier.Setting.of(UnitCatalogue.shipped(), "2025-07-30")).checks().get(f.id()).status();
    }

    private static Fact withId(String id, Fact f) {
        return new Fact(id, f.category(), f.entity(), f.metric(), f.amount(), f.unit(), f.qualifier(), f.period(), f.reporter(),
                f.key(), f.quote(), f.aliases(), f.line());
    }

    private static Fact veltra(String value, String unit, Qualifier q, String period, String quote) {
        return fact("veltra", "Veltra Pharma", "維爾特拉製藥", List.of("Veltra"), value, unit, q, period, quote);
    }

    @Test
    void aProfitBeforeTheLossIsNoLossAndTheBloodThinnerArveloIsTheSecondOfTheList() {
        assertThat(pharma(veltra("210000000", "USD", Qualifier.EXACT, "2024-Q2", "from a profit of $210 million a year earlier")))
                .isEqualTo(CheckStatus.VERIFIED);
        assertThat(pharma(veltra("-210000000", "USD", Qualifier.EXACT, "2024-Q2", "from a profit of $210 million a year earlier")))
                .isNotEqualTo(CheckStatus.VERIFIED);
        assertThat(pharma(TESSIVAN)).isEqualTo(CheckStatus.VERIFIED);
        assertThat(pharma(ARVELO)).isEqualTo(CheckStatus.VERIFIED);
        assertThat(pharma(fact("arv2", "Arvelo", "阿維洛", List.of(), "940000000", "USD", Qualifier.EXACT, "2025-Q2",
                "Tessivan and the blood thinner Arvelo brought in $940 million"))).isNotEqualTo(CheckStatus.VERIFIED);
    }

    @Test
    void forTheYearIsTheYearAndAPronounSubjectKeepsItsEntityPastAPlaceName() {
        assertThat(pharma(veltra("8000000000", "USD", Qualifier.MORE_THAN, "2025", "expects that bill to top $8 billion for the year")))
                .isEqualTo(CheckStatus.VERIFIED);
        assertThat(pharma(veltra("8000000000", "USD", Qualifier.MORE_THAN, "2025-Q2", "expects that bill to top $8 billion for the year")))
                .isNotEqualTo(CheckStatus.VERIFIED);
        assertThat(pharma(veltra("2000000", "count", Qualifier.AT_LEAST, "2026", "expects to treat at least 2 million patients by the "
                + "end of 2026"))).isEqualTo(CheckStatus.VERIFIED);
        assertThat(pharma(fact("tes2", "Tessivan", "特西凡", List.of(), "2000000", "count", Qualifier.AT_LEAST, "2026",
                "expects to treat at least 2 million patients by the end of 2026"))).isNotEqualTo(CheckStatus.VERIFIED);
    }

    private static final String HOTELS = "【虛構樣本】\n\n樣本商報（虛構）　2025年10月20日\n\n"
            + "澄灣酒店集團（虛構）表現較佳。該集團第三季平均入住率達91%；每間可供出租客房收入（RevPAR）約1,500港元。"
            + "雅蘊酒店（虛構）同期入住率則只有78%。兩集團第三季平均房價分別為每晚1,650港元及980港元。\n";

    private static CheckStatus hotels(String entityZh, String metricZh, String value, Qualifier q, String quote) {
        Fact occupancy = fact("occ", "Ching Wan Hotels", "澄灣酒店集團", List.of(), "91", "share", Qualifier.EXACT, "2025-Q3",
                "該集團第三季平均入住率達91%");
        Fact other = fact("occ2", "Nga Wan Hotels", "雅蘊酒店", List.of(), "78", "share", Qualifier.EXACT, "2025-Q3",
                "雅蘊酒店（虛構）同期入住率則只有78%");
        String en = entityZh.equals("雅蘊酒店") ? "Nga Wan Hotels" : "Ching Wan Hotels";
        Fact base = fact("row", en, entityZh, List.of(), value, "HKD", q, "2025-Q3", quote);
        Fact f = new Fact("row", "c", base.entity(), new Localized("m", metricZh), base.amount(), base.unit(), q, base.period(),
                base.reporter(), false, quote, List.of(), 2);
        return new QuoteVerifier(HOTELS).verify(List.of(occupancy, other, f), "test",
                QuoteVerifier.Setting.of(UnitCatalogue.shipped(), "2025-10-20")).checks().get(f.id()).status();
    }

    @Test
    void aBracketedGlossIsNoSubjectAndTheTwoGroupsAreTheTwoNamedBeforeInTheirOrder() {
        assertThat(hotels("澄灣酒店集團", "每間可供出租客房收入", "1500", Qualifier.APPROXIMATELY, "每間可供出租客房收入（RevPAR）約1,500港元"))
                .isEqualTo(CheckStatus.VERIFIED);
        assertThat(hotels("澄灣酒店集團", "平均每晚房價", "1650", Qualifier.EXACT, "兩集團第三季平均房價分別為每晚1,650港元及980港元"))
                .isEqualTo(CheckStatus.VERIFIED);
        assertThat(hotels("雅蘊酒店", "平均每晚房價", "980", Qualifier.EXACT, "兩集團第三季平均房價分別為每晚1,650港元及980港元"))
                .isEqualTo(CheckStatus.VERIFIED);
        assertThat(hotels("雅蘊酒店", "平均每晚房價", "1650", Qualifier.EXACT, "兩集團第三季平均房價分別為每晚1,650港元及980港元"))
                .isNotEqualTo(CheckStatus.VERIFIED);
        assertThat(hotels("澄灣酒店集團", "平均每晚房價", "980", Qualifier.EXACT, "兩集團第三季平均房價分別為每晚1,650港元及980港元"))
                .isNotEqualTo(CheckStatus.VERIFIED);
    }

    @Test
    void aDayStatedBesideAShareMoveIsItsDayAndNoOtherNewsDayIs() {
        // tamper on a held-out article: "fell 8.9% on Thursday, extending Wednesday's 3.1% decline" given
        // Wednesday was accepted as a weaker truth (the day the paragraph told other news)
        String article = "INVENTED SAMPLE.\n\nRival Calder Assurance, which reported third-quarter results on Wednesday, fared "
                + "worse. Its shares fell 8.9% on Thursday, extending Wednesday's 3.1% decline.\n";
        Fact thursday = fact("th", "Calder Assurance", "卡爾德保險", List.of("Calder"), "-8.9", "percent", Qualifier.EXACT,
                "2025-10-23", "Its shares fell 8.9% on Thursday");
        Fact wednesday = fact("th", "Calder Assurance", "卡爾德保險", List.of("Calder"), "-8.9", "percent", Qualifier.EXACT,
                "2025-10-22", "Its shares fell 8.9% on Thursday");
        QuoteVerifier.Setting at = QuoteVerifier.Setting.of(UnitCatalogue.shipped(), "2025-10-23");
        assertThat(new QuoteVerifier(article).verify(List.of(thursday), "test", at).checks().get("th").status())
                .isEqualTo(CheckStatus.VERIFIED);
        assertThat(new QuoteVerifier(article).verify(List.of(wednesday), "test", at).checks().get("th").status())
                .isEqualTo(CheckStatus.DATE_MISMATCH);
    }
    @Test
    void aFigureToldApartByTheWordsAfterItBelongsToTheRowWhoseMetricNamesThem() {
        // tamper, held-out luxury: "Revenue, change at current exchange rates" given the constant-rates 9 was verified
        String text = "INVENTED SAMPLE.\n\nMILAN, Jan 29 (Sample Wire) - Casa Morandi (invented) said its revenue rose 9% at "
                + "constant exchange rates and 6% at current rates to €3.21bn last year.\n";
        java.util.function.Function<String, CheckStatus> current = value -> {
            Unit u = TestUnits.of("percent");
            Fact f = new Fact("cur", "c", new Localized("Casa Morandi", "莫蘭迪"), new Localized("Revenue, change at current exchange rates",
                    "按當前匯率計算的營收變動"), new Amount(new BigDecimal(value), u, Qualifier.EXACT), u, Qualifier.EXACT,
                    Period.parse("2025"), Localized.of("r"), false, "its revenue rose 9% at constant exchange rates and 6% at current rates",
                    List.of("Morandi"), 2);
            return new QuoteVerifier(text).verify(List.of(f), "test", QuoteVerifier.Setting.of(UnitCatalogue.shipped(), "2026-01-29"))
                    .checks().get("cur").status();
        };
        assertThat(current.apply("6")).isEqualTo(CheckStatus.VERIFIED);
        assertThat(current.apply("9")).isEqualTo(CheckStatus.NUMBER_MISMATCH);
    }
}
