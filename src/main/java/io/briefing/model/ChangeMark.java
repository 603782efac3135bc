package io.briefing.model;

/** How a line of the Since-last-week section is marked. */
public enum ChangeMark {
    /** The figure rose (▲), with its signed difference. */
    UP,
    /** The figure fell (▼), with its signed difference. */
    DOWN,
    /** Its bound changed (≥90% → ≥95%): no difference is computed. */
    BOUND,
    NEW,
    DROPPED,
    /** The same figure, another quote or period. */
    REWORDED,
    /** Not compared: one of the two figures is not verified. */
    NOT_COMPARED
}
