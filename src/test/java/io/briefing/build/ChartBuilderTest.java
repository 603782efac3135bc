package io.briefing.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.TestFiles;
import io.briefing.facts.DatasetReader;
import io.briefing.facts.Fact;
import io.briefing.facts.FactTable;
import io.briefing.i18n.Language;
import io.briefing.input.Warnings;
import io.briefing.model.Bound;
import io.briefing.model.ChartKind;
import io.briefing.model.ChartModel;
import io.briefing.model.ChartPoint;
import io.briefing.provenance.Provenance;
import io.briefing.template.ChartSpec;
import io.briefing.template.Scale;
import io.briefing.template.SortOrder;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One chart from a chosen list of the seed's facts: its kind, order, scale and what it leaves out. */
class ChartBuilderTest {
    private static FactTable table;
    private static Context ctx;

    @BeforeAll
    static void read() throws Exception {
        table = new DatasetReader(new Warnings()).load(TestFiles.MANIFEST);
        ctx = new Context(table, Language.EN, Provenance.verify(table, new Warnings()), new Warnings());
    }

    private static List<Fact> facts(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> table.fact(id).orElseThrow()).toList();
    }

    private static ChartSpec spec(java.util.Optional<ChartKind> kind, SortOrder sort, Scale scale) {
        return new ChartSpec(kind, null, null, null, sort, scale, Set.of(), null, false);
    }

    @Test
    void autoDrawsFiguresAsBarsAndDatedEventsAsATimelineAndALoneFigureNotAtAll() {
        assertThat(ChartBuilder.autoKind(facts("voucher-compute", "voucher-corpus", "voucher-model"))).contains(ChartKind.HBAR);
        assertThat(ChartBuilder.autoKind(facts("ms-gov-report", "ms-shenzhen", "ms-openai"))).contains(ChartKind.TIMELINE);
        assertThat(ChartBuilder.autoKind(facts("users-ernie"))).isEmpty();
        assertThat(ChartBuilder.resolve(java.util.Optional.of(ChartKind.LINE), facts("users-ernie"))).contains(ChartKind.LINE);
    }

    @Test
    void valueOrderPutsTheLargestFirstAndTheScaleDividesEveryBar() {
        ChartModel m = new ChartBuilder(ctx).build("vouchers", spec(java.util.Optional.of(ChartKind.HBAR), SortOrder.VALUE_DESC,
                Scale.MILLIONS), facts("voucher-corpus", "voucher-compute", "voucher-model"), "Vouchers").orElseThrow();
        assertThat(m.points()).extracting(p -> p.ref().factId()).containsExactly("voucher-compute", "voucher-model", "voucher-corpus");
        assertThat(m.divisor()).isEqualTo(1e6);
        assertThat(m.points()).extracting(ChartPoint::scaled).containsExactly(500.0, 100.0, 50.0);
        assertThat(m.axisLabel()).containsIgnoringCase("million");
        // "at most" caps are drawn as upper bounds and the legend says what that mark means
        assertThat(m.points()).allMatch(p -> p.bound() == Bound.UPPER);
        assertThat(m.legendNotes()).isNotEmpty();
    }

    @Test
    void sizeOrderPutsTheLongestBarFirstAndTableOrderKeepsTheTables() {
        List<Fact> gains = facts("idx-compute", "idx-server");
        ChartModel bySize = new ChartBuilder(ctx).build("gains", spec(java.util.Optional.of(ChartKind.HBAR), SortOrder.SIZE,
                Scale.AUTO), gains, "Gains").orElseThrow();
        assertThat(bySize.points()).extracting(p -> p.ref().factId()).containsExactly("idx-server", "idx-compute");
        ChartModel byTable = new ChartBuilder(ctx).build("gains", spec(java.util.Optional.of(ChartKind.HBAR), SortOrder.TABLE,
                Scale.AUTO), gains, "Gains").orElseThrow();
        assertThat(byTable.points()).extracting(p -> p.ref().factId()).containsExactly("idx-compute", "idx-server");
    }

    @Test
    void factsInAnotherUnitAreLeftOutOfTheChartAndListedAsNotDrawn() {
        ChartBuilder b = new ChartBuilder(ctx);
        ChartModel m = b.build("mixed", spec(java.util.Optional.empty(), SortOrder.TABLE, Scale.AUTO),
                facts("voucher-compute", "voucher-model", "users-ernie"), "Mixed").orElseThrow();
        assertThat(m.points()).extracting(p -> p.ref().factId()).containsExactly("voucher-compute", "voucher-model");
        assertThat(b.notDrawn()).extracting(Fact::id).containsExactly("users-ernie");
    }

    @Test
    void aTimelineKeepsItsEventsInDateOrderWithTheirOwnPrecision() {
        ChartModel m = new ChartBuilder(ctx).build("events", spec(java.util.Optional.of(ChartKind.TIMELINE), SortOrder.TABLE,
                Scale.AUTO), facts("ms-shenzhen", "ms-gov-report"), "Events").orElseThrow();
        assertThat(m.kind()).isEqualTo(ChartKind.TIMELINE);
        assertThat(m.points()).extracting(p -> p.ref().factId()).containsExactly("ms-gov-report", "ms-shenzhen");
        assertThat(m.points().get(0).dateLabel()).doesNotContain("1 Mar").contains("2024");
    }

    @Test
    void aMilestoneDatedOnlyByItsQuarterIsOnTheTimelineAfterTheMonthsBeforeIt() throws Exception {
        // the solar sample's Chenxi milestone ("第三季度") was left out of the timeline without a word
        FactTable solar = new DatasetReader(new Warnings()).load(java.nio.file.Path.of("samples/solar-invented/solar-invented.yaml"));
        Context c = new Context(solar, Language.EN, Provenance.verify(solar, new Warnings()), new Warnings());
        List<Fact> milestones = FactTable.where(solar.facts(), f -> f.category().equals("milestone"));
        assertThat(ChartBuilder.autoKind(milestones)).contains(ChartKind.TIMELINE);
        ChartBuilder builder = new ChartBuilder(c);
        ChartModel m = builder.build("events", spec(java.util.Optional.of(ChartKind.TIMELINE), SortOrder.TABLE, Scale.AUTO),
                milestones, "Events").orElseThrow();
        assertThat(m.points()).extracting(p -> p.ref().factId()).containsExactly("ms-perovskite", "ms-rules", "ms-chenxi");
        assertThat(m.points().get(2).dateLabel()).isEqualTo("Q3 2025");
        assertThat(m.points().get(2).precision()).isEqualTo(ChartPoint.DatePrecision.QUARTER);
        assertThat(builder.notDrawn()).isEmpty();
    }
}
