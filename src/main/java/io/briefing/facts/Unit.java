package io.briefing.facts;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The unit a fact's value is stated in, always in base units (yuan, not 億元; users, not 萬). */
public enum Unit {
    /** A change or rate in percent; may be negative or above 100 (an index gain of 184%). */
    PERCENT("percent"),
    /** A part of a whole in percent (a price cut of 90%): between 0 and 100. */
    SHARE("share"),
    CNY("CNY"),
    USD("USD"),
    COUNT("count"),
    DAYS("days"),
    NONE("none");

    private final String code;

    Unit(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean isPercent() {
        return this == PERCENT || this == SHARE;
    }

    public boolean isCurrency() {
        return this == CNY || this == USD;
    }

    public static Unit fromCode(String code) {
        String c = code.trim();
        for (Unit u : values()) {
            if (u.code.equalsIgnoreCase(c)) {
                return u;
            }
        }
        throw new IllegalArgumentException(code);
    }

    public static String allowedCodes() {
        return Arrays.stream(values()).map(Unit::code).collect(Collectors.joining(", "));
    }
}
