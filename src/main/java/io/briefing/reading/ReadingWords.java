package io.briefing.reading;

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
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The vocabulary with which a reader resolves who and when a figure belongs to, read once from
 * {@code reading-words.yaml} beside this class: words that refer back, time words, comparison bases.
 */
final class ReadingWords {
    private static final String RESOURCE = "reading-words.yaml";

    /** What a time word says of the period it names. */
    enum TimeWord { THIS_YEAR, NEXT_YEAR, LAST_YEAR, YEAR_EARLIER, WEEK_EARLIER, SAME_PERIOD, THIS_WEEK, LAST_WEEK, NOW, YEAR_TO_DATE, DURING,
        QUARTER_IN_PLAY, LAST_QUARTER, QUARTER_BEFORE, THIS_QUARTER, THE_QUARTER, THIS_MONTH, LAST_MONTH, FIRST_HALF, SECOND_HALF,
        YEAR_START }

    final List<String> pronouns;
    final List<String> demonstratives;
    final List<String> describing;
    final List<String> respectively;
    /** 上年同期為盈利2.18億元: nouns of a result that may stand between a time and the figure it dates. */
    final List<String> attachedNounsZh;
    /** 營收, 成本, 財報: a topic or a bracketed short form ending with one of these is a measure, not who. */
    final List<String> measureHeads;
    /** 股票代號: a word before a ticker in a name's brackets (寰宇電信（股票代號6917）). */
    final List<String> tickerWords;
    /** First words of an English name of a thing no company is: "Hurricane Delphine", "Typhoon Koinu". */
    final Set<String> notOrganisationFirstEn;
    /** Words in a name's bracket before its short name: （6983，簡稱北辰）, （以下簡稱“樣本通傳會”）. */
    final List<String> shortNameWords;
    /** EBITDA, EPS, MWh: letters that abbreviate a measure or a unit, never a name. */
    final Set<String> measureLettersEn;
    /** 快遞業務量: words that begin with a name's last character and run past it; the name is then no mention. */
    final List<String> wordsAcrossNameEnd;
    /** 與主打電商件的同行不同: the words that open and close a comparison phrase, whose names are no subject. */
    final List<String> comparisonOpen;
    final List<String> comparisonClose;
    /** 三大電信中成長最快: after a name, "among" and a superlative in its clause make it the set ranked in. */
    final List<String> among;
    final List<String> superlatives;
    final List<String> articlesEn;
    final List<String> topicMarkers;
    final List<String> fieldOpeners;
    final List<String> partOpeners;
    final List<String> estimateAsOfEn;
    final List<String> estimateAsOfZh;
    final List<String> projectedInEn;
    final List<String> partAfter;
    final List<String> notTopicBefore;
    final List<String> former;
    final List<String> theTwo;
    final List<String> latter;
    final List<String> abbreviations;
    /** Every time word, longest first, with what it says. */
    final List<Map.Entry<String, TimeWord>> timeWords;
    final List<String> toDateLead;
    /** Words giving a level at the end of the period in play: "ended it with", "taking the total to". */
    final List<String> levelAtEnd;
    /** Words of results a count of months as an adjective dates: "nine-month net profit". */
    final Set<String> toDateAdjectiveHeads;
    final List<String> toDateMonths;
    final List<String> fromJanuaryJoins;
    final List<String> toDateQuarters;
    final Map<String, Integer> weekdays;
    final Map<String, Integer> daysBack;
    final List<String> ended;
    final Map<String, Integer> monthCountsEn;
    final List<String> monthsWordEn;
    final List<String> weeksWordEn;
    final List<String> lastYearBases;
    final List<String> measureModifiersZh;
    final List<String> netFlowMetrics;
    final List<String> monthsUntilZh;
    final List<String> monthMeasuresZh;
    final List<String> monthQuarterEn;
    final List<String> fiscalEn;
    final List<String> fiscalZh;
    final List<String> fiscalEndZh;
    final List<String> thisFiscalZh;
    final List<String> fiscalEndEn;
    final List<String> fiscalAsideEn;
    /** "whose fiscal year begins in July": the words between the fiscal year and the month it starts in. */
    final List<String> fiscalStartEn;
    final List<String> threeMonths;
    /** A superlative before "since January" makes it the record's base ("biggest gain since January"), not the year so far. */
    final List<String> recordSince;
    /** The whole year, of the year named before it in its sentence (明年…，全年業務量), else this year. */
    final List<String> wholeYear;
    final List<String> quarterNouns;
    /** "fiscal year": before "ending March 31", the twelve months to that day. */
    final List<String> yearNouns;
    final List<String> timeNounBreaks;
    final List<String> previousBases;
    final List<String> previousMetricBases;
    final List<String> weekAfter;
    /** 底, "end of": a time word naming a period's end; right after a month or quarter; right before one. */
    final List<String> periodEnd;
    final List<String> periodEndAfter;
    final Map<String, Integer> monthThirds;
    final Map<String, Integer> monthSpansEn;
    final List<String> periodEndBefore;
    /** 第, 的: between a year word and the quarter, month or half it gives its year. */
    final List<String> yearJoiners;
    final List<String> weekBefore;
    final List<String> upTo;
    final List<String> spanFrom;
    final List<String> spanTo;
    final List<String> onward;
    final List<String> bases;
    final List<String> basesWithThe;
    final List<String> fiscalYearEnds;
    final List<String> actionJoins;
    final List<String> timeWordsZh;
    final List<String> locativesZh;
    final String notLocativeBefore;
    final List<String> placeListAfter;
    final List<String> currencyMovesZh;
    final List<String> conditions;
    final List<String> startAfter;
    final List<String> causeOpenersEn;
    final List<String> reporting;
    /** Words of a market's or an economy's thing: an English subject with one is a thing of its own. */
    final List<String> ownSubjectWordsEn;
    final List<String> companyMeasureHeadsEn;
    final List<String> marketWordsEn;
    /** The verbs an English clause's subject comes before. */
    final List<String> subjectVerbsEn;
    /** English prepositions: a name after one is no subject carried on. */
    final List<String> prepositionsEn;
    /** A sentence's first word that tells what the name after it is: "Rival". */
    final List<String> descriptorsEn;
    /** What a figure said per one of these needs its metric to say per too: per share, 每股. */
    final List<String> perUnitNamed;
    /** Metric words that are per share by nature: dividend, 股利. */
    final List<String> perShareMetrics;
    /** Measure words after a Chinese demonstrative (这场, 這次): no head of a name. */
    final List<String> measureWords;
    /** A figure of a clause with one of these is a market's move of a day: "Its shares rose 4.6%". */
    final List<String> marketMoves;
    final List<String> comparing;
    final List<String> basesAfter;
    final List<String> basesInClause;
    final List<String> forecasts;
    final List<String> conditionals;
    /** Words opening a clause with a subject of its own ("while …"). */
    final List<String> ownSubjectClauses;
    /** 龍頭, 組裝廠: words that end a description right before a bracketed name. */
    final List<String> descriptionEndsZh;
    /** "and", 和: what joins a time to a base before it ("than in 2022 and 2023"). */
    final List<String> joinedTimes;
    /** "but", ",": what opens a second predicate between two figures of an English clause. */
    final List<String> predicateJoinersEn;
    /** "at" of "9% at constant exchange rates": what opens a phrase that tells a figure apart. */
    final List<String> trailingLabelOpenersEn;
    /** Verbs whose object right after them is what is sold or made, not an owner; possessives before an owned name. */
    final List<String> objectVerbs;
    final List<String> wholeOf;
    final List<String> possessives;
    /** Heads a lower-case name before them describes: "copper output". */
    final java.util.Set<String> modifiedHeads;
    /** Words opening a clause that tells a result of the one before, with a period of its own. */
    final List<String> resultClauses;
    final Map<ChangeBasis, List<String>> changeBases = new EnumMap<>(ChangeBasis.class);
    final Map<ChangeBasis, List<String>> metricBases = new EnumMap<>(ChangeBasis.class);
    final List<String> cutMetrics;
    /** Nouns that make a level negative (a loss of 0.9億元): no move, so never the size of a cut or a narrowing. */
    final List<String> lossNouns;
    final List<String> previousMetrics;
    final List<String> changeMetrics;
    /** Words of a metric that counts a run of periods ("consecutive months of decline", 連續下跌月數): a count, no move. */
    final List<String> streakMetrics;
    final List<String> forecastMetrics;
    final List<String> targetDone;
    final List<String> estimateBefore;
    final List<String> estimateAfter;
    final List<String> moneyNouns;
    final List<String> organisationWords;
    /** Words before a name that make it something owned (旗下): a part, not the company. */
    final List<String> ownedBefore;
    /** Words that make a time a deadline (English before it, Chinese after it): not in play after its sentence. */
    final List<String> deadlines;
    /** Characters after 本週一 … that make the digit a word of its own (本週一共, 上週一度): no weekday. */
    final String weekdayNotBefore;
    /** Head words of an English description that say a name is an organisation's ("the carrier Halden"). */
    final Set<String> organisationNouns;
    final Set<String> organisationPronounsZh;
    final List<String> rankWordsEn;
    /** Last words of an English name that make it an organisation's (Inc, Pharmaceuticals, Airways). */
    final Set<String> organisationSuffixes;
    /** The head words of public bodies whose names join two words by "and" (Food and Drug Administration). */
    final Set<String> bodyHeads;
    /** Chinese verbs and adverbs no subject nor name holds (披露, 提供, 仍), the longest first. */
    final List<String> verbsZh;
    /** Head words of a time ("the third quarter"): a description of no thing. */
    final Set<String> timeHeads;
    final Set<String> descriptionBreaks;
    final Set<String> notOwnerHeadsEn;
    final List<String> timeClauseOpenersEn;
    final List<String> speechComplementsEn;
    final List<String> topicOpenersEn;
    final List<String> monthForecastWordsEn;
    final List<String> monthLeadsEn;
    final List<String> sourcesAfter;
    /** 華岳鋼鐵三季報顯示: a name's own report between it and a source word; the name owns what it shows. */
    final List<String> ownReports;
    /** "its rival Westmarch": the head of a description after "its" that names a peer, not a part. */
    final List<String> notOwnedNouns;
    final List<String> revisedFromWords;
    final List<String> sourcesBefore;
    final int sourceGap;
    final String nameBounds;
    final String nameSoftBounds;
    final List<String> personTitles;
    final List<String> analystTitles;
    final List<String> rangeBetween;
    final List<String> rangeBetweenJoins;
    final List<String> rangeSmallJoins;
    final List<String> rangeFrom;
    /** Words after a from-range that make it the range before a revision: "from $4.90 to $5.10 previously". */
    final List<String> rangePrevious;
    final Set<String> personTitlesEn;
    final List<String> nameJoins;
    final List<String> notNameStart;
    final List<String> continuingWords;
    final List<String> labelOpeners;
    final List<String> labelVerbs;

