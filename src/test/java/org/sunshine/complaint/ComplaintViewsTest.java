package org.sunshine.complaint;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sunshine.shell.AccessDeniedView;
import org.sunshine.complaint.ui.ComplaintDetailView;
import org.sunshine.complaint.ui.ComplaintsView;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.security.ui.LoginView;
import org.sunshine.testing.FixedChallenges;
import org.sunshine.testing.UiTest;


import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The complaint screens, browserless, with the real services and database (each test rolled back). */
@MicronautTest(startApplication = false)
class ComplaintViewsTest extends UiTest {

    /** Files a complaint through the public form and returns the receipt's two codes. */
    private String[] fileThroughTheForm() {
        navigate("submit");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ComplaintType> type = _get(RadioButtonGroup.class, spec -> spec.withId("complaint-type"));
        _setValue(type, ComplaintType.COMPLAINT);
        @SuppressWarnings("unchecked")
        ComboBox<DepartmentRow> department = _get(ComboBox.class, spec -> spec.withId("complaint-department"));
        _setValue(department, department.getListDataView().getItems().filter(d -> d.code().equals("MZJ")).findFirst().orElseThrow());
        _setValue(_get(TextField.class, spec -> spec.withId("complaint-subject")), "低保名单没有公示");
        _setValue(_get(TextArea.class, spec -> spec.withId("complaint-content")), "本社区今年的低保名单没有公示。");
        _setValue(_get(TextField.class, spec -> spec.withId("complaint-name")), "张三丰");
        _setValue(_get(TextField.class, spec -> spec.withId("complaint-phone")), "13812345678");
        _setValue(_get(TextField.class, spec -> spec.withId("captcha-answer")), FixedChallenges.ANSWER);
        _click(_get(Button.class, spec -> spec.withId("complaint-submit")));
        return new String[]{_get(Span.class, spec -> spec.withId("receipt-tracking-code")).getText(),
                _get(Span.class, spec -> spec.withId("receipt-query-code")).getText()};
    }

