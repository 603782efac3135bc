package io.briefing.figures;

import java.util.List;

/** What the figure reader found in a text: its figures and the parts of dates it names, in order. */
public record Reading(List<Figure> figures, List<DateMention> dates) {}
