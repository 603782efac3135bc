package io.briefing.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the briefing is and where it came from: title block text, document metadata and the
 * provenance of the run (files, template, tool version).
 *
 * @param created the instant written into the files' metadata; fixed by --as-of or SOURCE_DATE_EPOCH
 *                so that the same inputs give the same bytes
 * @param coverage how many of the article's figures the table covers, in a sentence; "" when there is no article
 */
public record DocumentInfo(String title, String subtitle, String dateLine, String sourceLine, String author, String subject,
                           List<String> keywords, LocalDate asOf, Instant created, String toolVersion,
                           List<String> inputFiles, String templateName, String templateFile,
                           String unverifiedBanner, String coverage) {
    /** The keywords as one line for a file's metadata, parted by "; ": a category name may hold a comma ("Exports, losses and credit"). */
    public String keywordLine() {
        return String.join("; ", keywords);
    }
}
