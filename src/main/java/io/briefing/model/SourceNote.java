package io.briefing.model;

/**
 * An entry of the Sources list: the figure, the verbatim quote that states it, who reported it,
 * the article, and whether the quote was found in the article.
 *
 * @param shownInPdf whether a marker in the PDF points here; the PDF lists only those, the workbook all
 */
public record SourceNote(int number, String factId, String label, String value, String quote, String reporter,
                         String article, String status, boolean verified, boolean shownInPdf) {}
