package io.briefing.i18n;

/**
 * A text in English and in Chinese. Either may be missing; {@link #in} falls back to the other
 * language so that a briefing is never printed with a hole in it, and {@link #has} lets callers warn.
 */
public record Localized(String en, String zh) {

    public static Localized of(String both) {
        return new Localized(both, both);
    }

    public String in(Language language) {
        String wanted = language == Language.ZH ? zh : en;
        if (wanted != null && !wanted.isBlank()) {
            return wanted;
        }
        String other = language == Language.ZH ? en : zh;
        return other == null ? "" : other;
    }

    public boolean has(Language language) {
        String wanted = language == Language.ZH ? zh : en;
        return wanted != null && !wanted.isBlank();
    }
}
