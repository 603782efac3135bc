package io.briefing.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SheetNamesTest {
    @Test
    void aLongNameIsCutAtAWordAndNeverLeavesABracketOpen() {
        assertThat(XlsxBriefingWriter.shortened("Shenzhen AI vouchers (yearly cap)", 31)).isEqualTo("Shenzhen AI vouchers");
        assertThat(XlsxBriefingWriter.shortened("Start-up valuations", 31)).isEqualTo("Start-up valuations");
        String zh = XlsxBriefingWriter.shortened("深圳市打造人工智能先鋒城市的若干措施之訓力券、語料券與模型券(每年上限)", 31);
        assertThat(zh).hasSizeLessThanOrEqualTo(31).doesNotContain("(");
    }

    @Test
    void aNameOfEmojiIsNeverCutInsideOne() {
        String emoji = "\uD83D\uDE80".repeat(20); // 20 rockets, 40 UTF-16 units
        String cut = XlsxBriefingWriter.shortened(emoji, 31);
        assertThat(cut).hasSize(30);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
        assertThat(XlsxBriefingWriter.cutAt("a" + emoji, 2)).isEqualTo("a");
    }

    @Test
    void aNameIsCutBetweenCharactersAsAReaderSeesThemNotInsideAFamilyOrAFlag() {
        // a family is four people joined by zero-width joiners (11 UTF-16 units), a flag two regional letters
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";
        String flag = "\uD83C\uDDEB\uD83C\uDDF7";
        assertThat(XlsxBriefingWriter.cutAt("ab" + family + family, 20)).isEqualTo("ab" + family);
        assertThat(XlsxBriefingWriter.cutAt("abc" + flag + flag, 6)).isEqualTo("abc");
        assertThat(XlsxBriefingWriter.cutAt("abc" + flag + flag, 8)).isEqualTo("abc" + flag);
    }
}
