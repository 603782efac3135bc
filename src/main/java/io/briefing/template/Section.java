package io.briefing.template;

import io.briefing.model.ChartKind;

import io.briefing.i18n.Localized;
import java.util.List;
import java.util.Map;

/** One block of a briefing layout, in the order the template lists them. */
public sealed interface Section {
    Where where();

    /** Headline numbers, each with a label (from the template, or the fact's entity and metric). */
    record KeyFigures(Localized title, Selection select, int max, Map<String, Localized> labels, Where where) implements Section {}

    /** One chart of the selected facts. */
    record Chart(ChartSpec spec, Where where) implements Section {}

    /**
     * One chart per category of the selected facts, in the manifest's category order. Without
     * {@code repeatShown}, a category whose every figure the page already shows above (as key-figure
     * cards) gets no chart: an executive summary then shows each number once.
     */
    record ChartsPerCategory(Localized title, Selection select, java.util.Optional<ChartKind> kind, int limit, boolean small,
                             boolean repeatShown, Where where) implements Section {}

    /** A table of the selected facts with the named columns. */
    record Table(Localized title, Selection select, List<Column> columns, int maxRows, SortOrder sort, Where where)
            implements Section {}

    /**
     * Paragraphs with {fact-id} placeholders. {@code fromFindings} takes the paragraphs from the
     * dataset manifest's findings instead (the analyst's words of the week).
     */
    record Text(Localized title, List<Paragraph> paragraphs, boolean fromFindings, int limit, Where where) implements Section {}

    /** The list of quotes every source marker points to. */
    record Sources(Localized title, Where where) implements Section {}

    /**
     * What changed since the previous week of the series: the biggest moves first (at most
     * {@code limit}), bound changes, new and dropped facts; or a line saying there is no earlier week.
     *
     * @param repeatShown false: a move of a figure on a key-figure card is left to its card, which states the change
     */
    record Changes(Localized title, int limit, boolean repeatShown, Where where) implements Section {}

    /** Starts a new page. */
    record PageBreak(Where where) implements Section {}

    /** A paragraph template in both languages, with where it was written. */
    record Paragraph(Localized text, Where where) {}
}
