package io.briefing.reading;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.facts.Period;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which periods of a fact table state a week as the article names it. */
class DatedTest {
    @Test
    void aWeekNamedByItsLastDayIsDatedByThatDayOrItsMonthOnly() {
        // 截至11月9日的一週, "the week to Nov. 9"
        Dated week = Dated.span(Dated.Kind.WEEK, LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 9));
        assertThat(week.admits(Period.parse("2025-11-09"))).isTrue();
        assertThat(week.admits(Period.parse("2025-11"))).isTrue();
        // tamper's "day moved": a day of that week the article does not name
        assertThat(week.admits(Period.parse("2025-11-08"))).isFalse();
        assertThat(week.admits(Period.parse("2025-11-10"))).isFalse();
    }

    @Test
    void thisWeekIsTheWeekUpToTheArticlesDateAndDatedByIt() {
        // 本週 in an article of Friday 17 October: Monday 13 to Friday 17, dated 2025-10-17
        Dated week = Dated.span(Dated.Kind.WEEK, LocalDate.of(2025, 10, 13), LocalDate.of(2025, 10, 17));
        assertThat(week.admits(Period.parse("2025-10-17"))).isTrue();
        assertThat(week.admits(Period.parse("2025-10-16"))).isFalse();
        assertThat(week.admits(Period.parse("2025-10"))).isTrue();
        // an article of Saturday 18 October: its week's market closed on Friday 17
        Dated saturday = new Dated(Dated.Kind.WEEK, new Period(2025, 0, 0, false), LocalDate.of(2025, 10, 13),
                LocalDate.of(2025, 10, 18), true);
        assertThat(saturday.admits(Period.parse("2025-10-17"))).isTrue();
        assertThat(saturday.admits(Period.parse("2025-10-18"))).isTrue();
        assertThat(saturday.admits(Period.parse("2025-10-16"))).isFalse();
    }
}
