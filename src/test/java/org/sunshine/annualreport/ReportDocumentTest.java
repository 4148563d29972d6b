package org.sunshine.annualreport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.sunshine.base.i18n.Messages;
import org.sunshine.report.ReportEngine;
import org.sunshine.report.ReportFormat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The annual report as a reader checks it: the title, the edition line with a correction's reason, the six parts in
 * order, every heading of the three tables of the 2021 national format, numbers in their places (each cell's number
 * is unique, so that finding it next to its row label proves where it is), the fonts embedded, page numbers; a draft
 * says so; the DOCX holds the tables as Word tables with the same headings and numbers. Set {@code -Dreports.out=DIR}
 * to keep the files for a look.
 */
class ReportDocumentTest {

    private final ReportDocument document = new ReportDocument(new ReportEngine(), new Messages());

    @Test
    void thePublishedReportReadsAsTheNationalFormat() throws Exception {
        ReportContent content = content(2, LocalDate.of(2027, 2, 3), "表三“不予公开”行的数字录入有误，予以更正。");
        byte[] pdf = document.render(content, ReportFormat.PDF);
        keep("annual-report.pdf", pdf);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument pdfDocument = Loader.loadPDF(pdf)) {
            int pages = pdfDocument.getNumberOfPages();
            assertThat(pages).isBetween(3, 6);
            String flat = new PDFTextStripper().getText(pdfDocument).replaceAll("[\\s\u3000]+", "");
            assertThat(flat).contains("盘锦市民政局2026年政府信息公开工作年度报告", "第2版2027年2月3日公开",
                    "更正原因：表三“不予公开”行的数字录入有误，予以更正。");
            // the six parts, in order
            List<String> parts = List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                    "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
            int at = -1;
            for (String part : parts) {
                int next = flat.indexOf(part);
                assertThat(next).as(part).isGreaterThan(at);
                at = next;
            }
            assertThat(flat).contains("2026年，市民政局认真贯彻落实", "（一）主动公开情况", "（二）依申请公开情况",
                    "个别答复告知书说理不够充分", "本年度未收取信息处理费。");
            // table 二
            assertThat(flat).contains("第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数",
                    "规章", "行政规范性文件", "第二十条第（五）项", "本年处理决定数量", "行政许可",
                    "第二十条第（六）项", "行政处罚", "行政强制", "第二十条第（八）项", "本年收费金额（单位：万元）",
                    "行政事业性收费");
            String lines = byPosition(pdfDocument);
            assertThat(lines).contains("规章319", "行政规范性文件71272", "行政许可1834", "行政处罚205", "行政强制17",
                    "行政事业性收费12.3456");
            // table 三
            assertThat(flat).contains("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
                    "申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他",
                    "总计", "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果",
                    "（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开",
                    "1.属于国家秘密", "3.危及“三安全一稳定”", "8.属于行政查询事项", "（四）无法提供",
                    "1.本机关不掌握相关政府信息", "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息",
                    "（六）其他处理",
                    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                    "（七）总计", "四、结转下年度继续办理");
            // rows in their places: the label, then its seven numbers on the same line
            assertThat(lines).contains("一、本年新收政府信息公开申请数量" + cells(0),
                    "二、上年结转政府信息公开申请数量" + cells(1), "（一）予以公开" + cells(2),
                    "1.属于国家秘密" + cells(4), "3.其他" + cells(22), "（七）总计" + cells(23),
                    "四、结转下年度继续办理" + cells(24));
            // table 四: the two header rows over the 15 numbers
            assertThat(flat).contains("行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正",
                    "其他结果", "尚未审结");
            assertThat(lines).contains("901902903904905911912913914915921922923924925");
            assertThat(flat).contains("— 1 —".replace(" ", ""), ("— " + pages + " —").replace(" ", ""))
                    .doesNotContain("草稿");

            // fonts embedded (the reader's machine may have no Chinese font)
            Set<String> fonts = new HashSet<>();
            for (PDPage page : pdfDocument.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName().replaceAll("^[A-Z]{6}\\+", ""));
                }
            }
            assertThat(fonts).anyMatch(f -> f.startsWith("NotoSerifSC")).anyMatch(f -> f.startsWith("NotoSansSC"));
        }
        assertThat(document.fileName(content, ReportFormat.PDF)).isEqualTo("盘锦市民政局2026年政府信息公开工作年度报告（第2版）.pdf");
    }

    @Test
    void theDocxHoldsTheTablesAsWordTables() throws Exception {
        byte[] docx = document.render(content(1, LocalDate.of(2027, 1, 20), ""), ReportFormat.DOCX);
        keep("annual-report.docx", docx);
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> cells = new ArrayList<>();
            for (XWPFTable table : word.getTables()) {
                collect(table, cells);
            }
            assertThat(cells).contains("本年制发件数", "本年收费金额（单位：万元）", "12.3456", "申请人情况", "商业企业",
                    "社会公益组织", "（三）不予公开", "1.属于国家秘密", "四、结转下年度继续办理", "未经复议直接起诉", "复议后起诉",
                    "尚未审结", "925", "1834");
            // one cell per column of table 三's rows: the numbers of 一 are separate cells, in order
            assertThat(String.join("|", cells)).contains(String.join("|", row(0)));
            String all = String.join("", cells).replaceAll("[\\s\u3000]+", "");
            assertThat(all).contains("盘锦市民政局2026年政府信息公开工作年度报告", "第1版2027年1月20日公开")
                    .doesNotContain("更正原因");
        }
    }

    @Test
    void aDraftSaysSoOnEveryPageAndAnEmptyPartSaysNone() throws Exception {
        ReportContent draft = new ReportContent(2026, "盘锦市人民政府", true, two(), threeRows(), fourRow(),
                "全市政府信息公开工作总体情况。", "", "  \n ", 0, null, "");
        byte[] pdf = document.render(draft, ReportFormat.PDF);
        keep("annual-report-draft.pdf", pdf);
        try (PDDocument pdfDocument = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pdfDocument.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(pdfDocument).replaceAll("[\\s\u3000]+", "")).as("page " + page).contains("草稿");
            }
            stripper.setStartPage(1);
            stripper.setEndPage(pdfDocument.getNumberOfPages());
            String flat = stripper.getText(pdfDocument).replaceAll("[\\s\u3000]+", "");
            assertThat(flat).contains("盘锦市人民政府2026年政府信息公开工作年度报告", "草稿（未公开）",
                    "五、存在的主要问题及改进情况无。", "六、其他需要报告的事项无。");
        }
        assertThat(document.fileName(draft, ReportFormat.DOCX)).isEqualTo("盘锦市人民政府2026年政府信息公开工作年度报告（草稿）.docx");
    }

    @Test
    void tablesOfAnotherShapeAreRefused() {
        List<List<Long>> short3 = threeRows().subList(0, 24);
        ReportContent wrong = new ReportContent(2026, "盘锦市民政局", false, two(), short3, fourRow(), "", "", "", 0, null, "");
        assertThatThrownBy(() -> document.render(wrong, ReportFormat.PDF)).isInstanceOf(IllegalArgumentException.class);
        List<Long> gap = new ArrayList<>(fourRow());
        gap.set(3, null);
        ReportContent missing = new ReportContent(2026, "盘锦市民政局", false, two(), threeRows(), gap, "", "", "", 0, null, "");
        assertThatThrownBy(() -> document.render(missing, ReportFormat.PDF)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> document.render(content(1, LocalDate.of(2027, 1, 20), ""), ReportFormat.XLSX))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * A report whose every number says where it is: table 三's cell (row r, column c) is 1000 + 10 r + c for the
     * organ columns — each row's total their sum would not be unique, so the total column holds 5000 + r — and
     * table 四's cell k is 901 + 10 × (k / 5) + k % 5 (901 … 905, 911 … 915, 921 … 925).
     */
    static ReportContent content(int edition, LocalDate publishedOn, String reason) {
        return content(2026, "盘锦市民政局", false, edition, publishedOn, reason);
    }

    /** The same report of another organ and year. */
    static ReportContent content(int year, String organ, boolean government, int edition, LocalDate publishedOn,
                                 String reason) {
        return new ReportContent(year, organ, government, two(), threeRows(), fourRow(),
                "2026年，市民政局认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外。\n"
                        + "（一）主动公开情况\n"
                        + "全年通过政府网站、政务新媒体主动公开政府信息1,234条，其中行政许可决定1,834件、行政处罚决定205件。\n"
                        + "（二）依申请公开情况\n"
                        + "全年新收政府信息公开申请，均在法定期限内答复。\n"
                        + "（三）政府信息管理\n"
                        + "严格落实公开前保密审查制度。",
                "一是个别答复告知书说理不够充分；二是政策解读形式较为单一。下一步，我局将加强业务培训，丰富解读形式。",
                "本年度未收取信息处理费。", edition, publishedOn, reason);
    }

    static TableTwo two() {
        return new TableTwo(3, 1, 9, 7, 12, 72, 1834, 205, 17, new BigDecimal("12.3456"));
    }

    static List<List<Long>> threeRows() {
        List<List<Long>> rows = new ArrayList<>();
        for (int r = 0; r < 25; r++) {
            rows.add(row(r).stream().map(Long::valueOf).toList());
        }
        return rows;
    }

    static List<String> row(int r) {
        List<String> row = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            row.add(String.valueOf(1000 + 10 * r + c));
        }
        row.add(String.valueOf(5000 + r));
        return row;
    }

    static String cells(int r) {
        return String.join("", row(r));
    }

    static List<Long> fourRow() {
        List<Long> four = new ArrayList<>();
        for (int k = 0; k < 15; k++) {
            four.add(901L + 10 * (k / 5) + k % 5);
        }
        return List.copyOf(four); // immutable, as List.of makes it: no contains(null) on it

    }

    /** The text line by line as laid out (a table row's cells on one line), without spaces. */
    private static String byPosition(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(pdf).replaceAll("[ \\t\u3000]+", "");
    }

    private static void collect(XWPFTable table, List<String> cells) {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                for (XWPFTable nested : cell.getTables()) {
                    collect(nested, cells);
                }
                String text = cell.getText().strip();
                if (!text.isEmpty()) {
                    cells.add(text);
                }
            }
        }
    }

    private static void keep(String name, byte[] bytes) throws IOException {
        String dir = System.getProperty("reports.out");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name), bytes);
        }
    }
}
