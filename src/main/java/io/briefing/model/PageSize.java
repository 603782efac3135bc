package io.briefing.model;

import java.util.Locale;

/** The paper a briefing is laid out for. */
public enum PageSize {
    A4, LETTER;

    /** "a4" or "letter", any case. */
    public static PageSize fromCode(String code) {
        return switch (code.trim().toUpperCase(Locale.ROOT)) {
            case "A4" -> A4;
            case "LETTER" -> LETTER;
            default -> throw new IllegalArgumentException("'" + code + "' is not a page size (use a4 or letter)");
        };
    }
}
