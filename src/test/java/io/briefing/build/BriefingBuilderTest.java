package io.briefing.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.TestFiles;
import io.briefing.facts.DatasetReader;
import io.briefing.facts.Fact;
import io.briefing.facts.FactTable;
import io.briefing.i18n.Language;
import io.briefing.input.Warnings;
import io.briefing.model.Block;
import io.briefing.model.Briefing;
import io.briefing.model.FactRow;
import io.briefing.model.KeyFigure;
import io.briefing.model.Run;
import io.briefing.model.SourceNote;
import io.briefing.model.SourceRef;
import io.briefing.provenance.CheckStatus;
import io.briefing.provenance.FactCheck;
import io.briefing.provenance.Provenance;
import io.briefing.provenance.VerificationReport;
import io.briefing.template.Template;
import io.briefing.template.TemplateReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The render-neutral model alone, built from the seed with the shipped templates: what is selected,
 * how it is labelled and numbered, and what a failed check does to it. No renderer runs here.
 */
class BriefingBuilderTest {
    private static FactTable table;
    private static VerificationReport report;
    private static Template full;
    private static Template summary;

    @BeforeAll
    static void read() throws Exception {
        table = new DatasetReader(new Warnings()).load(TestFiles.MANIFEST);
        report = Provenance.verify(table, new Warnings());
        full = new TemplateReader().read(TestFiles.TEMPLATES.resolve("default.yaml"));
        summary = new TemplateReader().read(TestFiles.TEMPLATES.resolve("executive-summary.yaml"));
    }

    private static Briefing build(Template t, VerificationReport r, Language lang) throws Exception {
        return new BriefingBuilder(new Warnings()).build(table, t, r,
                new BriefingBuilder.Options(lang, Instant.parse("2024-12-20T00:00:00Z"), "test", List.of("seed")));
    }

