package io.briefing.facts;

import io.briefing.i18n.Localized;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


/**
 * One row of the fact table: a single statement from the source, with its number (if it has one)
 * and the verbatim quote that states it.
 *
 * @param aliases other names the article uses for the entity ("雲廠商" for "cloud vendors")
 * @param line the line of the fact table the row starts on, for messages
 */
public record Fact(
        String id,
        String category,
        Localized entity,
        Localized metric,
        Amount amount,
        Unit unit,
        Qualifier qualifier,
        Period period,
        Localized reporter,
        boolean key,
        String quote,
        List<String> aliases,
        int line) {

    public Optional<Amount> value() {
        return Optional.ofNullable(amount);
    }

    /** Every name the fact's entity goes by: English, Chinese and the row's aliases. */
    public List<String> entityNames() {
        List<String> names = new ArrayList<>();
        for (String n : List.of(entity.en() == null ? "" : entity.en(), entity.zh() == null ? "" : entity.zh())) {
            if (!n.isBlank() && !names.contains(n)) {
                names.add(n);
            }
        }
        aliases.stream().filter(a -> !a.isBlank() && !names.contains(a)).forEach(names::add);
        return names;
    }

    public boolean hasValue() {
        return amount != null;
    }
}
