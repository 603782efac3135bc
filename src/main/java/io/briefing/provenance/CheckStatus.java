package io.briefing.provenance;

/** The outcome of checking one fact against the source article. */
public enum CheckStatus {
    VERIFIED("verified"),
    QUOTE_NOT_FOUND("quote not found"),
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

    public boolean ok() {
        return this == VERIFIED;
    }
}
