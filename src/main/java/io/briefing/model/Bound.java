package io.briefing.model;

/**
 * How a drawn value relates to the truth: exact, a floor (at least, more than), a ceiling (at most),
 * approximate, or a range between two numbers (listed on a timeline, never drawn as a bar).
 */
public enum Bound {
    EXACT, LOWER, UPPER, APPROXIMATE, RANGE;

    /** A floor or a ceiling: drawn lighter, with an arrow or a cap, never as an exact bar. */
    public boolean isBound() {
        return this == LOWER || this == UPPER;
    }
}
