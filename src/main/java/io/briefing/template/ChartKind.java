package io.briefing.template;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The kinds of chart a template can ask for. AUTO picks one from the facts (timeline for dated events, bar otherwise). */
public enum ChartKind {
    AUTO("auto"), BAR("bar"), HBAR("hbar"), GROUPED_BAR("grouped-bar"), STACKED_BAR("stacked-bar"), LINE("line"), TIMELINE("timeline");

    private final String code;

    ChartKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ChartKind fromCode(String s) {
        for (ChartKind k : values()) {
            if (k.code.equals(s.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException(s);
    }

    public static String codes() {
        return Arrays.stream(values()).map(ChartKind::code).collect(Collectors.joining(", "));
    }
}
