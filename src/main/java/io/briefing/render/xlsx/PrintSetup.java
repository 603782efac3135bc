package io.briefing.render.xlsx;

import io.briefing.model.Briefing;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;


/**
 * How every sheet prints: landscape on the briefing's paper, the briefing's title at the head of each
 * page and the page number at its foot, the header row on every page, and never smaller than
 * {@link #MIN_SCALE}: a sheet that fits one page wide at that scale is fitted to it; a wider one is cut
 * into blocks of columns, each a page wide, its first column (the id) repeated on every page, printed
 * across then down so a row's blocks follow each other. Measured before: one page wide, the 18-column
 * Facts sheet printed at about 40%, 3–4 pt text; earlier still, the workbook printed as 28 pages.
 */
final class PrintSetup {
    /** The smallest print scale: 11 pt cells print at 7.7 pt, as small as the PDF's tables. */
    static final double MIN_SCALE = 0.70;

    /** The largest scale of a sheet cut into pages of columns: legible, without doubling its pages down. */
    static final int MAX_SPLIT_PERCENT = 80;

    private PrintSetup() {}

    /**
     * @param headerRow the 0-based row repeated at the top of every page, or -1 for none
     * @param columns   how many columns the sheet prints (their widths must be set already)
     */
    static void apply(Sheet sheet, Briefing b, int headerRow, int columns) {
        org.apache.poi.ss.usermodel.PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(switch (b.pageSize()) {
            case A4 -> org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE;
            case LETTER -> org.apache.poi.ss.usermodel.PrintSetup.LETTER_PAPERSIZE;
        });
        sheet.setAutobreaks(true);
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.5);
        sheet.setMargin(Sheet.TopMargin, 0.7);
        sheet.setMargin(Sheet.BottomMargin, 0.7);
        sheet.setMargin(Sheet.HeaderMargin, 0.3);
        sheet.setMargin(Sheet.FooterMargin, 0.3);
        double[] widths = new double[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = points(sheet.getColumnWidth(i));
        }
        Layout layout = Layout.of(widths, printableWidth(b));
        if (layout.breaks().length == 0) {
            sheet.setFitToPage(true);
            ps.setFitWidth((short) 1);
            ps.setFitHeight((short) 0);
        } else {
            sheet.setFitToPage(false);
            ps.setScale((short) layout.percent());
            // across, then down: a row's second block is the next page, not the end of the sheet
            ps.setLeftToRight(true);
            for (int after : layout.breaks()) {
                sheet.setColumnBreak(after);
            }
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 0));
        }
        if (headerRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }
        // & starts a field code in a header (&P is the page number): a title's own & is written &&
        // Excel allows 255 characters for the whole header: a long title (10,000 characters were accepted)
        // made a file Excel calls damaged; 90 of the title, "&" doubled, and the sheet's 31 stay under it
        String title = b.info().title();
        String shown = title.length() <= 90 ? title : XlsxBriefingWriter.cutAt(title, 89).strip() + "…";
        sheet.getHeader().setLeft(shown.replace("&", "&&"));
        sheet.getHeader().setRight(sheet.getSheetName().replace("&", "&&"));
        sheet.getFooter().setLeft(b.info().dateLine().replace("&", "&&"));
        sheet.getFooter().setRight(b.labels().get("print.page").replace("{page}", "&P").replace("{pages}", "&N"));
    }

    /**
     * Where a sheet's columns are cut into pages, and at what scale they print.
     *
     * @param breaks  0-based columns after which a page ends (empty: the sheet fits one page wide)
     * @param percent the print scale, at least {@link #MIN_SCALE}
     */
    record Layout(int[] breaks, int percent) {
        /**
         * @param widths    each column's width in points at 100%
         * @param printable the page's width between its margins, in points
         */
        static Layout of(double[] widths, double printable) {
            double total = 0;
            for (double w : widths) {
                total += w;
            }
            if (total * MIN_SCALE <= printable) {
                return new Layout(new int[0], (int) Math.min(100, Math.floor(100 * printable / total)));
            }
            // as few pages across as 70% allows, at the largest scale up to 80% that keeps that many: above it a
            // narrow last page (the Sources' article and check) let the scale reach 100%, and the sheet took 8
            // pages down where it takes 5 at 80%
            int least = breaks(widths, printable / MIN_SCALE).size();
            for (int percent = MAX_SPLIT_PERCENT; percent > 100 * MIN_SCALE; percent--) {
                java.util.List<Integer> at = breaks(widths, printable * 100 / percent);
                if (at.size() == least && widest(widths, at) * percent / 100 <= printable) {
                    return new Layout(at.stream().mapToInt(Integer::intValue).toArray(), percent);
                }
            }
            return new Layout(breaks(widths, printable / MIN_SCALE).stream().mapToInt(Integer::intValue).toArray(),
                    (int) Math.round(100 * MIN_SCALE));
        }

        /** The widest page's columns, the first column repeated on each page after the first. */
        private static double widest(double[] widths, java.util.List<Integer> breaks) {
            double widest = 0;
            double used = 0;
            for (int i = 0; i < widths.length; i++) {
                used += widths[i];
                if (breaks.contains(i)) {
                    widest = Math.max(widest, used);
                    used = widths[0];
                }
            }
            return Math.max(widest, used);
        }

        /** Columns after which a page ends, filling each page (the first column repeated) up to this width. */
        private static java.util.List<Integer> breaks(double[] widths, double room) {
            java.util.List<Integer> breaks = new java.util.ArrayList<>();
            double used = 0;
            for (int i = 0; i < widths.length; i++) {
                if (i > 1 && used + widths[i] > room) {
                    breaks.add(i - 1);
                    used = widths[0];
                }
                used += widths[i];
            }
            return breaks;
        }
    }

    /**
     * A column's width in points at 100%, as LibreOffice prints it: 7.0 pt a character (measured on its PDF:
     * a 16-character column is 44.8 pt wide at 40%). Excel's is narrower (about 5.6 pt), so a layout that
     * fits LibreOffice's page fits Excel's.
     */
    static double points(int widthIn256ths) {
        return widthIn256ths / 256.0 * 7.0;
    }

    /** The landscape page's width between the half-inch side margins, in points. */
    static double printableWidth(Briefing b) {
        double page = switch (b.pageSize()) {
            case A4 -> 841.9;
            case LETTER -> 792;
        };
        return page - 72;
    }
}
