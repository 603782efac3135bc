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
 * "Verified" means the article states this number, with this sign, unit and magnitude, for this entity,
 * with this bound. Each test tampers with one of these and expects a failure naming the fact and both
 * readings. The article is INVENTED for this test (two figures from the seed article aside).
 */
class StrictVerificationTest {
    private static final String ARTICLE = "(INVENTED test article.) Wind數據顯示,年初以來,算力概念指數累計漲幅達47.66%,"
            + "服務器概念指數累計漲幅達84.03%。組件價格全年累計下跌35%。深圳其中提出每年發放最高5億元“訓力券”、5000萬元“語料券”。"
            + "全國光伏新增裝機約300GW。最近,OpenAI舉行了長達12天的發布會。Alpha Shipping reported revenue of $3.2 billion "
            + "in the third quarter, while Beta Lines earned about €450 million.";
    private static final QuoteVerifier VERIFIER = new QuoteVerifier(ARTICLE);
    private static final QuoteVerifier.Setting ZH = QuoteVerifier.Setting.of(UnitCatalogue.shipped(), "2024-12");
    private static final QuoteVerifier.Setting EN = QuoteVerifier.Setting.of(UnitCatalogue.shipped(), "2025-10");

    private static Fact fact(String id, String en, String zh, String value, String unit, Qualifier q, String period, String quote) {
        Unit u = TestUnits.of(unit);
        Amount a = value == null ? null : new Amount(new BigDecimal(value), u, q);
        return new Fact(id, "c", new Localized(en, zh), Localized.of("m"), a, u, q, Period.parse(period), Localized.of("r"),
                false, quote, List.of(), 2);
    }

    private static final String INDEX_QUOTE = "算力概念指數累計漲幅達47.66%,服務器概念指數累計漲幅達84.03%";

    private static Fact server(String value, String quote) {
        return fact("idx-server", "Server concept index", "服務器概念指數", value, "percent", Qualifier.EXACT, "2024-YTD", quote);
    }

    private static FactCheck check(Fact f, QuoteVerifier.Setting s) {
        Fact compute = fact("idx-compute", "Compute index", "算力概念指數", "47.66", "percent", Qualifier.EXACT, "2024-YTD", INDEX_QUOTE);
        return VERIFIER.verify(List.of(compute, f), "test", s).checks().get(f.id());
    }

    @Test
    void verifiesTheHonestRows() {
        assertThat(check(server("84.03", INDEX_QUOTE), ZH).status()).isEqualTo(CheckStatus.VERIFIED);
        assertThat(check(fact("fall", "Module prices", "組件價格", "-35", "percent", Qualifier.EXACT, "2024",
                "組件價格全年累計下跌35%"), ZH).status()).isEqualTo(CheckStatus.VERIFIED);
        assertThat(check(fact("rev", "Alpha Shipping", "甲航運", "3200000000", "USD", Qualifier.EXACT, "2025-Q3",
                "Alpha Shipping reported revenue of $3.2 billion in the third quarter"), EN).status()).isEqualTo(CheckStatus.VERIFIED);
        // "…in the third quarter, while Beta Lines earned about €450 million": the sentence's quarter is Beta's too
        assertThat(check(fact("beta", "Beta Lines", "乙航運", "450000000", "EUR", Qualifier.APPROXIMATELY, "2025-Q3",
                "Beta Lines earned about €450 million"), EN).status()).isEqualTo(CheckStatus.VERIFIED);
    }

    @Test
    void rejectsANumberSplitByASpaceOrAControlCharacterInTheQuote() {
        for (String split : List.of("8 4.03%", "8\u000b4.03%", "8\u30004.03%", "8\u20284.03%")) {
            FactCheck c = check(server("4.03", "服務器概念指數累計漲幅達" + split), ZH);
            assertThat(c.status()).as(split).isEqualTo(CheckStatus.NUMBER_MISMATCH);
            assertThat(c.detail()).contains("idx-server".isEmpty() ? "" : "4.03 percent").contains("84.03%").contains("= 84.03");
        }
    }

    @Test
    void rejectsIdeographicPunctuationInsideANumber() {
        FactCheck c = check(server("3", "服務器概念指數累計漲幅達84。03%"), ZH);
        assertThat(c.status()).isIn(CheckStatus.NUMBER_MISMATCH, CheckStatus.QUOTE_NOT_FOUND);
        assertThat(c.detail()).contains("84.03");
    }

