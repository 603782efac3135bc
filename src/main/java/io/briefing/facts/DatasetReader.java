package io.briefing.facts;

import io.briefing.i18n.Localized;
import io.briefing.input.InputException;
import io.briefing.input.InputProblem;
import io.briefing.input.Warnings;
import io.briefing.input.YamlFiles;
import io.briefing.input.YamlNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a dataset manifest (YAML) and the fact table it names. The CLI may also be given the CSV
 * itself: the manifest is then looked up beside it ({@code x.facts.csv} → {@code x.yaml}).
 */
public final class DatasetReader {
    private static final List<String> KEYS = List.of("title", "subtitle", "as_of", "facts", "source", "categories", "findings", "units",
            "series", "publisher", "entities");
    private final Warnings warnings;

    public DatasetReader(Warnings warnings) {
        this.warnings = warnings;
    }

    /** Loads the manifest (or the manifest beside a CSV or a workbook) and then the facts. */
    public FactTable load(Path path) throws InputException {
        return new FactTableReader(warnings).read(dataset(path));
    }

    /**
     * The dataset a path names: a manifest, or a fact table (CSV or workbook) with its manifest beside
     * it; a table given by path is read in place of the one the manifest names.
     */
    public Dataset dataset(Path path) throws InputException {
        Path manifest = manifestFor(path);
        Dataset d = readManifest(manifest);
        return manifest.equals(path) ? d : d.withFactsFile(path);
    }

    public static Path manifestFor(Path path) throws InputException {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (FactSheetReader.isWorkbook(path)) {
            // a workbook of this tool names its manifest on the About sheet; another's is named like a CSV
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            String base = lower.endsWith(".facts.xlsx") ? name.substring(0, name.length() - ".facts.xlsx".length())
                    : name.substring(0, name.lastIndexOf('.'));
            Path byName = path.resolveSibling(base + ".yaml");
            if (Files.exists(byName)) {
                return byName;
            }
            // a FIFO or a device named .xlsx would block the zip reader, or never end
            if (!Files.isRegularFile(path)) {
                throw new InputException(InputProblem.ofFile(path, "the workbook does not exist or is not a regular file",
                        "name the workbook file (.xlsx) or the dataset's manifest (.yaml)"));
            }
            java.util.Optional<String> recorded = FactSheetReader.recordedManifest(path);
            if (recorded.isPresent()) {
                String named = recorded.get().strip();
                // the About sheet names the manifest by its file name, beside the workbook; anything else
                // (a path, a link out of the folder) would let a received workbook read any file
                if (!ownName(path, named)) {
                    throw new InputException(InputProblem.ofFile(path, "the workbook's About sheet names the manifest '"
                                    + YamlNode.excerpt(named) + "', which is not a .yaml file beside the workbook",
                            "put the workbook beside its manifest and name it there: facts: " + name));
                }
                Path manifest = path.resolveSibling(named);
                if (Files.exists(manifest)) {
                    return manifest;
                }
                throw new InputException(InputProblem.ofFile(path, "the workbook was made from the manifest " + recorded.get()
                                + ", which is not beside it",
                        "copy the workbook into the folder of " + recorded.get() + " (with its article), or name the workbook "
                                + "in that manifest: facts: " + name));
            }
            throw new InputException(InputProblem.ofFile(path, "no manifest " + byName.getFileName() + " beside the workbook, "
                            + "and the workbook names none on an About sheet",
                    "put the workbook beside its manifest, or name it in the manifest: facts: " + name));
        }
        if (name.endsWith(".csv")) {
            String base = name.endsWith(".facts.csv") ? name.substring(0, name.length() - ".facts.csv".length())
                    : name.substring(0, name.length() - 4);
            Path manifest = path.resolveSibling(base + ".yaml");
            if (!Files.exists(manifest)) {
                throw new InputException(InputProblem.ofFile(path, "no manifest " + manifest.getFileName() + " beside the fact table",
                        "create " + manifest + " with title, as_of, facts, source and categories (see the README)"));
            }
            return manifest;
        }
        return path;
    }

