package io.briefing.weekly;

/** How one fact differs from the same fact (by id) in the previous week's table. */
public enum ChangeKind {
    /** Both weeks state an exact (or both an approximate) figure, and it moved: the difference is computed. */
    MOVED,
    /** A bound is involved (≥90% → ≥95%, or exact → at least): a change of bound, never a computed difference. */
    BOUND_CHANGED,
    /** The fact is in this week's table only. */
    NEW,
    /** The fact was in the previous week's table only. */
    DROPPED,
    /** The same figure, but its quote or period changed. */
    REWORDED,
    /** The same figure, quote and period. */
    UNCHANGED,
    /** One of the two weeks' figures is not verified against its article: no change is shown between them. */
    NOT_COMPARED
}
