package io.briefing.i18n;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The briefing's own words (headings, column names, units) in one language, from the bundled properties. */
public final class Labels {
    private static final Map<Language, Labels> CACHE = new EnumMap<>(Language.class);
    private final ResourceBundle bundle;
    private final Language language;

    private Labels(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("io.briefing.i18n.labels", language == Language.ZH ? Language.ZH.locale()
                : Language.EN.locale(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static synchronized Labels of(Language language) {
        return CACHE.computeIfAbsent(language, Labels::new);
    }

    public Language language() {
        return language;
    }

    /** True when this language has a label for the key. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern.replace("'", "''"), language.locale()).format(args);
    }
}
