package io.briefing.render.fonts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Loads the CJK font once per process: a batch of briefings parses it once, not once per briefing. */
public final class FontCache {
    private final Path explicit;
    private volatile CjkFonts fonts;

    public FontCache(Path explicit) {
        this.explicit = explicit;
    }

    public CjkFonts get() {
        CjkFonts f = fonts;
        if (f == null) {
            synchronized (this) {
                if (fonts == null) {
                    try {
                        fonts = CjkFonts.locate(explicit);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (io.briefing.input.InputException e) {
                        throw new Unusable(e);
                    }
                }
                f = fonts;
            }
        }
        return f;
    }

    /** The named font cannot be used: bad input, carried out of {@link #get}. */
    public static final class Unusable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient io.briefing.input.InputException problem;

        Unusable(io.briefing.input.InputException problem) {
            super(problem.getMessage(), null, false, false);
            this.problem = problem;
        }

        public io.briefing.input.InputException problem() {
            return problem;
        }
    }
}
