package io.briefing.render;

import io.briefing.render.fonts.FontCache;
import io.briefing.render.pdf.PdfRenderer;
import io.briefing.render.xlsx.XlsxRenderer;
import java.util.List;

/** The formats a briefing is written in: the PDF for reading, the workbook for reuse. The one place that lists them. */
public final class Formats {
    private Formats() {}

    /**
     * Starts, once per process and before the command line is even parsed, the slow class loading of
     * the formats (the workbook's: in a cold process the longest single cost).
     */
    public static void warmUp() {
        XlsxRenderer.warmUp();
    }

    /** The PDF (its CJK font from {@code fonts}, loaded once per process) and the workbook, in that order. */
    public static List<Renderer> standard(FontCache fonts) {
        return List.of(new PdfRenderer(fonts), new XlsxRenderer());
    }

    /** The extensions of every format, in their order: what --format accepts. */
    public static List<String> codes() {
        return standard(new FontCache(null)).stream().map(Renderer::extension).toList();
    }

    /**
     * The formats named (by extension, any case), in the standard order; every format when none is
     * named. An unknown name is an {@link IllegalArgumentException} that lists the known ones.
     */
    public static List<Renderer> selected(FontCache fonts, List<String> names) {
        List<Renderer> all = standard(fonts);
        if (names == null || names.isEmpty()) {
            return all;
        }
        java.util.Set<String> wanted = new java.util.LinkedHashSet<>();
        for (String n : names) {
            String code = n.strip().toLowerCase(java.util.Locale.ROOT);
            if (all.stream().noneMatch(r -> r.extension().equals(code))) {
                throw new IllegalArgumentException("unknown format '" + n.strip() + "'; use "
                        + String.join(", ", all.stream().map(Renderer::extension).toList()));
            }
            wanted.add(code);
        }
        return all.stream().filter(r -> wanted.contains(r.extension())).toList();
    }
}
