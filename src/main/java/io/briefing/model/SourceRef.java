package io.briefing.model;

/** A source marker: "[n]" in the briefing, pointing to entry n of the Sources list. */
public record SourceRef(int number, String factId) {
    public String marker() {
        return "[" + number + "]";
    }

    /** The name of the PDF destination and the anchor the marker links to. */
    public String anchor() {
        return "src-" + number;
    }
}
