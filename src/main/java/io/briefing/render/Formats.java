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
}
