package io.briefing.draft;

import java.util.List;

/**
 * One figure of the article as a draft row of a fact table: what the text states (number in base
 * units with its sign, unit, bound, the period when the sentence gives one, the sentence as quote)
 * and a guess of its entity and metric, with the columns the analyst still has to fill or check.
 *
 * @param figure   the figure as the article writes it ("84.03%", "最高5億元")
 * @param sentence the sentence's number in the article, from 1
 * @param line     the article line the sentence starts on, from 1
 * @param start    offset of the figure in the article the draft read (pinyin readings removed)
 * @param toFill   the columns marked draft: to fill (category, the other language) or to check (guesses)
 */
public record DraftRow(String id, String value, String unit, String qualifier, String period, String entityEn,
                       String entityZh, String metricEn, String metricZh, String quote, String figure, int sentence,
                       int line, int start, List<String> toFill) {

    /** The row with another period. */
    DraftRow withPeriod(String p) {
        return new DraftRow(id, value, unit, qualifier, p, entityEn, entityZh, metricEn, metricZh, quote, figure, sentence, line,
                start, toFill);
    }

    /** The row with another entity, named in English and in Chinese. */
    DraftRow withEntity(String en, String zh) {
        return new DraftRow(id, value, unit, qualifier, period, en, zh, metricEn, metricZh, quote, figure, sentence, line, start,
                toFill);
    }
}
