package io.briefing.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of chart, one enum for templates, builders and renderers. Every place that treats kinds
 * differently dispatches with an exhaustive switch, so a new kind is a compile error in each of them
 * until it is handled. A template may also ask for "auto" ({@link #AUTO}): no kind, which the builder
 * resolves from the facts.
 */
public enum ChartKind {
    BAR("bar"), HBAR("hbar"), GROUPED_BAR("grouped-bar"), STACKED_BAR("stacked-bar"), LINE("line"), TIMELINE("timeline");

    /** What a template writes for "pick one from the facts". */
    public static final String AUTO = "auto";

    private final String code;

    ChartKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The kind a template names, empty for {@value #AUTO}; an unknown name is an IllegalArgumentException. */
    public static Optional<ChartKind> fromCode(String s) {
        String c = s.trim();
        if (c.equals(AUTO)) {
            return Optional.empty();
        }
        for (ChartKind k : values()) {
            if (k.code.equals(c)) {
                return Optional.of(k);
            }
        }
        throw new IllegalArgumentException(s);
    }

    /** Every name a template may write, "auto" first. */
    public static String codes() {
        return AUTO + ", " + Arrays.stream(values()).map(ChartKind::code).collect(Collectors.joining(", "));
    }
}
