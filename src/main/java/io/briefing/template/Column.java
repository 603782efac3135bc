package io.briefing.template;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A column a template's table may show; its heading is the label {@code col.<code>}. */
public enum Column {
    ID("id"), CATEGORY("category"), ENTITY("entity"), ENTITY_ZH("entity_zh"), METRIC("metric"), VALUE("value"),
    UNIT("unit"), QUALIFIER("qualifier"), PERIOD("period"), REPORTER("reporter"), QUOTE("quote"), SOURCE("source"),
    STATUS("status");

    private final String code;

    Column(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Column fromCode(String s) {
        for (Column c : values()) {
            if (c.code.equals(s.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException(s);
    }

    public static String codes() {
        return Arrays.stream(values()).map(Column::code).collect(Collectors.joining(", "));
    }
}
