package io.briefing.reading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names a Chinese article gives organisations and indices, found without a dictionary of names
 * and without a table, for a draft: a short name before a word of organisations (寶泰銀行, 星驰汽车,
 * 國家統計局) and a name a bracket annotates (天衡商城（虛構）, 嘉域城市指數（JCI）, the letters in the
 * bracket being its other name). Where a name starts is where the characters before it stop being
 * the same: 星驰汽车 after 前11个月 and after 而 is 星驰汽车, while 嘉域城市指數 is written so each time.
 * The words are in reading-words.yaml ({@code organisation_words}, {@code name_bounds}).
 */
final class ChineseNames {
    /** Characters after a one-character organisation word (省) that make it part of another word: 省外, 省內. */
    private static final String ONE_CHARACTER_WORD_STARTS = "外內内份會会級级長长委";

    /** Characters a name is made of at most before its organisation word (服務器概念 + 指數). */
    private static final int MAX_STEM = 6;
    /** Characters before an annotating bracket a name may have. */
    private static final int MAX_BRACKETED = 8;
    /** Characters inside a bracket that annotates a name (a ticker, an abbreviation, 虛構). */
    private static final int MAX_NOTE = 14;

    private ChineseNames() {}

    /**
     * One place the article writes an organisation word, with the characters before it that may be
     * its name: {@code stem} runs from {@code from} to {@code word}; {@code bounded} when something
     * (a bound character, a non-Han character) stopped it, not the length limit.
     */
    private static final class Mention {
        final int from;
        final int word;
        int end;
        final boolean bounded;
        String name;

        Mention(int from, int word, int end, boolean bounded) {
            this.from = from;
            this.word = word;
            this.end = end;
            this.bounded = bounded;
        }
    }

