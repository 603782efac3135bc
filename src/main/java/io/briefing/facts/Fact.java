package io.briefing.facts;

import io.briefing.i18n.Localized;
import java.util.Optional;

/**
 * One row of the fact table: a single statement from the source, with its number (if it has one)
 * and the verbatim quote that states it.
 *
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
        int line) {

    public Optional<Amount> value() {
        return Optional.ofNullable(amount);
    }

    public boolean hasValue() {
        return amount != null;
    }
}
