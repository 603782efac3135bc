package io.briefing.provenance;

import io.briefing.facts.Qualifier;
import java.util.List;
import java.util.Map;

/**
 * The words with which Chinese text bounds a number. Words before the number bind within the same
 * clause (最高5億元、5000萬元 — both are caps); words after it must follow the number and its unit
 * directly (90%以上, 20余家, 200億俱樂部).
 */
final class Qualifiers {
    private static final Map<Qualifier, List<String>> BEFORE = Map.of(
            Qualifier.AT_LEAST, List.of("至少", "不少於", "不少于", "不低於", "不低于", "起碼"),
            Qualifier.MORE_THAN, List.of("超過", "超过", "多於", "逾"),
            Qualifier.AT_MOST, List.of("最高", "最多", "至多", "不超過", "不超过", "不高於", "上限"),
            Qualifier.APPROXIMATELY, List.of("大約", "大约", "約", "约", "將近", "接近", "近", "大概"));
    private static final Map<Qualifier, List<String>> AFTER = Map.of(
            Qualifier.AT_LEAST, List.of("以上", "俱樂部", "俱乐部"),
            Qualifier.MORE_THAN, List.of("余", "餘", "多"),
            Qualifier.AT_MOST, List.of("以內", "以内", "以下"),
            Qualifier.APPROXIMATELY, List.of("左右", "上下"));
    private static final String CLAUSE_END = ",，。;；:：!！?？\n";

    private Qualifiers() {}

    /** What the text says of the mention: the qualifier its wording implies, with the word that says so. */
    record Found(Qualifier qualifier, String word) {}

    static Found around(String text, NumberMention m) {
        // after: right behind the number and unit, skipping a closing quote mark
        int a = m.end();
        while (a < text.length() && "”\"」’'".indexOf(text.charAt(a)) >= 0) {
            a++;
        }
        for (Map.Entry<Qualifier, List<String>> e : AFTER.entrySet()) {
            for (String w : e.getValue()) {
                if (text.startsWith(w, a)) {
                    return new Found(e.getKey(), w);
                }
            }
        }
        // 余 may stand between the number and its measure word: 20余家
        if (m.end() < text.length() && "余餘多".indexOf(text.charAt(m.end())) >= 0) {
            return new Found(Qualifier.MORE_THAN, String.valueOf(text.charAt(m.end())));
        }
        int clauseStart = m.start();
        while (clauseStart > 0 && CLAUSE_END.indexOf(text.charAt(clauseStart - 1)) < 0) {
            clauseStart--;
        }
        String before = text.substring(clauseStart, m.start());
        for (Map.Entry<Qualifier, List<String>> e : BEFORE.entrySet()) {
            for (String w : e.getValue()) {
                int at = before.lastIndexOf(w);
                if (at < 0) {
                    continue;
                }
                // one-character words (約, 近, 逾) bind only when they stand right before the number
                boolean adjacent = at + w.length() >= before.length() - 1;
                if (w.length() > 1 || adjacent) {
                    return new Found(e.getKey(), w);
                }
            }
        }
        return new Found(Qualifier.EXACT, "");
    }
}
