package io.briefing.weekly;

import io.briefing.facts.Amount;
import io.briefing.facts.Fact;
import io.briefing.facts.Qualifier;
import io.briefing.input.InputException;
import io.briefing.input.InputProblem;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What changed between two weeks of a series: every fact of either table matched by id, the biggest
 * moves first. A difference is computed only between two verified figures that are both exact (or
 * both approximate); where a bound is involved the change is one of bound.
 */
public record WeekChanges(Week previous, List<Change> changes) {
    /** Order of the list: moves by size, then bounds, new, dropped, rewordings, the rest. */
    private static int rank(ChangeKind k) {
        return switch (k) {
            case MOVED -> 0;
            case BOUND_CHANGED -> 1;
            case NEW -> 2;
            case DROPPED -> 3;
            case REWORDED -> 4;
            case NOT_COMPARED -> 5;
            case UNCHANGED -> 6;
        };
    }

    public List<Change> of(ChangeKind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    public long count(ChangeKind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    /** The change of one fact of this week, if it is compared. */
    public java.util.Optional<Change> forFact(String id) {
        return changes.stream().filter(c -> c.id().equals(id) && c.current() != null).findFirst();
    }

    /**
     * Compares two weeks. A fact whose unit changed between them is refused: its figures measure
     * different things, and a difference between them would mean nothing.
     */
    public static WeekChanges between(Week previous, Week current) throws InputException {
        List<Change> out = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (Fact now : current.table().facts()) {
            Fact before = previous.table().fact(now.id()).orElse(null);
            if (before == null) {
                out.add(new Change(ChangeKind.NEW, now.id(), null, now, null, OptionalDouble.empty()));
                continue;
            }
            if (before.hasValue() && now.hasValue() && !before.unit().equals(now.unit())) {
                problems.add(InputProblem.of(current.table().dataset().factsFile(), now.line(), now.id(),
                        "the unit changed since the previous week: " + before.unit().code() + " in "
                                + previous.table().dataset().factsFile() + ":" + before.line() + ", " + now.unit().code() + " now",
                        "if it measures something else now, give it a new id; else correct the unit"));
                continue;
            }
            out.add(compare(before, now, previous, current));
        }
        for (Fact before : previous.table().facts()) {
            if (current.table().fact(before.id()).isEmpty()) {
                out.add(new Change(ChangeKind.DROPPED, before.id(), before, null, null, OptionalDouble.empty()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        out.sort(Comparator.comparingInt((Change c) -> rank(c.kind()))
                .thenComparing(c -> c.kind() == ChangeKind.MOVED ? -size(c) : 0.0));
        return new WeekChanges(previous, List.copyOf(out));
    }

    /** How big a move is: its relative change, or its difference when it started from zero. */
    private static double size(Change c) {
        return c.relative().isPresent() ? Math.abs(c.relative().getAsDouble()) : Math.abs(c.delta().doubleValue());
    }

    private static Change compare(Fact before, Fact now, Week previous, Week current) {
        if (!previous.verified(before) || !current.verified(now)) {
            return new Change(ChangeKind.NOT_COMPARED, now.id(), before, now, null, OptionalDouble.empty());
        }
        boolean reworded = !before.quote().equals(now.quote()) || !before.period().equals(now.period());
        if (before.hasValue() != now.hasValue()) {
            return new Change(ChangeKind.REWORDED, now.id(), before, now, null, OptionalDouble.empty());
        }
        if (!now.hasValue()) {
            return new Change(reworded ? ChangeKind.REWORDED : ChangeKind.UNCHANGED, now.id(), before, now, null,
                    OptionalDouble.empty());
        }
        Amount a = before.amount();
        Amount b = now.amount();
        boolean sameValue = a.value().compareTo(b.value()) == 0 && a.high().compareTo(b.high()) == 0;
        if (sameValue && a.qualifier() == b.qualifier()) {
            return new Change(reworded ? ChangeKind.REWORDED : ChangeKind.UNCHANGED, now.id(), before, now, null,
                    OptionalDouble.empty());
        }
        // a bound or a range that moved says less than a number: shown as its bound changed, with both texts
        boolean comparable = a.qualifier() == b.qualifier()
                && (a.qualifier() == Qualifier.EXACT || a.qualifier() == Qualifier.APPROXIMATELY);
        if (!comparable) {
            return new Change(ChangeKind.BOUND_CHANGED, now.id(), before, now, null, OptionalDouble.empty());
        }
        BigDecimal delta = b.value().subtract(a.value());
        OptionalDouble rel = a.value().signum() == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(delta.divide(a.value().abs(), MathContext.DECIMAL64).doubleValue());
        return new Change(ChangeKind.MOVED, now.id(), before, now, delta, rel);
    }
}
