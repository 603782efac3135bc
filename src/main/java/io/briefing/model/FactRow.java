package io.briefing.model;

import java.util.OptionalDouble;

/**
 * A fact as the workbook lists it: every column of the fact table, as the table holds it (names in
 * both languages, so the sheet can be read back as the table), and what the briefing derives from
 * it (the figure as shown, its source, its check), in the briefing's language.
 *
 * @param category  the category's label in the briefing's language (read back to its id)
 * @param entity    the entity's name in the briefing's language and in the other one, as the table writes them
 * @param value     the value as a spreadsheet cell holds it (base units; percent as a fraction, 0.4766), empty
 *                  for a fact without a number and for a range
 * @param range     a range as the fact table writes it, low to high in base units ("13000000000..13500000000",
 *                  "5..8" for 5% to 8%), else ""
 * @param display   the value as the briefing shows it, qualified ("at least 90%")
 * @param qualifier the qualifier in words ("at least")
 * @param unit      the unit's name in the briefing's language
 * @param period    the period as the fact table writes it (2024-12, 2025-Q3)
 * @param key       true for a key figure
 * @param aliases   the other names the article uses for the entity, as the table writes them ("a|b")
 */
public record FactRow(String id, int sourceNumber, String category, Names entity, Names metric,
                      OptionalDouble value, String range, String display, String qualifier, String unit, String period,
                      Names reporter, String quote, boolean key, String aliases, NumberStyle style, String status,
                      boolean verified) {

    /** A name as the fact table writes it in the briefing's language ({@code here}) and in the other one. */
    public record Names(String here, String other) {}
}
