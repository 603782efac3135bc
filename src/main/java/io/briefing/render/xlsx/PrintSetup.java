package io.briefing.render.xlsx;

import io.briefing.model.Briefing;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;


/**
 * How every sheet prints: landscape on the briefing's paper, one page wide, its header row on every
 * page, the briefing's title at the head of each page and the page number at its foot. Measured:
 * before this the English workbook printed as 28 pages, Facts six pages wide.
 */
final class PrintSetup {
    private PrintSetup() {}

    /**
     * @param headerRow the 0-based row repeated at the top of every page, or -1 for none
     */
    static void apply(Sheet sheet, Briefing b, int headerRow) {
        org.apache.poi.ss.usermodel.PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(switch (b.pageSize()) {
            case A4 -> org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE;
            case LETTER -> org.apache.poi.ss.usermodel.PrintSetup.LETTER_PAPERSIZE;
        });
        sheet.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setAutobreaks(true);
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.5);
        sheet.setMargin(Sheet.TopMargin, 0.7);
        sheet.setMargin(Sheet.BottomMargin, 0.7);
        sheet.setMargin(Sheet.HeaderMargin, 0.3);
        sheet.setMargin(Sheet.FooterMargin, 0.3);
        if (headerRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }
        // & starts a field code in a header (&P is the page number): a title's own & is written &&
        sheet.getHeader().setLeft(b.info().title().replace("&", "&&"));
        sheet.getHeader().setRight(sheet.getSheetName().replace("&", "&&"));
        sheet.getFooter().setLeft(b.info().dateLine().replace("&", "&&"));
        sheet.getFooter().setRight(b.labels().get("print.page").replace("{page}", "&P").replace("{pages}", "&N"));
    }
}
