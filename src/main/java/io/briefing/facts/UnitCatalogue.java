package io.briefing.facts;

import io.briefing.i18n.Localized;
import io.briefing.input.InputException;
import io.briefing.input.YamlFiles;
import io.briefing.input.YamlNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The units a dataset may use: the catalogue shipped with the program ({@code units.yaml} beside this
 * class), extended by the entries of a dataset's manifest. Codes are unique, compared without case.
 */
public final class UnitCatalogue {
    private static final String RESOURCE = "units.yaml";
    private static final List<String> KEYS = List.of("kind", "name", "axis", "show", "before", "text", "bare", "spreadsheet",
            "subunits");

    private final Map<String, Unit> byCode;
    /** The codes (in lower case) a dataset declared over the shipped catalogue. */
    private final java.util.Set<String> declared;

    private UnitCatalogue(Map<String, Unit> byCode, java.util.Set<String> declared) {
        this.byCode = Collections.unmodifiableMap(byCode);
        this.declared = java.util.Set.copyOf(declared);
    }

    /**
     * Whether a dataset declared this unit (not only the shipped catalogue): its words are the dataset's
     * own ("homes" of a unit homes beside the shipped count's "homes").
     */
    public boolean declared(Unit u) {
        return declared.contains(key(u.code()));
    }

    /** Loaded on first use, once: the class-holder idiom makes that thread-safe without locks. */
    private static final class Shipped {
        static final UnitCatalogue CATALOGUE = load();
    }

    /** The catalogue shipped with the program. */
    public static UnitCatalogue shipped() {
        return Shipped.CATALOGUE;
    }

    private static UnitCatalogue load() {
        try (InputStream in = UnitCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the unit catalogue " + RESOURCE + " is missing from the program");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new UnitCatalogue(new LinkedHashMap<>(), java.util.Set.of()).extendedWith(YamlFiles.parse(Path.of(RESOURCE), text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException e) {
            throw new IllegalStateException("the shipped unit catalogue is invalid: " + e.getMessage(), e);
        }
    }

    /**
     * This catalogue with the entries of a YAML mapping (code → entry) added. An entry whose code the
     * catalogue has replaces it for the dataset: readers of the corpus guide declare the units their
     * table uses (tonnes, beside yuan per tonne) without knowing which are shipped, and refusing that
     * refused the whole table (seen on a held-out article). A code may not be given twice in one mapping.
     */
    public UnitCatalogue extendedWith(YamlNode entries) throws InputException {
        Map<String, Unit> all = new LinkedHashMap<>(byCode);
        java.util.Set<String> added = new java.util.HashSet<>();
        for (Map.Entry<String, YamlNode> e : entries.entries().entrySet()) {
            String code = e.getKey().trim();
            YamlNode n = e.getValue();
            if (!code.matches("[A-Za-z][A-Za-z0-9_$%-]{0,31}")) {
                throw n.error("'" + code + "' is not a unit code", "use letters, digits, '-' or '_', starting with a letter (e.g. MWh)");
            }
            if (!added.add(key(code))) {
                throw n.error("the unit '" + code + "' is given twice (codes are compared without case)",
                        "keep one entry, or give the other unit another code");
            }
            Unit declared = entry(code, n);
            // a dataset that declares a shipped unit again without its parts keeps the shipped parts: a
            // housebuilders' table declared GBP with no pence, and "cut its dividend to 9.0p a share" gave no £0.09
            Unit shipped = byCode.get(key(code));
            if (shipped != null && n.get("subunits").isEmpty()) {
                declared = new Unit(declared.code(), declared.kind(), declared.name(), declared.axis(), declared.en(), declared.zh(),
                        declared.before(), declared.text(), declared.bare(), declared.spreadsheet(), shipped.subunits());
            }
            all.put(key(code), declared);
        }
        // (the shipped catalogue is read into an empty one: its units are no dataset's)
        java.util.Set<String> mine = new java.util.HashSet<>(declared);
        if (!byCode.isEmpty()) {
            mine.addAll(added);
        }
        return new UnitCatalogue(all, mine);
    }

