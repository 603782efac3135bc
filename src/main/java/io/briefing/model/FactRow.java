package io.briefing.model;

import io.briefing.facts.Fact;

/** A fact as the workbook lists it: the typed fact plus its labels in the briefing's language. */
public record FactRow(Fact fact, int sourceNumber, String category, String entity, String metric, String display,
                      String qualifier, String unit, NumberStyle style, String status, boolean verified) {}
