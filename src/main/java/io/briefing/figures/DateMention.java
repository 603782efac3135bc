package io.briefing.figures;

/** A part of a date a text names: the year of 2024年, the month of "March 3", the quarter of 第三季度. */
public record DateMention(Part part, int value, String text, int start, int end) {
    public enum Part { YEAR, QUARTER, MONTH, DAY }
}