    private static Unit entry(String code, YamlNode n) throws InputException {
        n.allowOnly(KEYS);
        YamlNode kindNode = n.require("kind", "say what the unit measures: kind: " + UnitKind.allowedCodes());
        UnitKind kind;
        try {
            kind = UnitKind.fromCode(kindNode.text());
        } catch (IllegalArgumentException ex) {
            throw kindNode.error("unknown kind '" + kindNode.text() + "'", "use one of: " + UnitKind.allowedCodes());
        }
        Localized name = n.require("name", "name the unit in both languages: name: {en: gigawatts, zh: 吉瓦}").localized();
        Localized axis = n.optLocalized("axis").orElse(name);
        Unit.Show en = new Unit.Show("", "", "", kind.defaultMagnitudes(false));
        Unit.Show zh = new Unit.Show("", "", "", kind.defaultMagnitudes(true));
        Optional<YamlNode> show = n.get("show");
        if (show.isPresent()) {
            show.get().allowOnly(List.of("en", "zh"));
            if (show.get().get("en").isPresent()) {
                en = show(show.get().get("en").get(), kind.defaultMagnitudes(false));
            }
            if (show.get().get("zh").isPresent()) {
                zh = show(show.get().get("zh").get(), kind.defaultMagnitudes(true));
            }
        }
        List<String> before = words(n.get("before"));
        List<String> text = words(n.get("text"));
        boolean bare = n.optBool("bare", kind.bareByDefault());
        String spreadsheet = n.optText("spreadsheet").orElse(kind.percentLike() ? "0.00%" : "#,##0.##");
        // words for a part or a multiple of the unit after a number: "12 cents a share" is US$0.12, "13.2 mtpa" 13,200,000
        Map<String, java.math.BigDecimal> subunits = new LinkedHashMap<>();
        Optional<YamlNode> sub = n.get("subunits");
        if (sub.isPresent()) {
            for (Map.Entry<String, YamlNode> e : sub.get().entries().entrySet()) {
                java.math.BigDecimal part;
                try {
                    part = new java.math.BigDecimal(e.getValue().text().strip());
                } catch (NumberFormatException ex) {
                    throw e.getValue().error("'" + YamlNode.excerpt(e.getValue().text()) + "' is not a number",
                            "give the part of the unit the word stands for: cents: 0.01");
                }
                // a part ("cents": 0.01) or a multiple ("mtpa": 1000000, million tonnes per annum of a unit of tonnes
                // per annum), never zero, negative or the unit itself (that word belongs under text)
                if (part.signum() <= 0 || part.compareTo(java.math.BigDecimal.ONE) == 0) {
                    throw e.getValue().error("a subunit is a part or a multiple of the unit, more than 0 and not 1, not "
                            + part.toPlainString(), "give what the word stands for in the unit: cents: 0.01, mtpa: 1000000; "
                            + "a word for the unit itself goes under text");
                }
                subunits.put(e.getKey().strip(), part);
            }
        }
        return new Unit(code, kind, name, axis, en, zh, before, text, bare, spreadsheet, subunits);
    }

    private static Unit.Show show(YamlNode n, Magnitudes fallback) throws InputException {
        n.allowOnly(List.of("before", "after", "one", "magnitudes"));
        String after = n.optText("after").orElse("");
        Magnitudes m = fallback;
        Optional<YamlNode> mn = n.get("magnitudes");
        if (mn.isPresent()) {
            try {
                m = Magnitudes.fromCode(mn.get().text());
            } catch (IllegalArgumentException ex) {
                throw mn.get().error("unknown magnitudes '" + mn.get().text() + "'", "use western, myriad or none");
            }
        }
        return new Unit.Show(n.optText("before").orElse(""), after, n.optText("one").orElse(after), m);
    }

    private static List<String> words(Optional<YamlNode> list) throws InputException {
        List<String> out = new ArrayList<>();
        if (list.isPresent()) {
            for (YamlNode w : list.get().items()) {
                String t = w.text();
                if (t.isBlank()) {
                    throw w.error("an empty unit word", "remove it");
                }
                out.add(t);
            }
        }
        return out;
    }

    private static String key(String code) {
        return code.toLowerCase(Locale.ROOT);
    }

    public Optional<Unit> find(String code) {
        return Optional.ofNullable(byCode.get(key(code.trim())));
    }

    /** The unit of facts without a number. */
    public Unit none() {
        return find("none").orElseThrow();
    }

    public List<Unit> all() {
        return List.copyOf(byCode.values());
    }

    public String allowedCodes() {
        return String.join(", ", byCode.values().stream().map(Unit::code).toList());
    }
}
