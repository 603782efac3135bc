package io.briefing.model;

/** A cell of a briefing table; numbers are right-aligned and carry their source marker. */
public record TableCell(String text, SourceRef ref, boolean numeric, boolean flagged) {
    public static TableCell text(String text) {
        return new TableCell(text, null, false, false);
    }
}
