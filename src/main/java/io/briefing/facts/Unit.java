package io.briefing.facts;

import io.briefing.i18n.Language;
import io.briefing.i18n.Localized;
import java.util.List;
import java.util.Objects;

/**
 * A unit a fact's value is stated in, always in base units (yuan, not 億元; users, not 萬), as the unit
 * catalogue describes it. Everything the program does differently for a unit — reading it in text,
 * writing it, charting it, formatting its cells — asks the unit, so a new unit is a catalogue entry.
 *
 * @param before      symbols and codes that state the unit in front of a number ("$", "US$")
 * @param text        symbols and words that state it after a number ("元", "GW", "per cent")
 * @param bare        whether a number alone may state a value in this unit
 * @param spreadsheet the cells' Excel number format
 */
public record Unit(String code, UnitKind kind, Localized name, Localized axis, Show en, Show zh,
                   List<String> before, List<String> text, boolean bare, String spreadsheet,
                   java.util.Map<String, java.math.BigDecimal> subunits) {

    /** How a value is written in one language: "US$" before, "億元" after, with which magnitude words. */
    public record Show(String before, String after, String afterOne, Magnitudes magnitudes) {}

    public Unit {
        Objects.requireNonNull(code);
        Objects.requireNonNull(kind);
        before = List.copyOf(before);
        text = List.copyOf(text);
        subunits = java.util.Map.copyOf(subunits);
    }

    public Show show(Language language) {
        return language == Language.ZH ? zh : en;
    }

    public boolean isNone() {
        return kind == UnitKind.NONE;
    }

    public boolean isPercent() {
        return kind.percentLike();
    }

    /** The axis title for a chart in this unit, with the scale word ("billions", "億") filled in when the title has a place for it. */
    public String axisTitle(Language language, String scaleWord) {
        String t = axis.in(language);
        if (!t.contains("{0}")) {
            return t;
        }
        if (scaleWord == null || scaleWord.isEmpty()) {
            return t.replaceAll("\\s*[,(（]\\s*\\{0}\\s*[)）]?", "").replace("{0}", "");
        }
        return t.replace("{0}", scaleWord);
    }

    // units are compared by code: a catalogue holds each code once
    @Override
    public boolean equals(Object o) {
        return o instanceof Unit u && u.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
