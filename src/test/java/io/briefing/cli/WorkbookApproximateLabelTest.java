package io.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chart sheet's negative approximate reads as the PDF writes it: "about −8.5", never "~−8.5". */
class WorkbookApproximateLabelTest {
    @Test
    void writesANegativeApproximateWithWordsNotTwoSigns(@TempDir Path out) throws Exception {
        for (String lang : new String[] {"en", "zh"}) {
            CliProbe.Result r = CliProbe.run("generate", "-d", "samples/solar-invented/solar-invented.yaml", "-l", lang,
                    "-o", out.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            String shown = null;
            try (InputStream in = Files.newInputStream(out.resolve("solar-invented-2025-W51-" + lang + ".xlsx"));
                 XSSFWorkbook wb = new XSSFWorkbook(in)) {
                DataFormatter format = new DataFormatter();
                for (Sheet sheet : wb) {
                    for (Row row : sheet) {
                        for (Cell c : row) {
                            if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && c.getNumericCellValue() < 0
                                    && c.getCellStyle().getDataFormatString().contains("−")
                                    && Math.abs(Math.abs(c.getNumericCellValue()) - (lang.equals("en") ? 8.5 : 85)) < 1e-9) {
                                shown = format.formatCellValue(c);
                            }
                        }
                    }
                }
            }
            assertThat(shown).as(lang).isEqualTo(lang.equals("en") ? "about −8.5" : "約−85");
        }
    }
}
