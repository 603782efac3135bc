package io.briefing.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintSetupTest {
    /** Widths in points of columns this many characters wide, as LibreOffice prints them. */
    private static double[] columns(int... chars) {
        double[] w = new double[chars.length];
        for (int i = 0; i < chars.length; i++) {
            w[i] = PrintSetup.points(chars[i] * 256);
        }
        return w;
    }

    @Test
    void aSheetThatFitsAtSeventyPercentPrintsOnePageWide() {
        // 110 characters: 770 pt at 100%, the width of A4 landscape between its margins
        PrintSetup.Layout l = PrintSetup.Layout.of(columns(30, 40, 40), 770);
        assertThat(l.breaks()).isEmpty();
        assertThat(l.percent()).isEqualTo(100);
        assertThat(PrintSetup.Layout.of(columns(60, 60, 37), 770).percent()).isEqualTo(70);
    }

    @Test
    void aWiderSheetIsCutIntoPagesOfColumnsAtTheLargestScaleThatKeepsTheFewestPages() {
        // 250 characters: at 70% a page holds 157, so two pages, the first column repeated on the second
        PrintSetup.Layout l = PrintSetup.Layout.of(columns(10, 60, 60, 60, 60), 770);
        assertThat(l.breaks()).containsExactly(2);
        // each page 130 characters: 84% would fit them; a cut sheet prints at 80% at most
        assertThat(l.percent()).isEqualTo(80);
        // 140 characters a page (10 + 60 + 60 + 10): 78% fits them, not 79%
        PrintSetup.Layout tight = PrintSetup.Layout.of(columns(10, 60, 60, 10, 60, 60), 770);
        assertThat(tight.breaks()).containsExactly(3);
        assertThat(tight.percent()).isEqualTo(78);
        assertThat(PrintSetup.points(140 * 256) * tight.percent() / 100).isLessThanOrEqualTo(770);
        assertThat(PrintSetup.points(140 * 256) * (tight.percent() + 1) / 100).isGreaterThan(770);
    }

    @Test
    void noScaleIsBelowSeventyPercentEvenForAColumnWiderThanThePage() {
        PrintSetup.Layout l = PrintSetup.Layout.of(columns(10, 300, 20), 770);
        assertThat(l.percent()).isEqualTo(70);
    }
}
