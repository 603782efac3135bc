package io.briefing.facts;

import io.briefing.i18n.Localized;
import io.briefing.input.CleanText;
import io.briefing.input.InputException;
import io.briefing.input.InputProblem;
import io.briefing.input.TextFiles;
import io.briefing.input.Warnings;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;


/**
 * Reads a fact table (CSV, UTF-8, as Excel's "CSV UTF-8" writes it) into typed facts. Parsing
 * happens here, at the edge: every row is checked, every problem is collected with its line and
 * field, and nothing downstream ever sees a half-valid fact.
 */
public final class FactTableReader {
    public static final List<String> REQUIRED = List.of("id", "category", "entity_en", "entity_zh", "metric_en",
            "metric_zh", "value", "unit", "qualifier", "period", "reporter_en", "reporter_zh", "quote");
    public static final List<String> OPTIONAL = List.of("key", "aliases", "draft", "entity_id");
    /** Longest field accepted; a quote is a sentence, not a chapter. */
    public static final int MAX_FIELD_CHARS = 10_000;
    /** Characters of a name, metric or reporter: what a card, an axis or a legend can set. */
    public static final int MAX_LABEL_CHARS = 200;
    /** Facts one worksheet holds below its header row (Excel's limit is 1,048,576 rows). */
    public static final int MAX_FACTS = 1_048_575;
    /** Problems reported before giving up, so a wholly wrong file does not flood the terminal. */
    static final int MAX_PROBLEMS = 50;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,18}(\\.\\d{1,12})?");
    private static final java.util.regex.Pattern THOUSANDS_UNDERSCORE =
            java.util.regex.Pattern.compile("[-+]?\\d{1,3}(_\\d{3})+(\\.\\d+)?");

    private final Warnings warnings;
    private final Supplier<FactStore> stores;
    private final Map<String, Period> periods = new HashMap<>();
    private static final int POOL_LIMIT = 100_000;

    public FactTableReader(Warnings warnings) {
        this(warnings, FactStore::new);
    }

    /** For tests: a store that spills early, or into a given folder. */
    FactTableReader(Warnings warnings, Supplier<FactStore> stores) {
        this.warnings = warnings;
        this.stores = stores;
    }

    /**
     * Heap a table needs beyond {@link #HEAP_BASE}: its rows up to what the store keeps in the heap
     * (the rest is mapped from a temporary file), and an index of about 20 bytes a row, estimated
     * here for rows as short as 40 bytes. Measured in bench/run: 1,000,000 generated rows (130 MB of
     * CSV) need 20 MB of index and render in a 200 MB heap.
     */
    static long heapNeeded(long csvBytes) {
        return HEAP_BASE + Math.min(csvBytes, FactStore.MIN_HEAP_ROW_BYTES) + csvBytes / 2;
    }

    static final long HEAP_BASE = 64L << 20;

    public FactTable read(Dataset dataset) throws InputException {
        Path file = dataset.factsFile();
        if (FactSheetReader.isWorkbook(file)) {
            Rows rows = new Rows(dataset, stores.get());
            new FactSheetReader(file, dataset, rows).read();
            return rows.table();
        }
        checkHeap(file, Runtime.getRuntime().maxMemory());
        Rows rows = new Rows(dataset, stores.get());
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true)
                // Excel saves a sheet with trailing empty header cells ("…,quote,,"): empty names may repeat
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY)
                .get();
        Where lines = new Where() {
            @Override
            public InputProblem at(int line, String field, String problem, String hint) {
                return InputProblem.of(file, line, field, problem, hint);
            }

            @Override
            public String place(int line) {
                return "line " + line;
            }
        };
        try (Reader reader = TextFiles.openReader(file, "fact table");
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            rows.header(checkHeader(file, parser.getHeaderMap()), lines);
            CsvRecords records = new CsvRecords(parser, large(file));
            try {
                for (CsvRecords.Item item = records.next(); item != null; item = records.next()) {
                    CSVRecord rec = item.record();
                    if (rec.size() == 1 && rec.get(0).isBlank()) {
                        continue; // a blank line, as editors leave at the end
                    }
                    if (!rows.row(item.line(), rec.values())) {
                        break;
                    }
                }
            } finally {
                records.stop();
            }
        } catch (FactStore.SpillFailed e) {
            rows.problems.add(spillProblem(file, e));
        } catch (UncheckedIOException e) {
            rows.problems.add(ioProblem(file, e.getCause()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            // the library's words named the whole header (500 KB for 100,000 columns) and its own builder
            // method; the line and the repeated heading, cut as every value in a message is, are what helps
            java.util.regex.Matcher twice = java.util.regex.Pattern.compile("duplicate name: \"(.*?)\" in \\[", java.util.regex.Pattern.DOTALL)
                    .matcher(String.valueOf(e.getMessage()));
            if (twice.find()) {
                rows.problems.add(InputProblem.of(file, 1, null, "the column heading '" + io.briefing.input.YamlNode.excerpt(twice.group(1))
                        + "' appears more than once", "name each column once; the columns are: " + String.join(",", REQUIRED)));
            } else {
                rows.problems.add(InputProblem.ofFile(file, "the header cannot be read: "
                        + io.briefing.input.YamlNode.excerpt(String.valueOf(e.getMessage())),
                        "the first line must name the columns once each: " + String.join(",", REQUIRED)));
            }
        } catch (IOException e) {
            rows.problems.add(ioProblem(file, e));
        }
        return rows.table();
    }

    static InputProblem spillProblem(Path file, FactStore.SpillFailed e) {
        return InputProblem.ofFile(file, "the table is too big to keep in this run's heap, and its rows could not be "
                        + "written to the temporary folder " + e.folder + " (" + e.getCause() + ")",
                "free space there, name another folder (BRIEFING_JAVA_OPTS=-Djava.io.tmpdir=DIR), or give Java more heap "
                        + "(BRIEFING_JAVA_OPTS=-Xmx1g) so the rows stay in memory");
    }

    /** Where a problem is: a line of a CSV file, or a cell of a workbook's sheet. */
    interface Where {
        /** A problem in this row ({@code line}: the CSV line or the sheet's row number) and column (or null). */
        InputProblem at(int line, String field, String problem, String hint);

        /** The row in words, for "first on line 5" or "first on Facts!A5". */
        String place(int line);
    }

    /**
     * Checks the rows of one table, in order, whatever file they come from: a CSV file's lines or a
     * workbook's Facts sheet. Every problem is kept with its place; none stops the others, up to
     * {@link #MAX_PROBLEMS}.
     */
    final class Rows {
        private final Dataset dataset;
        private final FactStore facts;
        private final List<DraftMark> drafts = new ArrayList<>();
        final List<InputProblem> problems = new ArrayList<>();
        private final Set<String> categories = new HashSet<>();
        private Columns columns;
        private Where where;

        Rows(Dataset dataset, FactStore facts) {
            this.dataset = dataset;
            this.facts = facts;
            dataset.categories().forEach(c -> categories.add(c.id()));
        }

        /** The table's columns, by name ({@link #REQUIRED} and {@link #OPTIONAL}) and position. */
        void header(Map<String, Integer> header, Where where) {
            this.columns = new Columns(header);
            this.where = where;
        }

        Warnings warnings() {
            return warnings;
        }

        /** Checks one row and keeps its fact; false when reading should stop. */
        boolean row(int line, String[] rec) {
            if (facts.size() == MAX_FACTS) {
                problems.add(where.at(line, null, "the table has more than " + String.format(Locale.ROOT, "%,d", MAX_FACTS)
                        + " facts, the most one worksheet holds", "split the table into several briefings"));
                return false;
            }
            Fact f = FactTableReader.this.row(where, line, rec, columns, categories, facts, dataset, problems);
            if (f != null) {
                facts.add(f);
                // a row `briefing draft` wrote, not yet reviewed: its draft cell says what is left
                if (columns.draft >= 0 && columns.draft < rec.length && rec[columns.draft] != null
                        && !rec[columns.draft].isBlank()) {
                    drafts.add(new DraftMark(line, f.id(), CleanText.of(rec[columns.draft]).strip()));
                }
            }
            if (problems.size() >= MAX_PROBLEMS) {
                problems.add(InputProblem.ofFile(dataset.factsFile(), "stopped after " + MAX_PROBLEMS + " problems",
                        "fix these first"));
                return false;
            }
            return true;
        }

        /** The table, or every problem found. */
        FactTable table() throws InputException {
            if (problems.isEmpty() && facts.size() == 0) {
                problems.add(InputProblem.of(dataset.factsFile(), 2, null, "the table has a header but no facts",
                        "add one row per fact below the header"));
            }
            if (!problems.isEmpty()) {
                throw new InputException(problems);
            }
            return new FactTable(dataset, facts, List.copyOf(drafts));
        }
    }

    /** Tables from this size on are parsed on a thread of their own while the rows are checked. */
    private static final long PARSE_AHEAD_BYTES = 256 << 10;

    private static boolean large(Path file) {
        try {
            return Files.size(file) >= PARSE_AHEAD_BYTES;
        } catch (IOException e) {
            return false;
        }
    }

    /** Where each known column is in a row (-1 when absent), found once from the header. */
    private static final class Columns {
        final int width;
        final int id;
        final int category;
        final int entityEn;
        final int entityZh;
        final int metricEn;
        final int metricZh;
        final int value;
        final int unit;
        final int qualifier;
        final int period;
        final int reporterEn;
        final int reporterZh;
        final int key;
        final int quote;
        final int aliases;
        final int draft;
        /** The id of one of the manifest's {@code entities:}. */
        final int entity;
        final String[] names;

        Columns(Map<String, Integer> header) {
            width = header.size();
            id = header.getOrDefault("id", -1);
            category = header.getOrDefault("category", -1);
            entityEn = header.getOrDefault("entity_en", -1);
            entityZh = header.getOrDefault("entity_zh", -1);
            metricEn = header.getOrDefault("metric_en", -1);
            metricZh = header.getOrDefault("metric_zh", -1);
            value = header.getOrDefault("value", -1);
            unit = header.getOrDefault("unit", -1);
            qualifier = header.getOrDefault("qualifier", -1);
            period = header.getOrDefault("period", -1);
            reporterEn = header.getOrDefault("reporter_en", -1);
            reporterZh = header.getOrDefault("reporter_zh", -1);
            key = header.getOrDefault("key", -1);
            quote = header.getOrDefault("quote", -1);
            aliases = header.getOrDefault("aliases", -1);
            draft = header.getOrDefault("draft", -1);
            entity = header.getOrDefault("entity_id", -1);
            int max = header.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
            names = new String[max + 1];
            header.forEach((name, i) -> names[i] = name);
        }
    }

    /** Refuses, before reading, a table too big for this JVM's heap: a clear message, never an OutOfMemoryError. */
    static void checkHeap(Path file, long max) throws InputException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return; // the reader reports a missing or unreadable file
        }
        long needed = heapNeeded(size);
        // a tenth of the heap is kept for the JVM's own use and the collector's room to work
        if (needed > max * 0.9) {
            long suggest = ((needed * 10 / 9 >> 20) / 64 + 1) * 64;
            throw new InputException(InputProblem.ofFile(file, String.format(
                    "the fact table is %,d MB; reading and rendering it needs about %,d MB of heap, and this run's heap of "
                            + "%,d MB leaves %,d MB for it", size >> 20, needed >> 20, max >> 20, (long) (max * 0.9) >> 20),
                    "give Java more memory (BRIEFING_JAVA_OPTS=-Xmx" + suggest + "m ./briefing ...), or split the table"));
        }
    }

    private static InputProblem ioProblem(Path file, IOException e) {
        if (e instanceof MalformedInputException) {
            try {
                if (Files.size(file) <= 64L << 20) {
                    // the bad byte's column and offset, as the manifest's and the article's messages give them
                    return TextFiles.notUtf8(file, Files.readAllBytes(file), 0, true);
                }
            } catch (IOException unreadable) {
                // said by its line below
            }
            return InputProblem.of(file, TextFiles.lineOfFirstBadUtf8(file), null,
                    "the file is not UTF-8; it looks like a legacy Chinese encoding (GBK or Big5)",
                    "save it as UTF-8 (in Excel: 'CSV UTF-8 (Comma delimited)'; or iconv -f GBK -t UTF-8)");
        }
        String msg = String.valueOf(e.getMessage());
        Matcher m = Pattern.compile("line (\\d+)").matcher(msg);
        int line = m.find() ? Integer.parseInt(m.group(1)) : 0;
        if (msg.contains("EOF reached before encapsulated token finished")) {
            return InputProblem.of(file, line, null, "a quoted field is never closed (unbalanced \")",
                    "close the field with \" and write a quote inside a field as \"\"");
        }
        if (msg.contains("invalid char between encapsulated token and delimiter")) {
            return InputProblem.of(file, line, null, "text follows a closing quote inside a field",
                    "write a quote inside a quoted field as \"\"");
        }
        return InputProblem.of(file, line, null, "the file cannot be read as CSV: " + msg,
                "save the table as 'CSV UTF-8' with a comma between fields");
    }

    private Map<String, Integer> checkHeader(Path file, Map<String, Integer> raw) throws InputException {
        if (raw == null || raw.isEmpty()) {
            throw new InputException(InputProblem.of(file, 1, null, "the fact table is empty",
                    "start with a header line: " + String.join(",", REQUIRED)));
        }
        Map<String, Integer> header = new LinkedHashMap<>();
        raw.forEach((k, v) -> header.put(k == null ? "" : k.trim().toLowerCase(Locale.ROOT), v));
        List<InputProblem> problems = new ArrayList<>();
        for (String col : REQUIRED) {
            if (!header.containsKey(col)) {
                problems.add(InputProblem.of(file, 1, col, "the required column '" + col + "' is missing",
                        "add a column named " + col + " (columns: " + String.join(",", REQUIRED) + ")"));
            }
        }
        // a few unknown columns each by name; a sheet of 100,000 of them printed 100,000 warnings (seen)
        List<String> unknown = header.keySet().stream().filter(col -> !REQUIRED.contains(col) && !OPTIONAL.contains(col)).toList();
        for (String col : unknown.subList(0, Math.min(unknown.size(), MAX_PROBLEMS))) {
            warnings.add(col.isEmpty()
                    ? InputProblem.of(file, 1, "(unnamed)", "columns without a heading, ignored with anything in them "
                            + "(Excel saves empty ones after the last)", "name a column to keep it, or delete the empty ones")
                    : InputProblem.of(file, 1, col, "unknown column, ignored", "remove it or check its spelling"));
        }
        if (unknown.size() > MAX_PROBLEMS) {
            warnings.add(InputProblem.of(file, 1, "", (unknown.size() - MAX_PROBLEMS) + " more unknown columns, ignored",
                    "keep only the fact table's columns (" + String.join(",", REQUIRED) + ", and optional ones)"));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return header;
    }

    private Fact row(Where where, int line, String[] rec, Columns c, Set<String> categories, FactStore seen,
                     Dataset dataset, List<InputProblem> problems) {
        UnitCatalogue units = dataset.units();
        int before = problems.size();
        String[] v = fields(where, line, rec, c, problems);
        String id = v[c.id];
        checkId(where, line, id, seen, problems);
        String category = v[c.category];
        if (!categories.contains(category)) {
            problems.add(where.at(line, "category", "unknown category '" + shorten(category) + "'",
                    "use one declared in the manifest's categories: " + String.join(", ", new TreeSet<>(categories))));
        }
        Unit unit = v[c.unit].isEmpty() && v[c.value].isEmpty() ? units.none() : units.find(v[c.unit]).orElse(null);
        if (unit == null) {
            problems.add(where.at(line, "unit", "unknown unit '" + shorten(v[c.unit]) + "'",
                    "use one of: " + units.allowedCodes() + "; or add the unit to the manifest under units: (see the README)"));
        }
        Qualifier qualifier = null;
        try {
            qualifier = v[c.qualifier].isEmpty() ? Qualifier.EXACT : Qualifier.fromCode(v[c.qualifier]);
        } catch (IllegalArgumentException e) {
            problems.add(where.at(line, "qualifier", "unknown qualifier '" + shorten(v[c.qualifier]) + "'",
                    "use one of: " + Qualifier.allowedCodes()));
        }
        Period period = period(where, line, v[c.period], problems);
        Amount amount = unit != null && qualifier != null ? value(where, line, v[c.value], unit, qualifier, units, problems) : null;
        clipLabels(where, line, v, c, problems);
        Named named = entity(where, line, v, c, dataset, problems);
        if (v[c.quote].isEmpty()) {
            problems.add(where.at(line, "quote", "the quote is empty",
                    "paste the sentence of the source article that states this fact"));
        }
        boolean key = key(where, line, v, c, problems);
        if (problems.size() > before) {
            return null;
        }
        return new Fact(id, category, new Localized(named.en(), named.zh()), new Localized(v[c.metricEn], v[c.metricZh]),
                amount, unit, qualifier, period, new Localized(v[c.reporterEn], v[c.reporterZh]), key,
                v[c.quote], aliases(v, c, named), line);
    }

    /** A row's fields by column, cleaned and stripped; an over-long field is refused and read as empty. */
    private static String[] fields(Where where, int line, String[] rec, Columns c, List<InputProblem> problems) {
        String[] v = new String[c.names.length];
        for (int i = 0; i < v.length; i++) {
            String s = i < rec.length && rec[i] != null ? rec[i] : "";
            if (s.length() > MAX_FIELD_CHARS) {
                String name = c.names[i] == null || c.names[i].isEmpty() ? "(unnamed)" : c.names[i];
                problems.add(where.at(line, name, "the field is " + s.length()
                        + " characters long, over the limit of " + MAX_FIELD_CHARS,
                        "shorten it to the sentence that states the fact"));
                s = "";
            }
            v[i] = CleanText.of(s).strip();
        }
        if (rec.length > c.width) {
            problems.add(where.at(line, null, "the row has " + rec.length + " fields but the header has "
                    + c.width, "remove the extra commas or quote the field that contains a comma"));
        }
        return v;
    }

    private static void checkId(Where where, int line, String id, FactStore seen, List<InputProblem> problems) {
        if (id.isEmpty()) {
            problems.add(where.at(line, "id", "the id is empty", "give every row a unique id such as idx-server"));
        } else if (!ID.matcher(id).matches()) {
            problems.add(where.at(line, "id", "'" + shorten(id) + "' is not a valid id",
                    "use letters, digits, '-', '_' or '.', starting with a letter or digit"));
        } else if (seen.indexOf(id) >= 0) {
            problems.add(where.at(line, "id", "the id '" + id + "' is used twice (first on "
                    + where.place(seen.get(seen.indexOf(id)).line()) + ")", "give each fact its own id"));
        }
    }

    /** The row's period, parsed once per distinct cell (a pool); null with a problem when it is no period. */
    private Period period(Where where, int line, String cell, List<InputProblem> problems) {
        try {
            Period period = periods.get(cell);
            if (period == null) {
                period = Period.parse(cell);
                if (periods.size() < POOL_LIMIT) {
                    periods.put(cell, period);
                }
            }
            return period;
        } catch (IllegalArgumentException e) {
            problems.add(where.at(line, "period", e.getMessage(),
                    "write YYYY, YYYY-MM, YYYY-MM-DD (a date that exists), YYYY-Qn (a quarter), YYYY-Hn (a half), YYYY-YTD "
                            + "or a span FIRST..LAST of days, months, quarters or years, up to ten years (2025-10-01..2025-10-07, "
                            + "2025-04..2025-09, 2026..2030, 2019..2026-01)"));
            return null;
        }
    }

    /** The row's amount in its unit; null for a fact without a number or with a problem. Warns of a ratio kept. */
    private Amount value(Where where, int line, String raw, Unit unit, Qualifier qualifier, UnitCatalogue units,
                         List<InputProblem> problems) {
        if (raw.isEmpty()) {
            if (!unit.isNone()) {
                problems.add(where.at(line, "value", "the value is empty but the unit is " + unit.code(),
                        "write the number in base units, or set the unit to none for a fact without a number"));
            }
            return null;
        }
        if (unit.isNone()) {
            problems.add(where.at(line, "value", "a value is given but the unit is none",
                    "set the unit the quote states it in (" + units.allowedCodes() + ") or clear the value"));
            return null;
        }
        Amount amount = amount(where, line, raw, unit, qualifier, problems);
        Double ceiling = unit.kind().ceiling();
        BigDecimal top = amount == null ? null : amount.high() != null ? amount.high() : amount.value();
        if (top != null && ceiling != null && top.doubleValue() > ceiling) {
            // a ratio quoted in percent (a combined ratio of 102.7%, a bad-debt coverage of 480%) is written
            // as a share by readers of the corpus guide; refusing it refused the whole table (seen)
            warnings.add(where.at(line, "value", "a " + unit.kind().code() + " above " + ceiling.intValue() + " ("
                    + raw + "), kept as a ratio", "if it is a part of a whole, check the value; a change in "
                    + "percent takes the unit percent"));
        }
        BigDecimal bottom = amount == null ? null : amount.value();
        if (bottom != null && bottom.signum() < 0 && !unit.kind().signed() && !unit.kind().changeMayFall()) {
            // an operating margin of minus 2.3%, written as a share by a reader of the corpus guide (a
            // margin is a ratio, as a combined ratio above 100 is): refusing it refused the whole table (seen)
            warnings.add(where.at(line, "value", "a " + unit.kind().code() + " below 0 (" + raw + "), kept as a ratio",
                    "if it is a part of a whole, check the sign; a fall in percent takes the unit percent"));
        }
        return amount;
    }

    /**
     * Names and metrics are set on cards, axes and legends: a 5,000-character entity made one key-figure card run
     * over five pages (seen), so they are held to a length a label can carry.
     */
    private static void clipLabels(Where where, int line, String[] v, Columns c, List<InputProblem> problems) {
        int[] labelColumns = {c.entityEn, c.entityZh, c.metricEn, c.metricZh, c.reporterEn, c.reporterZh};
        for (int col : labelColumns) {
            if (col >= 0 && col < v.length && v[col].length() > MAX_LABEL_CHARS) {
                problems.add(where.at(line, c.names[col], "the " + c.names[col] + " is " + v[col].length()
                        + " characters long; a name or metric is at most " + MAX_LABEL_CHARS,
                        "shorten it to the name itself; the sentence belongs in the quote column"));
                v[col] = v[col].substring(0, MAX_LABEL_CHARS);
            }
        }
    }

    /** A row's entity: the manifest's entity it names (by entity_id or by name), if any, and its two names. */
    private record Named(Entity entity, String en, String zh) {}

    private static Named entity(Where where, int line, String[] v, Columns c, Dataset dataset, List<InputProblem> problems) {
        String entityEn = v[c.entityEn];
        String entityZh = v[c.entityZh];
        Entity entity = null;
        String entityId = c.entity >= 0 && c.entity < v.length ? v[c.entity].strip() : "";
        if (!entityId.isEmpty()) {
            entity = dataset.entity(entityId).orElse(null);
            if (entity == null) {
                problems.add(where.at(line, "entity_id", "'" + shorten(entityId) + "' is not an entity of the manifest"
                                + (dataset.entities().isEmpty() ? ", which has no entities: section"
                                : " (" + dataset.entities().stream().map(Entity::id).limit(12).collect(java.util.stream.Collectors.joining(", ")) + ")"),
                        "write the id of an entity under entities: in " + dataset.manifest().getFileName()
                                + ", or add it there with its names"));
            }
        } else {
            String zhName = entityZh;
            entity = dataset.entityNamed(entityEn).or(() -> dataset.entityNamed(zhName)).orElse(null);
        }
        if (entity != null) {
            // the row takes the entity's names; a name of its own that is not one of the entity's renames it alone
            for (String[] said : new String[][] {{"entity_en", entityEn, entity.name().en()}, {"entity_zh", entityZh, entity.name().zh()}}) {
                if (!said[1].isEmpty() && !entity.isNamed(said[1])) {
                    problems.add(where.at(line, said[0], "the row calls entity " + entity.id() + " '" + shorten(said[1])
                                    + "', a name the manifest does not give it (" + String.join(" / ", entity.names()) + ")",
                            "write its name as the manifest does, or leave " + said[0] + " empty; to rename it, change "
                                    + "entities: in " + dataset.manifest().getFileName() + " (every row follows)"));
                }
            }
            entityEn = entity.name().en() == null || entity.name().en().isBlank() ? entityEn : entity.name().en();
            entityZh = entity.name().zh() == null || entity.name().zh().isBlank() ? entityZh : entity.name().zh();
        }
        if (entityEn.isEmpty() && entityZh.isEmpty() && entityId.isEmpty()) {
            problems.add(where.at(line, "entity_en", "the entity is empty in both languages",
                    "name who or what the fact is about in entity_en and entity_zh"));
        }
        return new Named(entity, entityEn, entityZh);
    }

    private static boolean key(Where where, int line, String[] v, Columns c, List<InputProblem> problems) {
        if (c.key < 0) {
            return false;
        }
        String k = v[c.key].toLowerCase(Locale.ROOT);
        return switch (k) {
            case "", "no", "false", "0", "n" -> false;
            case "yes", "true", "1", "y" -> true;
            default -> {
                problems.add(where.at(line, "key", "'" + shorten(k) + "' is not yes or no",
                        "write yes for a key figure, or leave it empty"));
                yield false;
            }
        };
    }

    /** The row's aliases, and the other names of the manifest's entity it names: the check finds "Nimbara Inc" as Nimbara. */
    private static List<String> aliases(String[] v, Columns c, Named named) {
        List<String> aliases = List.of();
        if (c.aliases >= 0 && !v[c.aliases].isEmpty()) {
            aliases = Arrays.stream(v[c.aliases].split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList();
        }
        if (named.entity() == null) {
            return aliases;
        }
        List<String> all = new ArrayList<>(aliases);
        for (String n : named.entity().names()) {
            if (!n.equals(named.en()) && !n.equals(named.zh()) && !all.contains(n)) {
                all.add(n);
            }
        }
        return List.copyOf(all);
    }

    private static Amount amount(Where where, int line, String raw, Unit unit, Qualifier qualifier, List<InputProblem> problems) {
        int dots = raw.indexOf("..");
        if (qualifier == Qualifier.RANGE || dots >= 0) {
            return range(where, line, raw, dots, unit, qualifier, problems);
        }
        return number(where, line, raw, unit, qualifier, problems);
    }

    /** A range, "13000000000..13500000000": both ends numbers of the unit, written low to high, qualifier range. */
    private static Amount range(Where where, int line, String raw, int dots, Unit unit, Qualifier qualifier,
                                List<InputProblem> problems) {
        if (dots < 0) {
            problems.add(where.at(line, "value", "the qualifier is range, but '" + shorten(raw) + "' is one number",
                    "write both ends, low to high, with two dots between: 15..25 (or -3..-2); or choose another qualifier"));
            return null;
        }
        if (qualifier != Qualifier.RANGE) {
            problems.add(where.at(line, "qualifier", "the value '" + shorten(raw) + "' is a range, but the qualifier is "
                    + qualifier.code(), "set the qualifier to range, or write one number"));
            return null;
        }
        int before = problems.size();
        Amount low = number(where, line, raw.substring(0, dots).strip(), unit, Qualifier.EXACT, problems);
        Amount high = number(where, line, raw.substring(dots + 2).strip(), unit, Qualifier.EXACT, problems);
        if (problems.size() > before || low == null || high == null) {
            return null;
        }
        if (low.value().compareTo(high.value()) >= 0) {
            problems.add(where.at(line, "value", "the range '" + shorten(raw) + "' does not go from low to high",
                    "write the lower end first: 15..25, -3..-2"));
            return null;
        }
        return new Amount(low.value(), unit, Qualifier.RANGE, high.value());
    }

    private static Amount number(Where where, int line, String raw, Unit unit, Qualifier qualifier, List<InputProblem> problems) {
        // an underscore may group thousands (1_000_000), never anything else: 84_03 is not 8403
        String s = THOUSANDS_UNDERSCORE.matcher(raw).matches() ? raw.replace("_", "") : raw;
        if (!DECIMAL.matcher(s).matches()) {
            String why = s.equalsIgnoreCase("nan") || s.toLowerCase(Locale.ROOT).contains("inf") ? "is not a finite number"
                    : s.toLowerCase(Locale.ROOT).contains("e") && s.matches("[-+0-9.eE]+") ? "is in exponent notation"
                    : s.contains("_") ? "has an underscore that does not group thousands (1_000_000)"
                    : s.contains(",") || s.contains("億") || s.contains("万") || s.contains("萬") || s.contains("%")
                            ? "carries separators, units or a percent sign" : "is not a number";
            problems.add(where.at(line, "value", "'" + shorten(raw) + "' " + why,
                    "write the plain number in base units, e.g. 20000000000 for 200億元 or 47.66 for 47.66%"));
            return null;
        }
        BigDecimal value = new BigDecimal(s);
        if (unit.kind() == UnitKind.COUNT && value.stripTrailingZeros().scale() > 0) {
            problems.add(where.at(line, "value", "a value in " + unit.code() + " (a count of whole things) cannot have a "
                            + "fraction (" + raw + ")",
                    "check the value; a ratio or an average (1.32, 2.5 per household) takes a unit of its own, declared "
                            + "under units: in the manifest with kind: quantity"));
            return null;
        }
        return new Amount(value, unit, qualifier);
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