    public Dataset readManifest(Path manifest) throws InputException {
        YamlNode root = YamlFiles.read(manifest, "dataset manifest");
        root.allowOnly(KEYS);
        Localized title = root.require("title", "give the briefing a title: title: {en: ..., zh: ...}").localized();
        Localized subtitle = root.optLocalized("subtitle").orElse(new Localized("", ""));
        YamlNode asOfNode = root.require("as_of", "write the date the facts are current as of: as_of: 2024-12-20");
        LocalDate asOf;
        try {
            asOf = LocalDate.parse(asOfNode.text().trim());
        } catch (DateTimeParseException e) {
            throw asOfNode.error("'" + asOfNode.text() + "' is not a date that exists", "write as_of as YYYY-MM-DD");
        }
        if (asOf.getYear() < 1900 || asOf.getYear() > 2999) {
            // +999999999-12-31 parses, and then overflows the week and the files' dates
            throw asOfNode.error("the as-of date " + asOf + " is outside the years 1900 to 2999", "write as_of as YYYY-MM-DD");
        }
        YamlNode factsNode = root.require("facts", "name the fact table: facts: my-table.facts.csv");
        Path facts = ownFile(manifest, factsNode, "fact table", TABLE_TYPES);
        YamlNode src = root.require("source", "describe the source article: source: {file: ..., publisher: ...}");
        src.allowOnly(List.of("file", "publisher", "published", "headline"));
        Optional<YamlNode> srcFile = src.get("file");
        SourceInfo source = new SourceInfo(srcFile.isEmpty() ? null : ownFile(manifest, srcFile.get(), "source article", ARTICLE_TYPES),
                src.optLocalized("publisher").orElse(Localized.of("")),
                src.optText("published").orElse(""),
                src.optLocalized("headline").orElse(Localized.of("")));
        List<Category> categories = new ArrayList<>();
        YamlNode cats = root.require("categories", "declare the categories the table uses, each with an en and zh label");
        for (Map.Entry<String, YamlNode> e : cats.entries().entrySet()) {
            categories.add(new Category(e.getKey(), e.getValue().localized()));
        }
        if (categories.isEmpty()) {
            throw cats.error("no categories are declared", "declare each category with its labels");
        }
        List<Localized> findings = new ArrayList<>();
        Optional<YamlNode> f = root.get("findings");
        if (f.isPresent()) {
            for (YamlNode n : f.get().items()) {
                findings.add(n.localized());
            }
        }
        UnitCatalogue units = UnitCatalogue.shipped();
        Optional<YamlNode> u = root.get("units");
        if (u.isPresent()) {
            // inline entries, or the name of a YAML file of entries beside the manifest
            YamlNode entries = u.get().isScalar() ? YamlFiles.read(ownFile(manifest, u.get(), "unit catalogue", YAML_TYPES), "unit catalogue") : u.get();
            units = units.extendedWith(entries);
        }
        String series = null;
        Optional<YamlNode> seriesNode = root.get("series");
        if (seriesNode.isPresent()) {
            series = seriesNode.get().text().strip();
            if (series.isEmpty() || series.length() > 100) {
                throw seriesNode.get().error("the series name is empty or longer than 100 characters",
                        "name the series its weekly datasets share, e.g. series: solar-weekly");
            }
        }
        // who publishes the briefing: its author in the PDF and the workbook (the article's publisher is source.publisher)
        Optional<Localized> named = root.optLocalized("publisher");
        Localized publisher = named.orElse(Localized.of(""));
        if (named.isEmpty()) {
            warnings.add(manifest + ": no publisher: the PDF's and the workbook's author is left empty (add publisher: "
                    + "{ en: \"Research desk\", zh: \"研究部\" }, the team that publishes the briefing)");
        }
        List<Entity> entities = entities(root);
        Dataset d = new Dataset(manifest, title, subtitle, asOf, facts, source, categories, findings, units, "", publisher, entities);
        return new Dataset(manifest, title, subtitle, asOf, facts, source, categories, findings, units,
                series == null ? d.slug() : series, publisher, entities);
    }

