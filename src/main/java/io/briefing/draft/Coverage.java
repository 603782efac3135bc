package io.briefing.draft;

import io.briefing.facts.Fact;
import io.briefing.facts.FactTable;
import io.briefing.input.CleanText;
import io.briefing.provenance.PinyinAnnotations;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Which figures of the article the fact table covers: a figure is covered when a fact's quote holds
 * it and the fact's value is that figure in the fact's unit. The rest are the draft rows of the
 * figures the table leaves out.
 *
 * @param total            the figures the draft finds in the article
 * @param uncoveredFigures how many of them no fact covers
 * @param uncovered        their draft rows, in article order (a figure several names share has a row each)
 */
public record Coverage(int total, int uncoveredFigures, List<DraftRow> uncovered) {
    public int covered() {
        return total - uncoveredFigures;
    }

    /** The coverage of a table against its article's text, or empty when the table names no article. */
    public static Coverage of(FactTable table, String article) {
        return of(table, ArticleDraft.forCoverage(table.dataset().units()).read(article));
    }

    /** The same, reading the article with the reading verify made of it (the same text) when given. */
    public static Coverage of(FactTable table, String article, io.briefing.reading.ArticleReading made) {
        return of(table, ArticleDraft.forCoverage(table.dataset().units()).read(article, null, made));
    }

    /** The coverage of a table against a draft of its article made before (the draft needs no table but its units). */
    public static Coverage of(FactTable table, ArticleDraft.Result draft) {
        // a figure that several names share is drafted once for each: it is one figure of the article
        java.util.Map<Integer, List<DraftRow>> byFigure = new java.util.LinkedHashMap<>();
        for (DraftRow row : draft.rows()) {
            byFigure.computeIfAbsent(row.start(), k -> new ArrayList<>()).add(row);
        }
        List<DraftRow> left = new ArrayList<>();
        List<Fact> facts = table.facts();
        for (List<DraftRow> rows : byFigure.values()) {
            boolean covered = false;
            for (Fact f : facts) {
                if (covers(f, rows.get(0))) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                left.addAll(rows);
            }
        }
        int uncoveredFigures = (int) left.stream().map(DraftRow::start).distinct().count();
        return new Coverage(byFigure.size(), uncoveredFigures, List.copyOf(left));
    }

    private static boolean covers(Fact f, DraftRow row) {
        String quote = CleanText.of(PinyinAnnotations.strip(f.quote()).text()).strip();
        if (quote.isEmpty() || !quote.contains(row.figure())) {
            return false;
        }
        // the fact's quote must be this figure's passage, not another sentence with the same number
        // ("fell 12%" and a 12% share elsewhere): it lies within the sentence, or holds the figure
        // with the words just before it
        String sentence = row.quote();
        int at = sentence.indexOf(row.figure());
        String context = at < 0 ? row.figure() : sentence.substring(Math.max(0, at - 12), at + row.figure().length());
        boolean here = sentence.contains(quote) || quote.contains(sentence) || quote.contains(context);
        // a milestone that quotes the figure (長達12天的發布會) names it in its words
        if (!here || !f.hasValue()) {
            return here;
        }
        // a range covers both its ends, and a drafted range row is covered by a fact holding either end
        int dots = row.value().indexOf("..");
        List<BigDecimal> values = dots < 0 ? List.of(new BigDecimal(row.value()).abs())
                : List.of(new BigDecimal(row.value().substring(0, dots)).abs(), new BigDecimal(row.value().substring(dots + 2)).abs());
        for (BigDecimal v : values) {
            if (f.amount().value().abs().compareTo(v) == 0 || f.amount().high().abs().compareTo(v) == 0) {
                return true;
            }
        }
        return false;
    }
}
