package io.briefing.figures;

import io.briefing.facts.Qualifier;
import io.briefing.input.InputException;
import io.briefing.input.YamlFiles;
import io.briefing.input.YamlNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The vocabulary of figures in text, read once from {@code figure-words.yaml} beside this class:
 * magnitude words, bounding words, direction words, connectors, clause ends and date words.
 */
final class FigureWords {
    private static final String RESOURCE = "figure-words.yaml";

    final Map<String, Integer> magnitudeWords;
    final Map<String, Integer> abbreviations;
    final Map<Character, Integer> chineseMagnitudes;
    final Map<Qualifier, List<String>> boundsBefore = new EnumMap<>(Qualifier.class);
    final Map<Qualifier, List<String>> boundsAfter = new EnumMap<>(Qualifier.class);
    final List<String> fallBefore;
    final List<String> fallAfter;
    final List<String> riseBefore;
    final List<String> riseAfter;
    final List<String> level;
    final List<String> connectors;
    /** 旗下子公司: words after a Chinese connector that describe the next name of a list. */
    final List<String> connectorDescriptorsZh;
    final List<String> rangeJoins;
    final String clauseEnds;
    final Map<String, Integer> months;
    final Map<String, Integer> ordinals;
    final List<String> quarterWords;
    final List<String> chineseQuarter;
    final String yearChars;
    final String monthChars;
    final String dayChars;
    final List<NumberWord> numberWords;
    final char tenths;
    final char tenthsHalf;
    final String tenthsAs;
    final String tenthsNotBefore;
    /** Characters after a digit after 成 that make the digit a number of its own (六成五年, 兩成三個月). */
    final String tenthsDigitNotBefore;
    /** The Chinese bounding words before a round number that starts with its place (逾百億, 超千萬). */
    final List<String> boundBeforeRound;
    final java.util.Set<String> boundNotAfter;
    final List<String> perShareAfter;
    final List<String> pointsOfAShare;
    final String pointsOfAShareAs;
    final List<String> pointsRestatedAfter;
    final List<String> nounArticles;
    /** A per-unit word between a bound and its figure (約每晚1,420港元): 每 and one or two characters of the unit. */
    final List<String> perUnit;
    final List<String> monthQuarter;
    final List<String> subjectDeterminers;
    final String timesWord;
    final List<String> riseByTimes;
    /** Words that hold a direction word but state no move (新增量, 增值稅). */
    final List<String> noDirection;
    /** The characters before a percentage that make it a part of what precedes (新增量的六成). */
    final String partOf;
    final Map<String, Integer> cardinals;
    final Map<String, Integer> countingOrdinals;
    final List<String> countingAfter;
    final List<String> countingStreak;
    final List<String> countingBetweenNot;
    final List<String> chineseCountingAfter;
    final List<String> chineseStreak;
    final List<String> fallNouns;
    /** 降幅較上半年擴大0.8個百分點: a rate of fall, what widens or narrows it, and the words of a move in points. */
    final List<String> rateFalls;
    final List<String> rateFallWidens;
    final List<String> rateFallNarrows;
    final List<String> pointsWords;
    final List<String> fallNounBases;
    final List<String> gainNouns;

    /** A word that states a number without digits: 過半, "a third", 一倍. */
    record NumberWord(String word, java.math.BigDecimal value, String as, Qualifier qualifier, String direction) {}

    /** Loaded on first use, once: the class-holder idiom makes that thread-safe without locks. */
    private static final class Loaded {
        static final FigureWords WORDS = load();
    }

    static FigureWords get() {
        return Loaded.WORDS;
    }

