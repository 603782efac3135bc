package io.briefing.weekly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.briefing.facts.DatasetReader;
import io.briefing.facts.Fact;
import io.briefing.facts.FactTable;
import io.briefing.input.InputException;
import io.briefing.input.Warnings;
import io.briefing.provenance.CheckStatus;
import io.briefing.provenance.FactCheck;
import io.briefing.provenance.VerificationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weekly comparison alone: two tables read from the invented heat-pump week (edited row by row
 * here), with verification reports made by hand, so each kind of change is decided by
 * {@link WeekChanges} and nothing else.
 */
class WeekChangesTest {
    private static final Path WEEK = Path.of("samples/heat-pumps-weekly-invented/2025-03-14");

    @TempDir
    Path dir;

    /** The sample week copied into a folder of its own, with each {from, to} pair replaced in its fact table. */
    private FactTable week(String name, String... edits) throws IOException, InputException {
        Path folder = Files.createDirectories(dir.resolve(name));
        for (String f : new String[] {"heat-pumps.yaml", "heat-pumps.facts.csv", "heat-pumps.article.en.txt"}) {
            Files.copy(WEEK.resolve(f), folder.resolve(f));
        }
        Path csv = folder.resolve("heat-pumps.facts.csv");
        String s = Files.readString(csv, StandardCharsets.UTF_8);
        for (int i = 0; i < edits.length; i += 2) {
            assertThat(s).contains(edits[i]);
            s = s.replace(edits[i], edits[i + 1]);
        }
        Files.writeString(csv, s, StandardCharsets.UTF_8);
        return new DatasetReader(new Warnings()).load(folder.resolve("heat-pumps.yaml"));
    }

    /** A report that says every fact is verified except those named. */
    private static Week checked(FactTable t, String... notVerified) {
        Map<String, FactCheck> checks = new LinkedHashMap<>();
        for (Fact f : t.facts()) {
            boolean ok = !Set.of(notVerified).contains(f.id());
            checks.put(f.id(), new FactCheck(f.id(), f.line(), ok ? CheckStatus.VERIFIED : CheckStatus.NUMBER_MISMATCH, ""));
        }
        return new Week(t, new VerificationReport(checks, "article"));
    }

    private static Change change(WeekChanges c, String id) {
        return c.changes().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void anExactFigureThatMovedGetsItsDifferenceAndRelativeChange() throws Exception {
        FactTable before = week("before");
        FactTable now = week("now", "5600,heat-pumps", "7000,heat-pumps");
        WeekChanges c = WeekChanges.between(checked(before), checked(now));
        Change sales = change(c, "sales-de");
        assertThat(sales.kind()).isEqualTo(ChangeKind.MOVED);
        assertThat(sales.delta()).isEqualByComparingTo("1400");
        assertThat(sales.relative().getAsDouble()).isEqualTo(0.25);
        assertThat(change(c, "price-fr").kind()).isEqualTo(ChangeKind.UNCHANGED);
    }

    @Test
    void biggerRelativeMovesComeFirstAndMovesBeforeEverythingElse() throws Exception {
        FactTable before = week("before");
        FactTable now = week("now", "5600,heat-pumps", "5700,heat-pumps", "14200,EUR", "28400,EUR");
        WeekChanges c = WeekChanges.between(checked(before), checked(now));
        assertThat(c.changes().get(0).id()).isEqualTo("price-fr");
        assertThat(c.changes().get(1).id()).isEqualTo("sales-de");
        assertThat(c.count(ChangeKind.MOVED)).isEqualTo(2);
        assertThat(c.changes().subList(2, c.changes().size())).noneMatch(x -> x.kind() == ChangeKind.MOVED);
    }

    @Test
    void aBoundThatChangedIsNeverADifference() throws Exception {
        FactTable before = week("before");
        FactTable now = week("now", "2000000000,EUR,at_least", "2500000000,EUR,at_least");
        Change subsidy = change(WeekChanges.between(checked(before), checked(now)), "subsidy-fr");
        assertThat(subsidy.kind()).isEqualTo(ChangeKind.BOUND_CHANGED);
        assertThat(subsidy.delta()).isNull();
        assertThat(subsidy.relative()).isEmpty();
    }

    @Test
    void anUnverifiedFigureOnEitherSideIsNotCompared() throws Exception {
        FactTable before = week("before");
        FactTable now = week("now", "5600,heat-pumps", "7000,heat-pumps", "14200,EUR", "15000,EUR");
        WeekChanges c = WeekChanges.between(checked(before, "sales-de"), checked(now, "price-fr"));
        assertThat(change(c, "sales-de").kind()).isEqualTo(ChangeKind.NOT_COMPARED);
        assertThat(change(c, "price-fr").kind()).isEqualTo(ChangeKind.NOT_COMPARED);
    }

    @Test
    void newDroppedAndRewordedFactsAreNamedAsSuch() throws Exception {
        FactTable before = week("before");
        FactTable now = week("now", "backlog-uk,", "backlog-gb,", "2025-03,Sample", "2025-Q1,Sample");
        WeekChanges c = WeekChanges.between(checked(before), checked(now));
        assertThat(change(c, "backlog-gb").kind()).isEqualTo(ChangeKind.NEW);
        assertThat(change(c, "backlog-uk").kind()).isEqualTo(ChangeKind.DROPPED);
        assertThat(change(c, "backlog-uk").current()).isNull();
        assertThat(c.forFact("backlog-uk")).isEmpty();
        // the first "2025-03,Sample" is share-homes' period: the same figure for another period is a rewording
        assertThat(change(c, "share-homes").kind()).isEqualTo(ChangeKind.REWORDED);
    }

    @Test
    void aUnitThatChangedIsRefusedWithBothLines() throws Exception {
        FactTable before = week("before");
        FactTable now = week("now", "41,days,", "41,count,");
        assertThatThrownBy(() -> WeekChanges.between(checked(before), checked(now)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("backlog-uk")
                .hasMessageContaining("the unit changed since the previous week: days in ")
                .hasMessageContaining("give it a new id");
    }
}
