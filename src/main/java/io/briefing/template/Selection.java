package io.briefing.template;

import java.util.List;

/**
 * Which facts a section shows: named ids, or a filter by category, unit, key flag, having a value
 * or a date. An empty filter selects every fact.
 *
 * @param ids  the ids, each remembered with where it was written
 * @param unit a unit code, checked against the dataset's units when the briefing is built
 */
public record Selection(List<IdRef> ids, List<String> categories, String unit, Boolean key, boolean numeric,
                        boolean dated, Where where) {

    /** A fact id named in a template, with its place for messages. */
    public record IdRef(String id, Where where) {}

    public static Selection all(Where where) {
        return new Selection(List.of(), List.of(), null, null, false, false, where);
    }

    public boolean byIds() {
        return !ids.isEmpty();
    }
}
