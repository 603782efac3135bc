package io.briefing.cli;

import io.briefing.draft.Coverage;
import io.briefing.draft.DraftRow;
import io.briefing.draft.DraftTable;
import io.briefing.facts.DatasetReader;
import io.briefing.facts.DraftMark;
import io.briefing.facts.FactTable;
import io.briefing.input.TextFiles;
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

    @CommandLine.Option(names = "--coverage",
            description = "Also print the figures of the article no fact covers, as draft rows ready to paste into the table.")
    boolean coverageRows;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static io.briefing.facts.Period publishedOf(FactTable table) {
        try {
            String p = table.dataset().source().published();
            return p == null || p.isBlank() ? null : io.briefing.facts.Period.parse(p);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

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
                out.printf("  ok    %-22s verified%s%n", c.factId(), input.verbose && !c.detail().isEmpty() ? ": " + c.detail() : "");
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
        for (DraftMark d : table.drafts()) {
            err.println("warning: " + table.dataset().factsFile() + ":" + d.line() + ": " + d.id() + ": still marked draft ("
                    + d.note() + "); a briefing is not made of draft rows. Fix: fill them, check the guesses, clear the draft cell");
        }
        // when no quote is found at all the file is not the table's article: its figures are not listed
        // (they would echo whatever file was named, /etc/passwd included)
        if (!report.anyQuoteFound()) {
            out.println("coverage: not computed, since no quote of the table was found in this article");
            out.flush();
            err.flush();
            return 1;
        }
        String text = TextFiles.readUtf8(table.dataset().source().file(), "source article", 5_000_000);
        // --coverage prints draft rows: those get the owner and period the reading resolves
        Coverage coverage = coverageRows ? Coverage.of(table, new io.briefing.draft.ArticleDraft(table.dataset().units())
                .read(text, publishedOf(table))) : Coverage.of(table, text,
                Provenance.verifier(table.dataset().source().file(), false).lastReading().orElse(null));
        out.printf("coverage: the table covers %d of the article's %d figures%s%n", coverage.covered(), coverage.total(),
                coverage.uncovered().isEmpty() ? "" : "; not covered:");
        for (DraftRow r : coverage.uncovered()) {
            out.printf("  line %-4d 「%s」 in: %s%n", r.line(), r.figure(), r.quote());
        }
        if (coverageRows && !coverage.uncovered().isEmpty()) {
            // in the table's own columns: the project's order, with the draft column only when the table has one
            String header = java.nio.file.Files.newBufferedReader(table.dataset().factsFile()).readLine();
            boolean draftColumn = header != null && header.strip().endsWith(",draft");
            boolean projectOrder = header != null && header.replace("\uFEFF", "").strip().startsWith(
                    DraftTable.HEADER.substring(0, DraftTable.HEADER.lastIndexOf(',')));
            out.println("draft rows of the figures not covered, in the columns "
                    + (projectOrder ? "of this table (paste them below it" : "of the project's format (this table orders its "
                    + "columns otherwise: paste them into a new table")
                    + (draftColumn ? "; fill what each row's draft cell names" : "; fill the category, check entity and metric")
                    + "):");
            out.print(DraftTable.csv(coverage.uncovered(), false, draftColumn));
        }
        out.flush();
        err.flush();
        return failed == 0 ? 0 : 1;
    }
}
