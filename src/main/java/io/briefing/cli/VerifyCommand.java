package io.briefing.cli;

import io.briefing.facts.DatasetReader;
import io.briefing.facts.FactTable;
import io.briefing.input.Warnings;
import io.briefing.provenance.CheckStatus;
import io.briefing.provenance.FactCheck;
import io.briefing.provenance.Provenance;
import io.briefing.provenance.VerificationReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code briefing verify}: every fact against the normalized source article. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Checks every fact against the source article: the quote occurs in it, its number equals the fact's "
                + "value and unit, its wording matches the qualifier, its dates the period.",
                "Exit code 1 when any fact fails."})
final class VerifyCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Warnings warnings = new Warnings();
        FactTable table = new DatasetReader(warnings).load(input.data());
        VerificationReport report = Provenance.verify(table, warnings);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        warnings.all().forEach(w -> err.println("warning: " + w));
        if (!report.checked()) {
            err.println("error: " + table.dataset().manifest() + ": no source article to check against. Fix: name it under source.file");
            err.flush();
            return 1;
        }
        int ok = 0;
        int dated = 0;
        for (FactCheck c : report.checks().values()) {
            if (c.status() == CheckStatus.VERIFIED) {
                ok++;
                out.printf("  ok    %-22s verified%n", c.factId());
            } else if (c.status().ok()) {
                ok++;
                dated++;
                out.printf("  ok    %-22s %s: %s%n", c.factId(), c.status().words(), c.detail());
            } else {
                out.printf("  FAIL  %-22s %s:%d: %s: %s%n", c.factId(), table.dataset().factsFile(), c.line(),
                        c.status().words(), c.detail());
            }
        }
        int failed = report.checks().size() - ok;
        out.printf("%d facts: %d verified%s, %d failed (against %s)%n", report.checks().size(), ok,
                dated == 0 ? "" : " (" + dated + " dated only by the article's date)", failed, table.dataset().source().file());
        out.flush();
        err.flush();
        return failed == 0 ? 0 : 1;
    }
}
