package io.briefing.provenance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The checks of every fact of a table, in table order. */
public record VerificationReport(Map<String, FactCheck> checks, String articleName) {
    public static VerificationReport notChecked() {
        return new VerificationReport(new LinkedHashMap<>(), null);
    }

    public CheckStatus status(String factId) {
        FactCheck c = checks.get(factId);
        return c == null ? CheckStatus.NOT_CHECKED : c.status();
    }

    public boolean checked() {
        return articleName != null;
    }

    /** Whether any quote of the table was found in the article: if none was, the file is not the table's article. */
    public boolean anyQuoteFound() {
        return checks.values().stream().anyMatch(c -> c.status() != CheckStatus.QUOTE_NOT_FOUND);
    }

    public List<FactCheck> failures() {
        return checks.values().stream().filter(c -> !c.status().ok()).toList();
    }
}
