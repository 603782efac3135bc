package io.briefing.model;

import io.briefing.i18n.Labels;
import io.briefing.i18n.Language;
import java.util.List;

/**
 * The render-neutral briefing: everything the PDF and the workbook show, already selected,
 * ordered, labelled and formatted in one language. Renderers lay it out; they decide nothing.
 *
 * @param charts every chart in template order (the workbook gives each a sheet)
 * @param numberStyles every number format a fact's value may use (one per unit of the dataset)
 * @param changes      what changed since the previous week of the series (the workbook's Changes sheet)
 */
public record Briefing(DocumentInfo info, PageSize pageSize, boolean onePage, Language language, Labels labels,
                       List<Block> blocks, List<ChartModel> charts, List<FactRow> facts, List<SourceNote> sources,
                       List<NumberStyle> numberStyles, ChangeSet changes) {
    /** The same briefing with other blocks (a one-page layout that leaves out what does not fit). */
    public Briefing withBlocks(List<Block> other) {
        return new Briefing(info, pageSize, onePage, language, labels, List.copyOf(other), charts, facts, sources,
                numberStyles, changes);
    }
}
