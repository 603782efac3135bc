package io.briefing.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names of organisations found in Chinese text INVENTED for this test, with no table to name them. */
class ChineseNamesTest {
    private static List<String> first(String text) {
        return ChineseNames.in(text).stream().map(n -> n.get(0)).toList();
    }

    @Test
    void aNameEndsWithItsOrganisationWordAndStartsAfterAFunctionWordOrATime() {
        assertThat(first("前11個月星河汽車累計交付28萬輛，而星河汽車的交付量……；月湖汽車則……")).contains("星河汽車", "月湖汽車");
        // a name may start with a character of times (天, 上, 中) next to its organisation word
        assertThat(first("天衡商城公布，平台成交額增長。天衡商城還稱……")).contains("天衡商城");
    }

    @Test
    void companiesOfFarmingFoodAndMiningEndWithTheirTradesWord() {
        // a hog-farming article's four listed companies (農牧, 食品, 牧業, 股份) were found by none of their names
        assertThat(first("上市猪企方面，青禾农牧、润川食品、岭东牧业、湘丰股份10月分别销售生猪。青禾农牧表示……润川食品称……"
                + "岭东牧业10月销售生猪……湘丰股份体量较小……"))
                .contains("青禾农牧", "润川食品", "岭东牧业", "湘丰股份");
        // (新能源 is a kind of vehicle, not a company: 11月新能源乘用车 names no one)
        assertThat(first("出口方面，11月新能源乘用车出口约21.6万辆。")).isEmpty();
    }

    @Test
    void aNumberInsideANameStaysInItAndAStartOtherNamesShareIsNoShortName() {
        assertThat(first("股市方面，乙半導體50指數本週上漲3.2%。乙半導體50指數收在18,452點。")).contains("乙半導體50指數");
        // 樣本 starts 樣本證券汽車 and 樣本汽車 alike: it is no short name of either
        List<List<String>> names = ChineseNames.in("樣本汽車週刊報道。樣本證券汽車行業分析師表示……樣本證券汽車認為……樣本乘聯會統計……");
        assertThat(names).noneSatisfy(n -> assertThat(n).contains("樣本"));
    }

    @Test
    void aDescriptionBeforeANameIsNotPartOfIt() {
        assertThat(first("二線晶圓代工廠世騰半導體（虛構）9月營收下滑。世騰半導體表示……")).contains("世騰半導體")
                .noneMatch(n -> n.startsWith("代工廠"));
    }

    @Test
    void aDescriptionThatEndsWithAnotherNamesStemIsCutToIt() {
        // held-out: 獲利王華岳金控 (the profit king, Huayue) was drafted as one name
        assertThat(first("獲利王青嶺金控（2869）10月獲利38.6億元。旗下青嶺銀行貢獻過半，青嶺銀行前10月獲利183.5億元。"))
                .contains("青嶺金控", "青嶺銀行").doesNotContain("獲利王青嶺金控");
    }

    @Test
    void aTimeAQuantityAVerbOrAKindBeforeAnOrganisationWordIsNoName() {
        // held-out: 今年銀行, 明年各銀行, 多家金控, 貢獻金控, 壽險型金控 were drafted as names
        List<String> found = first("今年銀行本業穩健，多家金控獲利降溫，明年各銀行放款放緩；壽險型金控壓力大，青嶺銀行貢獻金控獲利過半。"
                + "青嶺銀行表示……");
        assertThat(found).contains("青嶺銀行").noneMatch(n -> n.startsWith("今年") || n.startsWith("多家") || n.startsWith("明年")
                || n.startsWith("貢獻") || n.endsWith("型金控"));
    }

    @Test
    void aLongLegalNameIsAlsoKnownByItsFirstCharacters() {
        List<List<String>> names = ChineseNames.in("晶岳積體電路製造公司（虛構）公布營收。晶岳表示……晶岳毛利率……");
        assertThat(names).anySatisfy(n -> assertThat(n).containsExactly("晶岳積體電路製造公司", "晶岳"));
    }

    @Test
    void lettersInABracketAreTheNamesShortFormAndADateInOneIsNoName() {
        List<List<String>> names = ChineseNames.in("由研究部編製的嘉域城市指數（JCI）10月報150點。上週末（11月8日至9日）成交增加。");
        assertThat(names).anySatisfy(n -> assertThat(n).containsExactly("嘉域城市指數", "JCI"));
        assertThat(first("上週末（11月8日至9日）成交增加。")).isEmpty();
    }

    @Test
    void aNameJoinedToAKnownOneIsANameAndAPersonsTitleIsNot() {
        assertThat(first("拾穗優選（虛構）和鹿鳴購的成交額分別為2150億元和780億元。")).contains("拾穗優選", "鹿鳴購");
        assertThat(first("公司主席陳柏謙（虛構）表示……")).isEmpty();
    }

    /**
     * A bracket closing a headline remarks on the headline (…合同负债与批价双双承压（虚构）), the 度 of
     * 季度 starts no name, and a landlord (業主) or "another" (另一) before a name is no part of it.
     */
    @Test
    void aHeadlinesBracketATimesEndAndARoleBeforeANameMakeNoName() {
        List<String> found = first("龙头增速放缓，库存与批价双双承压（虚构）\n\n丙岭储能前三季度储能电池出货量为12.1GWh。"
                + "丁川储能第三季度储能电池出货3.2GWh。另一業主戊港置業（虛構）則面對壓力。");
        assertThat(found).noneMatch(n -> n.contains("承压") || n.startsWith("度") || n.startsWith("業主") || n.startsWith("另一"));
        assertThat(found).contains("戊港置業");
    }

    /**
     * 储能电池 in an article on 储能 is a common noun (the stem is written far more often alone); 甲岳人壽
     * beside 甲岳金控 is a name of a group whose stem other organisation words follow too.
     */
    @Test
    void aCompoundOfACommonStemIsNoNameButAGroupsUnitIs() {
        List<String> storage = first("丙储科技前三季度储能电池出货量为48.6GWh。储能行业承压，储能集采价格下降，储能项目增多。"
                + "丁沣新能第三季度储能电池出货5.1GWh。新型储能装机增长，储能电站并网，储能需求旺盛，储能招标增加。丙储科技表示……");
        assertThat(storage).contains("丙储科技").doesNotContain("储能电池");
        List<String> group = first("甲岳金控10月獲利。甲岳金前10月每股盈餘3.12元，甲岳金表示……甲岳金全年目標……"
                + "旗下甲岳人壽10月獲利，甲岳人壽表示……甲岳金控股價上漲。");
        assertThat(group).contains("甲岳金控", "甲岳人壽");
    }

    @Test
    void aShortNameInTheBracketIsAnotherNameOfItAndTheAdverbAfterAListedNameEndsIt() {
        // held-out: （6983，簡稱北辰） named nothing, so a whole paragraph about the company went to its rival;
        // 星程電信與北辰則將… made 北辰則 a name of its own
        List<List<String>> names = ChineseNames.in("市場排名第三的綠川行動通訊（6983，簡稱綠川）持續縮小虧損。綠川14日公布營收。"
                + "丙電信（6925）公布營收。丙電信與綠川則將月租分別調漲50元及30元。");
        assertThat(names).anySatisfy(n -> assertThat(n).containsExactly("綠川行動通訊", "綠川"));
        assertThat(names).noneSatisfy(n -> assertThat(n).contains("綠川則"));
    }
}