    private static <T extends Block> List<T> blocks(Briefing b, Class<T> kind) {
        return b.blocks().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    private static List<SourceRef> refsInText(Briefing b) {
        List<SourceRef> refs = new ArrayList<>();
        for (Block.Text t : blocks(b, Block.Text.class)) {
            t.paragraphs().forEach(p -> p.stream().map(Run::ref).filter(r -> r != null).forEach(refs::add));
        }
        for (Block.KeyFigures k : blocks(b, Block.KeyFigures.class)) {
            k.figures().forEach(f -> refs.add(f.ref()));
        }
        return refs;
    }

    @Test
    void everyMarkerPointsToTheSourceOfItsOwnFact() throws Exception {
        Briefing b = build(full, report, Language.EN);
        List<SourceRef> refs = refsInText(b);
        assertThat(refs).isNotEmpty();
        for (SourceRef r : refs) {
            SourceNote note = b.sources().get(r.number() - 1);
            assertThat(note.number()).isEqualTo(r.number());
            assertThat(note.factId()).isEqualTo(r.factId());
        }
        // numbered 1..n without a gap
        for (int i = 0; i < b.sources().size(); i++) {
            assertThat(b.sources().get(i).number()).isEqualTo(i + 1);
        }
    }

    @Test
    void keyFiguresAreTheTablesKeyRowsWithTheirBoundSaidInSymbolAndWords() throws Exception {
        Briefing b = build(full, report, Language.EN);
        List<KeyFigure> cards = blocks(b, Block.KeyFigures.class).get(0).figures();
        assertThat(cards).hasSizeLessThanOrEqualTo(6).isNotEmpty();
        for (KeyFigure k : cards) {
            Fact f = table.fact(k.ref().factId()).orElseThrow();
            assertThat(f.key()).as(f.id()).isTrue();
            assertThat(k.flagged()).as(f.id()).isFalse();
            if (f.qualifier() != io.briefing.facts.Qualifier.EXACT) {
                assertThat(k.qualifierNote()).as(f.id()).isNotBlank();
            }
        }
        KeyFigure server = cards.stream().filter(k -> k.ref().factId().equals("idx-server")).findFirst().orElseThrow();
        assertThat(server.value()).isEqualTo("84.03%");
    }

    @Test
    void theChineseBriefingLabelsInChineseFromTheSameFacts() throws Exception {
        Briefing en = build(full, report, Language.EN);
        Briefing zh = build(full, report, Language.ZH);
        assertThat(zh.facts()).extracting(FactRow::id).containsExactlyElementsOf(en.facts().stream().map(FactRow::id).toList());
        assertThat(blocks(zh, Block.KeyFigures.class).get(0).heading()).isEqualTo("關鍵數據");
        FactRow zhipu = zh.facts().stream().filter(r -> r.id().equals("val-zhipu")).findFirst().orElseThrow();
        assertThat(zhipu.entity().here()).isEqualTo(table.fact("val-zhipu").orElseThrow().entity().zh());
        assertThat(zhipu.value()).hasValue(2.0e10);
    }

    @Test
    void aFigureThatFailsItsCheckIsFlaggedWhereverItIsShown() throws Exception {
        Map<String, FactCheck> checks = new LinkedHashMap<>(report.checks());
        FactCheck was = checks.get("idx-server");
        checks.put("idx-server", new FactCheck("idx-server", was.line(), CheckStatus.NUMBER_MISMATCH, "test"));
        Briefing b = build(full, new VerificationReport(checks, report.articleName()), Language.EN);
        KeyFigure server = blocks(b, Block.KeyFigures.class).get(0).figures().stream()
                .filter(k -> k.ref().factId().equals("idx-server")).findFirst().orElseThrow();
        assertThat(server.flagged()).isTrue();
        FactRow row = b.facts().stream().filter(r -> r.id().equals("idx-server")).findFirst().orElseThrow();
        assertThat(row.verified()).isFalse();
        assertThat(b.sources().stream().filter(s -> s.factId().equals("idx-server")).findFirst().orElseThrow().verified()).isFalse();
    }

    @Test
    void withoutASourcesSectionTheReaderIsToldWhereTheMarkersLead() throws Exception {
        Briefing b = build(summary, report, Language.EN);
        assertThat(blocks(b, Block.Sources.class)).isEmpty();
        assertThat(blocks(b, Block.Note.class)).isNotEmpty();
    }

    @Test
    void withoutAPreviousWeekTheChangesSayWhy() throws Exception {
        Briefing b = build(full, report, Language.EN);
        assertThat(b.changes().compared()).isFalse();
        assertThat(b.changes().note()).isNotBlank();
    }

    @Test
    void everyChartHasPointsAndEveryPointAFactOfTheTable() throws Exception {
        Briefing b = build(full, report, Language.EN);
        assertThat(b.charts()).isNotEmpty();
        b.charts().forEach(c -> {
            assertThat(c.points()).as(c.id()).isNotEmpty();
            assertThat(c.title()).as(c.id()).isNotBlank();
            c.points().forEach(p -> assertThat(table.fact(p.ref().factId())).as(c.id()).isPresent());
        });
    }

    @Test
    void aChartNamesUnderItTheFiguresOfItsCategoryItLeavesOutThatThePageStatesAbove() throws Exception {
        // the shipping sample's port volumes: the TEU counts are drawn; Valemouth's −3% year on year, a key figure
        // above and so no card here, was dropped from the chart unsaid; now it is named under the chart
        FactTable shipping = new DatasetReader(new Warnings()).load(java.nio.file.Path.of(
                "samples/shipping-invented/shipping-invented.yaml"));
        Warnings w = new Warnings();
        Briefing b = new BriefingBuilder(w).build(shipping, full, Provenance.verify(shipping, new Warnings()),
                new BriefingBuilder.Options(Language.EN, Instant.parse("2025-10-10T00:00:00Z"), "test", List.of("shipping")));
        var volumes = blocks(b, Block.Charts.class).stream().flatMap(c -> c.charts().stream())
                .filter(c -> c.title().equals("Port volumes")).findFirst().orElseThrow();
        assertThat(volumes.points()).extracting(p -> p.ref().factId()).containsExactly("port-volume", "port-eastham");
        String under = volumes.legendNotes().stream().map(io.briefing.model.LegendNote::text).reduce("", String::concat);
        assertThat(under).contains("Not in this chart, stated above: Port of Valemouth, containers handled, change year on year: "
                + "−3% [14]");
        assertThat(w.all()).anyMatch(m -> m.contains("category 'volumes': 1 figure(s) are not in its chart"));
    }

    @Test
    void aMeasureNamedAlikeInEitherLanguageIsOneSeriesInBoth() throws Exception {
        FactTable solar = new DatasetReader(new Warnings()).load(java.nio.file.Path.of("samples/solar-invented/solar-invented.yaml"));
        for (Language lang : Language.values()) {
            Briefing b = new BriefingBuilder(new Warnings()).build(solar, full, Provenance.verify(solar, new Warnings()),
                    new BriefingBuilder.Options(lang, Instant.parse("2025-12-31T00:00:00Z"), "test", List.of("solar")));
            var prices = blocks(b, Block.Charts.class).stream().flatMap(c -> c.charts().stream())
                    .filter(c -> c.points().stream().anyMatch(p -> p.ref().factId().equals("price-module"))).findFirst().orElseThrow();
            // modules' and polysilicon's "Price change over the year" (全年價格累計變動, 全年價格變動) and cells' year on year
            assertThat(prices.series()).as(lang.toString()).hasSize(2);
        }
    }

    @Test
    void aSmallChartNamesTheFigureItLeavesToTheText() throws Exception {
        // the summary's "New installations" drew three GW figures and dropped the 12.5% growth unsaid, since the
        // findings tell it: the chart now names it under itself
        FactTable solar = new DatasetReader(new Warnings()).load(java.nio.file.Path.of("samples/solar-invented/solar-invented.yaml"));
        Briefing b = new BriefingBuilder(new Warnings()).build(solar, summary, Provenance.verify(solar, new Warnings()),
                new BriefingBuilder.Options(Language.EN, Instant.parse("2025-12-31T00:00:00Z"), "test", List.of("solar")));
        var installs = blocks(b, Block.Charts.class).stream().flatMap(c -> c.charts().stream())
                .filter(c -> c.points().stream().anyMatch(p -> p.ref().factId().equals("inst-total"))).findFirst().orElseThrow();
        assertThat(installs.legendNotes()).anyMatch(n -> n.text().startsWith("Not in this chart, stated in the text:")
                && n.text().contains("12.5%"));
    }

    @Test
    void aCategoryShownAsCardsNamesItsFiguresStatedAbove() throws Exception {
        // shipping's "Third-quarter results" showed the Q4 guidance card alone: the quarter's revenue and profits,
        // told in the findings and on a card, were left out under their own heading unsaid
        FactTable shipping = new DatasetReader(new Warnings()).load(java.nio.file.Path.of("samples/shipping-invented/shipping-invented.yaml"));
        Briefing b = new BriefingBuilder(new Warnings()).build(shipping, full, Provenance.verify(shipping, new Warnings()),
                new BriefingBuilder.Options(Language.EN, Instant.parse("2025-10-31T00:00:00Z"), "test", List.of("shipping")));
        List<String> texts = blocks(b, Block.Text.class).stream().flatMap(x -> x.paragraphs().stream())
                .map(p -> p.stream().map(Run::text).collect(java.util.stream.Collectors.joining())).toList();
        assertThat(texts).anyMatch(p -> p.startsWith("Stated above: Northwind Line, Revenue (Q3 2025): US$3.2 billion")
                && p.contains("Baltic Crest Shipping, Revenue (Q3 2025): about €2.1 billion"));
    }

    @Test
    void unlikeMeasuresOfOneFigureEachAreNotDrawnOnOneAxis() throws Exception {
        // solar's finance: an export value, a quarter's loss and a credit cap, each one figure of its own measure
        FactTable solar = new DatasetReader(new Warnings()).load(java.nio.file.Path.of("samples/solar-invented/solar-invented.yaml"));
        Warnings w = new Warnings();
        Briefing b = new BriefingBuilder(w).build(solar, full, Provenance.verify(solar, new Warnings()),
                new BriefingBuilder.Options(Language.EN, Instant.parse("2025-12-31T00:00:00Z"), "test", List.of("solar")));
        List<String> drawn = blocks(b, Block.Charts.class).stream().flatMap(c -> c.charts().stream())
                .flatMap(c -> c.points().stream()).map(p -> p.ref().factId()).toList();
        assertThat(drawn).doesNotContain("exports", "q3-loss", "credit-cap", "listed-count", "loss-makers")
                .contains("price-module", "output-glass");
        assertThat(w.all()).anyMatch(m -> m.contains("category 'finance': its figures are 3 measures of one figure each"));
        // the workbook keeps the sheet of figures
        assertThat(b.charts()).anyMatch(c -> c.points().stream().anyMatch(p -> p.ref().factId().equals("q3-loss")));
    }

    /**
     * A page of few charts shows what moved most since last week first, then a category holding a key
     * figure, then the table's order; a template that charts every category keeps the table's order.
     */
    @Test
    void aPageOfFewChartsOrdersCategoriesByTheirMovesThenTheirKeyFigures() {
        List<io.briefing.facts.Category> cats = table.dataset().categories();
        Map<String, List<Fact>> byCategory = FactTable.groupBy(table.facts(), Fact::category);
        io.briefing.model.ChangeSet none = io.briefing.model.ChangeSet.notCompared("");
        assertThat(BriefingBuilder.byWeight(cats, byCategory, none, cats.size())).isEqualTo(cats);
        List<io.briefing.facts.Category> few = BriefingBuilder.byWeight(cats, byCategory, none, 2);
        // with no moves, the categories holding a key figure first, in the table's order
        int firstWithoutKey = 0;
        while (firstWithoutKey < few.size() && byCategory.getOrDefault(few.get(firstWithoutKey).id(), List.of()).stream().anyMatch(Fact::key)) {
            firstWithoutKey++;
        }
        assertThat(few.subList(firstWithoutKey, few.size())).noneMatch(c -> byCategory.getOrDefault(c.id(), List.of()).stream().anyMatch(Fact::key));
        // a move puts its category first, whatever its key figures
        io.briefing.facts.Category last = few.get(few.size() - 1);
        Fact moved = byCategory.get(last.id()).get(0);
        io.briefing.model.ChangeLine line = new io.briefing.model.ChangeLine(io.briefing.model.ChangeMark.UP, moved.id(), "", "", "", "", "",
                "", java.util.OptionalDouble.of(100), java.util.OptionalDouble.of(150), null, false, null, null, "", "");
        io.briefing.model.ChangeSet changes = new io.briefing.model.ChangeSet(true, "", "", "", "", List.of(line), List.of(), "", "");
        assertThat(BriefingBuilder.byWeight(cats, byCategory, changes, 2).get(0)).isEqualTo(last);
    }
}
