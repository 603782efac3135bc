package io.briefing.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A card's caption keeps its period whole and its dot with the words before it, in the PDF only. */
class KeyFiguresLayoutTest {
    @Test
    void gluesTheDotToTheWordsBeforeItAndKeepsAShortPeriodWhole() {
        assertThat(KeyFiguresLayout.keptWhole("Combined net result in the quarter (a loss) · Q3 2025"))
                .isEqualTo("Combined net result in the quarter (a loss)\u00a0· Q3\u00a02025");
        assertThat(KeyFiguresLayout.keptWhole("單週熱泵銷量 · 2025年3月28日")).isEqualTo("單週熱泵銷量\u00a0· 2025年3月28日");
        // a caption without a period, and a period too long to keep on one line, are left as they are
        assertThat(KeyFiguresLayout.keptWhole("Heat-pump subsidy budget for 2025")).isEqualTo("Heat-pump subsidy budget for 2025");
        assertThat(KeyFiguresLayout.keptWhole("Users · from the first to the last quarter of 2024"))
                .isEqualTo("Users\u00a0· from the first to the last quarter of 2024");
    }
}
