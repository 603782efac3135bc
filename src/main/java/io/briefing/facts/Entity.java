package io.briefing.facts;

import io.briefing.i18n.Localized;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who or what figures are about, declared once in the manifest's {@code entities:} section: one
 * pair of names (as the article names it, in English and Chinese), the other names the article
 * uses for it, and what kind of thing it is. Rows name it by its id (the table's {@code entity}
 * column) or by one of its names, and take its names: a row cannot rename an entity alone. An entity
 * without rows still tells the check who else the article speaks of, so that its figures are not
 * taken for another's.
 *
 * @param kind what it is, in the manifest's own word ("company", "index", "regulator"), or empty
 */
public record Entity(String id, Localized name, List<String> aliases, String kind) {
    public Entity {
        aliases = List.copyOf(aliases);
    }

    /** Its English and Chinese names, then its aliases, each once. */
    public List<String> names() {
        List<String> all = new ArrayList<>();
        for (String n : List.of(text(name.en()), text(name.zh()))) {
            if (!n.isBlank() && !all.contains(n)) {
                all.add(n);
            }
        }
        aliases.stream().filter(a -> !a.isBlank() && !all.contains(a)).forEach(all::add);
        return all;
    }

    /** Whether {@code said} is one of its names, letter case aside. */
    public boolean isNamed(String said) {
        String k = key(said);
        return !k.isEmpty() && names().stream().anyMatch(n -> key(n).equals(k));
    }

    static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
