package org.sunshine.report;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sunshine.base.i18n.Messages;
import org.sunshine.directory.DepartmentFilter;
import org.sunshine.directory.DepartmentType;
import org.sunshine.directory.DirectoryReport;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** 部门名录 as printed: Chinese text, with the Chinese fonts embedded so it renders anywhere. */
@MicronautTest(startApplication = false)
class DirectoryReportTest {

    @Inject
    DirectoryReport report;

    @Test
    void thePdfHasTheDirectoryInChineseWithEmbeddedFonts() throws Exception {
        byte[] pdf = report.render(DepartmentFilter.ACTIVE, ReportFormat.PDF, Messages.CHINESE);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("盘锦市政务公开责任单位名录", "部门编码", "市民政局", "政府工作部门", "市政府应急办", "— 1 —");
            Set<String> fonts = new HashSet<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).anyMatch(f -> f.contains("NotoSansSC"));
        }
    }

    @Test
    void theReportFollowsTheFilterAndTheReadersLanguage() throws Exception {
        byte[] pdf = report.render(new DepartmentFilter(null, DepartmentType.VERTICAL, false), ReportFormat.PDF, Messages.ENGLISH);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("departments responsible for disclosure", "市气象局", "Vertically")
                    .doesNotContain("市民政局");
        }
    }

    @Test
    void theSpreadsheetHasOneRowPerDepartment() throws Exception {
        byte[] xlsx = report.render(DepartmentFilter.ACTIVE, ReportFormat.XLSX, Messages.CHINESE);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> names = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getCell(2) != null) {
                    names.add(row.getCell(2).toString());
                }
            }
            assertThat(names).contains("部门名称", "市民政局", "市教育局");
            assertThat(sheet.getPaneInformation()).isNotNull();
        }
    }
}
