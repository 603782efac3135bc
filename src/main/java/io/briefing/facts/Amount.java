package io.briefing.facts;

import java.math.BigDecimal;
import java.util.Objects;

/** A number with its unit and how exact it is: "at least 20,000,000,000 CNY". */
public record Amount(BigDecimal value, Unit unit, Qualifier qualifier) {
    public Amount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(qualifier, "qualifier");
    }

    public double asDouble() {
        return value.doubleValue();
    }
}
