package io.briefing.draft;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The topic of a Chinese clause that states a figure, from the words before the figure: the dates
 * that open it left out (11月全國新能源乘用車零售… is about 全國新能源乘用車), cut where what it
 * measures begins (a metric cue or a term of the glossary: 零售, 滲透率), and none where the clause
 * starts with its change (，同比增長12.7%): that clause goes on with the topic of the clause before.
 *
 * <p>A guess for a draft, which marks the entity for the analyst to check; the words are in
 * {@code draft-words.yaml}.
 */
final class ChineseTopic {
    /** A date or a span of dates opening a clause: 11月, 2025年11月14日, 11月8日至9日, 前11個月, 第三季. */
    private static final Pattern DATE = Pattern.compile(
            // a date starts with its number: its ending alone (內 of 年內) is no date, and 內地旅客 keeps its 內
            "^(?=[0-9０-９一二三四五六七八九十])(?:[0-9０-９]{2,4}年)?(?:[0-9０-９一二三四五六七八九十]{1,2}月)?(?:[0-9０-９]{1,2}[日号號])?"
            + "(?:[至到][0-9０-９]{1,2}[月日号號])?(?:上旬|中旬|下旬|底|初|末|份|以來|以来|期間|期间|內|内)?");
    private static final Pattern SPAN = Pattern.compile("^(?:前|首)[0-9０-９一二三四五六七八九十]{1,3}(?:個|个)?(?:月|日|天|週|周|季度|季)");
    /** A quarter or a part of the year: 第三季末, 第四季度, 四季度, 上半年, 年底. */
    private static final Pattern PART = Pattern.compile("^(?:第[一二三四1-4１-４]季度?|[一二三四1-4１-４]季度|[上下]半年|全年|年[底初末中]|季[末初])(?:末|初|底)?");
    /** An event's span opening a clause: 大促期間, 活動期间, 春節假期期間 (a time, no topic). */
    private static final Pattern DURING = Pattern.compile("^\\p{IsHan}{1,6}?(?:期間|期间)");
    /** A rank before the name it qualifies: 排名第二的恒川電池. */
    private static final Pattern RANK = Pattern.compile("^(?:排名|位居|位列)?第[0-9０-９一二三四五六七八九十]{1,3}(?:大|名|位)?的?");

    /** A short name in quotation marks: 旗艦商場「星匯8號」. */
    private static final Pattern QUOTED_NAME = Pattern.compile("[「“]([^」”，。、]{2,10})[」”]");
    /** The thing a list adds up to, after its last item: …及中環|四大核心區一線街舖, …和丙|三家公司. */
    private static final Pattern SUMMED = Pattern.compile("(?<=\\p{IsHan})((?:[兩两三四五六七八九十]|[0-9]{1,2})(?:大|家|個|个|間|间|類|类)\\p{IsHan}{2,})$");

    /** A time closing a topic: 極光第三季度, 力旭前三季, 中低端機型明年 are 極光, 力旭, 中低端機型. */
    private static final Pattern CLOSING_TIME = Pattern.compile(
            "(?:第[一二三四1-4１-４]季度?|[一二三四1-4１-４]季度|[上下]半年|全年|年[底初末中]|[0-9０-９]{1,2}月份?|[0-9０-９]{4}年(?:[0-9０-９]{1,2}月)?|單季|单季"
            + "|[前首][0-9０-９一二三四五六七八九十]{1,2}(?:個|个)?(?:季度?|月))$");

    private final List<String> timeWords;
    private final List<String> subjectless;
    private final List<String> verbs;
    private final List<String> enders;
    private final List<String> prepositions;
    private final List<String> kinds;

