package io.briefing.facts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The facts of one briefing, in table order, with the manifest that describes them. */
public final class FactTable {
    private final Dataset dataset;
    private final List<Fact> facts;
    private final Map<String, Fact> byId;

    public FactTable(Dataset dataset, List<Fact> facts) {
        this.dataset = dataset;
        this.facts = List.copyOf(facts);
        Map<String, Fact> m = new LinkedHashMap<>();
        for (Fact f : facts) {
            m.put(f.id(), f);
        }
        this.byId = m;
    }

    public Dataset dataset() {
        return dataset;
    }

    public List<Fact> facts() {
        return facts;
    }

    public Optional<Fact> fact(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return facts.size();
    }
}
