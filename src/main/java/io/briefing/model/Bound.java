package io.briefing.model;

/** How a drawn value relates to the truth: exact, a floor (at least, more than), a ceiling (at most), or approximate. */
public enum Bound {
    EXACT, LOWER, UPPER, APPROXIMATE;

    /** A floor or a ceiling: drawn lighter, with an arrow or a cap, never as an exact bar. */
    public boolean isBound() {
        return this == LOWER || this == UPPER;
    }
}
