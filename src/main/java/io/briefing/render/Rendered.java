package io.briefing.render;

import java.util.List;

/**
 * What a renderer wrote: its size, its pages (0 for a format without pages) and what the reader of
 * the run should be told (a font that could not be embedded).
 */
public record Rendered(long bytes, int pages, List<String> warnings) {
    public Rendered {
        warnings = List.copyOf(warnings);
    }
}
