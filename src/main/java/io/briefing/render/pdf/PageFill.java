package io.briefing.render.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPTableEvent;
import java.util.HashMap;
import java.util.Map;

/**
 * How far down each page the layout's tables reach: every block is placed as a table, so the lowest row
 * bottom of a page is where its content ends. The writer's vertical position alone does not say it: a
 * table split across pages leaves it where the table started (measured: the shipping week's page 2 read
 * 190 pt of room where its table ran to 5 pt of the foot).
 */
final class PageFill implements PdfPTableEvent {
    private final Map<Integer, Float> lowest = new HashMap<>();

    @Override
    public void tableLayout(PdfPTable table, float[][] widths, float[] heights, int headerRows, int rowStart,
                            PdfContentByte[] canvases) {
        int page = canvases[PdfPTable.TEXTCANVAS].getPdfWriter().getPageNumber();
        lowest.merge(page, heights[heights.length - 1], Math::min);
    }

    /** The lowest y a table reached on the page, or {@code otherwise} when none was drawn there. */
    float lowest(int page, float otherwise) {
        return Math.min(otherwise, lowest.getOrDefault(page, otherwise));
    }
}
