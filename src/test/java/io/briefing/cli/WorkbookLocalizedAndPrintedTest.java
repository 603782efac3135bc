package io.briefing.cli;

import io.briefing.Slow;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefing.TestFiles;
import io.briefing.facts.DatasetReader;
import io.briefing.facts.Fact;
import io.briefing.facts.FactTable;
import io.briefing.input.Warnings;
import io.briefing.render.theme.ChartTheme;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default briefing's workbooks in both languages, read back: every word in the briefing's
 * language, native charts in the cells' formats with signed labels and the PDF's colours per bar,
 * every sheet set up for printing; then converted by LibreOffice, as an analyst without Excel would
 * print them, and checked on the PDF it makes.
 */
@Slow
class WorkbookLocalizedAndPrintedTest {
    @TempDir
    static Path out;
    static Path en;
    static Path zh;
    static FactTable table;

    @BeforeAll
    static void generate() throws Exception {
        for (String lang : List.of("en", "zh")) {
            CliProbe.Result r = CliProbe.run("generate", "-l", lang, "-o", out.toString());
            assertThat(r.exit()).as(r.err()).isZero();
        }
        en = out.resolve("china-llm-2024-2024-W51-en.xlsx");
        zh = out.resolve("china-llm-2024-2024-W51-zh.xlsx");
        table = new DatasetReader(new Warnings()).load(TestFiles.MANIFEST);
    }

