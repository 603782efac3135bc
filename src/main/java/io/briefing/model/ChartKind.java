package io.briefing.model;

/**
 * The kinds of chart a renderer draws. Renderers dispatch on it with exhaustive switches, so a new
 * kind is a compile error in every renderer that does not handle it yet. (A template may also ask for
 * "auto", which the builder resolves to one of these.)
 */
public enum ChartKind {
    BAR, HBAR, GROUPED_BAR, STACKED_BAR, LINE, TIMELINE
}
