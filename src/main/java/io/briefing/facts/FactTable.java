package io.briefing.facts;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Function;
import java.util.function.Predicate;


/**
 * The facts of one briefing, in table order, with the manifest that describes them. The rows are
 * kept compactly ({@link FactStore}) and a {@link Fact} is rebuilt each time one is read, so the
 * lists handed out here are views: iterate them, filter them into further views with
 * {@link #where}, keep only the few facts that are shown.
 */
public final class FactTable {
    private final Dataset dataset;
    private final FactStore store;
    private final List<Fact> all;
    private final List<DraftMark> drafts;

    FactTable(Dataset dataset, FactStore store, List<DraftMark> drafts) {
        this.dataset = dataset;
        this.store = store;
        this.all = new View(null);
        this.drafts = drafts;
    }

    /** The rows still marked draft (their {@code draft} cell is not empty), in table order. */
    public List<DraftMark> drafts() {
        return drafts;
    }

    public Dataset dataset() {
        return dataset;
    }

    /** Every fact in table order, rebuilt as it is read. */
    public List<Fact> facts() {
        return all;
    }

    public Optional<Fact> fact(String id) {
        int i = store.indexOf(id);
        return i < 0 ? Optional.empty() : Optional.of(store.get(i));
    }

    /** The position of the fact with this id in table order (0 for the first row), or -1. */
    public int indexOf(String id) {
        return store.indexOf(id);
    }

    public int size() {
        return store.size();
    }

    /** Heap the rows and their index take, in bytes. */
    public long storedBytes() {
        return store.bytes();
    }

    /** Bytes of rows moved out of the heap into a mapped temporary file. */
    public long spilledBytes() {
        return store.spilledBytes();
    }

    /**
     * The facts of {@code facts} that match, in their order. When {@code facts} is a view of this
     * table the result is a view too (four bytes a match); otherwise a plain list.
     */
    public static List<Fact> where(List<Fact> facts, Predicate<Fact> test) {
        if (facts instanceof View v) {
            return v.where(test);
        }
        return facts.stream().filter(test).toList();
    }

    /**
     * The facts of {@code facts} grouped by a key, each group in list order, in one pass. Groups
     * of a view of this table are views too.
     */
    public static <K> Map<K, List<Fact>> groupBy(List<Fact> facts, Function<Fact, K> key) {
        Map<K, List<Fact>> out = new LinkedHashMap<>();
        if (facts instanceof View v) {
            Map<K, int[]> rows = new LinkedHashMap<>();
            Map<K, Integer> counts = new HashMap<>();
            for (int i = 0; i < v.size(); i++) {
                int row = v.row(i);
                K k = key.apply(v.table().store.get(row));
                int n = counts.getOrDefault(k, 0);
                int[] r = rows.computeIfAbsent(k, x -> new int[16]);
                if (n == r.length) {
                    r = Arrays.copyOf(r, n * 2);
                    rows.put(k, r);
                }
                r[n] = row;
                counts.put(k, n + 1);
            }
            rows.forEach((k, r) -> out.put(k, v.table().new View(Arrays.copyOf(r, counts.get(k)))));
            return out;
        }
        for (Fact f : facts) {
            out.computeIfAbsent(key.apply(f), x -> new ArrayList<>()).add(f);
        }
        return out;
    }

    /** The facts of this table at the given rows, in that order. */
    private final class View extends AbstractList<Fact> implements RandomAccess {
        /** Rows in table order, or null for every row. */
        private final int[] rows;

        View(int[] rows) {
            this.rows = rows;
        }

        @Override
        public Fact get(int i) {
            if (rows == null) {
                return store.get(i);
            }
            if (i < 0 || i >= rows.length) {
                throw new IndexOutOfBoundsException(i);
            }
            return store.get(rows[i]);
        }

        @Override
        public int size() {
            return rows == null ? store.size() : rows.length;
        }

        int row(int i) {
            return rows == null ? i : rows[i];
        }

        FactTable table() {
            return FactTable.this;
        }

        List<Fact> where(Predicate<Fact> test) {
            int n = size();
            int[] kept = new int[Math.min(n, 16)];
            int k = 0;
            for (int i = 0; i < n; i++) {
                int row = rows == null ? i : rows[i];
                if (test.test(store.get(row))) {
                    if (k == kept.length) {
                        kept = Arrays.copyOf(kept, Math.max(16, k * 2));
                    }
                    kept[k++] = row;
                }
            }
            return new View(Arrays.copyOf(kept, k));
        }
    }
}
