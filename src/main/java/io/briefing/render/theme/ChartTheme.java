package io.briefing.render.theme;

import java.awt.Color;

/**
 * The one place colours and type sizes of charts are decided, used by the PDF charts and by the
 * workbook's native charts alike, so both read as one product. Colours are taken from a palette
 * that stays distinguishable in greyscale print and for common colour-vision deficiencies.
 */
public final class ChartTheme {
    public static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    public static final Color MUTED = new Color(0x5F, 0x63, 0x68);
    public static final Color GRID = new Color(0xDD, 0xDF, 0xE2);
    public static final Color PRIMARY = new Color(0x1F, 0x4E, 0x79);
    public static final Color HIGHLIGHT = new Color(0xD9, 0x6C, 0x00);
    /** Fill of a bar whose value is a bound: lighter, so it does not read as a measured length. */
    public static final Color BOUND_FILL = new Color(0x8F, 0xB1, 0xD1);
    public static final Color FLAGGED = new Color(0xC0, 0x1E, 0x2E);
    public static final Color PANEL = new Color(0xF3, 0xF6, 0xF9);
    /** Series colours for grouped, stacked and line charts, in order. */
    public static final Color[] SERIES = {
        PRIMARY, HIGHLIGHT, new Color(0x3A, 0x9C, 0x8F), new Color(0x8E, 0x5E, 0xA2), new Color(0x7F, 0x7F, 0x7F),
        new Color(0xB8, 0x9B, 0x2B)
    };

    public static final float TITLE_SIZE = 11f;
    public static final float LABEL_SIZE = 8f;
    /** A small chart's labels: the captions' floor, 7.5 pt (they were 6.5, small on a phone). */
    public static final float SMALL_LABEL_SIZE = 7.5f;
    public static final float NOTE_SIZE = 7f;
    /** Length, in points, of the arrow that extends a lower-bound bar beyond its value. */
    public static final float BOUND_ARROW = 12f;

    private ChartTheme() {}

    public static Color series(int i) {
        return SERIES[Math.floorMod(i, SERIES.length)];
    }

    /**
     * The fill of one bar, the rule both renderers draw by: a flagged figure red, a highlighted one
     * orange, a bound lighter than an exact figure of its series ({@link #boundFill}), else its series' colour.
     */
    public static Color fill(io.briefing.model.ChartPoint p, Color seriesColour) {
        if (p.flagged()) {
            return FLAGGED;
        }
        Color base = p.highlight() ? HIGHLIGHT : seriesColour;
        return p.bound().isBound() ? boundFill(base) : base;
    }

    /** The lighter fill of a bound's bar in a series' colour: the primary's own light tint, others half-way to white. */
    public static Color boundFill(Color seriesColour) {
        if (seriesColour.equals(PRIMARY)) {
            return BOUND_FILL;
        }
        return new Color((seriesColour.getRed() + 255) / 2, (seriesColour.getGreen() + 255) / 2, (seriesColour.getBlue() + 255) / 2);
    }

    /** The colour as six hex digits, for the workbook's chart XML. */
    public static String hex(Color c) {
        return String.format(java.util.Locale.ROOT, "%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }
}
