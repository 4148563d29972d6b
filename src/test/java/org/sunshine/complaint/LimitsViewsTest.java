package org.sunshine.complaint;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.testing.FixedChallenges;
import org.sunshine.testing.UiTest;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** The public screens over their limits say so, in the reader's language, with the wait. */
@MicronautTest(startApplication = false)
class LimitsViewsTest extends UiTest {

    @Test
    void theSixthFilingInAnHourIsRefusedWithTheWait() {
        for (int i = 0; i < 5; i++) {
            file("第 " + i + " 件");
            assertThat(_find(Span.class, spec -> spec.withId("receipt-tracking-code"))).hasSize(1);
        }
        file("第 6 件");
        expectNotifications("同一网络地址一小时内最多提交 5 件诉求，请 60 分钟后再试。");
        assertThat(_find(Span.class, spec -> spec.withId("receipt-tracking-code"))).isEmpty();
    }

    @Test
    void tooManyWrongCodesAreRefusedWithTheWait() {
        navigate("track");
        _setValue(_get(TextField.class, spec -> spec.withId("track-code")), "20260101-000001");
        for (int i = 0; i < 10; i++) {
            _setValue(_get(TextField.class, spec -> spec.withId("track-query")), "WRONG23" + i);
            _click(_get(Button.class, spec -> spec.withId("track-find")));
        }
        clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("track-find")));
        expectNotifications("查询码错误次数过多，请 60 分钟后再试。");
    }

    /** Files through the form in a new browser session, from the same address. */
    private void file(String subject) {
        stopVaadin();
        startVaadin();
        navigate("submit");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ComplaintType> type = _get(RadioButtonGroup.class, spec -> spec.withId("complaint-type"));
        _setValue(type, ComplaintType.SUGGESTION);
        @SuppressWarnings("unchecked")
        ComboBox<DepartmentRow> department = _get(ComboBox.class, spec -> spec.withId("complaint-department"));
        _setValue(department, department.getListDataView().getItems().filter(d -> d.code().equals("MZJ")).findFirst().orElseThrow());
        _setValue(_get(TextField.class, spec -> spec.withId("complaint-subject")), subject);
        _setValue(_get(TextArea.class, spec -> spec.withId("complaint-content")), "建议公开更多信息。" + subject);
        _setValue(_get(TextField.class, spec -> spec.withId("captcha-answer")), FixedChallenges.ANSWER);
        _click(_get(Button.class, spec -> spec.withId("complaint-submit")));
    }
}
