package io.briefing.render.fonts;

import io.briefing.input.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;


/** Loads the CJK and Latin fonts once per process: a batch of briefings parses it once, not once per briefing. */
public final class FontCache {
    private final Path explicit;
    private volatile Typefaces fonts;

    public FontCache(Path explicit) {
        this.explicit = explicit;
    }

    public Typefaces get() {
        Typefaces f = fonts;
        if (f == null) {
            synchronized (this) {
                if (fonts == null) {
                    try {
                        fonts = new Typefaces(CjkFonts.locate(explicit), LatinFonts.locate());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (InputException e) {
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
        private final transient InputException problem;

        Unusable(InputException problem) {
            super(problem.getMessage(), null, false, false);
            this.problem = problem;
        }

        public InputException problem() {
            return problem;
        }
    }
}
