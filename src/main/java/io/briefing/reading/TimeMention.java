package io.briefing.reading;

/**
 * A place where the article names a time: a date ("2025年10月18日", "Sept. 30"), a period (第三季, "the
 * three months to September", 前三季), a week, a span, or a word that refers to the period in play
 * (同期, "a year earlier", "now").
 *
 * @param start    offset of its first character in the article
 * @param end      offset after it
 * @param text     the article's words
 * @param relative whether it names a period itself or one of the context
 * @param dated    the period it names; null when relative
 * @param base     it is what a change is compared with (較第二季, "since August 2024"), not a figure's period
 */
public record TimeMention(int start, int end, String text, Relative relative, Dated dated, boolean base) {

    /** How a time word refers to the period in play. */
    public enum Relative {
        /** It names its own period. */
        NONE,
        /** The period in play again: 同期, "in that period", 當日. */
        SAME,
        /** The period in play a year before: 上年同期, "a year earlier". */
        YEAR_EARLIER,
        /** The day in play a week before: "from $13.04 a week earlier", 上週同期. */
        WEEK_EARLIER,
        /** The quarter before the one in play: 上季, 上一季度 (跌幅較上季的18.3%收窄 in a sentence of the third quarter is the second's). */
        QUARTER_BEFORE,
        /** The day of the news: the last day named before in its paragraph, else the article's date. */
        NOW,
        /** The quarter being reported: "quarterly revenue", 單季 — the quarter in play, else the first one named after. */
        QUARTER,
        /** "in the quarter": the quarter in play, else the last quarter named before it. */
        THE_QUARTER
    }

    TimeMention asBase() {
        return new TimeMention(start, end, text, relative, dated, true);
    }
}
