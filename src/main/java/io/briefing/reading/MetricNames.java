package io.briefing.reading;

import io.briefing.facts.Period;
import io.briefing.figures.Figure;
import io.briefing.figures.FigureReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a row's metric says of its figure, from its words alone: a change and against what ("Revenue,
 * change year on year", 營收年增率), a forecast or a target, the value before a revision, a cut's size.
 * The words are {@code reading-words.yaml}'s; {@link ArticleReading} asks the same of the article's text.
 */
public final class MetricNames {
    private MetricNames() {
    }

    /** The base a 環比 of a period of this kind is: the quarter, the week (a day's weekly move) or the month before. */
    static ChangeBasis previous(Period p) {
        if (p == null) {
            return ChangeBasis.MONTH;
        }
        return p.hasQuarter() ? ChangeBasis.QUARTER : p.hasDay() ? ChangeBasis.WEEK : ChangeBasis.MONTH;
    }

    /** The base of change a metric names, a 環比 taken as against the period before the row's own. */
    public static Optional<ChangeBasis> basisOf(String metric, Period period) {
        Optional<ChangeBasis> named = basisOf(metric);
        if (named.isPresent()) {
            return named;
        }
        return namesAny(metric, ReadingWords.get().previousMetricBases) ? Optional.of(previous(period)) : Optional.empty();
    }

    /** The base of change a metric names ("Revenue, change year on year", 9月營收月增率), if any. */
    public static Optional<ChangeBasis> basisOf(String metric) {
        String m = FigureReader.lowerAscii(metric);
        for (Map.Entry<ChangeBasis, List<String>> e : ReadingWords.get().metricBases.entrySet()) {
            for (String word : e.getValue()) {
                if (m.contains(word)) {
                    return Optional.of(e.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a metric names a forecast, an estimate or a target ("analysts' estimate", 全年銷量目標, 預估). */
    public static boolean namesForecast(String metric) {
        return namesAny(metric, ReadingWords.get().forecastMetrics) && !namesTargetDone(metric);
    }

    /** Whether a metric names how much of a target is done ("Share of the target reached", 目標達成率): an actual figure. */
    public static boolean namesTargetDone(String metric) {
        return namesAny(metric, ReadingWords.get().targetDone);
    }

    /** Whether a metric names any of the words: a Latin word as a whole word, a Chinese one anywhere in it. */
    public static boolean namesAny(String metric, List<String> words) {
        String m = FigureReader.lowerAscii(metric);
        for (String word : words) {
            for (int at = m.indexOf(word); at >= 0; at = m.indexOf(word, at + 1)) {
                if (!ArticleReading.latin(word.charAt(0)) || !ArticleReading.latin(ArticleReading.charAt(m, at - 1)) && !ArticleReading.latin(ArticleReading.charAt(m, at + word.length()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a metric names the value before a revision ("before the cut", 原定). */
    public static boolean namesPrevious(String metric) {
        if (namesAny(metric, ReadingWords.get().previousMetrics)) {
            return true;
        }
        // (", September estimate" names the estimate; "raised from the July forecast by" names a move)
        return EstimateAsOf.EN.matcher(FigureReader.lowerAscii(metric)).find() || EstimateAsOf.ZH.matcher(metric).find();
    }

    /** A month's estimate in a metric, in English and in Chinese: built once, on first use (a metric is checked per row). */
    private static final class EstimateAsOf {
        static final java.util.regex.Pattern EN = java.util.regex.Pattern.compile("(?:^|[,;(]\\s*)(?:january|february|march|april|may"
                + "|june|july|august|september|october|november|december) (?:" + alternation(ReadingWords.get().estimateAsOfEn) + ")\\b");
        static final java.util.regex.Pattern ZH = java.util.regex.Pattern.compile("[0-9０-９一二三四五六七八九十]{1,2}月(?:"
                + alternation(ReadingWords.get().estimateAsOfZh) + ")");

        private static String alternation(List<String> words) {
            return words.stream().map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
        }
    }

    /**
     * Whether a metric names a change ("Revenue, change year on year", 營收年增率): its figure is a move. A
     * metric that counts a run of periods ("Consecutive months of year-on-year decline") names none: its
     * figure is a count.
     */
    /** Whether a metric names a net flow of a count ("Net buying", 淨流出): signed by its fall word when it goes out. */
    public static boolean namesNetFlow(String metric) {
        return namesAny(metric, ReadingWords.get().netFlowMetrics);
    }

    public static boolean namesChange(String metric) {
        String m = FigureReader.lowerAscii(metric);
        if (ReadingWords.get().streakMetrics.stream().anyMatch(m::contains)) {
            return false;
        }
        // "Price target before the change" names the old level, not a move
        if (namesPrevious(metric)) {
            return false;
        }
        for (String word : ReadingWords.get().changeMetrics) {
            for (int at = m.indexOf(word); at >= 0; at = m.indexOf(word, at + 1)) {
                if (!ArticleReading.latin(word.charAt(0)) || !ArticleReading.latin(ArticleReading.charAt(m, at - 1))) {
                    // "Companies whose net profit fell year on year", 淨利潤同比下滑的公司數量: the change describes
                    // what is counted, the figure is no change
                    if (m.indexOf('的', at) >= 0 || m.lastIndexOf("whose ", at) >= 0 || m.lastIndexOf(" with ", at) >= 0) {
                        continue;
                    }
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a metric names a cut ("price cut", 降價幅度): its figure is the cut's size, a positive number. */
    public static boolean namesCut(String metric) {
        String m = FigureReader.lowerAscii(metric);
        for (String word : ReadingWords.get().cutMetrics) {
            for (int at = m.indexOf(word); at >= 0; at = m.indexOf(word, at + 1)) {
                if (!ArticleReading.latin(word.charAt(0)) || !ArticleReading.latin(ArticleReading.charAt(m, at - 1)) && !ArticleReading.latin(ArticleReading.charAt(m, at + word.length()))
                        && !(ArticleReading.charAt(m, at + word.length()) == 's' && !ArticleReading.latin(ArticleReading.charAt(m, at + word.length() + 1)))) {
                    return true;
                }
            }
        }
        return false;
    }
}
