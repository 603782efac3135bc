package io.briefing.app;

import io.briefing.render.fonts.CjkFonts;
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
                    }
                }
                f = fonts;
            }
        }
        return f;
    }
}
