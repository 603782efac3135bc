package io.briefing.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChinesePunctuationTest {
    @Test
    void setsPunctuationTouchingChineseFullWidth() {
        assertThat(ChinesePunctuation.fullWidth("算力基礎設施率先受益:年初以來")).isEqualTo("算力基礎設施率先受益：年初以來");
        assertThat(ChinesePunctuation.fullWidth("雲廠商(以火山引擎為代表)降價")).isEqualTo("雲廠商（以火山引擎為代表）降價");
        assertThat(ChinesePunctuation.fullWidth("指數47.66%(Wind)。")).isEqualTo("指數47.66%（Wind）。");
        assertThat(ChinesePunctuation.fullWidth("競爭者 , 縮減")).isEqualTo("競爭者，縮減");
        // Latin before, Chinese after: still Chinese text (a timeline entry, a model's name in a sentence)
        assertThat(ChinesePunctuation.fullWidth("OpenAI: 長達12天")).isEqualTo("OpenAI：長達12天");
        assertThat(ChinesePunctuation.fullWidth("超越Llama3-70B,問鼎全球")).isEqualTo("超越Llama3-70B，問鼎全球");
    }

    @Test
    void changesABracketPairOpenedAndClosedInDifferentRuns() {
        // the figure is a run of its own (bold, with its marker): the pair still changes together
        assertThat(ChinesePunctuation.fullWidth(java.util.List.of("；智譜AI(", "200億元以上", ")、月之暗面")))
                .containsExactly("；智譜AI（", "200億元以上", "）、月之暗面");
        assertThat(ChinesePunctuation.fullWidth(java.util.List.of("Zhipu AI (", "at least CNY 20bn", ")")))
                .containsExactly("Zhipu AI (", "at least CNY 20bn", ")");
    }

    @Test
    void leavesLatinTextAndNumbersAlone() {
        assertThat(ChinesePunctuation.fullWidth("1,000 units (est.): ok")).isEqualTo("1,000 units (est.): ok");
        assertThat(ChinesePunctuation.fullWidth("Zhipu AI (at least CNY 20bn)")).isEqualTo("Zhipu AI (at least CNY 20bn)");
    }
}
