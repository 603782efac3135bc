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
    void aWeekNamedWithoutADayIsDatedByAnyOfItsDays() {
        // 本週 in an article of Wednesday 12 November: the week of Monday 10 to Sunday 16
        Dated week = new Dated(Dated.Kind.WEEK, new Period(2025, 0, 0, false), LocalDate.of(2025, 11, 10),
                LocalDate.of(2025, 11, 16), true);
        assertThat(week.admits(Period.parse("2025-11-12"))).isTrue();
        assertThat(week.admits(Period.parse("2025-11-16"))).isTrue();
        assertThat(week.admits(Period.parse("2025-11-09"))).isFalse();
    }
}