    @Test
    void readsFullWidthDigitsAsWritten() {
        assertThat(check(server("84.03", "服務器概念指數累計漲幅達８４．０３％"), ZH).status()).isEqualTo(CheckStatus.VERIFIED);
        FactCheck c = check(server("3", "服務器概念指數累計漲幅達８４．０３％"), ZH);
        assertThat(c.status()).isEqualTo(CheckStatus.NUMBER_MISMATCH);
        assertThat(c.detail()).contains("3 percent").contains("= 84.03");
    }

    @Test
    void rejectsAFlippedSign() {
        FactCheck c = check(fact("fall", "Module prices", "組件價格", "35", "percent", Qualifier.EXACT, "2024",
                "組件價格全年累計下跌35%"), ZH);
        assertThat(c.status()).isEqualTo(CheckStatus.NUMBER_MISMATCH);
        assertThat(c.detail()).contains("35 percent").contains("= -35").contains("「下跌」 makes it a fall");
    }

    @Test
    void rejectsAMagnitudeOffByAThousandOrABillionInEnglish() {
        for (String[] wrong : new String[][] {{"3200000", "10^3"}, {"3.2", "10^9"}}) {
            FactCheck c = check(fact("rev", "Alpha Shipping", "甲航運", wrong[0], "USD", Qualifier.EXACT, "2025-Q3",
                    "Alpha Shipping reported revenue of $3.2 billion in the third quarter"), EN);
            assertThat(c.status()).isEqualTo(CheckStatus.NUMBER_MISMATCH);
            assertThat(c.detail()).contains(wrong[0] + " USD").contains("= 3200000000").contains("is " + wrong[1] + " times the fact's value");
        }
    }

    @Test
    void rejectsAMagnitudeOffByAThousandOrABillionInChinese() {
        for (String[] wrong : new String[][] {{"500000", "10^3"}, {"0.5", "10^9"}}) {
            FactCheck c = check(fact("v", "Training vouchers", "“訓力券”", wrong[0], "CNY", Qualifier.AT_MOST, "2024",
                    "其中提出每年發放最高5億元“訓力券”、5000萬元“語料券”"), ZH);
            assertThat(c.status()).isEqualTo(CheckStatus.NUMBER_MISMATCH);
            assertThat(c.detail()).contains(wrong[0] + " CNY").contains("= 500000000").contains("is " + wrong[1] + " times the fact's value");
        }
    }

    @Test
    void rejectsANeighbouringEntitysNumberInTheSameQuote() {
        FactCheck c = check(server("47.66", INDEX_QUOTE), ZH);
        assertThat(c.status()).isEqualTo(CheckStatus.ENTITY_NOT_FOUND);
        assertThat(c.detail()).contains("gives 「47.66%」 to Compute index").contains("not to Server concept index");
        Fact training = fact("t", "Training vouchers", "“訓力券”", "500000000", "CNY", Qualifier.AT_MOST, "2024",
                "其中提出每年發放最高5億元“訓力券”");
        Fact corpusRow = fact("v", "Corpus vouchers", "“語料券”", "500000000", "CNY", Qualifier.AT_MOST, "2024",
                "其中提出每年發放最高5億元“訓力券”、5000萬元“語料券”");
        FactCheck corpus = VERIFIER.verify(List.of(training, corpusRow), "test", ZH).checks().get("v");
        assertThat(corpus.status()).isEqualTo(CheckStatus.ENTITY_NOT_FOUND);
        assertThat(corpus.detail()).contains("gives 「5億元」 to Training vouchers");
    }

    @Test
    void rejectsARenamedEntity() {
        FactCheck c = check(fact("idx-storage", "Storage index", "存儲概念指數", "84.03", "percent", Qualifier.EXACT, "2024-YTD",
                INDEX_QUOTE), ZH);
        assertThat(c.status()).isEqualTo(CheckStatus.ENTITY_NOT_FOUND);
        assertThat(c.detail()).contains("Storage index / 存儲概念指數").contains("aliases");
    }

    @Test
    void rejectsADroppedBoundInBothLanguages() {
        FactCheck en = check(fact("beta", "Beta Lines", "乙航運", "450000000", "EUR", Qualifier.EXACT, "2025-Q3",
                "Beta Lines earned about €450 million"), EN);
        assertThat(en.status()).isEqualTo(CheckStatus.QUALIFIER_MISMATCH);
        assertThat(en.detail()).contains("exact").contains("「about」 (approximately)");
        FactCheck zh = check(fact("pv", "PV installations", "全國光伏新增裝機", "300", "GW", Qualifier.EXACT, "2024",
                "全國光伏新增裝機約300GW"), ZH);
        assertThat(zh.status()).isEqualTo(CheckStatus.QUALIFIER_MISMATCH);
        assertThat(zh.detail()).contains("「約」 (approximately)");
    }

