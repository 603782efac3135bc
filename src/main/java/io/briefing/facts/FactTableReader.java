package io.briefing.facts;

import io.briefing.i18n.Localized;
import io.briefing.input.InputException;
import io.briefing.input.InputProblem;
import io.briefing.input.TextFiles;
import io.briefing.input.Warnings;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.MalformedInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a fact table (CSV, UTF-8, as Excel's "CSV UTF-8" writes it) into typed facts. Parsing
 * happens here, at the edge: every row is checked, every problem is collected with its line and
 * field, and nothing downstream ever sees a half-valid fact.
 */
public final class FactTableReader {
    public static final List<String> REQUIRED = List.of("id", "category", "entity_en", "entity_zh", "metric_en",
            "metric_zh", "value", "unit", "qualifier", "period", "reporter_en", "reporter_zh", "quote");
    public static final List<String> OPTIONAL = List.of("key");
    /** Longest field accepted; a quote is a sentence, not a chapter. */
    public static final int MAX_FIELD_CHARS = 10_000;
    /** Problems reported before giving up, so a wholly wrong file does not flood the terminal. */
    private static final int MAX_PROBLEMS = 50;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,18}(\\.\\d{1,12})?");

    private final Warnings warnings;
    /**
     * Repeated values (categories, metrics, reporters, shared quotes) are kept once: a large table
     * repeats them on every row. Bounded, so a table of unique values does not grow it without end.
     */
    private final Map<String, String> pool = new HashMap<>();
    private final Map<String, Period> periods = new HashMap<>();
    private static final int POOL_LIMIT = 100_000;

    public FactTableReader(Warnings warnings) {
        this.warnings = warnings;
    }

    /**
     * Heap a table needs, per byte of CSV, measured on generated tables of 100,000 and 1,000,000 rows
     * (see bench/run): the facts stay in memory while the workbook streams.
     */
    static final int HEAP_BYTES_PER_CSV_BYTE = 7;
    static final long HEAP_BASE = 64L << 20;

    public FactTable read(Dataset dataset) throws InputException {
        Path file = dataset.factsFile();
        checkHeap(file);
        List<Fact> facts = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        Set<String> categories = new HashSet<>();
        dataset.categories().forEach(c -> categories.add(c.id()));
        Map<String, Integer> seen = new HashMap<>();
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.DISALLOW)
                .get();
        try (Reader reader = TextFiles.openReader(file, "fact table");
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Map<String, Integer> header = checkHeader(file, parser.getHeaderMap());
            Iterator<CSVRecord> it = parser.iterator();
            long lineBefore = parser.getCurrentLineNumber();
            while (it.hasNext()) {
                CSVRecord rec = it.next();
                int line = (int) Math.min(Integer.MAX_VALUE, lineBefore + 1);
                lineBefore = parser.getCurrentLineNumber();
                if (rec.size() == 1 && rec.get(0).isBlank()) {
                    continue; // a blank line, as editors leave at the end
                }
                Fact f = row(file, line, rec, header, categories, seen, problems);
                if (f != null) {
                    facts.add(f);
                }
                if (problems.size() >= MAX_PROBLEMS) {
                    problems.add(InputProblem.ofFile(file, "stopped after " + MAX_PROBLEMS + " problems", "fix these first"));
                    break;
                }
            }
        } catch (UncheckedIOException e) {
            problems.add(ioProblem(file, e.getCause()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            problems.add(InputProblem.ofFile(file, "the header cannot be read: " + e.getMessage(),
                    "the first line must name the columns once each: " + String.join(",", REQUIRED)));
        } catch (IOException e) {
            problems.add(ioProblem(file, e));
        }
        if (problems.isEmpty() && facts.isEmpty()) {
            problems.add(InputProblem.of(file, 2, null, "the table has a header but no facts",
                    "add one row per fact below the header"));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new FactTable(dataset, facts);
    }

    /** Refuses, before reading, a table too big for this JVM's heap: a clear message, never an OutOfMemoryError. */
    private static void checkHeap(Path file) throws InputException {
        long size;
        try {
            size = java.nio.file.Files.size(file);
        } catch (IOException e) {
            return; // the reader reports a missing or unreadable file
        }
        long needed = HEAP_BASE + size * HEAP_BYTES_PER_CSV_BYTE;
        long max = Runtime.getRuntime().maxMemory();
        if (needed > max * 0.9) {
            throw new InputException(InputProblem.ofFile(file, String.format(
                    "the fact table is %,d MB; reading and rendering it needs about %,d MB of heap, but this run may use %,d MB",
                    size >> 20, needed >> 20, max >> 20),
                    "give Java more memory (BRIEFING_JAVA_OPTS=-Xmx" + Math.max(1, (needed * 10 / 9 >> 30) + 1)
                            + "g ./briefing ...), or split the table"));
        }
    }

    private static InputProblem ioProblem(Path file, IOException e) {
        if (e instanceof MalformedInputException) {
            return InputProblem.ofFile(file, "the file is not UTF-8; it looks like a legacy Chinese encoding (GBK or Big5)",
                    "save it as UTF-8 (in Excel: 'CSV UTF-8 (Comma delimited)'; or iconv -f GBK -t UTF-8)");
        }
        String msg = String.valueOf(e.getMessage());
        java.util.regex.Matcher m = Pattern.compile("line (\\d+)").matcher(msg);
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
        raw.forEach((k, v) -> header.put(k == null ? "" : k.trim().toLowerCase(), v));
        List<InputProblem> problems = new ArrayList<>();
        for (String col : REQUIRED) {
            if (!header.containsKey(col)) {
                problems.add(InputProblem.of(file, 1, col, "the required column '" + col + "' is missing",
                        "add a column named " + col + " (columns: " + String.join(",", REQUIRED) + ")"));
            }
        }
        for (String col : header.keySet()) {
            if (!REQUIRED.contains(col) && !OPTIONAL.contains(col)) {
                warnings.add(InputProblem.of(file, 1, col.isEmpty() ? "(unnamed)" : col,
                        "unknown column, ignored", "remove it or check its spelling"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return header;
    }

    private Fact row(Path file, int line, CSVRecord rec, Map<String, Integer> header, Set<String> categories,
                     Map<String, Integer> seen, List<InputProblem> problems) {
        int before = problems.size();
        Map<String, String> v = new HashMap<>();
        for (Map.Entry<String, Integer> e : header.entrySet()) {
            String s = e.getValue() < rec.size() ? rec.get(e.getValue()) : "";
            if (s.length() > MAX_FIELD_CHARS) {
                problems.add(InputProblem.of(file, line, e.getKey(), "the field is " + s.length()
                        + " characters long, over the limit of " + MAX_FIELD_CHARS,
                        "shorten it to the sentence that states the fact"));
                s = "";
            }
            v.put(e.getKey(), intern(s.strip()));
        }
        if (rec.size() > header.size()) {
            problems.add(InputProblem.of(file, line, null, "the row has " + rec.size() + " fields but the header has "
                    + header.size(), "remove the extra commas or quote the field that contains a comma"));
        }
        String id = v.get("id");
        if (id.isEmpty()) {
            problems.add(InputProblem.of(file, line, "id", "the id is empty", "give every row a unique id such as idx-server"));
        } else if (!ID.matcher(id).matches()) {
            problems.add(InputProblem.of(file, line, "id", "'" + shorten(id) + "' is not a valid id",
                    "use letters, digits, '-', '_' or '.', starting with a letter or digit"));
        } else if (seen.containsKey(id)) {
            problems.add(InputProblem.of(file, line, "id", "the id '" + id + "' is used twice (first on line " + seen.get(id) + ")",
                    "give each fact its own id"));
        } else {
            seen.put(id, line);
        }
        String category = v.get("category");
        if (!categories.contains(category)) {
            problems.add(InputProblem.of(file, line, "category", "unknown category '" + shorten(category) + "'",
                    "use one declared in the manifest's categories: " + String.join(", ", new java.util.TreeSet<>(categories))));
        }
        Unit unit = null;
        try {
            unit = Unit.fromCode(v.get("unit"));
        } catch (IllegalArgumentException e) {
            problems.add(InputProblem.of(file, line, "unit", "unknown unit '" + shorten(v.get("unit")) + "'",
                    "use one of: " + Unit.allowedCodes()));
        }
        Qualifier qualifier = null;
        try {
            qualifier = v.get("qualifier").isEmpty() ? Qualifier.EXACT : Qualifier.fromCode(v.get("qualifier"));
        } catch (IllegalArgumentException e) {
            problems.add(InputProblem.of(file, line, "qualifier", "unknown qualifier '" + shorten(v.get("qualifier")) + "'",
                    "use one of: " + Qualifier.allowedCodes()));
        }
        Period period = null;
        try {
            period = periods.get(v.get("period"));
            if (period == null) {
                period = Period.parse(v.get("period"));
                if (periods.size() < POOL_LIMIT) {
                    periods.put(v.get("period"), period);
                }
            }
        } catch (IllegalArgumentException e) {
            problems.add(InputProblem.of(file, line, "period", e.getMessage(),
                    "write YYYY, YYYY-MM, YYYY-MM-DD (a date that exists) or YYYY-YTD"));
        }
        Amount amount = null;
        String raw = v.get("value");
        if (unit != null && qualifier != null) {
            if (raw.isEmpty()) {
                if (unit != Unit.NONE) {
                    problems.add(InputProblem.of(file, line, "value", "the value is empty but the unit is " + unit.code(),
                            "write the number in base units, or set the unit to none for a fact without a number"));
                }
            } else if (unit == Unit.NONE) {
                problems.add(InputProblem.of(file, line, "value", "a value is given but the unit is none",
                        "set the unit (" + Unit.allowedCodes() + ") or clear the value"));
            } else {
                amount = amount(file, line, raw, unit, qualifier, problems);
            }
        }
        String entityEn = v.get("entity_en");
        String entityZh = v.get("entity_zh");
        if (entityEn.isEmpty() && entityZh.isEmpty()) {
            problems.add(InputProblem.of(file, line, "entity_en", "the entity is empty in both languages",
                    "name who or what the fact is about in entity_en and entity_zh"));
        }
        if (v.get("quote").isEmpty()) {
            problems.add(InputProblem.of(file, line, "quote", "the quote is empty",
                    "paste the sentence of the source article that states this fact"));
        }
        boolean key = false;
        if (v.containsKey("key")) {
            String k = v.get("key").toLowerCase();
            switch (k) {
                case "", "no", "false", "0", "n" -> key = false;
                case "yes", "true", "1", "y" -> key = true;
                default -> problems.add(InputProblem.of(file, line, "key", "'" + shorten(k) + "' is not yes or no",
                        "write yes for a key figure, or leave it empty"));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new Fact(id, category, new Localized(entityEn, entityZh), new Localized(v.get("metric_en"), v.get("metric_zh")),
                amount, unit, qualifier, period, new Localized(v.get("reporter_en"), v.get("reporter_zh")), key,
                v.get("quote"), line);
    }

    private static Amount amount(Path file, int line, String raw, Unit unit, Qualifier qualifier, List<InputProblem> problems) {
        String s = raw.replace("_", "");
        if (!DECIMAL.matcher(s).matches()) {
            String why = s.equalsIgnoreCase("nan") || s.toLowerCase().contains("inf") ? "is not a finite number"
                    : s.toLowerCase().contains("e") && s.matches("[-+0-9.eE]+") ? "is in exponent notation"
                    : s.contains(",") || s.contains("億") || s.contains("万") || s.contains("萬") || s.contains("%")
                            ? "carries separators, units or a percent sign" : "is not a number";
            problems.add(InputProblem.of(file, line, "value", "'" + shorten(raw) + "' " + why,
                    "write the plain number in base units, e.g. 20000000000 for 200億元 or 47.66 for 47.66%"));
            return null;
        }
        BigDecimal value = new BigDecimal(s);
        if (value.signum() < 0 && (unit == Unit.COUNT || unit == Unit.DAYS || unit.isCurrency() || unit == Unit.SHARE)) {
            problems.add(InputProblem.of(file, line, "value", "a " + unit.code() + " cannot be negative (" + raw + ")",
                    "check the sign; a fall in an index belongs in a percent column"));
            return null;
        }
        if (unit == Unit.SHARE && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(InputProblem.of(file, line, "value", "a share cannot exceed 100 (" + raw + ")",
                    "a share is a part of a whole in percent; use the unit percent for a change that can exceed 100%"));
            return null;
        }
        return new Amount(value, unit, qualifier);
    }

    private String intern(String s) {
        if (s.length() > 400) {
            return s;
        }
        String known = pool.get(s);
        if (known != null) {
            return known;
        }
        if (pool.size() < POOL_LIMIT) {
            pool.put(s, s);
        }
        return s;
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
