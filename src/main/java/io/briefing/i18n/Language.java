package io.briefing.i18n;

import java.util.Locale;

/** The languages a briefing can be written in. Chinese is Traditional, as the source article. */
public enum Language {
    EN("en", Locale.ENGLISH),
    ZH("zh", Locale.TRADITIONAL_CHINESE);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public static Language fromCode(String code) {
        for (Language l : values()) {
            if (l.code.equalsIgnoreCase(code.trim())) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language '" + code + "' (expected en or zh)");
    }
}