    /**
     * @param timeWords   time words that open a clause (今年, 本週)
     * @param subjectless words a clause starts with when it names no topic (同比, 較)
     * @param verbs       words no subject holds (表示, 提供, 將): a topic starting with one names none, one
     *                    inside it ends it
     * @param enders      adverbs that close the topic before them wherever they stand (北辰則…, 部分商家甚至…)
     * @param prepositions words that end the noun phrase opening a sentence (年貨節自1月10日開啟: 年貨節)
     * @param kinds       words of a kind before the name they describe (大模型產品文心一言: 文心一言)
     */
    ChineseTopic(List<String> timeWords, List<String> subjectless, List<String> verbs, List<String> enders,
                 List<String> prepositions, List<String> kinds) {
        this.timeWords = timeWords;
        this.subjectless = subjectless;
        this.verbs = verbs;
        this.enders = enders;
        this.prepositions = prepositions;
        this.kinds = kinds;
    }

    /**
     * The noun phrase a sentence's first clause opens with when that clause states no figure
     * (今年年貨節自1月10日晚8點開啟，…，為期27天: 年貨節), cut before its first preposition or verb: the topic
     * the sentence's subjectless clauses go on with; "" when it opens with none of two to eight characters.
     */
    String opening(String clause) {
        String p = withoutOpeningDates(clause);
        for (String w : subjectless) {
            if (p.startsWith(w)) {
                return "";
            }
        }
        int cut = p.length();
        for (String w : prepositions) {
            int at = p.indexOf(w);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        String t = nounPhrase(p.substring(0, cut));
        int n = t.codePointCount(0, t.length());
        boolean han = t.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return n >= 2 && n <= 8 && han ? t : "";
    }

    /**
     * The topic and what the clause measures, split where the metric begins; the topic is empty when
     * the clause names none.
     *
     * @param pre  the words of the clause before the figure, openers already dropped
     * @param cues the words where a subject ends and its metric begins
     */
    String[] split(String pre, List<String> cues) {
        String p = withoutOpeningDates(pre);
        // 百度首席技術官王海峰透露大模型產品文心一言的用戶規模…: what is told, after the verb of telling, is the
        // clause the figure is in; its teller is no topic
        int told = -1;
        String verb = "";
        for (String r : io.briefing.reading.ArticleReading.reportingWords()) {
            int at = r.codePointAt(0) > 0x2fff ? p.lastIndexOf(r) : -1;
            if (at > 0 && at + r.length() > told + verb.length()) {
                told = at;
                verb = r;
            }
        }
        if (told > 0 && p.length() - told - verb.length() >= 2) {
            p = withoutOpeningDates(p.substring(told + verb.length()));
        }
        for (String w : subjectless) {
            if (p.startsWith(w)) {
                return new String[] {"", p};
            }
        }
        // 匯星地產旗下旗艦商場「星匯8號」10月人流…: a name the clause quotes before its measure is its topic
        java.util.regex.Matcher quoted = QUOTED_NAME.matcher(p);
        String lastQuoted = null;
        int afterQuote = -1;
        while (quoted.find()) {
            lastQuoted = quoted.group(1);
            afterQuote = quoted.end();
        }
        if (lastQuoted != null) {
            // (when what follows the quote is a time or a measure: 「星匯8號」10月人流)
            String after = p.substring(afterQuote);
            if (!withoutOpeningDates(after).equals(after.strip()) || Glossary.get().firstChineseTerm(after) == 0) {
                return new String[] {lastQuoted, after};
            }
        }
        int cut = -1;
        for (String c : cues) {
            int at = p.indexOf(c);
            if (at > 0 && (cut < 0 || at < cut)) {
                cut = at;
            }
        }
        int term = Glossary.get().firstChineseTerm(p);
        if (term == 0) {
            return new String[] {"", p}; // the clause opens with its metric (營收為…): no topic of its own
        }
        if (term > 0 && (cut < 0 || term < cut)) {
            cut = term;
        }
        String[] split = cut > 0 ? new String[] {p.substring(0, cut), p.substring(cut)} : new String[] {p, ""};
        String topic = nounPhrase(split[0]);
        String rest = split[0].substring(topic.length()) + split[1];
        // (北辰則將入門方案月租調漲: the metric starts after the adverb that closed the topic)
        for (String e : enders) {
            if (rest.startsWith(e)) {
                rest = rest.substring(e.length());
                break;
            }
        }
        // 銅鑼灣、尖沙咀、旺角及中環四大核心區一線街舖: places listed, then the thing they make up, counted
        java.util.regex.Matcher summed = SUMMED.matcher(topic);
        if (topic.indexOf('、') > 0 && summed.find()) {
            return new String[] {summed.group(1), rest};
        }
        return new String[] {topic, rest};
    }

    /**
     * The noun phrase a topic opens with: none when it starts with a verb (提供, 升至今年), cut before a
     * verb inside it and before a closing character of one (直播間有 → 直播間, 仍披露 → none) and before a
     * closing time (極光第三季度 → 極光).
     */
    private String nounPhrase(String topic) {
        String t = topic.strip();
        for (String v : verbs) {
            if (t.startsWith(v)) {
                return ""; // 拟每股派发…: a verb, of one character or more, opens no noun phrase
            }
        }
        t = beforeAdverb(t);
        boolean changed = true;
        while (changed && !t.isEmpty()) {
            changed = false;
            for (String v : verbs) {
                // a single character inside a word (有 of 有限公司) ends the phrase only as its last character
                int at = v.length() > 1 ? t.indexOf(v, 1) : t.length() - 1;
                if ((at > 0 || t.equals(v)) && (v.length() > 1 || t.endsWith(v))) {
                    t = t.substring(0, at).strip();
                    changed = true;
                }
            }
            java.util.regex.Matcher m = CLOSING_TIME.matcher(t);
            if (m.find() && m.start() > 0) {
                t = t.substring(0, m.start()).strip();
                changed = true;
            }
            for (String w : timeWords) {
                if (t.length() > w.length() && t.endsWith(w)) {
                    t = t.substring(0, t.length() - w.length()).strip();
                    changed = true;
                }
            }
        }
        // 大模型產品文心一言, 旗艦車型星馳S7: a kind named before the name it describes is no part of it
        for (String kind : kinds) {
            int at = t.indexOf(kind);
            if (at > 0 && t.length() - at - kind.length() >= 2) {
                t = t.substring(at + kind.length()).strip();
            }
        }
        // 本港今年全年零售業: the times inside a topic say when, not what (本港零售業)
        for (String w : timeWords) { // longest first
            int at = t.indexOf(w);
            while (w.length() >= 2 && at > 0 && at + w.length() < t.length()) {
                t = (t.substring(0, at) + t.substring(at + w.length())).strip();
                at = t.indexOf(w);
            }
        }
        return t;
    }

    /** A topic up to the adverb that closes it, wherever it stands: 北辰則將入門方案 is 北辰, 部分女裝商家甚至 is 部分女裝商家. */
    String beforeAdverb(String topic) {
        String t = topic.strip();
        for (String e : enders) {
            int at = t.indexOf(e, 2);
            if (at >= 2) {
                t = t.substring(0, at).strip();
            }
        }
        return t;
    }

    private String withoutOpeningDates(String pre) {
        String p = pre.strip();
        boolean changed = true;
        while (changed && !p.isEmpty()) {
            changed = false;
            for (Pattern date : List.of(DATE, SPAN, PART, RANK, DURING)) {
                java.util.regex.Matcher m = date.matcher(p);
                if (m.find() && m.end() > 0) {
                    p = p.substring(m.end()).strip();
                    changed = true;
                }
            }
            for (String w : timeWords) {
                if (p.startsWith(w)) {
                    p = p.substring(w.length()).strip();
                    changed = true;
                }
            }
            while (!p.isEmpty() && "，,、：:（）()".indexOf(p.charAt(0)) >= 0) {
                p = p.substring(1).strip();
                changed = true;
            }
        }
        return p;
    }
}
