package org.sunshine.complaint;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.testing.FixedChallenges;
import org.sunshine.testing.UiTest;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The e-mail field of the public form, the complainant's tracking page and the staff's page (each test rolled back). */
@MicronautTest(startApplication = false)
class ComplainantEmailViewsTest extends UiTest {

    private void fillTheForm(String email) {
        navigate("submit");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ComplaintType> type = _get(RadioButtonGroup.class, spec -> spec.withId("complaint-type"));
        _setValue(type, ComplaintType.COMPLAINT);
        _setValue(_get(TextField.class, spec -> spec.withId("complaint-subject")), "低保名单没有公示");
        _setValue(_get(TextArea.class, spec -> spec.withId("complaint-content")), "本社区今年的低保名单没有公示。");
        _setValue(_get(TextField.class, spec -> spec.withId("complaint-name")), "张三丰");
        _setValue(_get(TextField.class, spec -> spec.withId("complaint-email")), email);
        _setValue(_get(TextField.class, spec -> spec.withId("captcha-answer")), FixedChallenges.ANSWER);
        _click(_get(Button.class, spec -> spec.withId("complaint-submit")));
    }

    @Test
    void aWrongAddressIsMarkedOnItsFieldAndTheFormKept() {
        long before = context.getBean(ComplaintRepository.class).count();
        fillTheForm("zsf@163");
        TextField email = _get(TextField.class, spec -> spec.withId("complaint-email"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).contains("电子邮箱格式不正确");
        assertThat(email.getValue()).isEqualTo("zsf@163");
        assertThat(_find(Span.class, spec -> spec.withId("receipt-tracking-code"))).isEmpty();
        assertThat(context.getBean(ComplaintRepository.class).count()).isEqualTo(before);
    }

    @Test
    void theComplainantSeesWhereTheNoticesGoAndStaffSeeTheAddressMasked() {
        fillTheForm("zhangsanfeng@163.com");
        String code = _get(Span.class, spec -> spec.withId("receipt-tracking-code")).getText();
        String query = _get(Span.class, spec -> spec.withId("receipt-query-code")).getText();
        Complaint saved = context.getBean(ComplaintRepository.class).findByTrackingCode(code).orElseThrow();
        assertThat(saved.getComplainantEmail()).isEqualTo("zhangsanfeng@163.com");
        assertThat(saved.getFilingLanguage()).isEqualTo("zh-CN");

        navigate("track?code=" + code);
        _setValue(_get(TextField.class, spec -> spec.withId("track-query")), query);
        _click(_get(Button.class, spec -> spec.withId("track-find")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("track-notices-to")).getText())
                .isEqualTo("办理进度通知将发送至 z***@163.com");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("track-result"))
                .getElement().getTextRecursively()).doesNotContain("zhangsanfeng");

        stopVaadin();
        startVaadin();
        signInAs("inspector");
        navigate("complaints/" + saved.getId());
        assertThat(_get(Span.class, spec -> spec.withId("complaint-identity-email")).getText()).isEqualTo("电子邮箱：z***@163.com");
        _click(_get(Button.class, spec -> spec.withId("complaint-reveal")));
        assertThat(_get(Span.class, spec -> spec.withId("complaint-identity-email")).getText())
                .isEqualTo("电子邮箱：zhangsanfeng@163.com");
    }
}
