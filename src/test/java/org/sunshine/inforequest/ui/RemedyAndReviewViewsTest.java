package org.sunshine.inforequest.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.sunshine.inforequest.ApplicantKind;
import org.sunshine.inforequest.Delivery;
import org.sunshine.inforequest.FormWanted;
import org.sunshine.inforequest.IdType;
import org.sunshine.inforequest.RemedyKind;
import org.sunshine.inforequest.RemedyOutcome;
import org.sunshine.inforequest.ReplyForm;
import org.sunshine.inforequest.ReplyQuality;
import org.sunshine.inforequest.ReplyResult;
import org.sunshine.inforequest.ReplyReviews;
import org.sunshine.inforequest.RequestChannel;
import org.sunshine.inforequest.RequestForm;
import org.sunshine.inforequest.RequestHandling;
import org.sunshine.inforequest.RequestIntake;
import org.sunshine.inforequest.RequestOrigin;
import org.sunshine.inforequest.RequestRemedies;
import org.sunshine.inforequest.api.PartnerApiTestData;
import org.sunshine.security.SignedInUser;
import org.sunshine.testing.UiTest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The remedy box and the review dialog as the application's page mounts them, browserless. Rolled back. */
@MicronautTest(startApplication = false)
class RemedyAndReviewViewsTest extends UiTest {

    @Test
    void aHandlerRecordsARemedyInThePanel() {
        SignedInUser handler = signInAs("handler");
        long id = replied(handler);
        RemedyPanel panel = new RemedyPanel(context.getBean(RequestRemedies.class), id, handler);
        UI.getCurrent().add(panel);
        assertThat(panel.rows()).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("remedy-record")));
        _setValue(_get(Select.class, spec -> spec.withId("remedy-kind")), RemedyKind.SUIT_AFTER_REVIEW);
        _setValue(_get(TextField.class, spec -> spec.withId("remedy-body")), "盘锦市中级人民法院");
        _setValue(_get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("remedy-filed-on")),
                LocalDate.now(ZoneId.of("Asia/Shanghai")));
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        assertThat(panel.rows()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RemedyKind.SUIT_AFTER_REVIEW);
            assertThat(r.outcome()).isEqualTo(RemedyOutcome.PENDING);
        });
    }

    @Test
    void theInspectorTurnsAnImproperReplyIntoAFinding() {
        long id = replied(signInAs("handler"));
        SignedInUser inspector = signInAs("inspector");
        ReviewDialog dialog = new ReviewDialog(context.getBean(ReplyReviews.class), id, inspector, () -> { });
        dialog.start();
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("review-quality")), ReplyQuality.IMPROPER);
        _setValue(_get(TextArea.class, spec -> spec.withId("review-reason")), "未告知救济途径");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(context.getBean(org.sunshine.workflow.History.class).of(org.sunshine.inforequest.RequestWorkflow.TABLE,
                id, org.sunshine.inforequest.RequestAction.REVIEW)).singleElement()
                .satisfies(step -> assertThat(step.note()).isEqualTo("未告知救济途径"));
    }

    private long replied(SignedInUser handler) {
        RequestForm form = new RequestForm(String.valueOf(handler.departmentId()), ApplicantKind.PERSON, "张三",
                IdType.RESIDENT_ID, PartnerApiTestData.residentId(), null, null, null, "13800000000", null,
                "盘锦市兴隆台区某路1号", null, "2025年度城乡低保资金发放明细", null, FormWanted.PAPER, Delivery.POST, List.of());
        long id = context.getBean(RequestIntake.class).file(form, RequestOrigin.staff(RequestChannel.IN_PERSON, handler, null)).id();
        context.getBean(RequestHandling.class).reply(id, new ReplyForm(ReplyResult.DISCLOSED, "《条例》第三十六条第二项",
                "", null, null, null, "邮寄", List.of()), handler);
        return id;
    }
}
