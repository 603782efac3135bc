package io.briefing.render.fonts;

/**
 * Whether the machine's installed fonts are looked for ({@link CjkFonts}, {@link LatinFonts}). They are,
 * unless a test turns the search off to see the fallback a machine without fonts gets; it replaces the
 * briefing.noSystemFonts system property that production code read for that test.
 */
public final class SystemFonts {
    private static volatile boolean searched = true;

    private SystemFonts() {
    }

    /** Turns the search for installed fonts off (false) or back on (true); for tests. */
    public static void search(boolean on) {
        searched = on;
    }

    static boolean searched() {
        return searched;
    }
}
