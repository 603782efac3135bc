package io.briefing.model;

/**
 * An entry of the Sources list: the figure, the verbatim quote that states it, who reported it,
 * the article, and whether the quote was found in the article. The workbook lists every fact's;
 * the PDF's Sources block carries only those its markers point to.
 */
public record SourceNote(int number, String factId, String label, String value, String quote, String reporter,
                         String article, String status, boolean verified) {}
