package io.briefing.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.briefing.input.InputException;
import io.briefing.input.Warnings;
import io.briefing.provenance.CheckStatus;
import io.briefing.provenance.Provenance;
import io.briefing.provenance.VerificationReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manifest's {@code entities:} section: one pair of names per entity, which rows take by id or by
 * any of its names and cannot change alone; an entity without rows is still an owner the check knows.
 * On an invented article.
 */
class EntitiesTest {
    private static final String HEADER = "id,category,entity_en,entity_zh,metric_en,metric_zh,value,unit,qualifier,period,"
            + "reporter_en,reporter_zh,quote,aliases,entity_id\n";
    private static final String ARTICLE = "寧巴拉科技（虛構）11月5日公布，第三季營收為48億元，同比增長12%。\n"
            + "同業凱文第三季營收為22億元。\n";

    @TempDir
    Path dir;

    private Path dataset(String entities, String rows) throws Exception {
        Files.writeString(dir.resolve("n.txt"), ARTICLE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("n.facts.csv"), HEADER + rows, StandardCharsets.UTF_8);
        Path m = dir.resolve("n.yaml");
        Files.writeString(m, "title: {en: \"Invented\", zh: \"虛構\"}\nas_of: 2025-11-05\nfacts: n.facts.csv\n"
                + "source: {file: n.txt, published: 2025-11-05}\ncategories:\n  results: {en: Results, zh: 業績}\n"
                + "publisher: {en: Desk, zh: 研究部}\n" + entities, StandardCharsets.UTF_8);
        return m;
    }

    private static final String ENTITIES = "entities:\n"
            + "  nimbara: {en: Nimbara Technology, zh: 寧巴拉科技, aliases: [寧巴拉], kind: company}\n"
            + "  kevin: {en: Kevin, zh: 凱文, kind: company}\n";

    @Test
    void aRowNamingAnEntityByIdTakesItsNamesAndAliases() throws Exception {
        Path m = dataset(ENTITIES, "rev,results,,,Revenue,營收,4800000000,CNY,exact,2025-Q3,Nimbara,寧巴拉,"
                + "第三季營收為48億元,,nimbara\n");
        Fact f = new DatasetReader(new Warnings()).load(m).fact("rev").orElseThrow();
        assertThat(f.entity().en()).isEqualTo("Nimbara Technology");
        assertThat(f.entity().zh()).isEqualTo("寧巴拉科技");
        assertThat(f.aliases()).contains("寧巴拉");
    }

    @Test
    void aRowNamingAnEntityByAnAliasTakesItsOnePairOfNames() throws Exception {
        Path m = dataset(ENTITIES, "rev,results,Nimbara Technology,寧巴拉,Revenue,營收,4800000000,CNY,exact,2025-Q3,N,N,"
                + "第三季營收為48億元,,\n");
        Fact f = new DatasetReader(new Warnings()).load(m).fact("rev").orElseThrow();
        assertThat(f.entity().zh()).isEqualTo("寧巴拉科技");
    }

    @Test
    void aRowCannotRenameAnEntityAlone() throws Exception {
        Path m = dataset(ENTITIES, "rev,results,Nimbara Technology,寧巴拉集團,Revenue,營收,4800000000,CNY,exact,2025-Q3,N,N,"
                + "第三季營收為48億元,,\n");
        assertThatThrownBy(() -> new DatasetReader(new Warnings()).load(m))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("n.facts.csv:2")
                .hasMessageContaining("entity_zh")
                .hasMessageContaining("calls entity nimbara '寧巴拉集團'")
                .hasMessageContaining("change entities: in n.yaml");
    }

    @Test
    void anUnknownIdIsNamedWithTheIdsThereAre() throws Exception {
        Path m = dataset(ENTITIES, "rev,results,,,Revenue,營收,4800000000,CNY,exact,2025-Q3,N,N,第三季營收為48億元,,nimbra\n");
        assertThatThrownBy(() -> new DatasetReader(new Warnings()).load(m))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("'nimbra' is not an entity of the manifest (nimbara, kevin)");
    }

    @Test
    void twoEntitiesCannotShareAName() throws Exception {
        Path m = dataset("entities:\n  a: {en: Nimbara, zh: 寧巴拉}\n  b: {en: Nimbara Group, zh: 寧巴拉集團, aliases: [nimbara]}\n",
                "rev,results,Nimbara,寧巴拉,Revenue,營收,4800000000,CNY,exact,2025-Q3,N,N,第三季營收為48億元,,\n");
        assertThatThrownBy(() -> new DatasetReader(new Warnings()).load(m))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("n.yaml")
                .hasMessageContaining("is given to both a and b");
    }

    /**
     * 凱文 is a name the reading cannot tell from other words (no word of organisations after it): as
     * the manifest declares it, the figure of its sentence is its own, not the company's in play.
     */
    @Test
    void aDeclaredEntityWithoutRowsStillOwnsItsFigures() throws Exception {
        String row = "rev,results,Nimbara Technology,寧巴拉科技,Revenue,營收,2200000000,CNY,exact,2025-Q3,N,N,第三季營收為22億元,,\n";
        VerificationReport without = Provenance.verify(new DatasetReader(new Warnings()).load(dataset("", row)), new Warnings());
        VerificationReport with = Provenance.verify(new DatasetReader(new Warnings()).load(dataset(ENTITIES, row)), new Warnings());
        assertThat(with.checks().get("rev").status()).as(with.checks().get("rev").detail()).isNotEqualTo(CheckStatus.VERIFIED);
        assertThat(with.checks().get("rev").detail()).contains("凱文");
        // and the company's own figure still verifies
        String own = "rev,results,,,Revenue,營收,4800000000,CNY,exact,2025-Q3,N,N,第三季營收為48億元,,nimbara\n";
        VerificationReport ok = Provenance.verify(new DatasetReader(new Warnings()).load(dataset(ENTITIES, own)), new Warnings());
        assertThat(ok.checks().get("rev").status()).as(ok.checks().get("rev").detail()).isEqualTo(CheckStatus.VERIFIED);
    }

    /** `draft -d`: a figure of a declared entity is drafted with both its names, nothing left to fill there. */
    @Test
    void theDraftNamesDeclaredEntitiesInBothLanguages() throws Exception {
        Path m = dataset(ENTITIES, "rev,results,,,Revenue,營收,4800000000,CNY,exact,2025-Q3,N,N,第三季營收為48億元,,nimbara\n");
        Dataset d = new DatasetReader(new Warnings()).readManifest(m);
        java.util.List<java.util.List<String>> declared = d.entities().stream().map(Entity::names).toList();
        var rows = io.briefing.draft.KnownNames.of(d.entities()).fill(new io.briefing.draft.ArticleDraft(d.units())
                .read(ARTICLE, Period.parse("2025-11-05"), declared).rows());
        var kevin = rows.stream().filter(r -> r.value().equals("2200000000")).findFirst().orElseThrow();
        assertThat(kevin.entityEn()).isEqualTo("Kevin");
        assertThat(kevin.entityZh()).isEqualTo("凱文");
        assertThat(kevin.toFill()).doesNotContain("entity_en", "entity_zh");
        var own = rows.stream().filter(r -> r.value().equals("4800000000")).findFirst().orElseThrow();
        assertThat(own.entityEn()).isEqualTo("Nimbara Technology");
    }
}
