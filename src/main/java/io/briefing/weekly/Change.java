package io.briefing.weekly;

import io.briefing.facts.Fact;
import java.math.BigDecimal;
import java.util.OptionalDouble;

/**
 * One fact compared across two weeks.
 *
 * @param previous the fact in the previous week's table, null when it is new
 * @param current  the fact in this week's table, null when it was dropped
 * @param delta    current − previous in the fact's base unit (percentage points for a percent), only for {@link ChangeKind#MOVED}
 * @param relative delta ÷ |previous|, only for a move from a figure other than zero
 */
public record Change(ChangeKind kind, String id, Fact previous, Fact current, BigDecimal delta, OptionalDouble relative) {
    /** The fact as this week states it, or as last week did when it was dropped. */
    public Fact latest() {
        return current != null ? current : previous;
    }
}
