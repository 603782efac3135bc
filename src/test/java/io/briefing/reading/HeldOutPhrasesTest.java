package io.briefing.reading;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.facts.Period;
import io.briefing.facts.UnitCatalogue;
import io.briefing.figures.Figure;
import io.briefing.figures.FigureReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Phrases of a held-out set (eight articles written to the corpus guide by helpers who had not seen
 * the code, kept outside the project), in sentences INVENTED for this test with other names: each
 * was read wrong before, and each is a way journalists write, not a word of one article.
 */
class HeldOutPhrasesTest {
    private static final FigureReader READER = new FigureReader(UnitCatalogue.shipped());

    private static ArticleReading read(String text, List<List<String>> names) {
        return new ArticleReading(text, READER, names, Period.parse("2025-11-11"));
    }

    private static Figure figure(ArticleReading r, String text) {
        return r.figures().stream().filter(f -> f.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + text + " in " + r.figures()));
    }

    private static String period(ArticleReading r, String text) {
        return r.period(figure(r, text)).filter(w -> w.dated() != null)
                .map(w -> w.dated().period().toString() + (w.stated() ? "" : " (weak)")).orElse("none");
    }

    private static List<String> owner(ArticleReading r, String text) {
        return r.owner(figure(r, text)).entities().stream().map(String::valueOf).toList();
    }

    @Test
    void theFirstTenMonthsWithoutAMeasureWordAreTheYearToDate() {
        // 前10月 was read as October: only 前10個月 was the year so far
        ArticleReading r = read("青嶺金控10月稅後純益12.5億元；累計前10月稅後純益130.2億元，年增8.6%。", List.of(List.of("青嶺金控")));
        assertThat(period(r, "12.5億元")).isEqualTo("2025-10");
        assertThat(period(r, "130.2億元")).isEqualTo("2025-YTD");
        assertThat(period(r, "8.6%")).isEqualTo("2025-YTD");
    }

    @Test
    void aNameEndingWithAGroupsNameIsOneOfTheGroupNotAPartOfIt() {
        // the group 金控 (every listed holding company) and 青嶺金控: 該公司 was given to the group, as if
        // 青嶺金控 were a part of it the way 青嶺銀行新加坡分行 is a part of 青嶺銀行
        ArticleReading r = read("以證券為主體的青嶺金控壓力最大。該公司10月稅後純益3.1億元，在各金控中居末。",
                List.of(List.of("14家上市金控", "金控"), List.of("青嶺金控")));
        assertThat(owner(r, "3.1億元")).containsExactly("1");
    }

    @Test
    void aFigureOfAPeriodAfterTheArticlesDateIsAForecastWhateverTheVerb() {
        ArticleReading r = read("\"We see premium growth of 6% next year,\" said an analyst at a research firm. "
                + "Premiums rose 9% in the quarter.", List.of());
        assertThat(r.forecastFramed(figure(r, "6%"))).isTrue();
        assertThat(r.forecastFramed(figure(r, "9%"))).isFalse();
    }

    @Test
    void aTargetStatedWithACopulaIsATarget() {
        ArticleReading r = read("青嶺金控2025年全年獲利目標為150億元左右，前10月獲利130.2億元。", List.of(List.of("青嶺金控")));
        assertThat(r.estimateFramed(figure(r, "150億元"))).isTrue();
        assertThat(r.estimateFramed(figure(r, "130.2億元"))).isFalse();
    }

    @Test
    void theOldValueOfARaisedTargetIsATargetToo() {
        ArticleReading r = read("An analyst at a research firm raised his price target to $140 from $125.", List.of());
        assertThat(r.estimateFramed(figure(r, "$140"))).isTrue();
        assertThat(r.estimateFramed(figure(r, "$125"))).isTrue();
        assertThat(r.revisedFrom(figure(r, "$125"))).isTrue();
    }

    @Test
    void aMetricNamingTheValueBeforeAChangeIsNoChange() {
        assertThat(ArticleReading.namesChange("Price target before the change")).isFalse();
        assertThat(ArticleReading.namesPrevious("Price target before the change")).isTrue();
        assertThat(ArticleReading.namesChange("Price target, change")).isTrue();
    }

    @Test
    void aMoveRestatedInAnotherUnitAfterOrMovesTheSameWay() {
        ArticleReading r = read("Vessa crude futures fell $2.10, or 2.6%, to $79.05 a barrel on Monday.", List.of(List.of("Vessa crude")));
        assertThat(figure(r, "$2.10").direction()).isEqualTo(Figure.Direction.FALL);
        assertThat(figure(r, "2.6%").direction()).isEqualTo(Figure.Direction.FALL);
        assertThat(figure(r, "$79.05").direction()).isEqualTo(Figure.Direction.NONE);
    }

    @Test
    void aSpeakersPeriodIsNotInPlayForTheReportersNextSentence() {
        ArticleReading r = read("\"We expect margins to recover next year,\" the chief executive said. Premiums rose 9% in the quarter.",
                List.of());
        assertThat(period(r, "9%")).isNotEqualTo("2026");
    }
}
