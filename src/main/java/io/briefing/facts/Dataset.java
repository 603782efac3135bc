package io.briefing.facts;

import io.briefing.i18n.Localized;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a fact table is about, read from its manifest: title, as-of date, source article,
 * the categories rows may use (in display order), the analyst's findings for the week and the units
 * its rows may use (the shipped catalogue and the manifest's own), and the series it belongs to: the
 * weekly datasets of one series are compared with each other ({@code series:} in the manifest, else
 * the manifest's file name, so that {@code weeks/2025-W02/solar.yaml} follows {@code weeks/2025-W01/solar.yaml}),
 * and who publishes the briefing ({@code publisher:}, the PDF's and the workbook's author; empty when not given).
 */
public record Dataset(
        Path manifest,
        Localized title,
        Localized subtitle,
        LocalDate asOf,
        Path factsFile,
        SourceInfo source,
        List<Category> categories,
        List<Localized> findings,
        UnitCatalogue units,
        String series,
        Localized publisher,
        List<Entity> entities) {

    /** The same dataset with another fact table: a workbook read back in place of the CSV the manifest names. */
    public Dataset withFactsFile(Path table) {
        return new Dataset(manifest, title, subtitle, asOf, table, source, categories, findings, units, series, publisher,
                entities);
    }

    /** The manifest's entity with this id. */
    public Optional<Entity> entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The manifest's entity one of whose names (or aliases) this is, letter case aside. */
    public Optional<Entity> entityNamed(String said) {
        return entities.stream().filter(e -> e.isNamed(said)).findFirst();
    }

    public Optional<Category> category(String id) {
        return categories.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** A short name for output files: the manifest's file name without its extension. */
    public String slug() {
        String name = manifest.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
