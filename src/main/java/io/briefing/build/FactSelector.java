package io.briefing.build;

import io.briefing.facts.Category;
import io.briefing.facts.Fact;
import io.briefing.facts.FactTable;
import io.briefing.input.InputException;
import io.briefing.input.InputProblem;
import io.briefing.template.Selection;
import java.util.ArrayList;
import java.util.List;


/** Applies a template's {@link Selection} to a fact table; a named id that does not exist is a template error. */
final class FactSelector {
    private FactSelector() {}

    static List<Fact> select(Selection s, FactTable table) throws InputException {
        List<Fact> out = new ArrayList<>();
        if (s.byIds()) {
            List<InputProblem> missing = new ArrayList<>();
            for (Selection.IdRef ref : s.ids()) {
                table.fact(ref.id()).ifPresentOrElse(out::add, () -> missing.add(ref.where().problem(
                        "the fact id '" + ref.id() + "' does not exist in " + table.dataset().factsFile().getFileName(),
                        "use an id from the fact table's id column" + suggestion(ref.id(), table))));
            }
            if (!missing.isEmpty()) {
                throw new InputException(missing);
            }
            return out.stream().filter(f -> matches(s, f)).toList();
        }
        List<InputProblem> unknown = new ArrayList<>();
        for (String c : s.categories()) {
            if (table.dataset().category(c).isEmpty()) {
                List<String> ids = table.dataset().categories().stream().map(Category::id).toList();
                unknown.add(s.where().problem("the category '" + c + "' is not declared in " + table.dataset().manifest().getFileName(),
                        "use one of: " + String.join(", ", ids) + closest(c, ids)));
            }
        }
        if (s.unit() != null && table.dataset().units().find(s.unit()).isEmpty()) {
            unknown.add(s.where().problem("the unit '" + s.unit() + "' is not in the unit catalogue",
                    "use one of: " + table.dataset().units().allowedCodes() + ", or add it under units: in the manifest"));
        }
        if (!unknown.isEmpty()) {
            throw new InputException(unknown);
        }
        if (s.categories().isEmpty() && s.unit() == null && s.key() == null && !s.numeric() && !s.dated()) {
            return table.facts();
        }
        // a view of the matching rows: a table of a million facts is not copied
        return FactTable.where(table.facts(), f -> matches(s, f));
    }

    private static boolean matches(Selection s, Fact f) {
        if (!s.categories().isEmpty() && !s.categories().contains(f.category())) {
            return false;
        }
        if (s.unit() != null && !f.unit().code().equalsIgnoreCase(s.unit())) {
            return false;
        }
        if (s.key() != null && f.key() != s.key()) {
            return false;
        }
        if (s.numeric() && !f.hasValue()) {
            return false;
        }
        return !s.dated() || f.period().hasMonth();
    }

    private static String closest(String wanted, List<String> options) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String o : options) {
            int d = distance(wanted, o);
            if (d < bestDistance) {
                bestDistance = d;
                best = o;
            }
        }
        return best != null && bestDistance <= Math.max(2, wanted.length() / 3) ? " (did you mean '" + best + "'?)" : "";
    }

    private static String suggestion(String id, FactTable table) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Fact f : table.facts()) {
            int d = distance(id, f.id());
            if (d < bestDistance) {
                bestDistance = d;
                best = f.id();
            }
        }
        return best != null && bestDistance <= Math.max(2, id.length() / 3) ? " (did you mean '" + best + "'?)" : "";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
