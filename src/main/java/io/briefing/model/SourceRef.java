package io.briefing.model;

/**
 * A source marker: "[n]" in the briefing, pointing to entry n of the Sources list; "[P n]" points to
 * entry n of the previous week's sources, which the Since-last-week section cites for old values.
 *
 * @param prefix "" for this week's sources, "P" for the previous week's
 */
public record SourceRef(int number, String factId, String prefix) {
    public SourceRef(int number, String factId) {
        this(number, factId, "");
    }

    public static SourceRef previous(int number, String factId) {
        return new SourceRef(number, factId, "P");
    }

    public String marker() {
        return "[" + prefix + number + "]";
    }

    /** The name of the PDF destination and the anchor the marker links to. */
    public String anchor() {
        return "src-" + prefix + number;
    }
}
