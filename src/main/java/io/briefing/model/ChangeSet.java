package io.briefing.model;

import java.util.List;

/**
 * What changed since the previous week of the series, or why nothing is compared.
 *
 * @param compared        false when no earlier week was found or none was asked for; {@code note} says which
 * @param since           the previous week's as-of date as the briefing writes it ("13 Dec 2024")
 * @param sinceShort      the same without the year, for a column heading ("13 Dec", 「12月13日」)
 * @param summary         the counts in one sentence ("3 moved, 1 bound changed, 1 new, 1 dropped, 8 unchanged")
 * @param lines           moves (biggest first), bound changes, new, dropped, rewordings and facts not compared
 * @param previousSources the previous week's sources of the old values shown, numbered P1, P2, …
 * @param previousArticle the previous week's article and manifest, as the workbook cites them
 */
public record ChangeSet(boolean compared, String since, String sinceShort, String summary, String note, List<ChangeLine> lines,
                        List<SourceNote> previousSources, String previousArticle, String previousManifest) {
    public static ChangeSet notCompared(String note) {
        return new ChangeSet(false, "", "", "", note, List.of(), List.of(), "", "");
    }
}
