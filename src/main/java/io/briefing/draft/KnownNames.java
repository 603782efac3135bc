package io.briefing.draft;

import io.briefing.facts.Fact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names a series' earlier week gave its entities, in both languages: a drafted row whose entity
 * the article names as last week's table did (its English or Chinese name, or an alias) gets both of
 * that entity's names, and nothing is left for the analyst to fill there. An entity last week did not
 * have stays marked to fill.
 */
public final class KnownNames {
    private record Names(String en, String zh) {}

    private final Map<String, Names> byName = new HashMap<>();

    private KnownNames() {}

    /** The names the manifest's {@code entities:} give: each entity's pair, found by any of its names. */
    public static KnownNames of(List<io.briefing.facts.Entity> declared) {
        KnownNames k = new KnownNames();
        for (io.briefing.facts.Entity e : declared) {
            Names n = new Names(e.name().en() == null ? "" : e.name().en(), e.name().zh() == null ? "" : e.name().zh());
            for (String name : e.names()) {
                k.byName.putIfAbsent(key(name), n);
            }
        }
        return k;
    }

    /** The names of the entities of an earlier week's facts. */
    public KnownNames(List<Fact> earlier) {
        for (Fact f : earlier) {
            Names n = new Names(f.entity().en(), f.entity().zh());
            if (n.en().isBlank() || n.zh().isBlank()) {
                continue;
            }
            List<String> all = new ArrayList<>(List.of(n.en(), n.zh()));
            all.addAll(f.aliases());
            for (String name : all) {
                byName.putIfAbsent(key(name), n);
            }
        }
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The rows with both names filled where last week's table knows their entity. */
    public List<DraftRow> fill(List<DraftRow> rows) {
        List<DraftRow> out = new ArrayList<>(rows.size());
        for (DraftRow r : rows) {
            String said = r.entityEn().isBlank() ? r.entityZh() : r.entityEn();
            Names n = said.isBlank() ? null : byName.get(key(said));
            if (n == null) {
                out.add(r);
                continue;
            }
            List<String> toFill = new ArrayList<>(r.toFill());
            String en = n.en().isBlank() ? r.entityEn() : n.en();
            String zh = n.zh().isBlank() ? r.entityZh() : n.zh();
            if (!en.isBlank()) {
                toFill.remove("entity_en");
            }
            if (!zh.isBlank()) {
                toFill.remove("entity_zh");
            }
            out.add(new DraftRow(r.id(), r.value(), r.unit(), r.qualifier(), r.period(), en, zh, r.metricEn(), r.metricZh(),
                    r.quote(), r.figure(), r.sentence(), r.line(), r.start(), List.copyOf(toFill)));
        }
        return out;
    }

    /** How many of the rows it fills. */
    public long known(List<DraftRow> rows) {
        return rows.stream().filter(r -> byName.containsKey(key(r.entityEn().isBlank() ? r.entityZh() : r.entityEn()))).count();
    }
}
