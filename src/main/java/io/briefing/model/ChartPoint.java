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
 * @param date   for timelines and lines: when
 * @param text   for timelines: what happened
 */
public record ChartPoint(String series, String category, double value, double scaled, Bound bound, String boundLabel,
                         String label, String valueLabel,
                         boolean highlight, SourceRef ref, LocalDate date, String dateLabel, String text, boolean flagged) {}
