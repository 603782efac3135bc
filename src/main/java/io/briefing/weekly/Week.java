package io.briefing.weekly;

import io.briefing.facts.Fact;
import io.briefing.facts.FactTable;
import io.briefing.provenance.VerificationReport;

/** One week of a series: its fact table and the check of every figure against its article. */
public record Week(FactTable table, VerificationReport report) {
    /** Whether the article states this fact's figure: checked and verified. */
    public boolean verified(Fact f) {
        return report.checked() && report.status(f.id()).ok();
    }
}
