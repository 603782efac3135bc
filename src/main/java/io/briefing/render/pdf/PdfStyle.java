package io.briefing.render.pdf;

import com.lowagie.text.Font;
import io.briefing.render.fonts.CjkFonts;
import io.briefing.render.theme.ChartTheme;
import java.awt.Color;

/** The PDF's type scale, in one place: every font the layout uses, all in the embedded CJK face. */
final class PdfStyle {
    final Font title;
    final Font subtitle;
    final Font meta;
    final Font h2;
    final Font h3;
    final Font body;
    final Font bodyBold;
    final Font small;
    final Font smallMuted;
    final Font marker;
    final Font figure;
    final Font figureLabel;
    final Font tableHead;
    final Font tableBody;
    final Font tableBodyBold;
    final Font flag;
    final Font banner;

    PdfStyle(CjkFonts fonts, boolean compact) {
        float k = compact ? 0.85f : 1f;
        // a face without a bold partner is emboldened by OpenPDF (fill and stroke) when asked for BOLD
        int b = fonts.syntheticBold() ? Font.BOLD : Font.NORMAL;
        title = new Font(fonts.bold(), 20 * k, b, ChartTheme.INK);
        subtitle = new Font(fonts.regular(), 11.5f * k, Font.NORMAL, ChartTheme.MUTED);
        meta = new Font(fonts.regular(), 8.5f * k, Font.NORMAL, ChartTheme.MUTED);
        h2 = new Font(fonts.bold(), 13 * k, b, ChartTheme.PRIMARY);
        h3 = new Font(fonts.bold(), 10.5f * k, b, ChartTheme.INK);
        body = new Font(fonts.regular(), 9.5f * k, Font.NORMAL, ChartTheme.INK);
        bodyBold = new Font(fonts.bold(), 9.5f * k, b, ChartTheme.INK);
        small = new Font(fonts.regular(), 7.5f * k, Font.NORMAL, ChartTheme.INK);
        smallMuted = new Font(fonts.regular(), 7f * k, Font.NORMAL, ChartTheme.MUTED);
        marker = new Font(fonts.regular(), 6.5f * k, Font.NORMAL, ChartTheme.PRIMARY);
        figure = new Font(fonts.bold(), 19 * k, b, ChartTheme.PRIMARY);
        figureLabel = new Font(fonts.bold(), 8.5f * k, b, ChartTheme.INK);
        tableHead = new Font(fonts.bold(), 7.5f * k, b, Color.WHITE);
        tableBody = new Font(fonts.regular(), 7.5f * k, Font.NORMAL, ChartTheme.INK);
        tableBodyBold = new Font(fonts.bold(), 7.5f * k, b, ChartTheme.INK);
        flag = new Font(fonts.bold(), 7.5f * k, b, ChartTheme.FLAGGED);
        banner = new Font(fonts.bold(), 9 * k, b, Color.WHITE);
    }
}
