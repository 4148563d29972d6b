package org.sunshine.recovery;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sunshine.complaint.ComplaintIntake;
import org.sunshine.complaint.ComplaintType;
import org.sunshine.complaint.Receipt;
import org.sunshine.complaint.Submission;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.notification.Notice;
import org.sunshine.notification.Notifier;
import org.sunshine.testing.FixedChallenges;
import org.sunshine.testing.UiTest;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 找回查询码 page as the public uses it: from the tracking page's link, the contact and the human check, the same
 * answer for an unknown number, the code received, the items, a new query code, and the tracking page opening by
 * itself with it.
 */
@MicronautTest(startApplication = false)
class RecoveryViewTest extends UiTest {

    private final List<Notice> notices = new CopyOnWriteArrayList<>();

    @Inject
    ComplaintIntake complaints;
    @Inject
    DepartmentService departments;

    @MockBean(Notifier.class)
    Notifier notifier() {
        return notices::add;
    }

    @Test
    void aLostQueryCodeIsRecoveredWithThePhoneAndTheTrackingPageOpensWithTheNewOne() {
        Receipt filed = complaints.submit(new Submission(ComplaintType.COMPLAINT, null, department(), "小区路灯长期不亮",
                "请公开维修计划。", "李先生", "139 0000 7777", false, List.of()), ComplaintIntake.Origin.web("10.9.9.9"));

        navigate("track");
        assertThat(_get(Anchor.class, spec -> spec.withId("track-recover")).getHref()).isEqualTo("recover");
        navigate("recover");
        ask("13900007777");
        Paragraph sent = _get(Paragraph.class, spec -> spec.withId("recovery-sent"));
        assertThat(sent.getText()).startsWith("如果该号码或邮箱提交过诉求或申请，验证码已发送到那里，10 分钟内有效");
        assertThat(codes()).hasSize(1);

        _setValue(_get(TextField.class, spec -> spec.withId("recovery-code")), "000000".equals(code()) ? "111111" : "000000");
        _click(_get(Button.class, spec -> spec.withId("recovery-verify")));
        assertThat(_get(TextField.class, spec -> spec.withId("recovery-code")).getErrorMessage())
                .isEqualTo("验证码不正确，还可以再试 4 次。");
        _setValue(_get(TextField.class, spec -> spec.withId("recovery-code")), code());
        _click(_get(Button.class, spec -> spec.withId("recovery-verify")));

        String number = filed.trackingCode();
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("recovery-item-" + number))).hasSize(1);
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("recovery-item"))).hasSize(1);
        _click(_get(Button.class, spec -> spec.withId("recovery-issue-" + number)));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("recovery-confirm")));
        String newCode = _get(Span.class, spec -> spec.withId("recovery-code-" + number)).getText();
        assertThat(newCode).matches("[2-9A-HJ-NP-Z]{8}");
        Anchor open = _get(Anchor.class, spec -> spec.withId("recovery-open-" + number));
        assertThat(open.getHref()).isEqualTo("track?code=" + number);

        // the page again in the same session: the list, with the code issued
        navigate("recover");
        assertThat(_get(Span.class, spec -> spec.withId("recovery-code-" + number)).getText()).isEqualTo(newCode);

        navigate(open.getHref());
        assertThat(_get(TextField.class, spec -> spec.withId("track-query")).getValue()).isEqualTo(newCode);
        assertThat(_get(Span.class, spec -> spec.withId("track-state")).getText()).isEqualTo("待受理");
    }

    @Test
    void anUnknownNumberGetsTheSameAnswerAndNoCode() {
        navigate("recover");
        ask("13900006666");
        assertThat(_get(Paragraph.class, spec -> spec.withId("recovery-sent")).getText())
                .startsWith("如果该号码或邮箱提交过诉求或申请，验证码已发送到那里");
        assertThat(codes()).isEmpty();
    }

    @Test
    void aWrongHumanCheckOrContactIsShownOnItsField() {
        navigate("recover");
        _setValue(_get(TextField.class, spec -> spec.withId("recovery-contact")), "13900005555");
        _setValue(_get(TextField.class, spec -> spec.withId("captcha-answer")), "8");
        _click(_get(Button.class, spec -> spec.withId("recovery-send")));
        assertThat(_find(Paragraph.class, spec -> spec.withId("recovery-sent"))).isEmpty();

        ask("no-at-sign.example.com");
        assertThat(_get(TextField.class, spec -> spec.withId("recovery-contact")).getErrorMessage())
                .isEqualTo("请填写正确的手机号码或电子邮箱。");
        assertThat(codes()).isEmpty();
    }

    private void ask(String contact) {
        _setValue(_get(TextField.class, spec -> spec.withId("recovery-contact")), contact);
        _setValue(_get(TextField.class, spec -> spec.withId("captcha-answer")), FixedChallenges.ANSWER);
        _click(_get(Button.class, spec -> spec.withId("recovery-send")));
    }

    /** The codes sent (the complainant's own notice of the filing left out). */
    private List<Notice> codes() {
        return notices.stream().filter(n -> n.template().equals("recovery.code")).toList();
    }

    private String code() {
        return codes().get(codes().size() - 1).args().get(0);
    }

    private long department() {
        return departments.active().stream().filter(d -> d.code().equals("MZJ")).findFirst().map(DepartmentRow::id)
                .orElseThrow();
    }
}
