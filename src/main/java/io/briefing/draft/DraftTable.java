package io.briefing.draft;

import java.util.List;

/** Draft rows as a fact table in the project's own CSV format, with a {@code draft} column naming what is left to do. */
public final class DraftTable {
    public static final String HEADER = "id,category,entity_en,entity_zh,metric_en,metric_zh,value,unit,qualifier,period,"
            + "reporter_en,reporter_zh,key,aliases,quote,draft";

    private DraftTable() {}

    /** The CSV text of the rows, the header first unless {@code withHeader} is false (rows to paste into a table). */
    public static String csv(List<DraftRow> rows, boolean withHeader) {
        return csv(rows, withHeader, true);
    }

    /** The rows, with or without the draft column: rows to paste into a table that has none leave it out. */
    public static String csv(List<DraftRow> rows, boolean withHeader, boolean draftColumn) {
        StringBuilder sb = new StringBuilder();
        if (withHeader) {
            sb.append(draftColumn ? HEADER : HEADER.substring(0, HEADER.lastIndexOf(','))).append('\n');
        }
        for (DraftRow r : rows) {
            String[] f = {r.id(), "", r.entityEn(), r.entityZh(), r.metricEn(), r.metricZh(), r.value(), r.unit(),
                r.qualifier(), r.period(), "", "", "", "", r.quote(), "fill: " + String.join(" ", r.toFill())};
            int n = draftColumn ? f.length : f.length - 1;
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(field(f[i]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String field(String s) {
        String one = s.replace('\n', ' ').replace('\r', ' ');
        if (one.indexOf(',') >= 0 || one.indexOf('"') >= 0 || one.startsWith(" ") || one.endsWith(" ")) {
            return '"' + one.replace("\"", "\"\"") + '"';
        }
        return one;
    }
}
