package io.briefing.render.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Loads and initializes the POI and XMLBeans classes a workbook needs by writing a tiny one to
 * nowhere. A cold process runs this while it still reads its inputs, so that the real workbook does
 * not pay for class loading on the critical path.
 */
public final class XlsxWarmup {
    private XlsxWarmup() {}

    public static void run() {
        try {
            PoiScratch.use();
        } catch (IOException e) {
            return;
        }
        try (SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), 10, true, true)) {
            var sheet = wb.createSheet("w");
            var row = sheet.createRow(0);
            row.createCell(0).setCellValue("w");
            row.createCell(1).setCellValue(1.0);
            var style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, 1));
            XSSFSheet base = wb.getXSSFWorkbook().getSheet("w");
            XSSFChart chart = base.createDrawingPatriarch().createChart(base.createDrawingPatriarch().createAnchor(0, 0, 0, 0, 0, 2, 4, 8));
            XDDFChartData data = chart.createData(ChartTypes.BAR, chart.createCategoryAxis(AxisPosition.BOTTOM),
                    chart.createValueAxis(AxisPosition.LEFT));
            data.addSeries(XDDFDataSourcesFactory.fromArray(new String[] {"w"}, "'w'!$A$1:$A$1"),
                    XDDFDataSourcesFactory.fromArray(new Double[] {1.0}, "'w'!$B$1:$B$1"));
            chart.plot(data);
            wb.write(OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            // a warm-up that fails costs nothing but time; the real workbook reports real errors
        }
    }
}
