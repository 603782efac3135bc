package io.briefing.facts;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number with its unit and how exact it is: "at least 20,000,000,000 CNY". A range ("between 13 and
 * 13.5 billion") holds its low end as {@code value} and its high end as {@code high}; any other amount
 * has {@code high} equal to {@code value}.
 */
public record Amount(BigDecimal value, Unit unit, Qualifier qualifier, BigDecimal high) {
    public Amount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(high, "high");
        if (qualifier != Qualifier.RANGE && high.compareTo(value) != 0) {
            throw new IllegalArgumentException("only a range has a high end apart from its value");
        }
    }

    public Amount(BigDecimal value, Unit unit, Qualifier qualifier) {
        this(value, unit, qualifier, value);
    }

    public boolean isRange() {
        return qualifier == Qualifier.RANGE;
    }

    public double asDouble() {
        return value.doubleValue();
    }

    /** The value as the fact table writes it: {@code 20000000000}, or {@code 13000000000..13500000000} for a range. */
    public String written() {
        return isRange() ? value.toPlainString() + ".." + high.toPlainString() : value.toPlainString();
    }
}
