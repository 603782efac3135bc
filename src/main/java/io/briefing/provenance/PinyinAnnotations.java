package io.briefing.provenance;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the pinyin readings a converter wrote after characters, as in 經(jīng) or 發(fā). A reading is
 * a lower-case pinyin syllable carrying a tone mark, in ASCII or full-width parentheses, right after
 * a Han character; ordinary parentheses such as (規模定律) or (B端) are left alone.
 */
public final class PinyinAnnotations {
    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    private static final Pattern ANNOTATION = Pattern.compile(
            "(?<=[\\p{IsHan}⟩])[(（]([a-zü]*[" + TONED + "][a-zü" + TONED + "]*)[)）]"
            // a reading whose opening parenthesis was lost to a decoding error: 價yōu) or 〔?〕jié)
            // (or after a repaired character the normalized text marks as guessed: ⟨漲⟩ū))
            + "|(?<=[\\p{IsHan}〕⟩])([a-zü]*[" + TONED + "][a-zü" + TONED + "]*)[)）]");

    private PinyinAnnotations() {}

    /** The text without annotations, and how many were removed. */
    public record Result(String text, int removed) {}

    public static Result strip(String text) {
        Matcher m = ANNOTATION.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        int removed = 0;
        while (m.find()) {
            m.appendReplacement(sb, "");
            removed++;
        }
        m.appendTail(sb);
        return new Result(sb.toString(), removed);
    }

    public static boolean hasAnnotation(String text) {
        return ANNOTATION.matcher(text).find();
    }
}