    @Test
    void aPeriodTheQuoteDoesNotStateIsNeverSilentlyVerified() {
        Fact dec = fact("ms-openai", "OpenAI", "OpenAI", "12", "days", Qualifier.EXACT, "2024-12", "最近,OpenAI舉行了長達12天的發布會");
        FactCheck c = check(dec, ZH);
        assertThat(c.status()).isEqualTo(CheckStatus.DATED_BY_ARTICLE);
        assertThat(c.detail()).contains("the period 2024-12 is the article's date").contains("not a period the article gives");
        Fact nov = fact("ms-openai", "OpenAI", "OpenAI", "12", "days", Qualifier.EXACT, "2024-11", "最近,OpenAI舉行了長達12天的發布會");
        assertThat(check(nov, ZH).status()).isEqualTo(CheckStatus.DATE_MISMATCH);
        Fact q2 = fact("rev", "Alpha Shipping", "甲航運", "3200000000", "USD", Qualifier.EXACT, "2025-Q2",
                "Alpha Shipping reported revenue of $3.2 billion in the third quarter");
        FactCheck quarter = check(q2, EN);
        assertThat(quarter.status()).isEqualTo(CheckStatus.DATE_MISMATCH);
        assertThat(quarter.detail()).contains("the article dates 「$3.2 billion」 2025-Q3").contains("third quarter");
    }

    @Test
    void aFigureLabelledByANumberInItsClauseBelongsToTheRowThatNamesThatLabel() {
        String article = "（虛構測試）甲晶圓第三季7奈米及更先進製程占晶圓營收的76%，其中3奈米占23%、5奈米占37%。";
        QuoteVerifier v = new QuoteVerifier(article);
        String quote = "7奈米及更先進製程占晶圓營收的76%，其中3奈米占23%、5奈米占37%";
        Fact nm7 = fact("nm7", "Alpha Wafer", "甲晶圓", "76", "share", Qualifier.EXACT, "2025-Q3", quote);
        java.util.function.BiFunction<String, String, Fact> row = (id, value) -> new Fact(id, "c", new Localized("Alpha Wafer", "甲晶圓"),
                new Localized("Share of " + id, id.equals("nm3") ? "3奈米製程占晶圓營收比重" : "5奈米製程占晶圓營收比重"),
                new Amount(new BigDecimal(value), TestUnits.of("share"), Qualifier.EXACT), TestUnits.of("share"), Qualifier.EXACT,
                Period.parse("2025-Q3"), Localized.of("r"), false, quote, List.of(), 3);
        QuoteVerifier.Setting zh = QuoteVerifier.Setting.of(UnitCatalogue.shipped(), "2025-10");
        assertThat(v.verify(List.of(nm7, row.apply("nm3", "23"), row.apply("nm5", "37")), "t", zh).checks().get("nm3").status())
                .isEqualTo(CheckStatus.VERIFIED);
        // 3奈米's row given 5奈米's figure, and 5奈米's given 3奈米's: each names another label
        FactCheck swapped = v.verify(List.of(nm7, row.apply("nm3", "37"), row.apply("nm5", "23")), "t", zh).checks().get("nm3");
        assertThat(swapped.status()).isEqualTo(CheckStatus.NUMBER_MISMATCH);
        assertThat(swapped.detail()).contains("gives 「37%」 to 「5奈米」");
    }

    /**
     * 營收為221.5億元，淨利潤為7.02億元: a net profit row given the revenue is refused (held-out tamper found it
     * verified), while rows whose metrics name their own labels, or neither label, still verify.
     */
    @Test
    void aFigureLabelledByAWordIsNotARowWhoseMetricNamesTheOtherLabel() {
        String article = "（虛構測試）甲嘉糧油前三季營收612.8億元。其中，第三季營收為221.5億元，淨利潤為7.02億元。";
        QuoteVerifier v = new QuoteVerifier(article);
        String quote = "第三季營收為221.5億元，淨利潤為7.02億元";
        java.util.function.BiFunction<String, String[], Fact> row = (id, m) -> new Fact(id, "c", new Localized("Alpha", "甲嘉糧油"),
                new Localized("Third-quarter " + id, m[0]), new Amount(new BigDecimal(m[1]), TestUnits.of("CNY"), Qualifier.EXACT),
                TestUnits.of("CNY"), Qualifier.EXACT, Period.parse("2025-Q3"), Localized.of("r"), false, quote, List.of(), 3);
        QuoteVerifier.Setting zh = QuoteVerifier.Setting.of(UnitCatalogue.shipped(), "2025-10");
        Fact rev = row.apply("rev", new String[] {"第三季營收", "22150000000"});
        Fact ni = row.apply("ni", new String[] {"第三季淨利潤", "702000000"});
        assertThat(v.verify(List.of(rev, ni), "t", zh).checks().get("ni").status()).isEqualTo(CheckStatus.VERIFIED);
        Fact otherWording = row.apply("rev2", new String[] {"第三季營業收入", "22150000000"});
        assertThat(v.verify(List.of(otherWording, ni), "t", zh).checks().get("rev2").status()).isEqualTo(CheckStatus.VERIFIED);
        Fact lie = row.apply("ni", new String[] {"第三季淨利潤", "22150000000"});
        FactCheck c = v.verify(List.of(rev, lie), "t", zh).checks().get("ni");
        assertThat(c.status()).isEqualTo(CheckStatus.NUMBER_MISMATCH);
        assertThat(c.detail()).contains("「7.02億元」 to 「淨利潤」");
    }

