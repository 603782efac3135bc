package io.briefing.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {
    @Test
    void aSpanOfDaysReadsAndWritesAsFirstDotDotLast() {
        Period p = Period.parse("2025-10-01..2025-10-07");
        assertThat(p.isSpan()).isTrue();
        assertThat(p.start()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(p.last()).isEqualTo(LocalDate.of(2025, 10, 7));
        assertThat(p).hasToString("2025-10-01..2025-10-07");
        assertThat(Period.parse(p.toString())).isEqualTo(p);
    }

    @Test
    void aSpanIsNeitherItsFirstDayNorAnotherSpan() {
        Period span = Period.parse("2025-10-01..2025-10-07");
        assertThat(span).isNotEqualTo(Period.parse("2025-10-01"));
        assertThat(span).isNotEqualTo(Period.parse("2025-10-01..2025-10-08"));
        assertThat(span.compareTo(Period.parse("2025-10-01..2025-10-08"))).isNegative();
        // coarser first: the month, then the span, then its first day
        assertThat(Period.parse("2025-10").compareTo(span)).isNegative();
        assertThat(span.compareTo(Period.parse("2025-10-01"))).isNegative();
    }

    @Test
    void aSpanOfMonthsOrQuartersRunsFromTheFirstOnesFirstDayToTheLastOnesLastDay() {
        // a fiscal half (April to September) and a fiscal year (July to June), as readers write them
        assertThat(Period.parse("2025-04..2025-09")).isEqualTo(Period.parse("2025-04-01..2025-09-30"));
        assertThat(Period.parse("2025-07..2026-06")).isEqualTo(Period.parse("2025-07-01..2026-06-30"));
        assertThat(Period.parse("2025-Q3..2026-Q2")).isEqualTo(Period.parse("2025-07-01..2026-06-30"));
        assertThat(Period.parse("2025-10-15..2025-11")).isEqualTo(Period.parse("2025-10-15..2025-11-30"));
        // held-out: "has doubled since 2019", written 2019..2026-01 by a reader; a year at one end is its days
        assertThat(Period.parse("2019..2026-01")).isEqualTo(Period.parse("2019-01-01..2026-01-31"));
        assertThat(Period.parse("2024-07..2025")).isEqualTo(Period.parse("2024-07-01..2025-12-31"));
        assertThat(Period.parse(Period.parse("2019..2026-01").toString())).isEqualTo(Period.parse("2019..2026-01"));
    }

    @Test
    void aSpanThatIsNotTwoDatesInOrderIsRefusedWithTheReason() {
        assertThatThrownBy(() -> Period.parse("2026..2025")).hasMessageContaining("must end after it starts");
        assertThatThrownBy(() -> Period.parse("2020..2035")).hasMessageContaining("at most 10 years");
        assertThatThrownBy(() -> Period.parse("2025-H3")).hasMessageContaining("is not a period");
        assertThatThrownBy(() -> Period.parse("2025-H1-02")).hasMessageContaining("is not a period");
        assertThatThrownBy(() -> Period.parse("2025-YTD..2025-10")).hasMessageContaining("is not a span");
        assertThatThrownBy(() -> Period.parse("2025-11..2025-10")).hasMessageContaining("does not end after it starts");
        assertThatThrownBy(() -> Period.parse("2025-10-07..2025-10-01")).hasMessageContaining("does not end after it starts");
        assertThatThrownBy(() -> Period.parse("2025-10-07..2025-10-07")).hasMessageContaining("does not end after it starts");
        assertThatThrownBy(() -> Period.parse("2015-01-01..2025-06-01")).hasMessageContaining("more than 10 years");
        assertThatThrownBy(() -> Period.parse("2015..2025-06")).hasMessageContaining("more than 10 years");
        assertThatThrownBy(() -> Period.parse("2025-02-01..2025-02-30")).hasMessageContaining("does not exist");
    }

    @Test
    void aHalfIsItsSixMonthsAndAPlansYearsAreASpanOfWholeYears() {
        // "first half" / 上半年, as readers write it; a five-year plan's years
        assertThat(Period.parse("2025-H1")).isEqualTo(Period.parse("2025-01..2025-06"));
        assertThat(Period.parse("2025-H2")).isEqualTo(Period.parse("2025-07-01..2025-12-31"));
        Period plan = Period.parse("2026..2030");
        assertThat(plan.start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(plan.last()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(Period.parse(plan.toString())).isEqualTo(plan);
    }
}
