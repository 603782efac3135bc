package io.briefing.provenance;

/** The outcome of checking one fact against the source article. */
public enum CheckStatus {
    VERIFIED("verified"),
    /** The figure is verified, but its month, quarter or day is the article's date, not one the article gives for it. */
    DATED_BY_ARTICLE("verified; dated by the article's date"),
    /** The figure is verified, but the article writes no unit beside it (a bare 200億): the unit is the one its context uses. */
    UNIT_FROM_CONTEXT("verified; unit from the article's context"),
    QUOTE_NOT_FOUND("quote not found"),
    ENTITY_NOT_FOUND("entity not named"),
    NUMBER_MISMATCH("number mismatch"),
    QUALIFIER_MISMATCH("qualifier mismatch"),
    DATE_MISMATCH("date mismatch"),
    NOT_CHECKED("not checked");

    private final String words;

    CheckStatus(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** The figure is what the article states: verified, or verified with a period taken from the article's date. */
    public boolean ok() {
        return this == VERIFIED || this == DATED_BY_ARTICLE || this == UNIT_FROM_CONTEXT;
    }
}
