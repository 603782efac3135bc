package io.briefing.model;

import java.util.OptionalDouble;

/**
 * One fact compared with the previous week, every text ready in the briefing's language.
 *
 * @param unit          the fact's unit by its name in the briefing's language ("heat pumps", "euros")
 * @param previousText  the old value as shown ("≥90%"), "" when the fact is new
 * @param currentText   the new value as shown, "" when the fact was dropped
 * @param changeText    the signed difference ("+3.2 pts", "−CNY 2bn"), or the change in words for a bound
 * @param relativeText  the relative change ("+12.5%"), "" for a percent (it moves in points) or without a base
 * @param previousValue the old value as a spreadsheet cell holds it (see {@link FactRow#value})
 * @param currentValue  the new value as a spreadsheet cell holds it
 * @param points        the difference is in percentage points (a percent figure)
 * @param currentRef    this week's source of the fact, null when it was dropped
 * @param previousRef   the previous week's source of the old value, null when the fact is new
 * @param previousSign  the old value's bound sign for its cell ("≥"), "" when exact
 * @param currentSign   the new value's bound sign for its cell
 */
public record ChangeLine(ChangeMark mark, String factId, String label, String unit, String previousText, String currentText,
                         String changeText, String relativeText, OptionalDouble previousValue, OptionalDouble currentValue,
                         NumberStyle style, boolean points, SourceRef currentRef, SourceRef previousRef,
                         String previousSign, String currentSign) {}
