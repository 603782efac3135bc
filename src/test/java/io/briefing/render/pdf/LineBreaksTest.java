package io.briefing.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Where a line may end, asked as OpenPDF asks: may the line end after character i? */
class LineBreaksTest {
    private final LineBreaks zh = new LineBreaks(Locale.TRADITIONAL_CHINESE);

    private boolean mayEndAfter(String text, int i) {
        char[] cc = text.toCharArray();
        return zh.isSplitCharacter(0, i, cc.length, cc, null);
    }

    @Test
    void neverEndsALineBeforeClosingPunctuationOrAfterOpening() {
        String t = "智譜AI（200億元以上）、月之暗面";
        assertThat(mayEndAfter(t, t.indexOf('上'))).as("before ）").isFalse();
        assertThat(mayEndAfter(t, t.indexOf('）'))).as("before 、").isFalse();
        assertThat(mayEndAfter(t, t.indexOf('（'))).as("after （").isFalse();
        assertThat(mayEndAfter(t, t.indexOf('、'))).as("after 、").isTrue();
        assertThat(mayEndAfter(t, t.indexOf('月'))).as("between Han characters").isTrue();
    }

    @Test
    void keepsANumberWithTheCharacterThatCountsIt() {
        String t = "2024年12月18日發布4.3億";
        assertThat(mayEndAfter(t, t.indexOf("18") + 1)).as("18|日").isFalse();
        assertThat(mayEndAfter(t, t.indexOf(".3") + 1)).as("4.3|億").isFalse();
        assertThat(mayEndAfter(t, t.indexOf('月'))).as("月|18").isTrue();
    }

    @Test
    void breaksEnglishAtSpacesOnly() {
        LineBreaks en = new LineBreaks(Locale.ENGLISH);
        char[] cc = "at least CNY 20 billion".toCharArray();
        assertThat(en.isSplitCharacter(0, 1, cc.length, cc, null)).as("inside a word").isFalse();
        assertThat(en.isSplitCharacter(0, 2, cc.length, cc, null)).as("after a space").isTrue();
    }
}
