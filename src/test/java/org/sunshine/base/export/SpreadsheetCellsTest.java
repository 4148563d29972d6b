package org.sunshine.base.export;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The spreadsheet rule: formulas come out as text, numbers as numbers. */
class SpreadsheetCellsTest {

    record Row(String text, Number number) {
    }

    @Test
    void whatASpreadsheetWouldRunGetsAQuote() {
        for (String formula : new String[]{"=HYPERLINK(\"http://x\",\"y\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)",
                "\t=1+1", "\r=1+1", "  =1+1", "＝1+1", "-"}) {
            assertThat(SpreadsheetCells.neutralise(formula)).as(formula).isEqualTo("'" + formula);
        }
        for (String plain : new String[]{"低保名单没有公示", "", "a=b", "1+1", "-12", "-12.5", "+3", "-0.25%", "-1,234.5"}) {
            assertThat(SpreadsheetCells.neutralise(plain)).as(plain).isEqualTo(plain);
        }
    }

    @Test
    void csvAndXlsxExportsNeutraliseTextAndKeepNegativeNumbers() throws Exception {
        TableExport<Row> table = new TableExport<>(List.of(
                new TableExport.Column<>("text", Row::text), new TableExport.Column<>("number", Row::number)));
        List<Row> rows = List.of(new Row("=HYPERLINK(\"http://x\",\"y\")", new BigDecimal("-3.5")), new Row("@cmd", -7));

        String csv = new String(table.csv(rows), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFFtext,number\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-3.5\r\n'@cmd,-7\r\n");

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(table.xlsx("sheet", rows)))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(-3.5);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("'@cmd");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(-7);
        }
    }
}
