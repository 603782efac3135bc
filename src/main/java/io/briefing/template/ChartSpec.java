package io.briefing.template;

import io.briefing.model.ChartKind;

import io.briefing.i18n.Localized;
import java.util.Set;

/**
 * What a chart shows and how: its kind, facts, order, axis scale and highlighted facts.
 *
 * @param seriesBy for grouped, stacked and line charts: what separates the series; bars are grouped by entity
 * @param title    null to take the category's label
 */
public record ChartSpec(java.util.Optional<ChartKind> kind, Localized title, Localized note, Selection select, SortOrder sort, Scale scale,
                        Set<String> highlight, SeriesBy seriesBy, boolean small) {}
