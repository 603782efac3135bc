package io.briefing.template;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The factor a chart's axis is divided by. AUTO picks per language: billions/millions in English,
 * 億/萬 in Chinese, none for percentages.
 */
public enum Scale {
    AUTO("auto", 0), UNITS("units", 1), THOUSANDS("thousands", 1e3), WAN("wan", 1e4), MILLIONS("millions", 1e6),
    YI("yi", 1e8), BILLIONS("billions", 1e9);

    private final String code;
    private final double divisor;

    Scale(String code, double divisor) {
        this.code = code;
        this.divisor = divisor;
    }

    public String code() {
        return code;
    }

    public double divisor() {
        return divisor;
    }

    public static Scale fromCode(String s) {
        for (Scale k : values()) {
            if (k.code.equals(s.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException(s);
    }

    public static String codes() {
        return Arrays.stream(values()).map(Scale::code).collect(Collectors.joining(", "));
    }
}