    @Test
    void thePublicFilesAComplaintAndGetsAPrintableReceipt() throws Exception {
        String[] codes = fileThroughTheForm();
        assertThat(codes[0]).matches("\\d{8}-\\d{6}");
        assertThat(codes[1]).matches("[2-9A-HJ-NP-Z]{8}");
        byte[] pdf = _download(_get(Anchor.class, spec -> spec.withId("receipt-print")));
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("诉求受理回执", codes[0], codes[1], "低保名单没有公示", "/track?code=" + codes[0]);
        }
    }

    @Test
    void aWrongCaptchaAnswerKeepsTheFormAndSavesNothing() {
        long before = context.getBean(ComplaintRepository.class).count();
        navigate("submit");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ComplaintType> type = _get(RadioButtonGroup.class, spec -> spec.withId("complaint-type"));
        _setValue(type, ComplaintType.SUGGESTION);
        _setValue(_get(TextField.class, spec -> spec.withId("complaint-subject")), "建议");
        _setValue(_get(TextArea.class, spec -> spec.withId("complaint-content")), "增加公开栏目。");
        _setValue(_get(TextField.class, spec -> spec.withId("captcha-answer")), "8");
        _click(_get(Button.class, spec -> spec.withId("complaint-submit")));
        assertThat(_find(Span.class, spec -> spec.withId("receipt-tracking-code"))).isEmpty();
        assertThat(context.getBean(ComplaintRepository.class).count()).isEqualTo(before);
    }

    @Test
    void staffRouteAndAnswerItAndThePublicRatesIt() {
        String[] codes = fileThroughTheForm();
        long id = context.getBean(ComplaintRepository.class).findByTrackingCode(codes[0]).orElseThrow().getId();

        stopVaadin();
        startVaadin();
        signInAs("inspector");
        navigate("complaints");
        @SuppressWarnings("unchecked")
        Grid<ComplaintRow> queue = _get(Grid.class, spec -> spec.withId("complaints"));
        assertThat(queue.getDataProvider().fetch(new com.vaadin.flow.data.provider.Query<>()).map(ComplaintRow::trackingCode).toList())
                .contains(codes[0]);
        navigate("complaints/" + id);
        _get(ComplaintDetailView.class);
        assertThat(_get(Span.class, spec -> spec.withId("complaint-identity-text")).getText()).contains("张**", "138****5678");
        _click(_get(Button.class, spec -> spec.withId("complaint-reveal")));
        assertThat(_get(Span.class, spec -> spec.withId("complaint-identity-text")).getText()).contains("张三丰", "13812345678");
        _click(_get(Button.class, spec -> spec.withId("action-accept")));
        _click(_get(Button.class, spec -> spec.withId("dialog-accept-confirm")));
        _click(_get(Button.class, spec -> spec.withId("action-assign")));
        @SuppressWarnings("unchecked")
        ComboBox<DepartmentRow> to = _get(ComboBox.class, spec -> spec.withId("assign-department"));
        assertThat(to.getValue().code()).as("the complainant's choice is suggested first").isEqualTo("MZJ");
        _click(_get(Button.class, spec -> spec.withId("dialog-assign-confirm")));

        stopVaadin();
        startVaadin();
        signInAs("handler");
        navigate("complaints/" + id);
        assertThat(_find(Button.class, spec -> spec.withId("complaint-reveal"))).as("no consent, no reveal").isEmpty();
        _click(_get(Button.class, spec -> spec.withId("action-receive")));
        _click(_get(Button.class, spec -> spec.withId("dialog-receive-confirm")));
        _click(_get(Button.class, spec -> spec.withId("action-reply")));
        _click(_get(Button.class, spec -> spec.withId("dialog-reply-confirm")));
        TextArea reply = _get(TextArea.class, spec -> spec.withId("action-note"));
        assertThat(reply.isInvalid()).as("an empty reply is refused on the field").isTrue();
        _setValue(reply, "已督促各社区公示低保名单。");
        _click(_get(Button.class, spec -> spec.withId("dialog-reply-confirm")));
        assertThat(context.getBean(ComplaintRepository.class).findById(id).orElseThrow().getState()).isEqualTo(ComplaintState.REPLIED);

        stopVaadin();
        startVaadin();
        navigate("track?code=" + codes[0]);
        assertThat(_get(TextField.class, spec -> spec.withId("track-code")).getValue()).isEqualTo(codes[0]);
        _setValue(_get(TextField.class, spec -> spec.withId("track-query")), codes[1]);
        _click(_get(Button.class, spec -> spec.withId("track-find")));
        assertThat(_get(Span.class, spec -> spec.withId("track-state")).getText()).isEqualTo("已答复");
        assertThat(_get(Div.class, spec -> spec.withId("track-facts")).getElement().getTextRecursively())
                .as("the department chosen, which is the one handling it").contains("您选择的部门", "市民政局（正在办理）");
        assertThat(_get(Div.class, spec -> spec.withId("track-choice-rate")).getElement().getTextRecursively())
                .contains("评价答复", "诉求随即办结");
        assertThat(_get(Div.class, spec -> spec.withId("track-choice-reopen")).getElement().getTextRecursively())
                .contains("申请重新办理", "可以申请重新办理一次");
        assertThat(_find(Div.class, spec -> spec.withId("track-withdrawal"))).as("a replied item is not withdrawn").isEmpty();
        _click(_get(Button.class, spec -> spec.withId("track-rate-open")));
        _click(_get(Button.class, spec -> spec.withId("track-rate-dialog-confirm")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Rating> rating = _get(RadioButtonGroup.class, spec -> spec.withId("track-rating"));
        assertThat(rating.isInvalid()).as("no rating chosen: refused on the field, the dialog stays").isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("track-state")).getText()).isEqualTo("已答复");
        _setValue(rating, Rating.BASICALLY_SATISFIED);
        _click(_get(Button.class, spec -> spec.withId("track-rate-dialog-confirm")));
        assertThat(_get(Span.class, spec -> spec.withId("track-state")).getText()).isEqualTo("已办结");
        assertThat(_find(Div.class, spec -> spec.withId("track-choices"))).as("nothing left to choose").isEmpty();
        String timeline = _get(com.vaadin.flow.component.html.OrderedList.class, spec -> spec.withId("track-timeline")).getElement().getTextRecursively();
        assertThat(timeline).contains("您的诉求已提交", "已受理", "已转交市民政局办理", "市民政局已签收，正在办理",
                "市民政局已答复，请评价", "您已评价：基本满意，诉求办结").doesNotContain("王明", "张丽");
    }

    @Test
    void theComplainantWithdrawsFromTheFootOfTheTrackingPageAfterADialog() {
        String[] codes = fileThroughTheForm();
        stopVaadin();
        startVaadin();
        navigate("track?code=" + codes[0]);
        _setValue(_get(TextField.class, spec -> spec.withId("track-query")), codes[1]);
        _click(_get(Button.class, spec -> spec.withId("track-find")));
        assertThat(_get(Div.class, spec -> spec.withId("track-facts")).getElement().getTextRecursively())
                .as("the department chosen, not yet routed").contains("您选择的部门", "市民政局").doesNotContain("正在办理");
        assertThat(_find(Div.class, spec -> spec.withId("track-choices"))).as("nothing to rate before a reply").isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("track-withdrawal")).getElement().getTextRecursively())
                .contains("不再需要办理");
        _click(_get(Button.class, spec -> spec.withId("track-withdraw-open")));
        assertThat(_get(Span.class, spec -> spec.withId("track-state")).getText()).as("nothing yet: a dialog first").isEqualTo("待受理");
        _setValue(_get(TextArea.class, spec -> spec.withId("track-withdraw-reason")), "已自行解决");
        _click(_get(Button.class, spec -> spec.withId("track-withdraw-dialog-confirm")));
        assertThat(_get(Span.class, spec -> spec.withId("track-state")).getText()).isEqualTo("已撤回");
        assertThat(_find(Div.class, spec -> spec.withId("track-withdrawal"))).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.OrderedList.class, spec -> spec.withId("track-timeline"))
                .getElement().getTextRecursively()).contains("您已撤回诉求", "已自行解决");
    }

    @Test
    void wrongCodesSayNothingAboutWhichWasWrong() {
        String[] codes = fileThroughTheForm();
        stopVaadin();
        startVaadin();
        navigate("track");
        _setValue(_get(TextField.class, spec -> spec.withId("track-code")), codes[0]);
        _setValue(_get(TextField.class, spec -> spec.withId("track-query")), "WRONG234");
        _click(_get(Button.class, spec -> spec.withId("track-find")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("track-not-found")).getText()).isEqualTo("受理编号或查询码不正确，请核对后重试。");
    }

    @Test
    void staffScreensKeepTheirRules() {
        navigate("complaints");
        _get(LoginView.class);
        signInAs("admin");
        navigate("complaints");
        _get(AccessDeniedView.class);
        stopVaadin();
        startVaadin();
        signInAs("leader");
        navigate("complaints");
        _get(ComplaintsView.class);
        assertThat(_find(Button.class, spec -> spec.withId("complaint-entry"))).as("only inspectors enter calls").isEmpty();
        navigate("complaints/new");
        _get(AccessDeniedView.class);
    }

    @Test
    void anInspectorEntersALetterAndTheListExportsIt() throws Exception {
        signInAs("inspector");
        navigate("complaints/new");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Channel> channel = _get(RadioButtonGroup.class, spec -> spec.withId("entry-channel"));
        _setValue(channel, Channel.LETTER);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ComplaintType> type = _get(RadioButtonGroup.class, spec -> spec.withId("complaint-type"));
        _setValue(type, ComplaintType.INQUIRY);
        _setValue(_get(TextField.class, spec -> spec.withId("complaint-subject")), "来信咨询年度报告");
        _setValue(_get(TextArea.class, spec -> spec.withId("complaint-content")), "请问2025年政府信息公开年度报告在哪里发布？");
        _click(_get(Button.class, spec -> spec.withId("complaint-submit")));
        String code = _get(Span.class, spec -> spec.withId("receipt-tracking-code")).getText();
        assertThat(context.getBean(ComplaintRepository.class).findByTrackingCode(code).orElseThrow().getChannel()).isEqualTo(Channel.LETTER);

        navigate("complaints");
        _setValue(_get(TextField.class, spec -> spec.withId("complaint-search")), code);
        String csv = new String(_download(_get(Anchor.class, spec -> spec.withId("complaint-csv"))), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF受理编号,诉求类型,标题,状态").contains(code, "来信咨询年度报告", "咨询", "待受理", "信件");
        assertThat(csv.split("\r\n")).hasSize(2);
        byte[] xlsx = _download(_get(Anchor.class, spec -> spec.withId("complaint-xlsx")));
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("受理编号");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(code);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }
}