    private static final class Loaded {
        static final ReadingWords WORDS = load();
    }

    static ReadingWords get() {
        return Loaded.WORDS;
    }

    private static ReadingWords load() {
        try (InputStream in = ReadingWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the program");
            }
            return new ReadingWords(YamlFiles.parse(Path.of(RESOURCE), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException e) {
            throw new IllegalStateException(RESOURCE + " is invalid: " + e.getMessage(), e);
        }
    }

    private ReadingWords(YamlNode root) throws InputException {
        pronouns = strings(root.require("pronouns", ""));
        demonstratives = strings(root.require("demonstratives", ""));
        describing = strings(root.require("describing", ""));
        respectively = strings(root.require("respectively", ""));
        attachedNounsZh = strings(root.require("attached_nouns_zh", ""));
        measureHeads = strings(root.require("measure_heads", ""));
        tickerWords = strings(root.require("ticker_words", ""));
        notOrganisationFirstEn = Set.copyOf(strings(root.require("not_organisation_first_en", "")));
        shortNameWords = strings(root.require("short_name_words", "")).stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        measureLettersEn = Set.copyOf(strings(root.require("measure_letters_en", "")));
        wordsAcrossNameEnd = strings(root.require("words_across_name_end", ""));
        comparisonOpen = strings(root.require("comparison_open", ""));
        comparisonClose = strings(root.require("comparison_close", ""));
        among = strings(root.require("among", ""));
        superlatives = strings(root.require("superlatives", ""));
        articlesEn = strings(root.require("articles_en", ""));
        topicMarkers = strings(root.require("topic_markers", ""));
        fieldOpeners = strings(root.require("field_openers", ""));
        partOpeners = strings(root.require("part_openers", ""));
        estimateAsOfEn = strings(root.require("estimate_as_of_en", ""));
        estimateAsOfZh = strings(root.require("estimate_as_of_zh", ""));
        projectedInEn = strings(root.require("projected_in_en", ""));
        partAfter = strings(root.require("part_after", ""));
        notTopicBefore = strings(root.require("not_topic_before", ""));
        former = strings(root.require("former", ""));
        theTwo = strings(root.require("the_two", ""));
        latter = strings(root.require("latter", ""));
        abbreviations = strings(root.require("abbreviations", ""));
        YamlNode t = root.require("times", "");
        List<Map.Entry<String, TimeWord>> tw = new ArrayList<>();
        for (TimeWord k : TimeWord.values()) {
            for (String w : strings(t.require(k.name().toLowerCase(Locale.ROOT), ""))) {
                tw.add(Map.entry(w, k));
            }
        }
        tw.sort((a, b) -> b.getKey().length() - a.getKey().length());
        timeWords = List.copyOf(tw);
        toDateLead = strings(t.require("to_date_lead", ""));
        levelAtEnd = strings(t.require("level_at_end", ""));
        toDateAdjectiveHeads = Set.copyOf(strings(t.require("to_date_adjective_heads", "")));
        toDateMonths = strings(t.require("to_date_months", ""));
        fromJanuaryJoins = strings(t.require("from_january_joins", ""));
        toDateQuarters = strings(t.require("to_date_quarters", ""));
        weekdays = counts(t, "weekdays");
        daysBack = counts(t, "days_back");
        ended = strings(t.require("ended", ""));
        monthCountsEn = counts(t, "month_counts_en");
        monthThirds = counts(t, "month_thirds");
        monthSpansEn = counts(t, "month_spans_en");
        monthsWordEn = strings(t.require("months_word_en", ""));
        weeksWordEn = strings(t.require("weeks_word_en", ""));
        lastYearBases = strings(t.require("last_year_bases", ""));
        monthsUntilZh = strings(t.require("months_until_zh", ""));
        monthMeasuresZh = strings(t.require("month_measures_zh", ""));
        monthQuarterEn = strings(t.require("month_quarter_en", ""));
        fiscalEn = strings(t.require("fiscal_en", ""));
        fiscalZh = strings(t.require("fiscal_zh", ""));
        fiscalEndZh = strings(t.require("fiscal_end_zh", ""));
        thisFiscalZh = strings(t.require("this_fiscal_zh", ""));
        fiscalEndEn = strings(t.require("fiscal_end_en", ""));
        fiscalAsideEn = strings(t.require("fiscal_aside_en", ""));
        fiscalStartEn = strings(t.require("fiscal_start_en", ""));
        threeMonths = strings(t.require("three_months", ""));
        recordSince = strings(t.require("record_since", ""));
        wholeYear = strings(t.require("whole_year", ""));
        quarterNouns = strings(t.require("quarter_nouns", ""));
        yearNouns = strings(t.require("year_nouns", ""));
        timeNounBreaks = strings(t.require("time_noun_breaks", ""));
        weekAfter = strings(t.require("week_after", ""));
        periodEnd = strings(t.require("period_end", ""));
        periodEndAfter = strings(t.require("period_end_after", ""));
        periodEndBefore = strings(t.require("period_end_before", ""));
        yearJoiners = strings(t.require("year_joiners", ""));
        weekBefore = strings(t.require("week_before", ""));
        upTo = strings(t.require("up_to", ""));
        spanFrom = strings(t.require("span_from", ""));
        spanTo = strings(t.require("span_to", ""));
        onward = strings(t.require("onward", ""));
        bases = strings(root.require("bases", ""));
        basesWithThe = strings(root.require("bases_with_the", ""));
        fiscalYearEnds = strings(root.require("fiscal_year_ends", ""));
        actionJoins = strings(root.require("action_joins", ""));
        timeWordsZh = strings(root.require("time_words_zh", ""));
        locativesZh = strings(root.require("locatives_zh", ""));
        notLocativeBefore = String.join("", strings(root.require("not_locative_before", "")));
        placeListAfter = strings(root.require("place_list_after", ""));
        currencyMovesZh = strings(root.require("currency_moves_zh", ""));
        conditions = strings(root.require("conditions", ""));
        startAfter = strings(root.require("start_after", ""));
        causeOpenersEn = strings(root.require("cause_openers_en", ""));
        reporting = strings(root.require("reporting", ""));
        ownSubjectWordsEn = strings(root.require("own_subject_words_en", ""));
        companyMeasureHeadsEn = strings(root.require("company_measure_heads_en", ""));
        marketWordsEn = strings(root.require("market_words_en", ""));
        subjectVerbsEn = strings(root.require("subject_verbs_en", ""));
        prepositionsEn = strings(root.require("prepositions_en", ""));
        descriptorsEn = strings(root.require("descriptors_en", ""));
        perUnitNamed = strings(root.require("per_unit_named", ""));
        perShareMetrics = strings(root.require("per_share_metrics", ""));
        measureWords = strings(root.require("measure_words", ""));
        marketMoves = strings(root.require("market_moves", ""));
        comparing = strings(root.require("comparing", ""));
        basesAfter = strings(root.require("bases_after", ""));
        basesInClause = strings(root.require("bases_in_clause", ""));
        forecasts = strings(root.require("forecasts", ""));
        conditionals = strings(root.require("conditionals", ""));
        ownSubjectClauses = strings(root.require("own_subject_clauses", ""));
        descriptionEndsZh = strings(root.require("description_ends_zh", ""));
        joinedTimes = strings(root.require("joined_times", ""));
        predicateJoinersEn = strings(root.require("predicate_joiners_en", ""));
        trailingLabelOpenersEn = strings(root.require("trailing_label_openers_en", ""));
        objectVerbs = strings(root.require("object_verbs", ""));
        wholeOf = strings(root.require("whole_of", ""));
        possessives = strings(root.require("possessives", ""));
        modifiedHeads = java.util.Set.copyOf(strings(root.require("modified_heads", "")));
        resultClauses = strings(root.require("result_clauses", ""));
        YamlNode cb = root.require("bases_of_change", "");
        YamlNode mb = root.require("metric_bases", "");
        for (ChangeBasis b : ChangeBasis.values()) {
            changeBases.put(b, strings(cb.require(b.name().toLowerCase(Locale.ROOT), "")));
            metricBases.put(b, strings(mb.require(b.name().toLowerCase(Locale.ROOT), "")));
        }
        previousBases = strings(cb.require("previous", ""));
        previousMetricBases = strings(mb.require("previous", ""));
        cutMetrics = strings(root.require("cut_metrics", ""));
        lossNouns = strings(root.require("loss_nouns", ""));
        organisationWords = strings(root.require("organisation_words", "")).stream()
                .sorted((a, b) -> b.length() - a.length()).toList();
        nameBounds = String.join("", strings(root.require("name_bounds", "")));
        ownedBefore = strings(root.require("owned_before", ""));
        deadlines = strings(root.require("deadlines", ""));
        weekdayNotBefore = String.join("", strings(t.require("weekday_not_before", "")));
        organisationNouns = Set.copyOf(strings(root.require("organisation_nouns_en", "")));
        organisationPronounsZh = Set.copyOf(strings(root.require("organisation_pronouns_zh", "")));
        rankWordsEn = strings(root.require("rank_words_en", ""));
        organisationSuffixes = Set.copyOf(strings(root.require("organisation_suffixes_en", "")));
        bodyHeads = Set.copyOf(strings(root.require("body_heads_en", "")));
        verbsZh = strings(root.require("verbs_zh", "")).stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        timeHeads = Set.copyOf(strings(root.require("time_heads_en", "")));
        descriptionBreaks = Set.copyOf(strings(root.require("description_breaks_en", "")));
        notOwnerHeadsEn = Set.copyOf(strings(root.require("not_owner_heads_en", "")));
        timeClauseOpenersEn = strings(root.require("time_clause_openers_en", ""));
        speechComplementsEn = strings(root.require("speech_complements_en", ""));
        topicOpenersEn = strings(root.require("topic_openers_en", ""));
        monthForecastWordsEn = strings(root.require("month_forecast_words_en", ""));
        monthLeadsEn = strings(root.require("month_leads_en", ""));
        nameSoftBounds = String.join("", strings(root.require("name_soft_bounds", "")));
        personTitles = strings(root.require("person_titles", ""));
        analystTitles = strings(root.require("analyst_titles", ""));
        personTitlesEn = Set.copyOf(strings(root.require("person_titles_en", "")));
        nameJoins = strings(root.require("name_joins", ""));
        notNameStart = strings(root.require("not_name_start", ""));
        continuingWords = strings(root.require("continuing_words", ""));
        labelOpeners = strings(root.require("label_openers", "")).stream().sorted((a, b) -> b.length() - a.length()).toList();
        labelVerbs = strings(root.require("label_verbs", ""));
        sourcesAfter = strings(root.require("sources_after", ""));
        ownReports = strings(root.require("own_reports", ""));
        notOwnedNouns = strings(root.require("not_owned_nouns", ""));
        measureModifiersZh = strings(root.require("measure_modifiers_zh", ""));
        netFlowMetrics = strings(root.require("net_flow_metrics", ""));
        revisedFromWords = strings(root.require("revised_from_words", ""));
        sourcesBefore = strings(root.require("sources_before", ""));
        sourceGap = Integer.parseInt(root.require("source_gap", "").text().strip());
        previousMetrics = strings(root.require("previous_metrics", ""));
        changeMetrics = strings(root.require("change_metrics", ""));
        streakMetrics = strings(root.require("streak_metrics", ""));
        forecastMetrics = strings(root.require("forecast_metrics", ""));
        targetDone = strings(root.require("target_done", ""));
        estimateBefore = strings(root.require("estimate_before", ""));
        estimateAfter = strings(root.require("estimate_after", ""));
        moneyNouns = strings(root.require("money_nouns", ""));
        YamlNode rg = root.require("ranges", "");
        rangeBetween = strings(rg.require("between", ""));
        rangeBetweenJoins = strings(rg.require("between_joins", ""));
        rangeSmallJoins = strings(rg.require("small_joins", ""));
        rangeFrom = strings(rg.require("from", ""));
        rangePrevious = strings(rg.require("previous", ""));
    }

    /** A mapping of words to whole numbers (weekdays: { monday: 1 }), its words in lower case (Han unchanged). */
    private static Map<String, Integer> counts(YamlNode parent, String key) throws InputException {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> e : parent.require(key, "").entries().entrySet()) {
            out.put(lower(e.getKey()), Integer.parseInt(e.getValue().text().trim()));
        }
        return out;
    }

    private static List<String> strings(YamlNode n) throws InputException {
        List<String> out = new ArrayList<>();
        for (YamlNode i : n.items()) {
            out.add(lower(i.text()));
        }
        out.sort((a, b) -> b.length() - a.length());
        return List.copyOf(out);
    }

    static String lower(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') {
                c[i] = (char) (c[i] + 32);
            }
        }
        return new String(c);
    }
}