    /** Each name found, with the other names the article gives it, in the order first found. */
    static List<List<String>> in(String text) {
        ReadingWords w = ReadingWords.get();
        List<Mention> mentions = mentions(text, w);
        // names that end alike (…弘昇精密 and 弘昇精密) are one name where the longer only adds what
        // stands before it; each distinct bounded stem is its own name (算力概念指數, 服務器概念指數)
        Map<String, List<Mention>> groups = new LinkedHashMap<>();
        for (Mention m : mentions) {
            groups.computeIfAbsent(text.substring(m.word - 2, m.end), k -> new ArrayList<>()).add(m);
        }
        Map<String, Set<String>> found = new LinkedHashMap<>();
        Set<Mention> descriptors = new java.util.HashSet<>();
        for (int k = 0; k + 1 < mentions.size(); k++) {
            if (mentions.get(k + 1).from == mentions.get(k).end) {
                descriptors.add(mentions.get(k)); // 本地航空公司|鷺翔航空: what the name is, told before it
            }
        }
        for (Mention m : mentions) {
            if (descriptors.contains(m)) {
                continue;
            }
            String stem = text.substring(m.from, m.word);
            String chosen = null;
            for (Mention o : groups.get(text.substring(m.word - 2, m.end))) {
                String t = text.substring(o.from, o.word);
                if (o.bounded && t.length() < stem.length() && stem.endsWith(t) && (chosen == null || t.length() < chosen.length())) {
                    chosen = t;
                }
            }
            if (chosen == null) {
                chosen = m.bounded ? stem : stem.substring(stem.length() - 2);
            }
            for (String opener : w.notNameStart) {
                if (chosen.startsWith(opener)) {
                    chosen = chosen.substring(opener.length()); // 雖然|指數
                }
            }
            for (String verb : w.verbsZh) {
                int at = verb.length() > 1 ? chosen.lastIndexOf(verb) : -1;
                if (at >= 0) {
                    chosen = chosen.substring(at + verb.length()); // 僅披露|直播: a verb's object, not a name
                }
            }
            // 獲利王華岳金控 beside 華岳銀行: a stem that ends with another name's stem is a description before it
            for (int len = 2; len < chosen.length(); len++) {
                String tail = chosen.substring(chosen.length() - len);
                if (mentions.stream().anyMatch(o -> o != m && o.word - o.from == tail.length() && text.startsWith(tail, o.from))) {
                    chosen = tail;
                    break;
                }
            }
            // a stem of time and numeral characters alone (年全省) or of a kind (壽險型金控), or one counted
            // (一个省), names nothing
            final String stemChosen = chosen;
            if (chosen.length() < 2 || chosen.endsWith("型") || w.measureWords.stream().anyMatch(stemChosen::endsWith)
                    || chosen.chars().allMatch(c -> w.nameSoftBounds.indexOf(c) >= 0)
                    && stemChosen.length() <= 2) {
                continue;
            }
            m.name = chosen + text.substring(m.word, m.end);
            // 储能电池 in an article on 储能: a stem the text writes far more often on its own is a common noun
            // (storage), and so is the compound; a name's stem (澜储, 晶岳) is rarely written without it
            int named = ArticleReading.count(text, m.name);
            int alone = ArticleReading.count(text, chosen) - named;
            // (a stem other organisation words follow too, 華岳 of 華岳金控 and 華岳人壽, names a group)
            String word = text.substring(m.word, m.end);
            boolean family = mentions.stream().anyMatch(o -> o != m && o.word - o.from >= stemChosen.length()
                    && text.startsWith(stemChosen, o.word - stemChosen.length()) && !text.substring(o.word, o.end).equals(word));
            if (m.end - m.word <= 2 && alone >= 5 && alone >= 3 * named && !annotated(text, m.end) && !family) {
                continue;
            }
            if (named < 2 && !annotated(text, m.end) && !opensClause(text, m.word - chosen.length())) {
                continue; // named once, inside a clause, not annotated: as likely a phrase (國內動力電池) as a name
            }
            Set<String> other = found.computeIfAbsent(m.name, k -> new LinkedHashSet<>());
            // a long legal name (晶岳積體電路製造公司) is then written by its first characters (晶岳)
            // (not when other names start alike: 樣本 of 樣本證券汽車, 樣本汽車 and 樣本乘聯會 names none of them)
            if (m.end - m.word >= 4 && ArticleReading.count(text, chosen) > ArticleReading.count(text, m.name)
                    && !sharedStart(text, mentions, m, chosen)) {
                other.add(chosen);
            }
        }
        bracketed(text, w, mentions, found);
        coordinated(text, w, found);
        List<List<String>> out = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : found.entrySet()) {
            List<String> names = new ArrayList<>();
            names.add(e.getKey());
            names.addAll(e.getValue());
            out.add(names);
        }
        return out;
    }

    /** Whether another organisation the text names starts with the same characters. */
    private static boolean sharedStart(String text, List<Mention> mentions, Mention m, String start) {
        for (Mention o : mentions) {
            if (o != m && text.startsWith(start, o.from) && !text.substring(o.from, o.end).equals(m.name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The organisation words in text order (the longest at a place), each with the name characters
     * before it; a word right after another's name continues that name (晶岳積體電路 + 製造公司).
     */
    private static List<Mention> mentions(String text, ReadingWords w) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            String word = null;
            for (String o : w.organisationWords) {
                if (text.startsWith(o, i)) {
                    word = o;
                    break; // longest first
                }
            }
            // 省外市場, 省內: a one-character word (省) that starts another word after it ends no name
            if (word != null && word.length() == 1 && i + 1 < text.length() && ONE_CHARACTER_WORD_STARTS.indexOf(text.charAt(i + 1)) >= 0) {
                word = null;
            }
            if (word == null) {
                continue;
            }
            Mention last = out.isEmpty() ? null : out.get(out.size() - 1);
            int floor = last == null ? 0 : last.end;
            int from = i;
            // a number inside a name, right before its word (台灣半導體50指數, 滬深300指數), after Han characters
            int digits = i;
            while (digits > floor && i - digits < 4 && text.charAt(digits - 1) >= '0' && text.charAt(digits - 1) <= '9') {
                digits--;
            }
            if (digits < i && digits > 0 && (digits == floor || isHan(text.charAt(digits - 1)))) {
                from = digits;
            }
            while (from > floor && i - from < MAX_STEM && !bound(text.charAt(from - 1), i - from, w)) {
                from--;
            }
            // 前三季度|储能电池: the 度 of a time word before it is no name's first character
            if (from > 0 && from < i && "度份".indexOf(text.charAt(from)) >= 0 && "季年月".indexOf(text.charAt(from - 1)) >= 0) {
                from++;
            }
            // a name's word right after another's is one name (晶岳積體電路 + 製造公司); after a word that
            // closes a name (公司), two characters and a word are a name of their own: 本地航空公司鷺翔航空
            // is "the local airline 鷺翔航空"
            boolean closed = last != null && i > from && w.continuingWords.stream().anyMatch(c -> text.startsWith(c, last.end - c.length()));
            if (last != null && from == floor && i - from <= 2 && !closed) {
                last.end = i + word.length(); // one name of several words
            } else if (w.continuingWords.contains(word) && !annotated(text, i + word.length())) {
                // 初創公司: a common noun, unless a bracket marks it as a name
            } else if (i - from >= 2) {
                // stopped by a character that ends names, not by the length limit nor by another name's
                // organisation word (晶圓|代工廠世騰半導體: a description stands between)
                boolean bounded = from == 0 || from > floor && bound(text.charAt(from - 1), i - from, w);
                out.add(new Mention(from, i, i + word.length(), bounded));
            }
            i += word.length() - 1;
        }
        return out;
    }

    /** Whether a name starting here opens its clause (after a clause's end, or the text's start). */
    private static boolean opensClause(String text, int at) {
        return at == 0 || "，,。；;：:！？!?\n　 ".indexOf(text.charAt(at - 1)) >= 0;
    }

    /**
     * A name joined to one already found (拾穗优选和鹿鸣购, 鹿鸣购、拾穗优选) is a name of the same kind:
     * the characters on the other side of the joining word, up to a function word or a non-Han character.
     */
    private static void coordinated(String text, ReadingWords w, Map<String, Set<String>> found) {
        List<String> known = new ArrayList<>(found.keySet());
        for (String name : known) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int after = at + name.length();
                if (annotated(text, after)) {
                    int close = text.indexOf(text.charAt(after) == '（' ? '）' : ')', after);
                    after = close > 0 && close - after <= MAX_NOTE + 1 ? close + 1 : after;
                }
                for (String join : w.nameJoins) {
                    if (text.startsWith(join, after)) {
                        int from = after + join.length();
                        int to = from;
                        // (星程電信與北辰則將…: 則 after a name marks it as the topic, and ends it)
                        while (to < text.length() && to - from < MAX_STEM && isHan(text.charAt(to))
                                && w.nameBounds.indexOf(text.charAt(to)) < 0 && !w.topicMarkers.contains(String.valueOf(text.charAt(to)))) {
                            to++;
                        }
                        boolean ends = to >= text.length() || !isHan(text.charAt(to)) || w.nameBounds.indexOf(text.charAt(to)) >= 0
                                || w.topicMarkers.contains(String.valueOf(text.charAt(to)));
                        String listed = text.substring(from, to);
                        // (a short name the text gave already, 北辰 of 北辰行動通訊, is that name)
                        boolean alias = found.values().stream().anyMatch(o -> o.contains(listed));
                        if (to - from >= 2 && ends && !alias && w.notNameStart.stream().noneMatch(listed::startsWith)) {
                            found.computeIfAbsent(text.substring(from, to), k -> new LinkedHashSet<>());
                        }
                    }
                    if (at >= join.length() && text.startsWith(join, at - join.length())) {
                        int to = at - join.length();
                        int from = to;
                        while (from > 0 && to - from < MAX_STEM && !bound(text.charAt(from - 1), 0, w)) {
                            from--;
                        }
                        boolean ends = from == 0 || bound(text.charAt(from - 1), 0, w);
                        if (to - from >= 2 && ends && w.notNameStart.stream().noneMatch(text.substring(from, to)::startsWith)) {
                            found.computeIfAbsent(text.substring(from, to), k -> new LinkedHashSet<>());
                        }
                    }
                }
            }
        }
    }

    /** Whether a bracket follows (天衡商城（虛構）, 騰訊（00700.HK）). */
    private static boolean annotated(String text, int end) {
        return end < text.length() && (text.charAt(end) == '（' || text.charAt(end) == '(');
    }

    /**
     * A bracket after a name annotates it: 天衡商城（虛構）, 嘉域城市指數（JCI）. Letters in it are the
     * name's short form. A bracket right after an organisation's name only adds that short form; one
     * after a time (上週末（…）) or after a run of characters with no bound names nothing.
     */
    private static void bracketed(String text, ReadingWords w, List<Mention> mentions, Map<String, Set<String>> found) {
        Map<Integer, Mention> byEnd = new java.util.HashMap<>();
        mentions.forEach(m -> byEnd.put(m.end, m));
        for (int i = 0; i < text.length(); i++) {
            char open = text.charAt(i);
            if (open != '（' && open != '(') {
                continue;
            }
            char close = open == '（' ? '）' : ')';
            int end = text.indexOf(close, i + 1);
            if (end < 0 || end - i - 1 > MAX_NOTE || end == i + 1) {
                continue;
            }
            String note = text.substring(i + 1, end).strip();
            // 北辰行動通訊（6983，簡稱北辰）: the short name the article goes on to use, after its word; the
            // rest of the bracket (a ticker) is read as a bracket of its own
            String shortName = null;
            for (String part : note.split("[，,、；;]")) {
                for (String word : w.shortNameWords) {
                    String p = part.strip();
                    if (p.startsWith(word)) {
                        String rest = p.substring(word.length()).replaceAll("^[：:\\s“”「」\"]+|[“”「」\"\\s]+$", "");
                        if (rest.length() >= 2 && rest.length() <= 10) {
                            shortName = rest;
                        }
                        note = note.replace(part, "").replaceAll("^[，,、；;\\s]+|[，,、；;\\s]+$", "");
                        break;
                    }
                }
            }
            // （股票代號6917）: the word for a ticker before it
            for (String word : w.tickerWords) {
                if (note.startsWith(word)) {
                    note = note.substring(word.length()).strip();
                    break;
                }
            }
            // a short form (JCI), a ticker (00700.HK) or a remark in Chinese (虛構); not a pinyin annotation
            boolean letters = note.matches("[A-Z][A-Za-z&.\\- ]{0,11}");
            // (a bracket holding only a short name still marks the name before it)
            if (!letters && !note.matches("[A-Z]{0,6}[:：]?\\s*\\d{4,6}(\\.[A-Z]{1,3})?") && !(shortName != null && note.isEmpty())
                    && !note.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                continue;
            }
            Mention m = byEnd.get(i);
            if (m != null) {
                if (letters && m.name != null) {
                    found.computeIfAbsent(m.name, k -> new LinkedHashSet<>()).add(note);
                }
                if (shortName != null && m.name != null && !shortName.equals(m.name)) {
                    found.computeIfAbsent(m.name, k -> new LinkedHashSet<>()).add(shortName);
                }
                continue;
            }
            if (i == 0 || w.nameSoftBounds.indexOf(text.charAt(i - 1)) >= 0) {
                continue; // 上週末（11月8日至9日）: a time's dates
            }
            int lineStart = text.lastIndexOf('\n', i) + 1;
            if ((end + 1 == text.length() || text.charAt(end + 1) == '\n') && i - lineStart > MAX_BRACKETED) {
                continue; // …合同负债与批价双双承压（虚构）: a remark on the headline it closes, not on a name
            }
            int start = i;
            while (start > 0 && i - start < MAX_BRACKETED && !bound(text.charAt(start - 1), i - start, w)) {
                start--;
            }
            boolean bounded = start == 0 || bound(text.charAt(start - 1), i - start, w);
            int described = afterDescription(text, w, i);
            if (described >= 0) {
                start = bounded ? Math.max(start, described) : described;
                bounded = true;
            }
            String name = text.substring(start, i);
            // 每股盈餘（EPS）: a measure per unit and its short form, no name
            if (start > 0 && text.charAt(start - 1) == '每') {
                continue;
            }
            // 1.2萬宗（…）: a quantity's word; 公司主席陳柏謙（虛構）: a person, named by a title
            boolean quantity = start > 0 && Character.isDigit(text.charAt(start - 1));
            // 龍頭寰宇電信（股票代號6917）: a word no name starts with, before the name, is left out of it
            for (String opener : w.notNameStart) {
                if (name.startsWith(opener) && name.length() - opener.length() >= 2) {
                    name = name.substring(opener.length());
                    start += opener.length();
                }
            }
            // 每用戶平均營收（ARPU）: a measure and its short form, no name
            final String named = name;
            if (i - start < 2 || !bounded || quantity || w.personTitles.stream().anyMatch(name::contains)
                    || w.notNameStart.stream().anyMatch(name::startsWith) || w.measureHeads.stream().anyMatch(named::endsWith)) {
                continue;
            }
            Set<String> other = found.computeIfAbsent(name, k -> new LinkedHashSet<>());
            if (letters) {
                other.add(note);
            }
            if (shortName != null && !shortName.equals(name)) {
                other.add(shortName);
            }
        }
    }

    /**
     * Whether a character before a name's {@code taken} characters ends it: anything not Han, a
     * function word, or (beyond the two characters next to the organisation word) a time or a numeral.
     */
    private static boolean bound(char c, int taken, ReadingWords w) {
        return !isHan(c) || w.nameBounds.indexOf(c) >= 0 || taken >= 2 && w.nameSoftBounds.indexOf(c) >= 0;
    }

    /**
     * 電子代工龍頭瀚聯精密工業（2391）: where a name before a bracket at {@code at} starts after a description
     * ending with a word of description_ends_zh, however long the description (two to eight Han characters
     * after it); else -1.
     */
    private static int afterDescription(String text, ReadingWords w, int at) {
        String run = text.substring(Math.max(0, at - 3 * MAX_BRACKETED), at);
        int out = -1;
        for (String d : w.descriptionEndsZh) {
            int k = run.lastIndexOf(d);
            int after = k < 0 ? -1 : at - run.length() + k + d.length();
            if (k >= 0 && at - after >= 2 && at - after <= MAX_BRACKETED && text.substring(after, at).chars().allMatch(c -> isHan((char) c))) {
                out = Math.max(out, after);
            }
        }
        return out;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
