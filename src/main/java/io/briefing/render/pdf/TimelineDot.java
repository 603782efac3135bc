package io.briefing.render.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import io.briefing.render.theme.ChartTheme;
import java.awt.Color;


/** Draws the timeline's vertical line and the milestone's dot. */
final class TimelineDot implements PdfPCellEvent {
    private final Color colour;

    TimelineDot(Color colour) {
        this.colour = colour;
    }

    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
        PdfContentByte cb = canvases[PdfPTable.LINECANVAS];
        float x = (position.getLeft() + position.getRight()) / 2;
        cb.setColorStroke(ChartTheme.GRID);
        cb.setLineWidth(1.5f);
        cb.moveTo(x, position.getTop());
        cb.lineTo(x, position.getBottom());
        cb.stroke();
        cb.setColorFill(colour);
        cb.circle(x, position.getTop() - 7.5f, 3.2f);
        cb.fill();
    }
}
