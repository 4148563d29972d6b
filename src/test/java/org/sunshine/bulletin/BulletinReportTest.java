package org.sunshine.bulletin;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.sunshine.base.i18n.Messages;
import org.sunshine.bulletin.BulletinDocument.Block;
import org.sunshine.bulletin.BulletinDocument.DepartmentRow;
import org.sunshine.bulletin.BulletinDocument.Kind;
import org.sunshine.bulletin.BulletinDocument.ProblemRow;
import org.sunshine.bulletin.BulletinDocument.RankRow;
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

/**
 * The bulletin (通报) as a reader checks it: the red 版头 with the document number, title, 主送, headings, the three
 * tables (rare characters in names, a long problem wrapping), signature, date and 附注, the attachment's ranking
 * over several pages with its header on each, page numbers, the 版记 on the last page only, fonts embedded; a draft
 * that cannot pass for an issued document; the DOCX; English labels. Set {@code -Dreports.out=DIR} to keep the
 * files for a look.
 */
class BulletinReportTest {

    private static final String LONG_PROBLEM = "政务公开专栏“法定主动公开内容”中财政预决算、重大建设项目批准和实施、"
            + "公共资源配置等信息更新不及时，部分信息发布滞后超过20个工作日，且存在链接失效、附件无法下载、政策文件"
            + "未同步发布解读材料等问题，群众反映较为集中，影响了政府信息公开的权威性和时效性。";

    private final BulletinReport report = new BulletinReport(new ReportEngine(), new Messages());

    @Test
    void theIssuedBulletinReadsAsAnOfficialDocument() throws Exception {
        byte[] pdf = report.pdf(bulletin(false), Messages.CHINESE);
        keep("bulletin.pdf", pdf);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).as("body, then the attachment over several pages").isGreaterThanOrEqualTo(7);
            String text = text(document, 1, pages);
            // in content order (not by position), so that the lines of a table cell stay together
            String flat = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("盘锦市人民政府办公室", "盘政办通〔2026〕12号", "— 1 —", "— " + pages + " —");
            assertThat(flat).contains("关于2026年第三季度全市政务公开工作考核情况的通报",
                    "各县区人民政府，市政府各部门、各直属机构：",
                    "一、总体情况", "二、考核结果", "三、存在问题及整改要求", "（一）通报表扬单位（共5个）",
                    "（二）通报批评单位（共3个）",
                    "市发展和改革委员会", "堃山街道办事处", "赟溪镇人民政府", "珺璟社区服务中心",
                    "平均得分86.4分",
                    LONG_PROBLEM, "2026年11月30日", "2026年12月15日", "15个工作日",
                    "2026年12月1日", "（此件公开发布）", "附件", "2026年第三季度全市政务公开工作考核排名",
                    "序号", "单位", "类别", "得分", "名次", "说明", "责任单位", "存在问题", "整改时限", "等次",
                    "双喆镇人民政府", "市直单位200")
                    .doesNotContain("此件不公开", "草稿");

            // the first page: 版头, title, 主送, the beginning of the body
            String first = text(document, 1, 1);
            assertThat(first).contains("盘锦市人民政府办公室", "盘政办通〔2026〕12号", "— 1 —");
            assertThat(first.replaceAll("\\s+", "")).contains("各县区人民政府", "为深入贯彻落实");
            // the 版记, on the last page only
            for (int page = 1; page <= pages; page++) {
                String onPage = text(document, page, page);
                assertThat(onPage).as("page number on page " + page).contains("— " + page + " —");
                String flatPage = onPage.replaceAll("\\s+", "");
                if (page == pages) {
                    assertThat(flatPage).contains("抄送：市委办公室，市人大常委会办公室，市政协办公室，市纪委监委。",
                            "2026年12月1日印发", "市直单位200");
                } else {
                    assertThat(flatPage).as("page " + page).doesNotContain("抄送", "印发");
                }
                // the attachment's pages each start with the header row
                if (page > 1 && flatPage.contains("市直单位")) {
                    assertThat(flatPage).as("header row on page " + page).contains("名次单位得分等次");
                }
            }
            // the attachment starts on a page of its own
            int attachment = -1;
            for (int page = 1; page <= pages && attachment < 0; page++) {
                if (text(document, page, page).contains("2026年第三季度全市政务公开工作考核排名")) {
                    attachment = page;
                }
            }
            assertThat(attachment).isGreaterThan(1);
            assertThat(text(document, attachment, attachment).replaceAll("\\s+", "")).doesNotContain("此件公开发布")
                    .startsWith("附件");
            assertThat(text(document, attachment - 1, attachment - 1).replaceAll("\\s+", "")).contains("此件公开发布");

