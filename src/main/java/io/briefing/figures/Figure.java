package io.briefing.figures;

import io.briefing.facts.Qualifier;
import io.briefing.facts.Unit;
import java.math.BigDecimal;
import java.util.List;

/**
 * A figure as a text states it: "下跌35%" is 35 percent with a fall, "$3.2 billion" is 3,200,000,000
 * US dollars, "20余家" is more than 20 with the measure word 家, "最高5億元" at most 500,000,000 yuan.
 *
 * @param magnitude     the number in base units, magnitude words applied, without sign (3.2 billion → 3200000000)
 * @param direction     how the text says it moved: a fall, a rise, or nothing said
 * @param directionWord the word that says so ("下跌", "fell", "-"), or ""
 * @param units         the units its unit word may mean ("%" is percent or share); empty for a bare number
 * @param unitWord      the symbol or word that states the unit ("元", "$", "GW"), or ""
 * @param qualifier     what its bounding word says (exact when there is none)
 * @param qualifierWord the bounding word, or ""
 * @param start         offset of its first character in the text read (its sign or currency symbol)
 * @param end           offset after its unit
 */
public record Figure(BigDecimal magnitude, Direction direction, String directionWord, List<Unit> units, String unitWord,
                     Qualifier qualifier, String qualifierWord, String text, int start, int end) {

    public enum Direction { FALL, RISE, NONE }

    /** The value with the sign the text gives it: a fall is negative. */
    public BigDecimal signed() {
        return direction == Direction.FALL ? magnitude.negate() : magnitude;
    }

    /** The value for a unit: signed for units that can be negative, the magnitude for the rest (a count, a share). */
    public BigDecimal valueIn(Unit unit) {
        return unit.kind().signed() ? signed() : magnitude;
    }

    /** Whether this figure can state a value in the unit: its unit word means that unit, or it is bare and the unit allows that. */
    public boolean canBeIn(Unit unit) {
        return units.isEmpty() ? unit.bare() : units.contains(unit);
    }

    public boolean bare() {
        return units.isEmpty();
    }
}
