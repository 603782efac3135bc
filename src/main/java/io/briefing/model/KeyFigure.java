package io.briefing.model;

import java.util.OptionalDouble;

/**
 * A headline number. {@code value} is already qualified ("≥90%"), {@code qualifierNote} says the
 * bound in words ("at least") so that even a reader who skips the symbol is told; {@code change} says
 * how it moved since last week ("▲ +3.2 pts since 13 Dec", "new this week"), "" when not compared.
 *
 * @param number the value as a spreadsheet cell holds it (base units, percent as a fraction), empty for a
 *               figure without one number (a range)
 * @param style  the unit's number format for that cell
 * @param sign   the words before the number a bound or an approximate keeps in its cell ("≥", "約"), "" for
 *               an exact figure: a bound never reads as an exact value, in a cell either
 * @param moved  how far it moved since last week as a number: in base units, or in percentage points for
 *               a percent (+0.8 for 61.5% → 62.3%); empty when it did not move or was not compared
 */
public record KeyFigure(String value, String label, String detail, String qualifierNote, SourceRef ref, boolean flagged,
                        String change, OptionalDouble number, NumberStyle style, String sign, OptionalDouble moved) {}
