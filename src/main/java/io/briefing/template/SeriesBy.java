package io.briefing.template;

/** What separates the series of a grouped, stacked or line chart (bars are grouped by entity). */
public enum SeriesBy {
    METRIC("metric"), PERIOD("period"), CATEGORY("category");

    private final String code;

    SeriesBy(String code) {
        this.code = code;
    }

    public static SeriesBy fromCode(String s) {
        for (SeriesBy b : values()) {
            if (b.code.equals(s.trim())) {
                return b;
            }
        }
        throw new IllegalArgumentException(s);
    }
}
