package io.briefing.facts;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What sort of quantity a unit measures. The kind decides the rules every unit of it shares: whether
 * a value may be negative, whether it has a natural ceiling, and how a spreadsheet stores it.
 */
public enum UnitKind {
    CURRENCY("currency"),
    /** A change or rate in percent; may be negative or above 100 (an index gain of 184%). */
    PERCENT("percent"),
    /** A part of a whole in percent (a price cut of 90%): between 0 and 100; a ratio outside that (a margin of −2.3%, a combined ratio of 102.7%) is kept with a warning. */
    SHARE("share"),
    /** A difference of two percentages, in percentage points. */
    POINTS("points"),
    /** Whole things: companies, users, vehicles. Never negative. */
    COUNT("count"),
    /** A physical amount (GW, tonnes); negative only as a change. */
    QUANTITY("quantity"),
    DURATION("duration"),
    /** A fact without a number (a milestone). */
    NONE("none");

    private final String code;

    UnitKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether a value of this kind can be negative: a fall, a loss. */
    public boolean signed() {
        return switch (this) {
            case CURRENCY, PERCENT, POINTS, QUANTITY -> true;
            case SHARE, COUNT, DURATION, NONE -> false;
        };
    }

    /**
     * Whether a fact of this unsigned kind may still be negative, as a change: a count or a duration is
     * a size, but "stays fell by 0.2 nights" and "200 fewer stores than a year ago" are falls.
     */
    public boolean changeMayFall() {
        return switch (this) {
            case COUNT, DURATION -> true;
            case CURRENCY, PERCENT, SHARE, POINTS, QUANTITY, NONE -> false;
        };
    }

    /** Values stated in percent, kept in percent in the fact table and as fractions in spreadsheets. */
    public boolean percentLike() {
        return this == PERCENT || this == SHARE;
    }

    /** The largest value a unit of this kind can have, or null. */
    public Double ceiling() {
        return this == SHARE ? 100.0 : null;
    }

    /** Whether a number alone, with no unit word, may state a value of this kind (4.3億 users). */
    public boolean bareByDefault() {
        return this == CURRENCY || this == COUNT;
    }

    /** The magnitude words a value of this kind is written with by default. */
    public Magnitudes defaultMagnitudes(boolean chinese) {
        return switch (this) {
            case CURRENCY, COUNT -> chinese ? Magnitudes.MYRIAD : Magnitudes.WESTERN;
            case PERCENT, SHARE, POINTS, QUANTITY, DURATION, NONE -> Magnitudes.NONE;
        };
    }

    public static UnitKind fromCode(String code) {
        for (UnitKind k : values()) {
            if (k.code.equals(code.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException(code);
    }

    public static String allowedCodes() {
        return Arrays.stream(values()).map(UnitKind::code).collect(Collectors.joining(", "));
    }
}
