package io.briefing.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.facts.Unit;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumbersTest {
    @ParameterizedTest(name = "{0} = {1} {2}")
    @CsvSource({
        "4.3億, 430000000, ''",
        "200億元, 20000000000, 元",
        "5000萬元, 50000000, 元",
        "最高5億元, 500000000, 元",
        "1億元, 100000000, 元",
        "47.66%, 47.66, %",
        "90%以上, 90, %",
        "20余家, 20, ''",
        "長達12天, 12, 天",
        "二十家, 20, 家",
        "兩年前, 2, 年",
        "一百零五個, 105, 個",
        "半年, 0.5, 年",
        "'3,000元', 3000, 元",
        "１２％, 12, %"
    })
    void readsChineseNumberAndUnitForms(String text, String value, String unit) {
        List<NumberMention> m = ChineseNumbers.find(text);
        assertThat(m).isNotEmpty();
        assertThat(m.get(0).value()).isEqualByComparingTo(value);
        assertThat(m.get(0).unit()).isEqualTo(unit);
    }

    @org.junit.jupiter.api.Test
    void readsOneDecimalPointPerNumber() {
        // found by the fuzzer: "1.2.3" made BigDecimal throw
        List<NumberMention> m = ChineseNumbers.find("版本1.2.3發布");
        assertThat(m).extracting(NumberMention::text).containsExactly("1.2", "3");
    }

    @ParameterizedTest
    @CsvSource({"Qwen2-72B", "GPT-4o", "Llama3-70B", "ChatGPT-3.5"})
    void skipsNumbersThatArePartOfNames(String name) {
        assertThat(ChineseNumbers.find("阿里" + name + "模型")).isEmpty();
    }

    @Property
    void wholeNumbersRoundTripThroughChineseNumerals(@ForAll @LongRange(min = 1, max = 99_999_999) long n) {
        assertThat(ChineseNumbers.parseChineseNumeral(ChineseNumbers.toChineseNumeral(n))).isEqualByComparingTo(
                BigDecimal.valueOf(n));
    }

    @Property
    void yuanRoundTripThroughTheArticlesWording(
            @ForAll @BigRange(min = "1", max = "999999999999") @Scale(0) BigDecimal yuan) {
        String wording = ChineseNumbers.toWording(yuan, Unit.CNY);
        List<NumberMention> m = ChineseNumbers.find(wording);
        assertThat(m).hasSize(1);
        assertThat(m.get(0).value()).isEqualByComparingTo(yuan);
        assertThat(m.get(0).unit()).isEqualTo("元");
    }

    @Property
    void percentagesRoundTrip(@ForAll @BigRange(min = "0", max = "1000") @Scale(2) BigDecimal pct) {
        List<NumberMention> m = ChineseNumbers.find("漲幅達" + ChineseNumbers.toWording(pct, Unit.PERCENT));
        assertThat(m).hasSize(1);
        assertThat(m.get(0).value()).isEqualByComparingTo(pct);
        assertThat(m.get(0).unit()).isEqualTo("%");
    }

    @Property
    void countsRoundTrip(@ForAll @LongRange(min = 1, max = 9_999_999_999L) long users) {
        String wording = ChineseNumbers.toWording(BigDecimal.valueOf(users), Unit.COUNT);
        assertThat(ChineseNumbers.find("用戶規模已達到" + wording).get(0).value()).isEqualByComparingTo(BigDecimal.valueOf(users));
    }
}
