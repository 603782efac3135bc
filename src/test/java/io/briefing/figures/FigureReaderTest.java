package io.briefing.figures;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.TestUnits;
import io.briefing.facts.Amount;
import io.briefing.facts.Qualifier;
import io.briefing.facts.Unit;
import io.briefing.facts.UnitCatalogue;
import io.briefing.build.AmountFormat;
import io.briefing.i18n.Language;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureReaderTest {
    private static final FigureReader READER = new FigureReader(UnitCatalogue.shipped());

    private static Figure only(String text) {
        List<Figure> f = READER.read(text).figures();
        assertThat(f).as(text).hasSize(1);
        return f.get(0);
    }

    @ParameterizedTest(name = "{0} = {1} ({2}, {3})")
    @CsvSource(delimiter = '|', value = {
        "4.3億|430000000|''|exact",
        "200億元|20000000000|元|exact",
        "5000萬元|50000000|元|exact",
        "最高5億元|500000000|元|at_most",
        "47.66%|47.66|%|exact",
        "90%以上|90|%|at_least",
        "20余家|20|家|more_than",
        "長達12天|12|天|exact",
        "二十家|20|家|exact",
        "一百零五個|105|個|exact",
        "'3,000元'|3000|元|exact",
        "１２％|12|%|exact",
        "約300GW|300|GW|approximately",
        "新增裝機300吉瓦|300|吉瓦|exact",
        "12萬噸|120000|噸|exact",
        "300萬輛|3000000|輛|exact",
        "1.2萬億元|1200000000000|元|exact",
        "3千萬元|30000000|元|exact",
        "$3.2 billion|3200000000|$|exact",
        "12 cents a share|0.12|cents|exact",
        "about 14 cents|0.14|cents|approximately",
        "每股派息5美分|0.05|美分|exact",
        "US$1.5bn|1500000000|US$|exact",
        "more than €450 million|450000000|€|more_than",
        "about 12,500 containers|12500|containers|approximately",
        "up to HK$20m|20000000|HK$|at_most",
        "35 per cent|35|per cent|exact",
        "nearly 1,250 vessels|1250|''|approximately",
        "RMB 5 billion|5000000000|RMB|exact",
        "20 or more companies|20|companies|at_least",
        "3.2 trillion yuan|3200000000000|yuan|exact"
    })
    void readsNumberMagnitudeUnitAndBound(String text, String value, String unitWord, String qualifier) {
        Figure f = only(text);
        assertThat(f.magnitude()).isEqualByComparingTo(value);
        assertThat(f.unitWord()).isEqualTo(unitWord);
        assertThat(f.qualifier()).isEqualTo(Qualifier.fromCode(qualifier));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "價格全年累計下跌35%|-35",
        "多晶硅价格下降21.5%|-21.5",
        "累計漲幅達47.66%|47.66",
        "同比增长约35%|35",
        "shares fell 12%|-12",
        "revenue dropped 8.5 per cent|-8.5",
        "freight rates were down 3%|-3",
        "a 12% fall in volumes|-12",
        "profit rose 4.1%|4.1",
        "−35%|-35",
        "-35%|-35",
        "the index fell to 300 GW|300",
        "價格下跌至35%|35",
        "跌幅達35%|-35"
    })
    void givesAChangeTheSignItsDirectionWordSays(String text, String signed) {
        List<Figure> all = READER.read(text).figures();
        Figure f = all.get(all.size() - 1);
        assertThat(f.valueIn(TestUnits.of("percent")).compareTo(new BigDecimal(signed)) == 0
                || f.valueIn(TestUnits.of("GW")).compareTo(new BigDecimal(signed)) == 0).as(text + " read as " + f).isTrue();
    }

    @Test
    void aDirectionInFrontOfAListMovesEveryFigureOfIt() {
        assertThat(READER.read("單價同比分別下降9.3%、6.6%和11.2%").figures()).extracting(f -> f.signed().toPlainString())
                .containsExactly("-9.3", "-6.6", "-11.2");
        assertThat(READER.read("margins fell 3%, 5% and 7%, respectively").figures()).extracting(f -> f.signed().toPlainString())
                .containsExactly("-3", "-5", "-7");
        // a figure with its own word keeps it; a level after a connector is not a move of the list
        assertThat(READER.read("收入下降5%，利潤增長8%").figures()).extracting(f -> f.signed().toPlainString())
                .containsExactly("-5", "8");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "非本地旅客佔約四成五|45",
        "按年增加近一成二|12",
        "入住率維持在八成五以上|85",
        "六成|60",
        "四成半|45"
    })
    void readsTenthsWithTheDigitOfTheNextPlace(String text, String value) {
        assertThat(only(text).magnitude()).isEqualByComparingTo(value);
    }

    @Test
    void aBoundHoldsAcrossAPerUnitWordAndAfterATwoCharacterMeasure() {
        // 約每晚1,420港元: about 1,420 a night; 150艘次以上: at least 150 calls
        assertThat(only("平均房價則約每晚1,420港元").qualifier()).isEqualTo(Qualifier.APPROXIMATELY);
        assertThat(only("預計全年靠泊艘次可達150艘次以上").qualifier()).isEqualTo(Qualifier.AT_LEAST);
        // a bound before other words is no bound of the figure: 約定每晚 is no "about"
        assertThat(only("雙方約定每晚房價1,420港元").qualifier()).isEqualTo(Qualifier.EXACT);
    }

    /** 同比增長1.3倍 is a rise of 130% (two held-out articles' gold rows); 是上年的2.5倍 and 增長至3倍 are multiples. */
    @Test
    void aRiseBySoManyTimesIsARiseInPercent() {
        Figure rise = only("利潤總額同比增長1.3倍");
        assertThat(rise.signed()).isEqualByComparingTo("130");
        assertThat(rise.units()).extracting(u -> u.code()).contains("percent");
        assertThat(only("淨利潤增長了0.5倍").signed()).isEqualByComparingTo("50");
        assertThat(only("跨境電商貨量按年倍增").signed()).isEqualByComparingTo("100");
        assertThat(only("獲利是上年同期的2.5倍").magnitude()).isEqualByComparingTo("2.5");
        assertThat(only("獲利增長至3倍").magnitude()).isEqualByComparingTo("3");
    }

    @Test
    void aMetricTonneAndANetLossAreReadAsSuch() {
        assertThat(only("當月貨運量達11.6萬公噸").units()).extracting(u -> u.code()).containsExactly("tonnes");
        assertThat(only("稅後淨損收窄至2.7億元").signed()).isEqualByComparingTo("-270000000");
    }

    @Test
    void aDigitAfterTenthsThatStartsAWordOfItsOwnIsNotTheNextPlace() {
        assertThat(READER.read("六成五年內到期").figures()).extracting(f -> f.magnitude().toPlainString()).startsWith("60");
    }

    @Test
    void aRoundNumberStartingWithItsPlaceIsAFigureAfterABoundOnly() {
        Figure f = only("讓利合計逾百億元");
        assertThat(f.magnitude()).isEqualByComparingTo("10000000000");
        assertThat(f.qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(only("入境旅客超千萬人次").magnitude()).isEqualByComparingTo("10000000");
        assertThat(READER.read("平台推出百億補貼").figures()).isEmpty();
    }

    @Test
    void aPercentageThatIsAPartOfAWholeIsALevelWhateverMovedAroundIt() {
        assertThat(only("the drug shrank tumours in 47% of the patients").direction()).isEqualTo(Figure.Direction.NONE);
        assertThat(only("貢獻了全行業新增量的六成左右").direction()).isEqualTo(Figure.Direction.NONE);
        assertThat(only("當月新增業務量中一半以上來自縣域").direction()).isEqualTo(Figure.Direction.NONE);
        assertThat(only("shares shrank 47%").direction()).isEqualTo(Figure.Direction.FALL);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "About one in five had serious side effects|20",
        "sales dropped by a fifth|-20",
        "營收的五分之一|20",
        "wiping out about $2.4 billion of market value|-2400000000"
    })
    void readsFractionsAndMovesInWords(String text, String signed) {
        List<Figure> all = READER.read(text).figures();
        assertThat(all).as(text).isNotEmpty();
        assertThat(all.get(0).signed()).as(text).isEqualByComparingTo(signed);
    }

    @Test
    void toBreakThroughOrToTopANumberIsToExceedIt() {
        assertThat(only("全年業務量有望突破2100億件").qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(only("expects that bill to top $8 billion").qualifier()).isEqualTo(Qualifier.MORE_THAN);
    }

    @Test
    void readsAnIdeographicFullStopAsTheEndOfASentenceNotAsADecimalPoint() {
        assertThat(READER.read("84。03%").figures()).extracting(Figure::magnitude).extracting(BigDecimal::toPlainString)
                .containsExactly("84", "3");
        assertThat(only("８４．０３％").magnitude()).isEqualByComparingTo("84.03");
    }

    @Test
    void readsANumberSplitByWhiteSpaceOrAControlCharacterAsTwoNumbers() {
        for (String split : List.of("8 4.03%", "8\u30004.03%", "8\u20284.03%", "8\u000b4.03%")) {
            assertThat(READER.read(split).figures()).as(split).extracting(f -> f.magnitude().toPlainString())
                    .containsExactly("8", "4.03");
        }
    }

    @ParameterizedTest
    @CsvSource({"Qwen2-72B", "GPT-4o", "Llama3-70B", "ChatGPT-3.5", "A320neo"})
    void skipsNumbersThatArePartOfNames(String name) {
        assertThat(READER.read("阿里" + name + "模型").figures()).isEmpty();
    }

    @Test
    void readsDatesAsDatesNotFigures() {
        Reading r = READER.read("2024年3月15日,第三季度,in 2025, on March 3, 3 March 2025, Q4 and the third quarter");
        assertThat(r.figures()).isEmpty();
        assertThat(r.dates()).extracting(d -> d.part() + "=" + d.value()).contains("YEAR=2024", "MONTH=3", "DAY=15",
                "QUARTER=3", "YEAR=2025", "DAY=3", "QUARTER=4");
    }

    @Test
    void readsOneDecimalPointPerNumber() {
        // found by the fuzzer: "1.2.3" made BigDecimal throw
        assertThat(READER.read("版本1.2.3發布").figures()).extracting(Figure::text).containsExactly("1.2", "3");
    }

    @Test
    void aLoneChineseNumeralIsAWordNotAFigure() {
        assertThat(READER.read("在投資機構一輪又一輪的資金加持下").figures()).isEmpty();
    }

    @Test
    void aMonthNameAtTheStartOfTheTextIsReadWithoutError() {
        // found by the fuzzer: "june" at offset 0 looked for a word before it at offset -1
        assertThat(READER.read("june 3, 5億元").dates()).extracting(d -> d.part() + "=" + d.value()).contains("MONTH=6", "DAY=3");
        assertThat(READER.read("March")).isNotNull();
        assertThat(READER.read("Q3")).isNotNull();
    }

    /** Text made of the vocabulary's own pieces, in any order: the reader never throws. */
    @Property(tries = 20000)
    void neverThrowsOnTextMadeOfItsOwnWords(@ForAll("vocabularyText") String text) {
        Reading r = READER.read(text);
        for (Figure f : r.figures()) {
            assertThat(f.start()).isBetween(0, text.length());
            assertThat(f.end()).isBetween(f.start(), text.length());
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> vocabularyText() {
        List<String> pieces = List.of("june", "March", " ", "3", "12", ",", ".", "2025", "萬", "億", "元", "%", "$", "US$", "€",
                "fell", "to", "下跌", "至", "約", "以上", "余", "家", "-", "−", "Q", "第三季度", "third quarter", "bn", "m",
                "、", "，", "。", "更", "GW", "吉瓦", "per cent", "about", "more than", "up to", "or more", "十", "二", "半", "年", "月",
                "日", "\u3000", "８", "．");
        return net.jqwik.api.Arbitraries.of(pieces).list().ofMaxSize(12).map(l -> String.join("", l));
    }

    @Property
    void wholeNumbersRoundTripThroughChineseNumerals(@ForAll @LongRange(min = 1, max = 99_999_999) long n) {
        assertThat(ChineseNumerals.parse(ChineseNumerals.write(n))).isEqualByComparingTo(BigDecimal.valueOf(n));
    }

    /** What the program writes, it reads back: every unit of the catalogue, both languages, both signs. */
    @Property(tries = 2000)
    void amountsRoundTripThroughTheProgramsOwnWording(
            @ForAll @BigRange(min = "1", max = "999.99") @Scale(2) BigDecimal mantissa,
            @ForAll @IntRange(min = 0, max = 2) int magnitude, @ForAll boolean chinese, @ForAll boolean negative,
            @ForAll @IntRange(min = 0, max = 100) int unitIndex) {
        List<Unit> units = UnitCatalogue.shipped().all().stream().filter(u -> !u.isNone()).toList();
        Unit unit = units.get(unitIndex % units.size());
        int[] powers = chinese ? new int[] {0, 4, 8} : new int[] {0, 6, 9};
        boolean scaled = unit.show(chinese ? Language.ZH : Language.EN).magnitudes() != io.briefing.facts.Magnitudes.NONE;
        BigDecimal value = mantissa.scaleByPowerOfTen(scaled ? powers[magnitude] : 0);
        if (unit.kind().ceiling() != null && value.doubleValue() > unit.kind().ceiling()) {
            value = BigDecimal.valueOf(unit.kind().ceiling());
        }
        if (negative && unit.kind().signed()) {
            value = value.negate();
        }
        String text = new AmountFormat(chinese ? Language.ZH : Language.EN).text(new Amount(value, unit, Qualifier.EXACT));
        Figure f = only(text);
        assertThat(f.canBeIn(unit)).as(text).isTrue();
        assertThat(f.valueIn(unit)).as(text).isEqualByComparingTo(value);
    }

    /** A number word takes the unit word after it: "six days" is days, as "6 days" is; "two dissenters" stays a count. */
    @Test
    void aNumberWordTakesTheUnitWordAfterIt() {
        Figure days = only("The strike lasted six days.");
        assertThat(days.magnitude()).isEqualByComparingTo("6");
        assertThat(days.units()).extracting(io.briefing.facts.Unit::code).containsExactly("days");
        assertThat(only("Rates fell three percent.").units()).extracting(io.briefing.facts.Unit::code).contains("percent");
        assertThat(only("There were two dissenters.").bare()).isTrue();
    }

    @Test
    void aRunOfFiguresLongerThanAnyClauseIsReadInFullAndLooksBackNoFurtherThanAClause() {
        // one "clause" of 5,000 figures joined by "and" made each figure scan back to its start (verify 20 s)
        StringBuilder run = new StringBuilder("Revenue was ");
        for (int i = 1; i <= 3_000; i++) {
            run.append(i == 1 ? "" : " and ").append('$').append(i).append(" million");
        }
        String text = run.append('.').toString();
        List<Figure> figures = new FigureReader(UnitCatalogue.shipped()).read(text).figures();
        assertThat(figures).hasSize(3_000);
        assertThat(figures.get(2_999).text()).isEqualTo("$3000 million");
        FigureReader reader = new FigureReader(UnitCatalogue.shipped());
        assertThat(reader.clauseStart(text, text.length() - 1, false)).isEqualTo(text.length() - 1 - FigureReader.LONGEST_CLAUSE);
    }
    @Test
    void aWordForAMultipleOfADatasetsUnitGivesItsValueInTheUnit() throws Exception {
        // held-out LNG: "13.2 mtpa" of a unit of tonnes per annum is 13,200,000; a subunit word may be a multiple
        UnitCatalogue units = UnitCatalogue.shipped().extendedWith(io.briefing.input.YamlFiles.parse(java.nio.file.Path.of("t.yaml"),
                "tonnes_per_year:\n  kind: quantity\n  name: { en: tonnes per annum, zh: 吨／年 }\n"
                        + "  text: [ tonnes per annum ]\n  subunits: { mtpa: 1000000 }\n"));
        List<Figure> f = new FigureReader(units).read("signed sales agreements for 13.2 mtpa and 500,000 tonnes per annum").figures();
        assertThat(f).extracting(x -> x.magnitude().toPlainString()).containsExactly("13200000", "500000");
        assertThat(f.get(0).units()).extracting(Unit::code).containsExactly("tonnes_per_year");
    }

    @Test
    void aCurrencyCodeGluedToItsNumberAsTheUnitWritesItIsTheUnit() throws Exception {
        // held-out luxury: "fell 2% in Swiss francs to CHF5.84bn" gave no figure in CHF (the Financial Times' style)
        UnitCatalogue units = UnitCatalogue.shipped().extendedWith(io.briefing.input.YamlFiles.parse(java.nio.file.Path.of("t.yaml"),
                "CHF:\n  kind: currency\n  name: { en: Swiss francs, zh: 瑞士法郎 }\n  before: [ CHF ]\n  text: [ Swiss francs ]\n"));
        List<Figure> f = new FigureReader(units).read("fell 2% to CHF5.84bn, while Chf5 and XCHF3 are names").figures();
        assertThat(f).extracting(Figure::text).containsExactly("2%", "CHF5.84bn");
        assertThat(f.get(1).magnitude().toPlainString()).isEqualTo("5840000000");
    }
}
