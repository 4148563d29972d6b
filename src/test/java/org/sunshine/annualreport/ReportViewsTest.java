package org.sunshine.annualreport;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.Query;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.annualreport.ui.ReportDetailView;
import org.sunshine.calendar.Warning;
import org.sunshine.directory.DepartmentService;
import org.sunshine.inforequest.Organs;
import org.sunshine.report.ReportFormat;
import org.sunshine.testing.MutableClock;
import org.sunshine.testing.UiTest;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff's screens of the annual reports, browserless, on the real services with 2023's hand-built data, the
 * clock on 20 January 2024 (a department's report due in 11 days) and the document faked; each test rolled back.
 */
@MicronautTest(startApplication = false)
class ReportViewsTest extends UiTest {

    private final MutableClock clock = MutableClock.shanghai("2024-01-20T02:00:00Z");

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @MockBean(ReportDocument.class)
    ReportDocument document() {
        return new ReportDocument(null, null) {
            @Override
            public byte[] render(ReportContent content, ReportFormat format) {
                return (format.name() + " edition " + content.edition()).getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    private HandBuilt data() {
        return new HandBuilt(context.getBean(JdbcOperations.class), context.getBean(DepartmentService.class));
    }

    @SuppressWarnings("unchecked")
    private Grid<ReportRow> grid() {
        return _get(Grid.class, spec -> spec.withId("annual-reports"));
    }

    private List<ReportRow> rows() {
        return grid().getDataProvider().fetch(new Query<>()).toList();
    }

    @Test
    void theOfficeSeesEveryOrgansReportWithItsMarkAndOpensTheYear() {
        long mzj = data().department("MZJ");
        signInAs("inspector");
        navigate("disclosure/reports?year=2023");
        int organs = context.getBean(Organs.class).all().size();
        assertThat(rows()).hasSize(organs);
        assertThat(rows().get(0).organKey()).isEqualTo(Organs.GOVERNMENT);
        assertThat(rows()).filteredOn(r -> r.organKey().equals(String.valueOf(mzj))).singleElement().satisfies(r -> {
            assertThat(r.state()).isNull();
            assertThat(r.warning()).as("11 days before 31 January, not submitted").isEqualTo(Warning.YELLOW);
        });
        assertThat(rows().get(0).warning()).as("the government's is due 31 March").isEqualTo(Warning.NONE);
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-summary")).getText())
                .startsWith("共 " + organs + " 个机关：已公开 0 个，已报送待公开 0 个，未报送 " + organs + " 个；红牌 0 个，黄牌 "
                        + (organs - 1) + " 个。");

        _click(_get(Button.class, spec -> spec.withId("report-open-year")));
        expectNotifications("已为 " + organs + " 个机关开启年度报告。");
        assertThat(rows()).allSatisfy(r -> assertThat(r.state()).isEqualTo(ReportState.DRAFT));

        stopVaadin();
        startVaadin();
        signInAs("handler");
        navigate("disclosure/reports?year=2023");
        assertThat(rows()).extracting(ReportRow::organKey).containsExactly(String.valueOf(mzj));
        assertThat(_find(Button.class, spec -> spec.withId("report-open-year"))).as("only the office opens the year").isEmpty();
        _clickItem(grid(), 0);
        assertThat(_get(H2.class, spec -> spec.withId("report-title")).getText())
                .isEqualTo("盘锦市民政局2023年政府信息公开工作年度报告");
    }

    @Test
    void theReportPageLaysTheTablesOutAsTheFormatAndTakesTheSteps() {
        HandBuilt data = data();
        long mzj = data.department("MZJ");
        long a = data.request(mzj, false, "PERSON", null, "2023-03-01", "2023-03-20", "REPLIED", "DISCLOSED");
        data.request(mzj, false, "ORGANIZATION", "LEGAL_SERVICE", "2023-12-28", null, "REGISTERED", null);
        data.remedy(a, "SUIT_AFTER_REVIEW", "2023-06-01", "CORRECTED", "2023-09-01");
        data.record(mzj, "NORMATIVE", "2023-02-01", "2023-03-01", null);

        signInAs("handler");
        navigate("disclosure/reports?year=2023");
        _clickItem(grid(), 0);
        _get(ReportDetailView.class);
        long id = context.getBean(AnnualReports.class).list(2023, signedIn()).get(0).id();

        String two = html("report-table-two");
        assertThat(two).contains("第二十条第（一）项", "本年制发件数", "本年废止件数", "现行有效件数", "第二十条第（五）项",
                "本年处理决定数量", "第二十条第（六）项", "第二十条第（八）项", "本年收费金额（单位：万元）", "行政规范性文件",
                "行政事业性收费", "0.0000");
        assertThat(cells(two, "td").subList(4, 8)).as("行政规范性文件: issued 1, repealed 0, in force 1")
                .containsExactly("行政规范性文件", "1", "0", "1");
        String three = html("report-table-three");
        assertThat(three).contains("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "自然人",
                "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "总计",
                "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果",
                "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "8．属于行政查询事项",
                "2．申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "（七）总计",
                "四、结转下年度继续办理", "rowspan=\"22\"");
        List<String> threeCells = cells(three, "td");
        assertThat(threeCells.subList(0, 8)).as("一: a person, a legal-service organization")
                .containsExactly("一、本年新收政府信息公开申请数量", "1", "0", "0", "0", "1", "0", "2");
        assertThat(threeCells.subList(threeCells.size() - 8, threeCells.size())).as("四: the legal-service one")
                .containsExactly("四、结转下年度继续办理", "0", "0", "0", "0", "1", "0", "1");
        String four = html("report-table-four");
        assertThat(four).contains("行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正", "其他结果",
                "尚未审结");
        assertThat(cells(four, "td")).containsExactly("0", "0", "0", "0", "0", "0", "0", "0", "0", "0",
                "0", "1", "0", "0", "1");
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-balance")).getText()).contains("可以报送");
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-data-note")).getText())
                .contains("请更正相应的记录");

        _click(_get(Button.class, spec -> spec.withId("edit-five")));
        _setValue(_get(TextArea.class, spec -> spec.withId("report-section-text")), "（一）存在的主要问题\n无。");
        _click(_get(Button.class, spec -> spec.withId("report-section-dialog-confirm")));
        assertThat(report(id).getSectionFive()).isEqualTo("（一）存在的主要问题\n无。");
        _click(_get(Button.class, spec -> spec.withId("redraft-five")));
        _click(_get(Button.class, spec -> spec.withId("report-redraft-dialog-confirm")));
        assertThat(report(id).getSectionFive()).startsWith("（一）存在的主要问题\n2023年，本机关");

        _click(_get(Button.class, spec -> spec.withId("action-submit")));
        _click(_get(Button.class, spec -> spec.withId("report-submit-confirm")));
        assertThat(report(id).getState()).isEqualTo(ReportState.SUBMITTED);
        assertThat(_find(Button.class, spec -> spec.withId("edit-five"))).as("no editing once submitted").isEmpty();

        stopVaadin();
        startVaadin();
        signInAs("inspector");
        navigate("disclosure/reports/" + id);
        _click(_get(Button.class, spec -> spec.withId("action-approve")));
        _click(_get(Button.class, spec -> spec.withId("report-approve-confirm")));
        _click(_get(Button.class, spec -> spec.withId("action-publish")));
        _click(_get(Button.class, spec -> spec.withId("report-publish-confirm")));
        assertThat(report(id).getState()).isEqualTo(ReportState.PUBLISHED);
        assertThat(_get(Div.class, spec -> spec.withId("report-edition-1")).getElement().getTextRecursively())
                .contains("第 1 版").contains("SHA-256 " + org.sunshine.base.files.Attachments.sha256(
                        "PDF edition 1".getBytes(StandardCharsets.UTF_8)));
        assertThat(new String(_download(_get(Anchor.class, spec -> spec.withId("report-download-1-pdf"))),
                StandardCharsets.UTF_8)).isEqualTo("PDF edition 1");
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-data-note")).getText()).contains("已公开的第 1 版");

        _click(_get(Button.class, spec -> spec.withId("action-correct")));
        _click(_get(Button.class, spec -> spec.withId("report-correct-confirm")));
        assertThat(report(id).getState()).as("a correction needs its reason").isEqualTo(ReportState.PUBLISHED);
        assertThat(_get(TextArea.class, spec -> spec.withId("report-reason")).isInvalid()).isTrue();
    }

    @Test
    void anUnbalancedTableIsShownAndItsSubmissionRefused() {
        HandBuilt data = data();
        long mzj = data.department("MZJ");
        data.request(mzj, false, "ORGANIZATION", "RESEARCH", "2023-05-01", "2023-05-10", "REPLIED", null);
        signInAs("handler");
        navigate("disclosure/reports?year=2023");
        _clickItem(grid(), 0);
        Paragraph balance = _get(Paragraph.class, spec -> spec.withId("report-balance"));
        assertThat(balance.getText()).contains("“科研机构”一栏不平衡");
        assertThat(balance.getClassNames()).contains("report-unbalanced");
        _click(_get(Button.class, spec -> spec.withId("action-submit")));
        _click(_get(Button.class, spec -> spec.withId("report-submit-confirm")));
        expectNotifications("表三“科研机构”一栏不平衡：第一项（1）加第二项（0）不等于第三项总计（0）加第四项（0）。"
                + "表中数据来自申请记录，请核对并更正相应的申请后再报送。");
        long id = context.getBean(AnnualReports.class).list(2023, signedIn()).get(0).id();
        assertThat(report(id).getState()).isEqualTo(ReportState.DRAFT);
    }

    private org.sunshine.security.SignedInUser signedIn() {
        return context.getBean(org.sunshine.security.CurrentUser.class).require();
    }

    private AnnualReport report(long id) {
        return context.getBean(AnnualReportRepository.class).findById(id).orElseThrow();
    }

    private static String html(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getOuterHTML();
    }

    /** The texts of the cells of a tag, in order. */
    private static List<String> cells(String html, String tag) {
        Matcher m = Pattern.compile("<" + tag + "[^>]*>([^<]*)</" + tag + ">").matcher(html);
        List<String> cells = new java.util.ArrayList<>();
        while (m.find()) {
            cells.add(m.group(1));
        }
        return cells;
    }
}