            Set<String> fonts = new HashSet<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).anyMatch(f -> f.contains("NotoSerifSC")).anyMatch(f -> f.contains("NotoSansSC"))
                    .allMatch(f -> f.contains("Noto"));
        }
    }

    @Test
    void aDraftHasNoNumberAndSaysItIsADraftOnEveryPage() throws Exception {
        byte[] pdf = report.pdf(bulletin(true), Messages.CHINESE);
        keep("bulletin-draft.pdf", pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String first = text(document, 1, 1);
            assertThat(first).contains("盘锦市人民政府办公室", "草　稿").doesNotContain("盘政办通", "〔2026〕");
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                assertThat(text(document, page, page)).as("page " + page).contains("草稿　未经签发");
            }
        }
        assertThat(report.fileName(bulletin(true), ReportFormat.DOCX, Messages.CHINESE))
                .isEqualTo("关于2026年第三季度全市政务公开工作考核情况的通报（草稿）.docx");
        assertThat(report.fileName(bulletin(false), ReportFormat.PDF, Messages.CHINESE))
                .isEqualTo("关于2026年第三季度全市政务公开工作考核情况的通报.pdf");
    }

    @Test
    void withoutAttachmentOrCopyToTheBulletinEndsWithTheSignatureAndTheVersionRecord() throws Exception {
        BulletinDocument full = bulletin(false);
        BulletinDocument small = new BulletinDocument(full.office(), full.number(), false, full.title(),
                full.addressees(), full.body(), full.signature(), full.date(), false, "", List.of(), "",
                full.printedBy(), full.printedOn());
        byte[] pdf = report.pdf(small, Messages.CHINESE);
        keep("bulletin-small.pdf", pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            String text = text(document, 1, pages).replaceAll("\\s+", "");
            assertThat(text).contains("（此件不公开）", "2026年12月1日印发").doesNotContain("考核排名", "抄送", "市直单位");
            assertThat(text(document, pages, pages).replaceAll("\\s+", "")).contains("盘锦市人民政府办公室2026年12月1日印发");
        }
        // no body at all still prints the 版头 and the signature
        BulletinDocument empty = new BulletinDocument(full.office(), full.number(), false, full.title(),
                full.addressees(), List.of(), full.signature(), full.date(), true, "", List.of(), "", full.printedBy(),
                full.printedOn());
        try (PDDocument document = Loader.loadPDF(report.pdf(empty, Messages.CHINESE))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(text(document, 1, 1).replaceAll("\\s+", "")).contains("盘政办通〔2026〕12号", "各县区人民政府",
                    "2026年12月1日（此件公开发布）", "2026年12月1日印发");
        }
    }

    @Test
    void theDocxOpensInWordWithTheTextToEdit() throws Exception {
        byte[] docx = report.docx(bulletin(false), Messages.CHINESE);
        keep("bulletin.docx", docx);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText().replaceAll("\\s+", "");
            assertThat(text).contains("关于2026年第三季度全市政务公开工作考核情况的通报", LONG_PROBLEM, "盘政办通〔2026〕12号",
                    "堃山街道办事处", "市直单位200", "2026年12月1日印发");
            assertThat(fontsOf(document)).as("the families mapped to Word's Chinese fonts").contains("宋体", "黑体");

            // the tables are Word table rows, one cell per column, that a clerk can edit (not a table per cell)
            List<List<String>> rows = rowsOf(document);
            assertThat(rows).contains(
                    List.of("序号", "单位", "类别", "得分", "名次", "说明"),
                    List.of("1", "市发展和改革委员会", "市直部门", "96.5", "1", "考核等次为优秀"),
                    List.of("3", "珺璟社区服务中心", "乡镇街道", "一票否决：未按规定公开政府信息公开工作年度报告"),
                    List.of("2", "市烟草专卖局", LONG_PROBLEM, "2026年12月15日"),
                    List.of("200", "市直单位200", "57.0", "不合格"),
                    List.of("盘锦市人民政府办公室", "2026年12月1日印发"));
            // LibreOffice drops a table's first column (序号) when the margin column before it is narrower than 1 pt
            for (XWPFTable table : document.getTables()) {
                assertThat(table.getCTTbl().getTblGrid().getGridColArray(0).getW())
                        .as("width of the margin column, in twips").isEqualTo(java.math.BigInteger.valueOf(20));
            }
        }
    }

    /** The text of each table row's non-empty cells, tables nested in cells included. */
    private static List<List<String>> rowsOf(XWPFDocument document) {
        List<List<String>> rows = new ArrayList<>();
        List<XWPFTable> tables = new ArrayList<>(document.getTables());
        for (int i = 0; i < tables.size(); i++) {
            for (XWPFTableRow row : tables.get(i).getRows()) {
                List<String> cells = new ArrayList<>();
                for (XWPFTableCell cell : row.getTableCells()) {
                    tables.addAll(cell.getTables());
                    String text = cell.getText().strip();
                    if (!text.isEmpty()) {
                        cells.add(text);
                    }
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void anEnglishReaderGetsEnglishLabels() throws Exception {
        byte[] pdf = report.pdf(bulletin(false), Messages.ENGLISH);
        keep("bulletin-en.pdf", pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            String text = text(document, 1, pages).replaceAll("\\s+", " ");
            assertThat(text).contains("No.", "Department", "Type", "Score", "Rank", "Remarks", "Responsible",
                    "Problem", "Deadline", "Grade", "Attachment", "(For public release)", "1 December 2026",
                    "Issued 1 December 2026", "Copy to: 市委办公室");
            // (附件 and 整改时限 are in the body's own text)
            assertThat(text).doesNotContain("抄送", "印发", "此件", "序号", "责任单位", "说明", "名次");
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** A 情况通报 of a quarter for 26 departments, with the full ranking (200 departments) as its attachment. */
    static BulletinDocument bulletin(boolean draft) {
        List<Block> body = new ArrayList<>();
        body.add(Block.text(Kind.PARAGRAPH, "为深入贯彻落实《中华人民共和国政府信息公开条例》和省政府办公厅关于全面推进"
                + "政务公开工作的部署要求，持续提升政务公开质效，根据《盘锦市政务公开工作考核办法》（盘政办发〔2025〕8号）"
                + "有关规定，市政府办公室会同市政务服务管理局，对全市26个单位2026年第三季度政务公开工作进行了考核。"
                + "现将有关情况通报如下。"));
        body.add(Block.text(Kind.HEADING, "一、总体情况"));
        body.add(Block.text(Kind.PARAGRAPH, "从考核情况看，全市政务公开工作整体水平稳中有升，平均得分86.4分，较上季度"
                + "提高1.8分。其中，“优秀”等次单位5个，“良好”等次单位12个，“合格”等次单位6个，“不合格”等次单位3个。"
                + "各单位普遍能够按照要求及时主动公开政府信息，依申请公开办理规范化水平进一步提高，政策解读与回应关切"
                + "工作不断加强。但也有部分单位存在信息更新不及时、依申请公开答复超期、政策解读形式单一等问题，群众获得感"
                + "仍有较大提升空间。"));
        body.add(Block.text(Kind.HEADING, "二、考核结果"));
        body.add(Block.text(Kind.SUBHEADING, "（一）通报表扬单位（共5个）"));
        body.add(new Block(Kind.COMMENDED, "", List.of(
                new DepartmentRow(1, "市发展和改革委员会", "市直部门", new BigDecimal("96.5"), 1, "考核等次为优秀"),
                new DepartmentRow(2, "堃山街道办事处", "乡镇街道", new BigDecimal("95.8"), 2, "考核等次为优秀，连续两个季度排名前三"),
                new DepartmentRow(3, "市教育局", "市直部门", new BigDecimal("94.25"), 3, "考核等次为优秀"),
                new DepartmentRow(4, "市财政局", "市直部门", new BigDecimal("93.6"), 4, "考核等次为优秀"),
                new DepartmentRow(5, "兴隆台区人民政府", "县区政府", new BigDecimal("92.1"), 5, "考核等次为优秀")),
                List.of()));
        body.add(Block.text(Kind.SUBHEADING, "（二）通报批评单位（共3个）"));
        body.add(new Block(Kind.CRITICIZED, "", List.of(
                new DepartmentRow(1, "赟溪镇人民政府", "乡镇街道", new BigDecimal("58.4"), 24, "逾期事项 6 件"),
                new DepartmentRow(2, "市烟草专卖局", "市直部门", new BigDecimal("56.0"), 25, "依申请公开答复超期 3 件"),
                new DepartmentRow(3, "珺璟社区服务中心", "乡镇街道", null, null, "一票否决：未按规定公开政府信息公开工作年度报告")),
                List.of()));
        body.add(Block.text(Kind.HEADING, "三、存在问题及整改要求"));
        body.add(Block.text(Kind.PARAGRAPH, "被通报批评的单位要认真对照下列问题清单，逐项制定整改措施，明确责任人和完成"
                + "时限，于整改时限届满后5个工作日内将整改情况书面报送市政务服务管理局。"));
        body.add(new Block(Kind.PROBLEMS, "", List.of(), List.of(
                new ProblemRow(1, "赟溪镇人民政府", "依申请公开答复超过法定期限，逾期事项6件", "2026年11月30日"),
                new ProblemRow(2, "市烟草专卖局", LONG_PROBLEM, "2026年12月15日"),
                new ProblemRow(3, "珺璟社区服务中心", "未按规定时间公开政府信息公开工作年度报告", "2026年11月30日"),
                new ProblemRow(4, "市卫生健康委员会", "重大决策预公开征求意见期限不足30日", "2026年12月15日"),
                new ProblemRow(5, "市自然资源局", "政策解读形式单一，图解、视频解读占比低于20%", "15个工作日"),
                new ProblemRow(6, "市住房和城乡建设局", "政府网站栏目链接失效12处，未及时清理", "2026年11月30日"),
                new ProblemRow(7, "大洼区人民政府", "政务新媒体更新不及时，连续两周未更新", "2026年11月30日"),
                new ProblemRow(8, "市交通运输局", "回应关切不及时，网民留言平均办理时长超过10个工作日", "2026年12月15日"))));
        body.add(Block.text(Kind.PARAGRAPH, "各单位要以此次通报为契机，进一步提高思想认识，压实工作责任，对照考核指标"
                + "查漏补缺，健全政务公开工作机制，切实做到应公开尽公开。市政务服务管理局将持续跟踪问题整改情况，整改"
                + "不到位的，将在下一季度考核中予以扣分，并视情况约谈单位主要负责同志。"));

        List<RankRow> ranking = new ArrayList<>();
        String[] named = {"市发展和改革委员会", "堃山街道办事处", "市教育局", "市财政局", "兴隆台区人民政府", "双喆镇人民政府",
                "市公安局", "市民政局", "市司法局", "市人力资源和社会保障局"};
        for (int i = 1; i <= 200; i++) {
            String name = i <= named.length ? named[i - 1] : "市直单位" + i;
            BigDecimal total = BigDecimal.valueOf(9700 - i * 20L, 2);
            String grade = i <= 5 ? "优秀" : i <= 120 ? "良好" : i <= 190 ? "合格" : "不合格";
            ranking.add(new RankRow(i, name, total, grade));
        }
        LocalDate date = LocalDate.of(2026, 12, 1);
        return new BulletinDocument("盘锦市人民政府办公室", draft ? "" : "盘政办通〔2026〕12号", draft,
                "关于2026年第三季度全市政务公开工作考核情况的通报", "各县区人民政府，市政府各部门、各直属机构：", body,
                "盘锦市人民政府办公室", date, true, "2026年第三季度全市政务公开工作考核排名", ranking,
                "市委办公室，市人大常委会办公室，市政协办公室，市纪委监委。", "盘锦市人民政府办公室", date);
    }

    private static String text(PDDocument document, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(document);
    }

    private static Set<String> fontsOf(XWPFDocument document) {
        Set<String> fonts = new HashSet<>();
        for (var table : document.getTables()) {
            collect(table, fonts);
        }
        for (var paragraph : document.getParagraphs()) {
            for (var run : paragraph.getRuns()) {
                if (run.getFontFamily() != null) {
                    fonts.add(run.getFontFamily());
                }
            }
        }
        return fonts;
    }

    private static void collect(org.apache.poi.xwpf.usermodel.XWPFTable table, Set<String> fonts) {
        for (var row : table.getRows()) {
            for (var cell : row.getTableCells()) {
                for (var paragraph : cell.getParagraphs()) {
                    for (var run : paragraph.getRuns()) {
                        if (run.getFontFamily() != null) {
                            fonts.add(run.getFontFamily());
                        }
                    }
                }
                for (var inner : cell.getTables()) {
                    collect(inner, fonts);
                }
            }
        }
    }

    private static void keep(String name, byte[] content) throws IOException {
        String dir = System.getProperty("reports.out");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name), content);
        }
    }
}
