package io.briefing.template;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The order of a chart's or table's items. A chart's bars default to {@link #SIZE}, longest first, so its
 * shape reads as a ranking; a table keeps the fact table's order.
 */
public enum SortOrder {
    TABLE("table"), SIZE("size"), VALUE_DESC("value-desc"), VALUE_ASC("value-asc"), PERIOD("period"), LABEL("label");

    private final String code;

    SortOrder(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static SortOrder fromCode(String s) {
        for (SortOrder k : values()) {
            if (k.code.equals(s.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException(s);
    }

    public static String codes() {
        return Arrays.stream(values()).map(SortOrder::code).collect(Collectors.joining(", "));
    }
}