    private static XSSFWorkbook open(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Every text the workbook shows: cells, headers and footers, chart titles, axis titles, series names. */
    private static List<String> texts(XSSFWorkbook wb) {
        List<String> all = new ArrayList<>();
        for (Sheet s : wb) {
            all.add(s.getSheetName());
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING) {
                        all.add(s.getSheetName() + "!" + c.getAddress() + "\u0000" + c.getStringCellValue());
                    }
                }
            }
            all.add(s.getSheetName() + " header\u0000" + s.getHeader().getLeft() + " " + s.getHeader().getRight());
            all.add(s.getSheetName() + " footer\u0000" + s.getFooter().getLeft() + " " + s.getFooter().getRight());
            if (s instanceof XSSFSheet x && x.getDrawingPatriarch() != null) {
                for (XSSFChart chart : x.getDrawingPatriarch().getCharts()) {
                    Matcher m = Pattern.compile("<(?:a:t|c:v)>([^<]*)</").matcher(chart.getCTChartSpace().xmlText());
                    while (m.find()) {
                        all.add(s.getSheetName() + " chart\u0000" + m.group(1));
                    }
                }
            }
        }
        return all;
    }

    @Test
    void theChineseWorkbookHasNoEnglishButTheEnglishNamesOfItsEntities() throws Exception {
        // what the data itself writes in Latin letters: ids, the English entity column, names such as
        // "Wind" and "智譜AI", the files the workbook was made from, the tool's name
        List<String> allowed = new ArrayList<>(List.of("briefing 0.1.0", "default", "china-llm-2024.yaml",
                "china-llm-2024.facts.csv", "china-llm-2024.securities-times.zh-Hant.txt", "default.yaml", "china-llm-2024"));
        for (Fact f : table.facts()) {
            allowed.addAll(List.of(f.id(), f.entity().en(), f.entity().zh(), f.metric().zh(), f.reporter().zh(), f.quote(),
                    f.period().toString()));
            allowed.addAll(f.aliases());
            // a chart sheet sets the metric with Chinese punctuation, as the chart does ("70B，問鼎")
            allowed.add(io.briefing.i18n.ChinesePunctuation.fullWidth(f.metric().zh()));
            // the Sources sheet punctuates the quote as the PDF's Sources do
            allowed.add(io.briefing.i18n.ChinesePunctuation.fullWidth(f.quote()));
        }
        allowed.removeIf(String::isBlank);
        allowed.sort(Comparator.comparingInt(String::length).reversed());
        List<String> english = new ArrayList<>();
        try (XSSFWorkbook wb = open(zh)) {
            for (String t : texts(wb)) {
                String text = t.contains("\u0000") ? t.substring(t.indexOf('\u0000') + 1) : t;
                for (String a : allowed) {
                    text = text.replace(a, " ");
                }
                // &P and &N are the header's field codes, not words
                text = text.replace("&P", " ").replace("&N", " ");
                if (Pattern.compile("[A-Za-z]{2,}").matcher(text).find()) {
                    english.add(t.replace('\u0000', ' ') + "  →  left: " + text.strip());
                }
            }
        }
        assertThat(english).as("English text in the Chinese workbook").isEmpty();
    }

    @Test
    void theChineseWorkbookIsPunctuatedAsTheChinesePdfOutsideTheFactTable() throws Exception {
        List<String> halfWidth = new ArrayList<>();
        Pattern beside = Pattern.compile("\\p{IsHan}\\s?[,:;()]|[,:;()]\\s?\\p{IsHan}");
        try (XSSFWorkbook wb = open(zh)) {
            for (String t : texts(wb)) {
                // the fact table is read back as typed: its quotes match the article, character for character;
                // the About sheet names files as the file system spells them
                if (t.startsWith("事實") || t.startsWith("關於!B") && t.matches("(?s).*\\.(yaml|csv|txt|xlsx).*")) {
                    continue;
                }
                if (beside.matcher(t.substring(t.indexOf('\u0000') + 1)).find()) {
                    halfWidth.add(t.replace('\u0000', ' '));
                }
            }
        }
        assertThat(halfWidth).as("half-width punctuation beside Chinese").isEmpty();
    }

    @Test
    void nativeChartsUseTheCellsFormatsSignedLabelsAndThePdfsColourPerBar() throws Exception {
        try (XSSFWorkbook wb = open(en)) {
            String gains = chartXml(wb, "Concept-index gains");
            assertThat(gains).contains("<c:numFmt formatCode=\"0%\" sourceLinked=\"false\"/>")
                    .contains("<c:formatCode>0.00%</c:formatCode>")
                    .contains("<c:showVal val=\"true\"/>")
                    .contains("<a:srgbClr val=\"" + ChartTheme.hex(ChartTheme.PRIMARY) + "\"/>")
                    .doesNotContain("<c:dPt>");
            assertThat(dataLabelFormats(gains)).containsOnly("0.00%");
            String valuations = chartXml(wb, "Start-up valuations");
            // three lower bounds: each bar lighter, as in the PDF, each label signed ≥
            assertThat(count(valuations, "<c:dPt>")).isEqualTo(3);
            assertThat(count(valuations, "<a:srgbClr val=\"" + ChartTheme.hex(ChartTheme.BOUND_FILL) + "\"/>")).isEqualTo(3);
            assertThat(dataLabelFormats(valuations)).contains("\"≥\"#,##0;\"≥−\"#,##0");
            // a horizontal chart reads top to bottom, with its value axis below the bars
            assertThat(valuations).contains("<c:orientation val=\"maxMin\"/>").contains("<c:crosses val=\"max\"/>");
            String vouchers = chartXml(wb, "Shenzhen AI vouchers");
            assertThat(dataLabelFormats(vouchers)).contains("\"≤\"#,##0;\"≤−\"#,##0");
            // the notes say what Excel draws, not the PDF's arrows and caps
            String note = wb.getSheet("Start-up valuations").getRow(1).getCell(0).getStringCellValue();
            assertThat(note).contains("Lighter bars are bounds").doesNotContainIgnoringCase("arrow");
            assertThat(wb.getSheet("Concept-index gains").getRow(1).getCell(0).getStringCellValue())
                    .doesNotContain("Lighter bars");
        }
    }

    private static String chartXml(XSSFWorkbook wb, String sheet) {
        List<XSSFChart> charts = wb.getSheet(sheet).getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        // written with the c: prefix, as the file holds it
        return charts.get(0).getCTChartSpace().xmlText(new org.apache.xmlbeans.XmlOptions().setSaveSuggestedPrefixes(
                java.util.Map.of("http://schemas.openxmlformats.org/drawingml/2006/chart", "c",
                        "http://schemas.openxmlformats.org/drawingml/2006/main", "a")).setSaveAggressiveNamespaces());
    }

    private static List<String> dataLabelFormats(String xml) {
        List<String> out = new ArrayList<>();
        Matcher dl = Pattern.compile("<c:dLbls>(.*?)</c:dLbls>", Pattern.DOTALL).matcher(xml);
        while (dl.find()) {
            Matcher f = Pattern.compile("formatCode=\"([^\"]*)\"").matcher(dl.group(1));
            while (f.find()) {
                out.add(f.group(1).replace("&quot;", "\""));
            }
        }
        assertThat(out).as("data labels").isNotEmpty();
        return out;
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void everySheetPrintsLandscapeAtSeventyPercentOrMoreWithItsHeadingsTitleAndPageNumber() throws Exception {
        for (Path p : List.of(en, zh)) {
            try (XSSFWorkbook wb = open(p)) {
                for (Sheet s : wb) {
                    XSSFSheet x = (XSSFSheet) s;
                    assertThat(x.getPrintSetup().getLandscape()).as(s.getSheetName()).isTrue();
                    if (x.getFitToPage()) {
                        // one page wide: only when the columns fit at 70%, as LibreOffice sets them (7 pt a character)
                        assertThat(x.getPrintSetup().getFitWidth()).as(s.getSheetName()).isEqualTo((short) 1);
                        assertThat(x.getPrintSetup().getFitHeight()).as(s.getSheetName()).isEqualTo((short) 0);
                        double width = 0;
                        int columns = s.getSheetName().equals("About") || s.getSheetName().equals("關於") ? 2 : 8;
                        for (int i = 0; i < columns; i++) {
                            width += x.getColumnWidth(i) / 256.0 * 7.0;
                        }
                        assertThat(770 / width).as(s.getSheetName() + ": its scale").isGreaterThanOrEqualTo(0.7);
                    } else {
                        // wider: cut into pages of columns at a fixed scale, the id repeated on each
                        assertThat(x.getPrintSetup().getScale()).as(s.getSheetName()).isBetween((short) 70, (short) 100);
                        assertThat(x.getColumnBreaks()).as(s.getSheetName()).isNotEmpty();
                        assertThat(x.getRepeatingColumns()).as(s.getSheetName()).isNotNull();
                        assertThat(x.getRepeatingColumns().getFirstColumn()).isZero();
                    }
                    assertThat(x.getHeader().getLeft()).isEqualTo(p == en ? "China's large language models in 2024" : "2024年中國大模型");
                    assertThat(x.getFooter().getRight()).contains("&P").contains("&N");
                }
                // the Facts sheet's first page holds who, what, how much, when and the quote
                XSSFSheet factsSheet = wb.getSheetAt(1);
                int quote = WorkbookTest.column(factsSheet, p == en ? "Quote" : "原文");
                assertThat(factsSheet.getColumnBreaks()[0]).as("the first page ends after the quote and its source")
                        .isGreaterThanOrEqualTo(quote)
                        .isGreaterThanOrEqualTo(WorkbookTest.column(factsSheet, p == en ? "Source" : "出處"));
                Sheet facts = wb.getSheetAt(1);
                org.apache.poi.ss.util.CellRangeAddress repeated = facts.getRepeatingRows();
                assertThat(repeated).as("the Facts headings on every page").isNotNull();
                assertThat(repeated.getFirstRow()).isZero();
                assertThat(repeated.getLastRow()).isZero();
                // a chart sheet prints its chart: the print area reaches below the drawing
                String area = wb.getPrintArea(2);
                assertThat(area).isNotNull();
                int lastRow = Integer.parseInt(area.replaceAll(".*\\$(\\d+)$", "$1"));
                var anchor = (org.apache.poi.xssf.usermodel.XSSFClientAnchor) ((XSSFSheet) wb.getSheetAt(2)).getDrawingPatriarch()
                        .getShapes().get(0).getAnchor();
                assertThat(lastRow).isGreaterThanOrEqualTo(anchor.getRow2());
            }
        }
    }

    @Test
    void libreOfficePrintsEachWorkbookLegiblyWithBarsOnEveryChartPage() throws Exception {
        io.briefing.TestFiles.assumeTool("soffice", "libreoffice-calc");
        Path pdfs = out.resolve("printed");
        Files.createDirectories(pdfs);
        // its own profile: a LibreOffice already running for the user would otherwise take the job
        ProcessBuilder pb = new ProcessBuilder("soffice", "-env:UserInstallation=" + out.resolve("lo-profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", pdfs.toString(), en.toString(), zh.toString())
                .redirectErrorStream(true).redirectOutput(out.resolve("soffice.log").toFile());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new AssertionError("LibreOffice (soffice) is needed for this test: apt-get install libreoffice-calc", e);
        }
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(out.resolve("soffice.log"))).isZero();
        for (String lang : List.of("en", "zh")) {
            Path pdf = pdfs.resolve("china-llm-2024-2024-W51-" + lang + ".pdf");
            assertThat(pdf).as(Files.readString(out.resolve("soffice.log"))).exists();
            List<String> chartSheets = new ArrayList<>();
            try (XSSFWorkbook wb = open(lang.equals("en") ? en : zh)) {
                for (Sheet s : wb) {
                    XSSFSheet x = (XSSFSheet) s;
                    if (x.getDrawingPatriarch() != null && !x.getDrawingPatriarch().getCharts().isEmpty()) {
                        chartSheets.add(s.getSheetName());
                    }
                }
            }
            assertThat(chartSheets).hasSize(3);
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                // legible: every sheet at 70% or more; the Facts and Sources sheets then take two or three pages
                // of columns each (8 pages one page wide at about 40%, before)
                assertThat(doc.getNumberOfPages()).as(lang + " pages").isLessThanOrEqualTo(18);
                // LibreOffice sets cells in 10 pt: 7 pt at the smallest scale, 70% (about 3.5 pt before)
                assertThat(smallestCellText(doc)).as(lang + ": the smallest text printed, in points").isGreaterThanOrEqualTo(7.0f);
                PDFRenderer renderer = new PDFRenderer(doc);
                PDFTextStripper text = new PDFTextStripper();
                for (String sheet : chartSheets) {
                    int page = -1;
                    for (int i = 0; i < doc.getNumberOfPages() && page < 0; i++) {
                        text.setStartPage(i + 1);
                        text.setEndPage(i + 1);
                        // the page header names the sheet, at its right
                        String[] lines = text.getText(doc).split("\\R");
                        if (lines.length > 0 && lines[0].strip().endsWith(sheet)) {
                            page = i;
                        }
                    }
                    assertThat(page).as(lang + ": the page of " + sheet).isGreaterThanOrEqualTo(0);
                    BufferedImage img = renderer.renderImageWithDPI(page, 40);
                    assertThat(barPixels(img)).as(lang + ": bars drawn on the page of " + sheet).isGreaterThan(150);
                }
            }
        }
    }

    /** The smallest font size LibreOffice printed on any page, header and footer aside (they print at 100%). */
    private static float smallestCellText(PDDocument doc) throws IOException {
        float[] smallest = {Float.MAX_VALUE};
        PDFTextStripper sizes = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                for (org.apache.pdfbox.text.TextPosition t : positions) {
                    if (!t.getUnicode().isBlank()) {
                        smallest[0] = Math.min(smallest[0], t.getFontSizeInPt());
                    }
                }
            }
        };
        sizes.getText(doc);
        return smallest[0];
    }

    /**
     * Pixels in a bar colour below the first band of them (the band is the data table's heading row,
     * in the same blue as an exact bar).
     */
    private static int barPixels(BufferedImage img) {
        int firstBandEnd = -1;
        boolean inBand = false;
        int count = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            int row = 0;
            for (int x = 0; x < img.getWidth(); x++) {
                if (isBar(new Color(img.getRGB(x, y)))) {
                    row++;
                }
            }
            if (firstBandEnd < 0) {
                if (row > 0) {
                    inBand = true;
                } else if (inBand) {
                    firstBandEnd = y;
                }
                continue;
            }
            count += row;
        }
        return count;
    }

    private static boolean isBar(Color c) {
        for (Color bar : List.of(ChartTheme.PRIMARY, ChartTheme.BOUND_FILL)) {
            if (Math.abs(c.getRed() - bar.getRed()) < 12 && Math.abs(c.getGreen() - bar.getGreen()) < 12
                    && Math.abs(c.getBlue() - bar.getBlue()) < 12) {
                return true;
            }
        }
        return false;
    }
}