    /**
     * 載客人數與貨運量分別為…，年增7.5%與年減2.6%: the passengers' change row given the cargo's fall was verified
     * (tamper, second held-out set); each run of figures after a 分別 list goes to its measures in order.
     */
    @Test
    void aFigureOfA分別ListIsNotARowWhoseMetricNamesAnotherMeasureOfTheList() {
        String article = "（虛構測試）乙航10月載客人數與貨運量分別為80.5萬人次及4.2萬公噸，年增6.1%與年減3.4%；載客率79.9%。";
        QuoteVerifier v = new QuoteVerifier(article);
        String quote = "乙航10月載客人數與貨運量分別為80.5萬人次及4.2萬公噸，年增6.1%與年減3.4%";
        java.util.function.BiFunction<String, String[], Fact> row = (id, m) -> new Fact(id, "c", new Localized("Beta Air", "乙航"),
                new Localized(id, m[0]), new Amount(new BigDecimal(m[1]), TestUnits.of("percent"), Qualifier.EXACT),
                TestUnits.of("percent"), Qualifier.EXACT, Period.parse("2025-10"), Localized.of("r"), false, quote, List.of(), 3);
        QuoteVerifier.Setting zh = QuoteVerifier.Setting.of(UnitCatalogue.shipped(), "2025-11-21");
        Fact pax = row.apply("pax", new String[] {"載客人數年增率", "6.1"});
        Fact cargo = row.apply("cargo", new String[] {"貨運量年增率", "-3.4"});
        var truth = v.verify(List.of(pax, cargo), "t", zh).checks();
        assertThat(truth.get("pax").status()).isEqualTo(CheckStatus.VERIFIED);
        assertThat(truth.get("cargo").status()).isEqualTo(CheckStatus.VERIFIED);
        Fact lie = row.apply("pax", new String[] {"載客人數年增率", "-3.4"});
        FactCheck c = v.verify(List.of(lie, cargo), "t", zh).checks().get("pax");
        assertThat(c.status()).isEqualTo(CheckStatus.NUMBER_MISMATCH);
        assertThat(c.detail()).contains("「3.4%」 to 「貨運量」");
    }

    @Test
    void aClauseThatNamesItsOwnSubjectDoesNotTakeTheEntityOfTheSentenceBefore() {
        String article = "(INVENTED test article.) Rates from Alpha Port fell 12% in the week. "
                + "Rates on the Beta-Gamma lane rose 4.1% in the week.";
        QuoteVerifier v = new QuoteVerifier(article);
        java.util.function.BiFunction<String, String[], Fact> row = (id, v2) -> new Fact(id, "c",
                new Localized("Alpha Port rate", "甲港運價"), Localized.of("m"), new Amount(new BigDecimal(v2[0]),
                TestUnits.of("percent"), Qualifier.EXACT), TestUnits.of("percent"), Qualifier.EXACT, Period.parse("2025"),
                Localized.of("r"), false, v2[1], List.of("Alpha Port"), 2);
        // the second row takes the Beta-Gamma lane's figure for Alpha Port, named in the sentence before
        List<Fact> rows = List.of(row.apply("alpha", new String[] {"-12", "Rates from Alpha Port fell 12% in the week"}),
                row.apply("beta", new String[] {"4.1", "Rates on the Beta-Gamma lane rose 4.1% in the week"}));
        FactCheck c = v.verify(rows, "t", EN).checks().get("beta");
        assertThat(c.status()).isEqualTo(CheckStatus.ENTITY_NOT_FOUND);
        assertThat(c.detail()).contains("its clause names 「Beta-Gamma」");
    }
}
