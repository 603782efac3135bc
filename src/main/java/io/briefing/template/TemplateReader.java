package io.briefing.template;

import io.briefing.model.ChartKind;

import io.briefing.model.PageSize;
import io.briefing.i18n.Language;
import io.briefing.i18n.Localized;
import io.briefing.input.InputException;
import io.briefing.input.YamlFiles;
import io.briefing.input.YamlNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a template (YAML) into a {@link Template}, checking everything that can be checked without
 * the facts: known keys, section types, chart kinds, scales, sort orders and columns. Checks that
 * need the facts (ids, placeholders, fitting on one page) happen when the briefing is built.
 */
public final class TemplateReader {
    private static final List<String> SECTION_TYPES = List.of("key-figures", "chart", "charts", "table", "text", "sources",
            "changes", "page-break");

    public Template read(Path file) throws InputException {
        YamlNode root = YamlFiles.read(file, "template");
        root.allowOnly(List.of("name", "description", "page", "language", "title", "subtitle", "one-page", "sections",
                "output"));
        String fileName = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        String name = root.optText("name").orElse(fileName);
        if (name.isBlank() || name.length() > 100 || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\u2028'
                || c == '\u2029' || c == '/' || c == '\\' || io.briefing.output.OutputFolder.turnsText(c))) {
            // the name goes into output file names and the templates listing, one line each, read left to right
            throw root.require("name", "").error("the template's name is empty, longer than 100 characters, or holds a "
                    + "line break, a control character, a slash or a character that turns text around (U+202E)",
                    "give the template a short name on one line, e.g. name: weekly");
        }
        String description = root.optText("description").orElse("");
        PageSize page = PageSize.A4;
        Optional<YamlNode> pageNode = root.get("page");
        if (pageNode.isPresent()) {
            String p = pageNode.get().text().trim();
            try {
                page = PageSize.fromCode(p);
            } catch (IllegalArgumentException e) {
                throw pageNode.get().error("unknown page size '" + p + "'", "use A4 or letter");
            }
        }
        Language language = Language.EN;
        Optional<YamlNode> langNode = root.get("language");
        if (langNode.isPresent()) {
            try {
                language = Language.fromCode(langNode.get().text());
            } catch (IllegalArgumentException e) {
                throw langNode.get().error("unknown language '" + langNode.get().text() + "'", "use en or zh");
            }
        }
        Localized title = root.optLocalized("title").orElse(null);
        Localized subtitle = root.optLocalized("subtitle").orElse(null);
        boolean onePage = root.optBool("one-page", false);
        YamlNode sectionsNode = root.require("sections", "list the sections of the briefing under sections:");
        List<Section> sections = new ArrayList<>();
        for (YamlNode s : sectionsNode.items()) {
            sections.add(section(s));
        }
        if (sections.isEmpty()) {
            throw sectionsNode.error("the template has no sections", "list at least one section");
        }
        String output = Template.DEFAULT_OUTPUT;
        Optional<YamlNode> outNode = root.get("output");
        if (outNode.isPresent()) {
            output = outNode.get().text().trim();
            if (output.isEmpty() || output.contains("/") || output.contains("\\") || output.contains("..")
                    || output.startsWith(".") || output.matches("^[A-Za-z]:.*")) {
                throw outNode.get().error("the output name '" + output + "' would leave the output folder",
                        "write a plain file name without '/', '\\' or '..', e.g. {dataset}-{week}-{lang}");
            }
        }
        return new Template(name, description, file, page, language, title, subtitle, onePage, sections, output);
    }

    private Section section(YamlNode s) throws InputException {
        YamlNode typeNode = s.require("type", "give the section a type: " + String.join(", ", SECTION_TYPES));
        String type = typeNode.text().trim();
        Where where = Where.of(s);
        switch (type) {
            case "key-figures" -> {
                return keyFigures(s, where);
            }
            case "chart" -> {
                s.allowOnly(List.of("type", "kind", "title", "note", "facts", "sort", "scale", "highlight", "series", "size"));
                return new Section.Chart(chartSpec(s, Optional.of(ChartKind.BAR)), where);
            }
            case "charts" -> {
                s.allowOnly(List.of("type", "title", "for-each", "facts", "kind", "limit", "size", "repeat-shown"));
                String forEach = s.optText("for-each").orElse("category").trim();
                if (!forEach.equals("category")) {
                    throw s.require("for-each", "").error("unknown for-each '" + forEach + "'", "use for-each: category");
                }
                return new Section.ChartsPerCategory(s.optLocalized("title").orElse(null), selection(s),
                        kind(s, Optional.empty()), s.optInt("limit", 50, 1, 50), small(s), s.optBool("repeat-shown", true), where);
            }
            case "table" -> {
                return table(s, where);
            }
            case "text" -> {
                return text(s, where);
            }
            case "sources" -> {
                s.allowOnly(List.of("type", "title"));
                return new Section.Sources(s.optLocalized("title").orElse(null), where);
            }
            case "changes" -> {
                s.allowOnly(List.of("type", "title", "limit", "repeat-shown"));
                return new Section.Changes(s.optLocalized("title").orElse(null), s.optInt("limit", 8, 1, 50),
                        s.optBool("repeat-shown", true), where);
            }
            case "page-break" -> {
                s.allowOnly(List.of("type"));
                return new Section.PageBreak(where);
            }
            default -> throw typeNode.error("unknown section type '" + type + "'", "use one of: " + String.join(", ", SECTION_TYPES));
        }
    }

    /** key-figures: the facts as cards, at most max of them, with labels that replace an entity's name on its card. */
    private Section keyFigures(YamlNode s, Where where) throws InputException {
        s.allowOnly(List.of("type", "title", "facts", "max", "labels"));
        Map<String, Localized> labels = new LinkedHashMap<>();
        Optional<YamlNode> l = s.get("labels");
        if (l.isPresent()) {
            for (Map.Entry<String, YamlNode> e : l.get().entries().entrySet()) {
                labels.put(e.getKey(), e.getValue().localized());
            }
        }
        return new Section.KeyFigures(s.optLocalized("title").orElse(null), selection(s), s.optInt("max", 6, 1, 12),
                labels, where);
    }

    /** table: the facts as rows, in the columns given (the default ones when none are), sorted, at most max-rows. */
    private Section table(YamlNode s, Where where) throws InputException {
        s.allowOnly(List.of("type", "title", "facts", "columns", "max-rows", "sort"));
        List<Column> columns = new ArrayList<>();
        Optional<YamlNode> c = s.get("columns");
        if (c.isPresent()) {
            if (c.get().items().isEmpty()) {
                throw c.get().error("a table needs at least one column", "list its columns, e.g. columns: [entity, "
                        + "metric, value, period, source], or leave out columns: for the default ones");
            }
            for (YamlNode n : c.get().items()) {
                String col = n.text().trim();
                try {
                    columns.add(Column.fromCode(col));
                } catch (IllegalArgumentException e) {
                    throw n.error("unknown column '" + col + "'", "use some of: " + Column.codes());
                }
            }
        } else {
            columns.addAll(List.of(Column.ENTITY, Column.METRIC, Column.VALUE, Column.PERIOD, Column.REPORTER, Column.SOURCE));
        }
        return new Section.Table(s.optLocalized("title").orElse(null), selection(s), columns,
                s.optInt("max-rows", 200, 1, 100_000), sort(s, SortOrder.TABLE), where);
    }

    /** text: paragraphs written in the template, or the manifest's findings (from: findings), at most limit. */
    private Section text(YamlNode s, Where where) throws InputException {
        s.allowOnly(List.of("type", "title", "paragraphs", "from", "limit"));
        boolean fromFindings = false;
        Optional<YamlNode> from = s.get("from");
        if (from.isPresent()) {
            if (!from.get().text().trim().equals("findings")) {
                throw from.get().error("unknown source of paragraphs '" + from.get().text() + "'",
                        "use from: findings (the manifest's findings) or write paragraphs:");
            }
            fromFindings = true;
        }
        List<Section.Paragraph> paragraphs = new ArrayList<>();
        Optional<YamlNode> ps = s.get("paragraphs");
        if (ps.isPresent()) {
            for (YamlNode p : ps.get().items()) {
                paragraphs.add(new Section.Paragraph(p.localized(), Where.of(p)));
            }
        }
        if (!fromFindings && paragraphs.isEmpty()) {
            throw s.error("a text section needs paragraphs", "write paragraphs: [...] or from: findings");
        }
        return new Section.Text(s.optLocalized("title").orElse(null), paragraphs, fromFindings,
                s.optInt("limit", 50, 1, 50), where);
    }

    private ChartSpec chartSpec(YamlNode s, Optional<ChartKind> fallback) throws InputException {
        Optional<ChartKind> kind = kind(s, fallback);
        Scale scale = Scale.AUTO;
        Optional<YamlNode> sc = s.get("scale");
        if (sc.isPresent()) {
            try {
                scale = Scale.fromCode(sc.get().text());
            } catch (IllegalArgumentException e) {
                throw sc.get().error("unknown scale '" + sc.get().text() + "'", "use one of: " + Scale.codes());
            }
        }
        Set<String> highlight = new LinkedHashSet<>();
        Optional<YamlNode> h = s.get("highlight");
        if (h.isPresent()) {
            for (YamlNode n : h.get().isScalar() ? List.of(h.get()) : h.get().items()) {
                highlight.add(n.text().trim());
            }
        }
        SeriesBy series;
        try {
            series = SeriesBy.fromCode(s.optText("series").orElse("metric"));
        } catch (IllegalArgumentException e) {
            throw s.require("series", "").error("unknown series '" + s.optText("series").orElse("") + "'",
                    "use metric, period or category");
        }
        return new ChartSpec(kind, s.optLocalized("title").orElse(null), s.optLocalized("note").orElse(null), selection(s),
                sort(s, SortOrder.SIZE), scale, highlight, series, small(s));
    }

    private static boolean small(YamlNode s) throws InputException {
        Optional<YamlNode> size = s.get("size");
        if (size.isEmpty()) {
            return false;
        }
        String v = size.get().text().trim();
        if (!v.equals("small") && !v.equals("full")) {
            throw size.get().error("unknown size '" + v + "'", "use small or full");
        }
        return v.equals("small");
    }

    /** The kind a chart section names, empty for "auto"; {@code fallback} when it names none. */
    private static Optional<ChartKind> kind(YamlNode s, Optional<ChartKind> fallback) throws InputException {
        Optional<YamlNode> k = s.get("kind");
        if (k.isEmpty()) {
            return fallback;
        }
        try {
            return ChartKind.fromCode(k.get().text());
        } catch (IllegalArgumentException e) {
            throw k.get().error("unknown chart kind '" + k.get().text() + "'", "use one of: " + ChartKind.codes());
        }
    }

    private static SortOrder sort(YamlNode s, SortOrder fallback) throws InputException {
        Optional<YamlNode> k = s.get("sort");
        if (k.isEmpty()) {
            return fallback;
        }
        try {
            return SortOrder.fromCode(k.get().text());
        } catch (IllegalArgumentException e) {
            throw k.get().error("unknown sort order '" + k.get().text() + "'", "use one of: " + SortOrder.codes());
        }
    }

    /** facts: all | [id, id] | {ids: [...], category: x, categories: [...], unit: u, key: true, numeric: true, dated: true}. */
    private static Selection selection(YamlNode s) throws InputException {
        Optional<YamlNode> f = s.get("facts");
        if (f.isEmpty()) {
            return Selection.all(Where.of(s));
        }
        YamlNode n = f.get();
        Where where = Where.of(n);
        if (n.isScalar()) {
            if (!n.text().trim().equals("all")) {
                throw n.error("found " + n.describe(), "write facts: all, a list of ids, or a filter {category: ..., key: true}");
            }
            return Selection.all(where);
        }
        if (n.isList()) {
            return new Selection(ids(n), List.of(), null, null, false, false, where);
        }
        n.allowOnly(List.of("ids", "category", "categories", "unit", "key", "numeric", "dated"));
        List<Selection.IdRef> ids = n.get("ids").isPresent() ? ids(n.get("ids").get()) : List.of();
        List<String> categories = new ArrayList<>();
        n.optText("category").ifPresent(c -> categories.add(c.trim()));
        if (n.get("categories").isPresent()) {
            for (YamlNode c : n.get("categories").get().items()) {
                categories.add(c.text().trim());
            }
        }
        String unit = n.optText("unit").map(String::trim).orElse(null);
        Boolean key = n.get("key").isPresent() ? n.optBool("key", false) : null;
        return new Selection(ids, categories, unit, key, n.optBool("numeric", false), n.optBool("dated", false), where);
    }

    private static List<Selection.IdRef> ids(YamlNode list) throws InputException {
        List<Selection.IdRef> ids = new ArrayList<>();
        for (YamlNode i : list.items()) {
            ids.add(new Selection.IdRef(i.text().trim(), Where.of(i)));
        }
        return ids;
    }
}
