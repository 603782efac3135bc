package io.briefing.model;

/** A piece of running text; a run that states a figure carries the figure's source marker. */
public record Run(String text, SourceRef ref, boolean flagged) {
    public static Run plain(String text) {
        return new Run(text, null, false);
    }
}
