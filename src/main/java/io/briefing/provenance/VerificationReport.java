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

    public List<FactCheck> failures() {
        return checks.values().stream().filter(c -> !c.status().ok()).toList();
    }
}
