package org.sunshine.assessment;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sunshine.base.OfficeSettings;
import org.sunshine.base.i18n.Messages;
import org.sunshine.report.ReportEngine;
import org.sunshine.report.ReportFormat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 考核得分表 as a reader checks it: title, departments (rare characters too), tied ranks, totals, the veto, the
 * rules written out below the table, Chinese fonts embedded; and the spreadsheet with numbers as numbers.
 * Set {@code -Dreports.out=DIR} to keep the files for a look.
 */
class ScoreTableReportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-15T02:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final OfficeSettings OFFICE = new OfficeSettings("盘锦市", "盘锦市人民政府办公室", "盘政办");

    private static final Map<String, Integer> SEVEN = categories(
            "决策公开", 15, "执行公开", 15, "管理服务公开", 15, "结果公开", 10, "政策解读与回应关切", 15,
            "依申请公开和诉求办理", 20, "社会评议", 10);

    private final ScoreTableReport report = new ScoreTableReport(new ReportEngine(), new Messages(), OFFICE, CLOCK);

    @Test
    void thePdfIsTheScoreTableInChineseWithTheRulesAndEmbeddedFonts() throws Exception {
        ResultTable table = table(SEVEN, 2, 25);
        byte[] pdf = report.render(table, ReportFormat.PDF, Messages.CHINESE);
        keep("score-table-7.pdf", pdf);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page1 = document.getPage(0);
            PDRectangle size = page1.getMediaBox();
            boolean turned = page1.getRotation() % 180 != 0; // JasperReports writes landscape as a portrait box turned 90°
            assertThat(turned ? size.getHeight() : size.getWidth()).as("landscape")
                    .isGreaterThan(turned ? size.getWidth() : size.getHeight());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document);
            assertThat(text).contains("2026年第三季度考核得分表", "政务公开工作考核指标体系（第 2 版）",
                    "考核期间：2026年7月1日至2026年9月30日", "结果已锁定（第 2 版）", "生成时间：2026-10-15 10:30",
                    "名次", "部门", "总分", "等次",
                    "市发展和改革委员会", "硚口区政务服务和大数据管理局", "埇桥区人民政府办公室",
                    "95.20", "88.45", "58.00", "不合格（一票否决）", "盘锦市人民政府办公室", "— 1 —");
            // a header cell wraps within its cell: read the cells one by one
            String cells = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(cells).contains("决策公开（15）", "政策解读与回应关切（15）", "社会评议（10）");
            // the tie: equal totals and equal categories share rank 3, and the next is 5th
            assertThat(text).containsPattern("(?m)^3 市公安局 .* 91\\.00 良好$")
                    .containsPattern("(?m)^3 市民政局 .* 91\\.00 良好$")
                    .containsPattern("(?m)^5 硚口区政务服务和大数据管理局 .* 88\\.45 良好$")
                    .containsPattern("(?m)^1 市发展和改革委员会 .* 95\\.20 优秀$");
            // the rules below the table
            String rules = text.replaceAll("\\s+", "");
            assertThat(rules).contains("说明：",
                    "总分90分及以上为优秀，80分及以上为良好，60分及以上为合格",
                    "不超过参评部门数的25%（本期12个部门，至多3个）",
                    "依次比较决策公开、执行公开、管理服务公开、结果公开、政策解读与回应关切、依申请公开和诉求办理、社会评议的得分",
                    "名次并列", "“基本满意”的按0.9件计", "不足5件的不予评价");

            Set<String> fonts = new HashSet<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).anyMatch(f -> f.contains("NotoSansSC")).anyMatch(f -> f.contains("NotoSerifSC"));
        }
    }

    @Test
    void resultsComputedNowSayTheyAreNotLockedAndAnyNumberOfCategoriesPrints() throws Exception {
        Map<String, Integer> five = categories("决策公开", 20, "执行公开", 20, "管理服务公开", 20, "结果公开", 20, "社会评议", 20);
        ResultTable live = table(five, 0, null);
        byte[] pdf = report.render(live, ReportFormat.PDF, Messages.CHINESE);
        keep("score-table-5.pdf", pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("结果未锁定，为当前计算结果", "决策公开（20）", "社会评议（20）")
                    .doesNotContain("结果已锁定", "尚有评分未完成");
            assertThat(text.replaceAll("\\s+", "")).contains("本期不设优秀比例限制");
        }
        // a score still missing: the reader is told the scores may change
        List<ResultTable.Row> rows = new ArrayList<>(live.rows());
        ResultTable.Row last = rows.remove(rows.size() - 1);
        DepartmentScore s = last.score();
        rows.add(new ResultTable.Row(last.departmentId(), last.departmentName(), new DepartmentScore(s.departmentId(),
                s.indicators(), s.categories(), s.total(), s.vetoed(), true), last.rank(), last.grade()));
        try (PDDocument document = Loader.loadPDF(report.render(new ResultTable(live.period(), live.tree(), 0, rows),
                ReportFormat.PDF, Messages.CHINESE))) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("结果未锁定，为当前计算结果；尚有评分未完成或分歧未裁定，得分可能变动");
        }
        Map<String, Integer> ten = categories("决策公开", 10, "执行公开", 10, "管理公开", 10, "服务公开", 10,
                "结果公开", 10, "政策解读", 10, "回应关切", 10, "平台建设", 10, "依申请公开", 10, "社会评议", 10);
        pdf = report.render(table(ten, 1, 20, 40), ReportFormat.PDF, Messages.CHINESE);
        keep("score-table-10.pdf", pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertThat(text).contains("— " + page + " —");
                if (text.contains("市直单位")) {
                    assertThat(text).as("the header row on page " + page).contains("名次", "依申请公", "社会评议");
                }
            }
        }

        Map<String, Integer> eleven = new LinkedHashMap<>(ten);
        eleven.put("监督保障", 0);
        assertThatThrownBy(() -> report.render(table(eleven, 1, null), ReportFormat.PDF, Messages.CHINESE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEnglishReaderGetsEnglishLabels() throws Exception {
        byte[] pdf = report.render(table(SEVEN, 2, 25), ReportFormat.PDF, Messages.ENGLISH);
        keep("score-table-en.pdf", pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("2026年第三季度: assessment scores", "Results locked (revision 2)", "Rank",
                    "Department", "Total", "Grade", "决策公开 (15)", "Fail (veto)", "Excellent", "Notes",
                    "Period: 1 July 2026 to 30 September 2026", "each “basically satisfied” 0.9",
                    "Quota: at most 25% of the departments are Excellent (12 departments this period, so at most 3)");
        }
        assertThat(report.fileName(table(SEVEN, 2, 25), ReportFormat.XLSX, Messages.ENGLISH))
                .isEqualTo("2026年第三季度 assessment scores, revision 2.xlsx");
        assertThat(report.fileName(table(SEVEN, 0, 25), ReportFormat.PDF, Messages.CHINESE))
                .isEqualTo("2026年第三季度考核得分表.pdf");
    }

    @Test
    void theSpreadsheetHasNumbersAndAFrozenHeader() throws Exception {
        byte[] xlsx = report.render(table(SEVEN, 2, 25), ReportFormat.XLSX, Messages.CHINESE);
        keep("score-table-7.xlsx", xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("考核得分表");
            int totalColumn = -1;
            int headerRow = -1;
            Row first = null;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals("总分")) {
                        totalColumn = cell.getColumnIndex();
                        headerRow = row.getRowNum();
                    }
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals("市发展和改革委员会")) {
                        first = row;
                    }
                }
            }
            assertThat(totalColumn).isNotNegative();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat((int) sheet.getPaneInformation().getHorizontalSplitPosition()).as("frozen below the header")
                    .isEqualTo(headerRow + 1);
            assertThat(sheet.getRow(headerRow).getCell(1).getStringCellValue()).isEqualTo("部门");
            assertThat(sheet.getRow(headerRow).getCell(2).getStringCellValue()).isEqualTo("决策公开（15）");
            assertThat(first).isNotNull();
            Cell total = first.getCell(totalColumn);
            assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(total.getNumericCellValue()).isEqualTo(95.2);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
        }
    }

    /** The departments of the table: 12, one pair tied on every category, one vetoed. */
    private static ResultTable table(Map<String, Integer> categoryWeights, int revisionNo, Integer quota) {
        return table(categoryWeights, revisionNo, quota, 0);
    }

    /** The same, with {@code more} departments at the end, for a table over several pages. */
    private static ResultTable table(Map<String, Integer> categoryWeights, int revisionNo, Integer quota, int more) {
        Period period = new Period();
        period.setId(7L);
        period.setName("2026年第三季度");
        period.setKind(PeriodKind.QUARTER);
        period.setStartsOn(LocalDate.of(2026, 7, 1));
        period.setEndsOn(LocalDate.of(2026, 9, 30));
        period.setState(revisionNo > 0 ? PeriodState.LOCKED : PeriodState.SCORING);
        period.setRevision(revisionNo);
        period.adopt(ScoringRules.DEFAULTS, quota);

        IndicatorSystem system = new IndicatorSystem();
        system.setId(1L);
        system.setName("政务公开工作考核指标体系");
        system.setVersionNo(2);
        system.setState(IndicatorSystem.State.PUBLISHED);
        List<SystemTree.Branch> branches = new ArrayList<>();
        long id = 10;
        for (Map.Entry<String, Integer> c : categoryWeights.entrySet()) {
            Indicator category = new Indicator(id, 1L, null, branches.size() + 1, c.getKey(),
                    BigDecimal.valueOf(c.getValue()), null, null, null, null, "");
            Indicator indicator = new Indicator(id + 100, 1L, id, 1, c.getKey() + "情况", null, IndicatorKind.MANUAL,
                    BigDecimal.TEN, null, null, "");
            branches.add(new SystemTree.Branch(category, List.of(indicator)));
            id++;
        }
        SystemTree tree = new SystemTree(system, branches, 1);

        Object[][] departments = {
                {101L, "市发展和改革委员会", 95.20, false},
                {102L, "市教育局", 93.10, false},
                {103L, "市公安局", 91.00, false},
                {104L, "市民政局", 91.00, false},
                {105L, "硚口区政务服务和大数据管理局", 88.45, false},
                {106L, "市市场监督管理局", 86.00, true},
                {107L, "市财政局", 85.00, false},
                {108L, "市人力资源和社会保障局", 82.30, false},
                {109L, "埇桥区人民政府办公室", 78.60, false},
                {110L, "市自然资源和规划局", 72.00, false},
                {111L, "市住房和城乡建设局", 65.50, false},
                {112L, "市交通运输局", 58.00, false},
        };
        Map<Long, String> names = new LinkedHashMap<>();
        List<DepartmentScore> scores = new ArrayList<>();
        for (Object[] d : departments) {
            long departmentId = (Long) d[0];
            names.put(departmentId, (String) d[1]);
            scores.add(score(departmentId, (Double) d[2], (Boolean) d[3], branches));
        }
        for (int i = 1; i <= more; i++) {
            names.put(200L + i, "市直单位" + i);
            scores.add(score(200L + i, 57 - i * 0.5, false, branches));
        }
        List<ResultTable.Row> rows = Ranking.rank(scores, period.rules()).stream()
                .map(p -> new ResultTable.Row(p.score().departmentId(), names.get(p.score().departmentId()), p.score(),
                        p.rank(), p.grade()))
                .toList();
        return new ResultTable(period, tree, revisionNo, rows);
    }

    /** Category scores in proportion to the weights, adding up to the total. */
    private static DepartmentScore score(long departmentId, double total, boolean vetoed, List<SystemTree.Branch> branches) {
        double weights = branches.stream().mapToDouble(b -> b.category().weight().doubleValue()).sum();
        List<DepartmentScore.CategoryScore> categories = new ArrayList<>();
        double rest = total;
        for (int i = 0; i < branches.size(); i++) {
            Indicator c = branches.get(i).category();
            double w = c.weight().doubleValue();
            double s = i == branches.size() - 1 ? rest : Math.round(total * w / weights * 100) / 100.0;
            rest = Math.round((rest - s) * 100) / 100.0;
            categories.add(new DepartmentScore.CategoryScore(c.id(), true, w, s, 0, 0, Math.round(s * 100) / 100.0));
        }
        return new DepartmentScore(departmentId, List.of(), categories, total, vetoed, false);
    }

    private static Map<String, Integer> categories(Object... nameAndWeight) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < nameAndWeight.length; i += 2) {
            map.put((String) nameAndWeight[i], (Integer) nameAndWeight[i + 1]);
        }
        return map;
    }

    private static void keep(String name, byte[] content) throws IOException {
        String dir = System.getProperty("reports.out");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name), content);
        }
    }
}
