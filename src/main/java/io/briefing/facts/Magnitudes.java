package io.briefing.facts;

/** How large values of a unit are written: 20 billion, 200億, or in full. */
public enum Magnitudes {
    /** thousand, million, billion (steps of 10³) */
    WESTERN("western"),
    /** 萬 and 億 (steps of 10⁴) */
    MYRIAD("myriad"),
    /** always in full: 1,200 GW */
    NONE("none");

    private final String code;

    Magnitudes(String code) {
        this.code = code;
    }

    public static Magnitudes fromCode(String code) {
        for (Magnitudes m : values()) {
            if (m.code.equals(code.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
