package io.briefing.build;

import io.briefing.facts.Fact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The first {@code k} facts of a list in a given order, found in one pass that keeps only
 * {@code k} of them: a table section or a chart shows a handful of rows of a table that may have a
 * million. Equal facts keep their list order, as a stable sort would.
 */
final class Ranking {
    private Ranking() {}

    private record Ranked(Fact fact, int position) {}

    static List<Fact> top(List<Fact> facts, Comparator<Fact> order, int k) {
        if (k <= 0) {
            return List.of();
        }
        Comparator<Ranked> ranked = Comparator.comparing(Ranked::fact, order).thenComparingInt(Ranked::position);
        // the worst of the kept ones on top, to be pushed out by a better one
        PriorityQueue<Ranked> kept = new PriorityQueue<>(k + 1, ranked.reversed());
        int position = 0;
        for (Fact f : facts) {
            Ranked r = new Ranked(f, position++);
            if (kept.size() < k) {
                kept.add(r);
            } else if (ranked.compare(r, kept.peek()) < 0) {
                kept.poll();
                kept.add(r);
            }
        }
        List<Ranked> out = new ArrayList<>(kept);
        out.sort(ranked);
        return out.stream().map(Ranked::fact).toList();
    }
}
