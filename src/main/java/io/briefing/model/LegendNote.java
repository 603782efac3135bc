package io.briefing.model;

/**
 * One line of a chart's legend: the mark as the chart draws it, and what it means. A renderer draws
 * the mark beside the words with the same painter that drew the bars, so the legend shows exactly
 * the marks in the chart.
 */
public record LegendNote(Mark mark, String text) {
    /** What a bar of the chart can look like. */
    public enum Mark {
        /** A solid bar: the figure exactly as the source states it (named when bounds are drawn beside it). */
        EXACT,
        /** A lighter bar with a dashed arrow past its end: at least, more than. */
        LOWER_BOUND,
        /** A lighter bar closed by a ceiling tick: at most. */
        UPPER_BOUND,
        /** A bar with a dashed end: about. */
        APPROXIMATE,
        /** A bar in the highlight colour: picked out by the template. */
        HIGHLIGHTED,
        /** No mark: a note in words (the chart shows only the largest figures). */
        NONE
    }
}
