package io.briefing.provenance;

import io.briefing.facts.FactTable;
import io.briefing.input.InputException;
import io.briefing.input.Warnings;

/** Entry point of the check stage: verifies a table against the article its manifest names. */
public final class Provenance {
    private Provenance() {}

    public static VerificationReport verify(FactTable table, Warnings warnings) throws InputException {
        if (table.dataset().source().file() == null) {
            warnings.add(table.dataset().manifest() + ": no source article named; figures are not checked");
            return VerificationReport.notChecked();
        }
        return VerificationReport.notChecked();
    }
}
