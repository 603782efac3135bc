package io.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chart sheets of a briefing whose charts have several series (the shipping sample): every figure
 * has a row of its own with its value, qualifier, figure as shown and source, as a single series' sheet
 * has; bars sit on their categories; headers are tall enough to wrap.
 */
class WorkbookChartSheetsTest {
    @TempDir
    static Path out;
    static XSSFWorkbook wb;

    @BeforeAll
    static void generate() throws Exception {
        CliProbe.Result r = CliProbe.run("generate", "-d", "samples/shipping-invented/shipping-invented.yaml", "--format", "xlsx",
                "-o", out.toString(), "--name", "s");
        assertThat(r.exit()).as(r.err()).isZero();
        try (InputStream in = Files.newInputStream(out.resolve("s.xlsx"))) {
            wb = new XSSFWorkbook(in);
        }
    }

    /** The rows under the header that names a Series column: one per figure. */
    private static List<List<String>> figureRows(XSSFSheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        boolean in = false;
        for (Row r : sheet) {
            Cell first = r.getCell(0);
            if (first == null) {
                continue;
            }
            if (r.getCell(1) != null && r.getCell(1).toString().equals("Series")) {
                in = true;
                continue;
            }
            if (in) {
                List<String> cells = new ArrayList<>();
                r.forEach(c -> cells.add(c.getHyperlink() != null ? c + " → " + c.getHyperlink().getAddress() : c.toString()));
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void aSheetOfSeveralSeriesGivesEachFigureItsRowWithQualifierShownAsAndSource() {
        XSSFSheet orders = wb.getSheet("Orders and investment");
        assertThat(orders).isNotNull();
        List<List<String>> rows = figureRows(orders);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsSubsequence("Harbourline", "Order for new dual-fuel ships", "1.5", "1.5E9", "exact",
                "US$1.5bn");
        assertThat(rows.get(1)).containsSubsequence("Northwind Line", "Set aside for cleaner fuels and engine retrofits", "0.6",
                "6.0E8", "at least", "≥US$600m");
        assertThat(rows.get(1).get(6)).matches("\\[\\d+] → 'Sources'!A\\d+");
        XSSFSheet rates = wb.getSheet("Freight-rate changes");
        assertThat(figureRows(rates)).hasSize(4)
                .anySatisfy(r -> assertThat(r).containsSubsequence("Sample Container Index", "Change since the start of the year",
                        "-0.31", "-0.31", "exact", "−31%"));
    }

    @Test
    void barsSitOnTheirCategoriesOverlappingWhereEachHasOneSeries() {
        // Harbourline has only the order, Northwind only the investment: each bar centred on its name
        assertThat(overlap(wb.getSheet("Orders and investment"))).isEqualTo("100");
        // the index has both its week's and its year's change: two bars side by side
        assertThat(overlap(wb.getSheet("Freight-rate changes"))).isEqualTo("0");
    }

    @Test
    void aHeaderRowIsTallEnoughForItsLongestHeaderWrapped() {
        XSSFSheet orders = wb.getSheet("Orders and investment");
        Row header = orders.getRow(3);
        // "Set aside for cleaner fuels and engine retrofits · USD, billions" in a 16-character column: 4 lines
        assertThat(header.getCell(2).getStringCellValue()).startsWith("Set aside for cleaner fuels");
        assertThat(header.getHeightInPoints()).isGreaterThanOrEqualTo(60f);
        assertThat(header.getCell(2).getCellStyle().getWrapText()).isTrue();
    }

    /**
     * LibreOffice lists a horizontal chart's legend last series first (Excel too, beside the plot): a
     * horizontal chart with a legend is written bottom-up, its last series added first, so the legend's
     * first entry names the top bar of each group, and the first category is still on top. Viewed in
     * LibreOffice: the legend reads "Change since the start of the year", "Change in the week", as the
     * bars do from the top. Before, it read the other way.
     */
    @Test
    void aHorizontalChartWithALegendIsWrittenBottomUpSoTheLegendNamesTheBarsInOrder(@TempDir Path dir) throws Exception {
        CliProbe.Result r = CliProbe.run("generate", "-d", "samples/shipping-invented/shipping-invented.yaml", "--format", "xlsx",
                "-t", "executive-summary", "-o", dir.toString(), "--name", "h");
        assertThat(r.exit()).as(r.err()).isZero();
        try (InputStream in = Files.newInputStream(dir.resolve("h.xlsx")); XSSFWorkbook summary = new XSSFWorkbook(in)) {
            XSSFSheet rates = summary.getSheet("Freight-rate changes");
            var plot = rates.getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea();
            var bars = plot.getBarChartArray(0);
            assertThat(bars.getBarDir().getVal().toString()).isEqualTo("bar");
            assertThat(plot.getCatAxArray(0).getScaling().getOrientation().getVal().toString()).isEqualTo("minMax");
            List<String> seriesInOrder = new ArrayList<>();
            for (var ser : bars.getSerArray()) {
                seriesInOrder.add(ser.getTx().getV());
            }
            assertThat(seriesInOrder).containsExactly("Change in the week", "Change since the start of the year");
            List<String> categoriesBottomUp = new ArrayList<>();
            for (var pt : bars.getSerArray(0).getCat().getStrRef().getStrCache().getPtArray()) {
                categoriesBottomUp.add(pt.getV());
            }
            assertThat(categoriesBottomUp).containsExactly("Asia–Mediterranean spot rate", "Shanghai–US West Coast spot rate",
                    "Sample Container Index");
            // the cells the chart reads are in its order, and the sheet says so; the figure rows stay top-down
            assertThat(rates.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Asia–Mediterranean spot rate");
            assertThat(rates.getRow(1).getCell(0).getStringCellValue()).contains("The chart's rows run from its bottom bar up");
            assertThat(figureRows(rates).get(0)).startsWith("Sample Container Index");
            // one series has no legend: its rows keep the PDF's order, drawn top-down
            for (org.apache.poi.ss.usermodel.Sheet sheet : summary) {
                XSSFSheet x = (XSSFSheet) sheet;
                if (x.getDrawingPatriarch() == null || x.getDrawingPatriarch().getCharts().isEmpty()) {
                    continue;
                }
                var p = x.getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea();
                if (p.sizeOfBarChartArray() == 1 && p.getBarChartArray(0).sizeOfSerArray() == 1) {
                    assertThat(p.getCatAxArray(0).getScaling().getOrientation().getVal().toString()).as(x.getSheetName())
                            .isEqualTo("maxMin");
                }
            }
        }
    }

    private static String overlap(XSSFSheet sheet) {
        XSSFChart chart = sheet.getDrawingPatriarch().getCharts().get(0);
        String xml = chart.getCTChart().getPlotArea().getBarChartArray(0).xmlText();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("overlap val=\"(-?\\d+)\"").matcher(xml);
        assertThat(m.find()).as(sheet.getSheetName() + ": an overlap").isTrue();
        return m.group(1);
    }
}
