package io.briefing.model;

import java.util.OptionalDouble;

/**
 * A fact as the workbook lists it, every field ready to write in the briefing's language.
 *
 * @param entityOther the entity in the other language (Chinese in an English workbook, English in a Chinese one)
 * @param value     the value as a spreadsheet cell holds it (base units; percent as a fraction, 0.4766), empty
 *                  for a fact without a number
 * @param display   the value as the briefing shows it, qualified ("at least 90%")
 * @param period    the period as the fact table writes it (2024-12, 2025-Q3)
 */
public record FactRow(String id, int sourceNumber, String category, String entity, String entityOther, String metric,
                      OptionalDouble value, String display, String qualifier, String unit, String period,
                      String reporter, String quote, NumberStyle style, String status, boolean verified) {}
