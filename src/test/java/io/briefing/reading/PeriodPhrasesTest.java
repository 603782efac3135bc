package io.briefing.reading;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.facts.Period;
import io.briefing.facts.Qualifier;
import io.briefing.facts.UnitCatalogue;
import io.briefing.figures.Figure;
import io.briefing.figures.FigureReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Periods and frames as wire journalists write them, in sentences INVENTED for this test after an
 * article the project had not seen (an airline's quarter): each was read wrong before.
 */
class PeriodPhrasesTest {
    private static final FigureReader READER = new FigureReader(UnitCatalogue.shipped());

    private static ArticleReading read(String text) {
        return new ArticleReading(text, READER, List.of(List.of("Corvalis"), List.of("Halden")), Period.parse("2025-10-21"));
    }

    private static Figure figure(ArticleReading r, String text) {
        return r.figures().stream().filter(f -> f.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + text + " in " + r.figures()));
    }

    private static String period(ArticleReading r, String text) {
        return r.period(figure(r, text)).map(w -> w.dated().period().toString() + (w.stated() ? "" : " (weak)")).orElse("none");
    }

    @Test
    void theQuarterEndedADayIsTheCalendarQuarterOfThatDay() {
        ArticleReading r = read("Corvalis posted net income of $612 million for the quarter ended Sept. 30. "
                + "Revenue rose 11% to $9.8 billion.");
        assertThat(period(r, "$612 million")).isEqualTo("2025-Q3");
        assertThat(period(r, "$9.8 billion")).isEqualTo("2025-Q3");
    }

    @Test
    void lastYearsEndIsLastYearNotThisYearsEnd() {
        // 去年底 was read as 年底 after 去: this year's end
        ArticleReading r = read("Corvalis去年底員工約1.2萬人，今年底將增至1.5萬人。");
        assertThat(period(r, "1.2萬人")).isEqualTo("2024");
        assertThat(period(r, "1.5萬人")).isEqualTo("2025");
    }

    @Test
    void sinceJanuaryIsTheYearToDateNotABase() {
        assertThat(period(read("The stock of Corvalis has gained 28% since January."), "28%")).isEqualTo("2025-YTD");
    }

    @Test
    void sinceJanuaryAfterARecordIsItsBaseAndTheMoveIsOfTheDay() {
        // was read as the year so far: the 9% is one day's move, January only where the record starts
        ArticleReading r = read("Shares of Corvalis jumped 9% on Tuesday, their biggest one-day gain since January.");
        assertThat(period(r, "9%")).isEqualTo("2025-10-21");
        ArticleReading undated = read("Shares of Corvalis jumped 9%, their biggest one-day gain since January.");
        assertThat(period(undated, "9%")).isNotEqualTo("2025-YTD");
        ArticleReading most = read("Halden's shares rose 4.5% on Monday, the most since January, after it raised its forecast.");
        assertThat(period(most, "4.5%")).isEqualTo("2025-10-20");
        assertThat(period(read("The stock of Corvalis has gained 28% since January, the index 6%."), "28%")).isEqualTo("2025-YTD");
    }

    @Test
    void aQuarterOfNextYearIsThatQuarterOfTheNextYear() {
        ArticleReading r = read("Halden would trim its schedule for the first quarter of next year by 7%.");
        assertThat(period(r, "7%")).isEqualTo("2026-Q1");
        // "trim … by 7%" is a cut
        assertThat(figure(r, "7%").direction()).isEqualTo(Figure.Direction.FALL);
    }

    @Test
    void theDayOrWeekANewsWasToldIsNotItsFiguresPeriod() {
        ArticleReading r = read("Corvalis flew 21 million passengers in the third quarter. Traffic at the busiest airports reached "
                + "212 million in the three months, up 4.8%, the council said last week.");
        assertThat(period(r, "212 million")).isEqualTo("2025-Q3");
    }

    @Test
    void bothEndsOfARangeTakeThePeriodSaidAfterIt() {
        ArticleReading r = read("Corvalis expects fourth-quarter earnings of $1.35 a share and said capacity would grow 4% to 5% next year.");
        assertThat(period(r, "4%")).isEqualTo("2026");
        assertThat(period(r, "5%")).isEqualTo("2026");
    }

    @Test
    void moreThanAThirdIsMoreThanNotAbout() {
        Figure f = figure(read("Shares of Halden have lost more than a third of their value this year."), "a third");
        assertThat(f.qualifier()).isEqualTo(Qualifier.MORE_THAN);
    }

    private static ArticleReading zh(String text) {
        return new ArticleReading(text, READER, List.of(List.of("甲科技"), List.of("乙移動")), Period.parse("2025-10-24"));
    }

    @Test
    void aQuartersHuanbiIsQuarterOnQuarterAndAWeeksAgainstLastWeekIsWeekOnWeek() {
        ArticleReading r = zh("（虛構測試）甲科技第三季度營收為462.7億元，同比增長23.5%，環比增長9.1%。本週線上銷售額同比增長17.5%，較上週增長6.1%。");
        assertThat(r.basis(figure(r, "9.1%"))).contains(ChangeBasis.QUARTER);
        assertThat(r.basis(figure(r, "6.1%"))).contains(ChangeBasis.WEEK);
        assertThat(r.basis(figure(r, "17.5%"))).contains(ChangeBasis.YEAR);
    }

    @Test
    void theQuarterBeforeIsABaseAndAYearEarlierBeforeALossDatesIt() {
        ArticleReading r = zh("（虛構測試）甲科技第三季度毛利率為18.2%，較上一季度提升0.4個百分點。乙移動第三季度淨虧損擴大至5.6億元，上年同期虧損2.1億元。");
        assertThat(period(r, "0.4個百分點")).isEqualTo("2025-Q3");
        assertThat(period(r, "2.1億元")).isEqualTo("2024-Q3");
    }

    @Test
    void theSameDayIsTheDayOfTheNewsAndNextYearBeforeAVerbDatesTheClause() {
        ArticleReading r = zh("（虛構測試）樣本日報　2025年10月24日\n\n10月23日，研究機構發布的數據顯示，第三季度手機出貨量為7180萬部，"
                + "同比增長4.6%。\n\n甲科技同日發布的三季報顯示，公司前三季度營收1286.5億元；"
                + "公司股價當日收漲6.32%，並計劃明年將研發投入提高至營收的8%以上。");
        assertThat(period(r, "6.32%")).isEqualTo("2025-10-23");
        assertThat(period(r, "8%")).isEqualTo("2026");
    }

    @Test
    void aRangeAfterItsFallWordIsOneRange() {
        ArticleReading r = zh("（虛構測試）研究所預計，11月面板價格跌幅在1%至2%之間。");
        assertThat(r.rangeEnd(figure(r, "1%"))).contains(figure(r, "2%"));
    }

    // ---- from three more articles the project had not seen (pharmaceuticals, express delivery, tourism) ----

    @Test
    void aTimeInsideAClauseThatDescribesANameDatesNothingOutsideIt() {
        ArticleReading r = read("Corvalis said in its fiscal first quarter ended June 30 revenue fell 4% to $3.4 billion. "
                + "Sales of Skyline, which loses its slots at the airport next year, dropped 20% to $1.2 billion.");
        assertThat(period(r, "$1.2 billion")).isEqualTo("2025-Q2");
    }

    @Test
    void aDeadlineIsNotThePeriodInPlayAfterItsSentence() {
        ArticleReading r = read("Corvalis posted revenue of $9.8 billion for the quarter ended Sept. 30. "
                + "The regulator is due to decide by Dec. 17 on its new routes. Its load factor was 88.1%.");
        assertThat(period(r, "88.1%")).isEqualTo("2025-Q3");
    }

    @Test
    void lastQuarterIsTheQuarterBeforeTheArticlesDate() {
        assertThat(period(read("Corvalis spent $2.1 billion on fuel last quarter."), "$2.1 billion")).isEqualTo("2025-Q3");
    }

    @Test
    void thisWeeksMondayIsThatDay() {
        ArticleReading r = new ArticleReading("通衢速遞本周一宣布，擬投資逾30億元建設分撥中心。\n\n該公司本周一共募資5000萬元。", READER,
                List.of(List.of("通衢速遞")), Period.parse("2025-11-20"));
        // the day the news was told (宣布): what an undated figure of it may carry, as a weaker truth
        assertThat(r.newsDay(figure(r, "30億元")).map(d -> d.period().toString())).contains("2025-11-17");
        // 本周一共 is "this week, in all": the week, not its Monday
        assertThat(r.newsDay(figure(r, "5000萬元")).map(d -> d.period().toString())).isNotEqualTo(java.util.Optional.of("2025-11-17"));
    }

    @Test
    void aProductNamedAsOwnedIsNotWhatTheCompanyOrASubjectlessSentenceIsAbout() {
        ArticleReading r = new ArticleReading("Veridane Pharmaceuticals said sales of its weight-loss injection Lunavra "
                + "doubled. The arthritis treatment Tessivan brought in $940 million. Gross margin widened to 81.2%. "
                + "The company earned $2.05 a share.", READER,
                List.of(List.of("Veridane Pharmaceuticals", "Veridane"), List.of("Lunavra"), List.of("Tessivan")),
                Period.parse("2025-07-30"));
        assertThat(r.owner(figure(r, "$940 million")).entities()).containsExactly(2);
        assertThat(r.owner(figure(r, "81.2%")).entities()).containsExactly(0);
        assertThat(r.owner(figure(r, "$2.05")).entities()).containsExactly(0);
    }

    @Test
    void aRespectivelyClauseNamingNoOneTakesTheNamesOfTheClausesBeforeIt() {
        ArticleReading r = new ArticleReading("內地旅客約301萬人次，非內地旅客約86萬人次，按年增幅分別為9.8%及22.6%。", READER,
                List.of(List.of("內地旅客"), List.of("非內地旅客")), Period.parse("2025-10-10"));
        assertThat(r.owner(figure(r, "9.8%")).entities()).containsExactly(0);
        assertThat(r.owner(figure(r, "22.6%")).entities()).containsExactly(1);
    }

    @Test
    void duringASpanNamedJustBeforeIsThatSpan() {
        ArticleReading r = new ArticleReading("國慶黃金週（10月1日至7日）期間，訪港旅客共約142萬人次，按年增加約一成。", READER,
                List.of(List.of("訪港旅客")), Period.parse("2025-10-10"));
        assertThat(r.period(figure(r, "142萬人次")).map(w -> w.dated().admits(Period.parse("2025-10-01..2025-10-07")))).contains(true);
        assertThat(r.period(figure(r, "142萬人次")).map(w -> w.dated().admits(Period.parse("2025-10-01")))).contains(false);
        assertThat(r.period(figure(r, "142萬人次")).map(w -> w.dated().admits(Period.parse("2025-10-01..2025-10-08")))).contains(false);
    }

    @Test
    void fewerIsAFall() {
        ArticleReading r = new ArticleReading("過夜旅客平均留港3.4晚，較去年同期少0.2晚；至少5家酒店滿房。", READER,
                List.of(List.of("過夜旅客")), Period.parse("2025-10-10"));
        assertThat(figure(r, "0.2").direction()).isEqualTo(Figure.Direction.FALL);
        assertThat(figure(r, "3.4").direction()).isEqualTo(Figure.Direction.NONE);
        assertThat(figure(r, "5家").direction()).isEqualTo(Figure.Direction.NONE);
    }
}