    /**
     * The {@code entities:} section: each id with its names, aliases and kind,
     * {@code nimbara: {en: Nimbara, zh: 寧巴拉, aliases: [Nimbara Inc], kind: company}}. A name
     * two entities share would make a row's owner a guess: it is refused.
     */
    private static List<Entity> entities(YamlNode root) throws InputException {
        Optional<YamlNode> section = root.get("entities");
        if (section.isEmpty()) {
            return List.of();
        }
        List<Entity> out = new ArrayList<>();
        Map<String, String> owner = new java.util.HashMap<>();
        for (Map.Entry<String, YamlNode> e : section.get().entries().entrySet()) {
            YamlNode n = e.getValue();
            String fix = "write the entity as " + e.getKey() + ": {en: \"English name\", zh: \"中文名\", aliases: [other names], "
                    + "kind: company}";
            if (!n.isMap()) {
                throw n.error("the entity '" + YamlNode.excerpt(e.getKey()) + "' is not a mapping of its names", fix);
            }
            n.allowOnly(List.of("en", "zh", "aliases", "kind"));
            String en = n.optText("en").orElse("").strip();
            String zh = n.optText("zh").orElse("").strip();
            if (en.isEmpty() && zh.isEmpty()) {
                throw n.error("the entity '" + YamlNode.excerpt(e.getKey()) + "' has no name", fix);
            }
            List<String> aliases = new ArrayList<>();
            Optional<YamlNode> a = n.get("aliases");
            if (a.isPresent()) {
                if (a.get().isList()) {
                    for (YamlNode item : a.get().items()) {
                        aliases.add(item.text().strip());
                    }
                } else {
                    for (String part : a.get().text().split("\\|")) {
                        aliases.add(part.strip());
                    }
                }
            }
            aliases.removeIf(String::isEmpty);
            Entity entity = new Entity(e.getKey(), new Localized(en, zh), aliases, n.optText("kind").orElse("").strip());
            for (String name : entity.names()) {
                String before = owner.putIfAbsent(Entity.key(name), entity.id());
                if (before != null && !before.equals(entity.id())) {
                    throw n.error("the name '" + YamlNode.excerpt(name) + "' is given to both " + before + " and " + entity.id(),
                            "give each entity names of its own: a row naming it could be about either");
                }
            }
            out.add(entity);
        }
        return List.copyOf(out);
    }

    /** Whether a name recorded in a workbook is a plain .yaml file name whose file, if any, lies beside the workbook. */
    private static boolean ownName(Path workbook, String named) {
        String lower = named.toLowerCase(java.util.Locale.ROOT);
        if (named.isEmpty() || named.contains("/") || named.contains("\\") || named.equals("..")
                || !(lower.endsWith(".yaml") || lower.endsWith(".yml"))) {
            return false;
        }
        Path file = workbook.resolveSibling(named);
        if (!Files.exists(file)) {
            return true;
        }
        try {
            Path folder = workbook.toAbsolutePath().normalize().getParent();
            return file.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static final List<String> TABLE_TYPES = List.of(".csv", ".xlsx", ".xlsm", ".xls");
    private static final List<String> ARTICLE_TYPES = List.of(".txt", ".text", ".md");
    private static final List<String> YAML_TYPES = List.of(".yaml", ".yml");

    /**
     * A file the manifest names, which must lie in the manifest's folder or below it, symbolic links
     * resolved, and be of its kind by name. A dataset received from someone else could otherwise name
     * /etc/passwd or ~/.ssh/id_rsa as its article or units, and the messages about it would print its
     * lines; such a name is refused before the file is opened.
     */
    private static Path ownFile(Path manifest, YamlNode node, String what, List<String> types) throws InputException {
        String name = node.text().strip();
        Path folder = manifest.toAbsolutePath().normalize().getParent();
        Path asWritten;
        try {
            asWritten = Path.of(name);
        } catch (java.nio.file.InvalidPathException e) {
            throw node.error("'" + YamlNode.excerpt(name) + "' is not a file name", "name the " + what + " by its file name");
        }
        String fix = "put the " + what + " in the dataset's folder (" + folder + ") and name it relative to the manifest, "
                + "e.g. " + exampleName(asWritten, types);
        Path resolved = folder.resolve(asWritten).normalize();
        if (asWritten.isAbsolute() || !resolved.startsWith(folder)) {
            throw node.error("the " + what + " '" + YamlNode.excerpt(name) + "' is outside the dataset's folder: a dataset "
                    + "reads only files in its own folder", fix);
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (types.stream().noneMatch(lower::endsWith)) {
            throw node.error("'" + YamlNode.excerpt(name) + "' is not named as a " + what + " (" + String.join(", ", types) + ")",
                    "name a " + what + " file, e.g. " + exampleName(asWritten, types));
        }
        if (Files.exists(resolved)) {
            try {
                Path real = resolved.toRealPath();
                if (!real.startsWith(folder.toRealPath())) {
                    throw node.error("the " + what + " '" + YamlNode.excerpt(name) + "' is a link to a file outside the "
                            + "dataset's folder: a dataset reads only files in its own folder", fix);
                }
            } catch (IOException e) {
                throw node.error("the " + what + " '" + YamlNode.excerpt(name) + "' cannot be resolved: " + e.getMessage(),
                        "check that the file and its folder can be read");
            }
        }
        return resolved;
    }

    private static String exampleName(Path asWritten, List<String> types) {
        Path file = asWritten.getFileName();
        String base = file == null ? "file" : file.toString().replaceFirst("\\.[^.]*$", "");
        return (base.isEmpty() ? "file" : base) + types.get(0);
    }
}
