package io.briefing.facts;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How a number relates to the truth. The article says "90%以上" (at least), "20余家" (more than),
 * "最高5億元" (at most); a bound must never be shown as if it were an exact value.
 */
public enum Qualifier {
    EXACT("exact"),
    AT_LEAST("at_least"),
    MORE_THAN("more_than"),
    AT_MOST("at_most"),
    /** 不足七成, 不到一半, "less than half": the truth is below the number. */
    LESS_THAN("less_than"),
    APPROXIMATELY("approximately"),
    /**
     * 1.38萬億元至1.45萬億元, "between $13 billion and $13.5 billion": the truth lies between two numbers;
     * the value is written low to high, {@code 13000000000..13500000000}.
     */
    RANGE("range");

    private final String code;

    Qualifier(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean isExact() {
        return this == EXACT;
    }

    public static Qualifier fromCode(String code) {
        String c = code.trim().toLowerCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (Qualifier q : values()) {
            if (q.code.equals(c)) {
                return q;
            }
        }
        throw new IllegalArgumentException(code);
    }

    public static String allowedCodes() {
        return Arrays.stream(values()).map(Qualifier::code).collect(Collectors.joining(", "));
    }
}
