package io.briefing.model;

import java.time.LocalDate;

/**
 * One value of a chart: a bar, a point, or a milestone.
 *
 * @param value  in base units (yuan, percent points, users)
 * @param scaled value divided by the chart's divisor, as drawn on the axis
 * @param label  what is printed beside it, qualified ("≥90%") and with its source marker
 * @param valueLabel the qualified value alone, without the marker ("≥90%"), for renderers that link sources otherwise
 * @param boundLabel the qualifier in words in the briefing's language ("exact", "at least")
 * @param symbol the sign a compact figure starts with ("≥", ">", "≤", "~"; empty when exact)
 * @param date   for timelines and lines: when
 * @param text   for timelines: what happened
 * @param precision how much of the date is known (2024-03 is a month: {@code date} is only its first day)
 */
public record ChartPoint(String series, String category, double value, double scaled, Bound bound, String boundLabel, String symbol,
                         String label, String valueLabel,
                         boolean highlight, SourceRef ref, LocalDate date, String dateLabel, String text, boolean flagged,
                         DatePrecision precision) {
    /** How much of {@code date} the source states: a month is stored as a month, never as its first day. */
    public enum DatePrecision { DAY, MONTH, QUARTER, YEAR }
}