    private static FigureWords load() {
        try (InputStream in = FigureWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the program");
            }
            return new FigureWords(YamlFiles.parse(Path.of(RESOURCE), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException e) {
            throw new IllegalStateException(RESOURCE + " is invalid: " + e.getMessage(), e);
        }
    }

    private FigureWords(YamlNode root) throws InputException {
        YamlNode mag = root.require("magnitudes", "");
        magnitudeWords = ints(mag.require("words", ""));
        abbreviations = ints(mag.require("abbreviations", ""));
        chineseMagnitudes = new LinkedHashMap<>();
        ints(mag.require("chinese", "")).forEach((k, v) -> chineseMagnitudes.put(k.charAt(0), v));
        for (Map.Entry<String, YamlNode> e : root.require("bounds", "").entries().entrySet()) {
            Qualifier q = Qualifier.fromCode(e.getKey());
            boundsBefore.put(q, longestFirst(strings(e.getValue().require("before", ""))));
            boundsAfter.put(q, longestFirst(strings(e.getValue().require("after", ""))));
        }
        YamlNode dir = root.require("directions", "");
        fallBefore = longestFirst(strings(dir.require("fall", "").require("before", "")));
        fallAfter = longestFirst(strings(dir.require("fall", "").require("after", "")));
        riseBefore = longestFirst(strings(dir.require("rise", "").require("before", "")));
        riseAfter = longestFirst(strings(dir.require("rise", "").require("after", "")));
        level = longestFirst(strings(dir.require("level", "")));
        connectors = longestFirst(strings(root.require("connectors", "")));
        connectorDescriptorsZh = strings(root.require("connector_descriptors_zh", ""));
        rangeJoins = strings(root.require("range_joins", ""));
        clauseEnds = String.join("", strings(root.require("clause_ends", "")));
        YamlNode dates = root.require("dates", "");
        months = ints(dates.require("months", ""));
        ordinals = ints(dates.require("ordinals", ""));
        quarterWords = strings(dates.require("quarter_words", ""));
        chineseQuarter = strings(dates.require("chinese_quarter", ""));
        yearChars = String.join("", strings(dates.require("year", "")));
        monthChars = String.join("", strings(dates.require("month", "")));
        dayChars = String.join("", strings(dates.require("day", "")));
        fallNouns = longestFirst(strings(dir.require("fall_nouns", "")));
        fallNounBases = strings(dir.require("fall_noun_bases", ""));
        rateFalls = strings(dir.require("rate_falls", ""));
        rateFallWidens = strings(dir.require("rate_fall_widens", ""));
        rateFallNarrows = strings(dir.require("rate_fall_narrows", ""));
        pointsWords = strings(dir.require("points", ""));
        gainNouns = longestFirst(strings(dir.require("gain_nouns", "")));
        List<NumberWord> nw = new ArrayList<>();
        for (YamlNode entry : root.require("number_words", "").items()) {
            String as = entry.require("as", "").text();
            java.math.BigDecimal value = new java.math.BigDecimal(entry.require("value", "").text().trim());
            Qualifier q = entry.optText("qualifier").map(Qualifier::fromCode).orElse(Qualifier.EXACT);
            String direction = entry.optText("direction").orElse("");
            for (String word : strings(entry.require("words", ""))) {
                nw.add(new NumberWord(word, value, as, q, direction));
            }
        }
        nw.sort((a, b) -> b.word().length() - a.word().length());
        numberWords = List.copyOf(nw);
        YamlNode tn = root.require("tenths", "");
        tenths = tn.require("word", "").text().charAt(0);
        tenthsHalf = tn.require("half", "").text().charAt(0);
        tenthsAs = tn.require("as", "").text();
        tenthsNotBefore = String.join("", strings(tn.require("not_before", "")));
        tenthsDigitNotBefore = String.join("", strings(tn.require("digit_not_before", "")));
        boundBeforeRound = strings(root.require("bound_before_round", ""));
        boundNotAfter = java.util.Set.copyOf(strings(root.require("bound_not_after", "")));
        perShareAfter = strings(root.require("per_share_after", ""));
        YamlNode points = root.require("points_of_a_share", "");
        pointsOfAShare = strings(points.require("words", "points_of_a_share"));
        pointsOfAShareAs = points.require("as", "points_of_a_share").text().strip();
        pointsRestatedAfter = strings(points.require("restated_after", "points_of_a_share"));
        nounArticles = strings(root.require("noun_articles", ""));
        perUnit = strings(root.require("per_unit", ""));
        monthQuarter = strings(root.require("month_quarter", ""));
        subjectDeterminers = strings(root.require("subject_determiners", ""));
        timesWord = root.require("times_word", "").text();
        riseByTimes = strings(root.require("rise_by_times", ""));
        noDirection = strings(dir.require("no_move", ""));
        partOf = String.join("", strings(root.require("part_of_before", "")));
        cardinals = ints(root.require("cardinals", ""));
        YamlNode co = root.require("counting_ordinals", "");
        countingOrdinals = ints(co.require("english", ""));
        countingAfter = strings(co.require("english_after", ""));
        countingStreak = strings(co.require("english_streak", ""));
        countingBetweenNot = strings(co.require("english_between_not", ""));
        chineseCountingAfter = strings(co.require("chinese_after", ""));
        chineseStreak = strings(co.require("chinese_streak", ""));
    }

    private static Map<String, Integer> ints(YamlNode n) throws InputException {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> e : n.entries().entrySet()) {
            out.put(e.getKey(), Integer.parseInt(e.getValue().text().trim()));
        }
        return out;
    }

    private static List<String> strings(YamlNode n) throws InputException {
        List<String> out = new ArrayList<>();
        for (YamlNode i : n.items()) {
            out.add(lowerAscii(i.text())); // matched against the text with its Latin letters lowered
        }
        return out;
    }

    static String lowerAscii(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') {
                c[i] = (char) (c[i] + 32);
            }
        }
        return new String(c);
    }

    private static List<String> longestFirst(List<String> words) {
        List<String> out = new ArrayList<>(words);
        out.sort((a, b) -> b.length() - a.length());
        return List.copyOf(out);
    }
}
