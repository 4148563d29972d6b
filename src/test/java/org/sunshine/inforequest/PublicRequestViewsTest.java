package org.sunshine.inforequest;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.base.ClientAddresses;
import org.sunshine.base.RateLimiter;
import org.sunshine.base.ui.Dates;
import org.sunshine.calendar.WorkingDayCalendar;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;
import org.sunshine.testing.FixedChallenges;
import org.sunshine.testing.MutableClock;
import org.sunshine.testing.UiTest;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The public screens of 依申请公开, browserless, with the real services and database (each test rolled back). */
@MicronautTest(startApplication = false)
class PublicRequestViewsTest extends UiTest {

    private static final String ID_NUMBER = IdentityNumbers.withResidentCheck("21110219900307123");
    private static final String CREDIT_CODE = IdentityNumbers.withCreditCheck("91211100MA0XXXXXX");

    private final MutableClock clock = MutableClock.shanghai("2026-02-12T02:00:00Z"); // Thursday 12 Feb 2026

    @Inject
    RequestRepository requests;
    @Inject
    RequestHandling handling;
    @Inject
    UserRepository users;
    @Inject
    WorkingDayCalendar calendar;
    @Inject
    RateLimiter limiter;
    @Inject
    RequestSettings settings;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @BeforeEach
    void freshLimits() {
        String ip = ClientAddresses.bucket(context.getBean(ClientAddresses.class).current());
        limiter.reset("inforequest-apply:" + ip);
        limiter.reset("inforequest-lookup:" + ip);
    }

    @Test
    void aPersonAppliesAndSeesTheNumberAndTheQueryCodeOnce() {
        String[] codes = fileAsPerson(ID_NUMBER);
        assertThat(codes[0]).matches("YS20260212-\\d{6}");
        assertThat(codes[1]).isNotBlank();
        InfoRequest r = requests.findByRequestNo(codes[0]).orElseThrow();
        assertThat(r.getState()).isEqualTo(RequestState.SUBMITTED);
        assertThat(r.getChannel()).isEqualTo(RequestChannel.ONLINE);
        assertThat(r.getIdNumber()).isEqualTo(ID_NUMBER);
        assertThat(r.getQueryCodeHash()).as("only a hash is kept").doesNotContain(codes[1]);
        assertThat(_get(Div.class, spec -> spec.withId("apply-receipt")).getElement().getTextRecursively())
                .contains("1 个工作日内", "20 个工作日内");

        navigate("disclosure/guide");
        navigate("disclosure/apply");
        assertThat(_find(Span.class, spec -> spec.withId("apply-receipt-query-code"))).as("shown once").isEmpty();
        navigate("disclosure/track?no=" + codes[0]);
        assertThat(_get(TextField.class, spec -> spec.withId("track-request-no")).getValue()).isEqualTo(codes[0]);
        assertThat(_get(TextField.class, spec -> spec.withId("track-request-code")).getValue()).isEmpty();
    }

    @Test
    void anOrganizationAppliesWithItsCreditCodeAndAContactPerson() {
        navigate("disclosure/apply");
        chooseOrgan("盘锦市人民政府");
        kind(ApplicantKind.ORGANIZATION);
        assertThat(_find(TextField.class, spec -> spec.withId("apply-id-number"))).as("no ID for an organization").isEmpty();
        _setValue(_get(TextField.class, spec -> spec.withId("apply-name")), "盘锦某某律师事务所");
        @SuppressWarnings("unchecked")
        ComboBox<OrgType> orgType = _get(ComboBox.class, spec -> spec.withId("apply-org-type"));
        _setValue(orgType, OrgType.LEGAL_SERVICE);
        _setValue(_get(TextField.class, spec -> spec.withId("apply-credit-code")),
                CREDIT_CODE.substring(0, 17) + (CREDIT_CODE.endsWith("1") ? "2" : "1"));
        information();
        submit();
        TextField credit = _get(TextField.class, spec -> spec.withId("apply-credit-code"));
        assertThat(credit.isInvalid()).as("a bad check character is refused on its field").isTrue();
        assertThat(credit.getErrorMessage()).contains("统一社会信用代码");

        _setValue(credit, CREDIT_CODE);
        submit();
        TextField contact = _get(TextField.class, spec -> spec.withId("apply-contact-person"));
        assertThat(contact.isInvalid()).as("an organization names its contact person").isTrue();
        assertThat(_find(Span.class, spec -> spec.withId("apply-receipt-number"))).isEmpty();

        _setValue(contact, "李律师");
        submit();
        String number = _get(Span.class, spec -> spec.withId("apply-receipt-number")).getText();
        InfoRequest r = requests.findByRequestNo(number).orElseThrow();
        assertThat(r.isToGovernment()).isTrue();
        assertThat(r.getApplicantKind()).isEqualTo(ApplicantKind.ORGANIZATION);
        assertThat(r.getCreditCode()).isEqualTo(CREDIT_CODE);
        assertThat(r.getIdNumber()).isNull();
    }

    @Test
    void aBadIdNumberIsRefusedOnItsFieldAndNothingIsSaved() {
        long before = requests.count();
        String bad = ID_NUMBER.substring(0, 17) + (ID_NUMBER.charAt(17) == '1' ? "2" : "1");
        navigate("disclosure/apply");
        fillPerson(bad);
        submit();
        TextField id = _get(TextField.class, spec -> spec.withId("apply-id-number"));
        assertThat(id.isInvalid()).isTrue();
        assertThat(id.getErrorMessage()).contains("居民身份证号码不正确");
        assertThat(requests.count()).isEqualTo(before);
    }

    @Test
    void aWrongQueryCodeIsRefusedAndTheTriesAreLimited() {
        String[] codes = fileAsPerson(ID_NUMBER);
        navigate("disclosure/track");
        for (int i = 0; i < settings.lookupFailuresPerHour(); i++) {
            track(codes[0], "WRONG234");
            assertThat(_find(Paragraph.class, spec -> spec.withId("track-request-not-found"))).hasSize(1);
            assertThat(_find(Span.class, spec -> spec.withId("track-request-state"))).isEmpty();
        }
        track(codes[0], codes[1]);
        assertThat(_get(Paragraph.class, spec -> spec.withId("track-request-limited")).getText()).contains("分钟后再试");
        assertThat(_find(Span.class, spec -> spec.withId("track-request-state"))).as("even the right code waits").isEmpty();
    }

    @Test
    void theTimelineShowsTheCorrectionAndTheOnlineCorrectionRestartsTheClock() {
        String[] codes = fileAsPerson(ID_NUMBER);
        long id = requests.findByRequestNo(codes[0]).orElseThrow().getId();
        SignedInUser handler = staff("handler");
        handling.register(id, handler);
        LocalDate received = LocalDate.of(2026, 2, 12);
        clock.advance(Duration.ofDays(1));
        handling.requestCorrection(id, "请写明所需文件的年份和发文机关。", handler);

        navigate("disclosure/track");
        track(codes[0], codes[1]);
        assertThat(_get(Span.class, spec -> spec.withId("track-request-state")).getText()).isEqualTo("待补正");
        String timeline = text("track-request-timeline");
        assertThat(timeline).contains("申请已在网上提交", "已确认收到申请，收到申请之日为 " + date(received),
                "答复期限：" + date(calendar.plus(received, 20)), "告知补正", "请写明所需文件的年份和发文机关。");
        assertThat(text("track-request-due")).contains("补正");

        clock.advance(Duration.ofDays(4)); // Tuesday 17 Feb, in the Spring Festival holiday
        LocalDate corrected = LocalDate.of(2026, 2, 17);
        _setValue(_get(TextArea.class, spec -> spec.withId("track-correct-description")),
                "盘锦市民政局2025年印发的城乡低保标准调整文件。");
        _click(_get(Button.class, spec -> spec.withId("track-correct-submit")));
        assertThat(_get(Span.class, spec -> spec.withId("track-request-state")).getText()).isEqualTo("办理中");
        LocalDate due = calendar.plus(corrected, 20);
        assertThat(requests.findById(id).orElseThrow().getReplyDue()).isEqualTo(due);
        assertThat(text("track-request-timeline")).contains("答复期限自 " + date(corrected) + " 起重新计算",
                "答复期限：" + date(due));
        assertThat(_get(Paragraph.class, spec -> spec.withId("track-request-due-how")).getText())
                .contains(date(corrected), "20 个工作日", date(due));
        assertThat(_find(Div.class, spec -> spec.withId("track-correct"))).as("corrected once").isEmpty();
    }

    @Test
    void theTrackingPageMasksThePersonalData() {
        String[] codes = fileAsPerson(ID_NUMBER);
        navigate("disclosure/track");
        track(codes[0], codes[1]);
        String facts = text("track-request-facts");
        assertThat(facts).contains("张**", ID_NUMBER.substring(0, 3) + "***********" + ID_NUMBER.substring(14),
                "138****5678", "z***@example.cn")
                .doesNotContain(ID_NUMBER, "13812345678", "zhangsan@example.cn", "张三丰", "兴隆台区惠宾街道");
        assertThat(text("track-request-withdrawal")).contains("撤回申请");

        // withdrawing is a quiet button at the foot that opens a dialog: nothing happens before its confirmation
        _click(_get(Button.class, spec -> spec.withId("track-request-withdraw")));
        assertThat(_get(Span.class, spec -> spec.withId("track-request-state")).getText()).isEqualTo("待登记");
        _setValue(_get(TextArea.class, spec -> spec.withId("track-request-withdraw-reason")), "已从网站查到");
        _click(_get(Button.class, spec -> spec.withId("track-request-withdraw-submit")));
        assertThat(_get(Span.class, spec -> spec.withId("track-request-state")).getText()).isEqualTo("已撤回");
        assertThat(_find(Div.class, spec -> spec.withId("track-request-withdrawal"))).isEmpty();
    }

    @Test
    void theOfficeEditsTheGovernmentsGuideAndThePublicReadsIt() {
        navigate("disclosure/guide?organ=gov");
        assertThat(text("guide-content")).contains("盘锦市人民政府政府信息公开指南", "可以通过本平台网上申请");

        stopVaadin();
        startVaadin();
        Organs.Organ gov = context.getBean(Organs.class).government().orElseThrow();
        // a handler of the government office (the demo city has none: the handler's account, moved there)
        SignedInUser handler = staff("handler");
        context.getBean(org.sunshine.security.CurrentUser.class).signIn(new SignedInUser(handler.id(),
                handler.username(), handler.displayName(), handler.role(), gov.departmentId()));
        navigate("disclosure/guide/edit");
        @SuppressWarnings("unchecked")
        ComboBox<Organs.Organ> organ = _get(ComboBox.class, spec -> spec.withId("guide-edit-organ"));
        assertThat(organ.getListDataView().getItems().map(Organs.Organ::name).toList())
                .as("the office edits its own guide and the city government's").hasSize(2).contains("盘锦市人民政府");
        _setValue(organ, organ.getListDataView().getItems().filter(Organs.Organ::government).findFirst().orElseThrow());
        TextField abbreviation = _get(TextField.class, spec -> spec.withId("guide-abbreviation"));
        assertThat(abbreviation.getValue()).isEqualTo("盘政公开");
        _setValue(abbreviation, "盘政");
        _click(_get(Button.class, spec -> spec.withId("guide-save")));
        assertThat(abbreviation.isInvalid()).as("must end with 公开").isTrue();
        _setValue(abbreviation, "盘政府公开");
        _setValue(_get(TextField.class, spec -> spec.withId("guide-office-name")), "盘锦市人民政府办公室政务公开科");
        _setValue(_get(TextField.class, spec -> spec.withId("guide-phone")), "0427-2800000");
        _setValue(_get(TextField.class, spec -> spec.withId("guide-postal-code")), "12400");
        _click(_get(Button.class, spec -> spec.withId("guide-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("guide-postal-code")).isInvalid()).isTrue();
        _setValue(_get(TextField.class, spec -> spec.withId("guide-postal-code")), "124010");
        _click(_get(Button.class, spec -> spec.withId("guide-save")));

        stopVaadin();
        startVaadin();
        navigate("disclosure/guide?organ=gov");
        assertThat(text("guide-content")).contains("盘锦市人民政府办公室政务公开科", "0427-2800000", "124010");

        stopVaadin();
        startVaadin();
        signInAs("handler");
        navigate("disclosure/guide/edit");
        assertThat(_find(ComboBox.class, spec -> spec.withId("guide-edit-organ")))
                .as("a department's handler edits only its own guide: no choice").isEmpty();
        assertThat(_get(TextField.class, spec -> spec.withId("guide-abbreviation")).getValue()).isEqualTo("盘民公开");
    }

    // --- helpers

    private String[] fileAsPerson(String idNumber) {
        navigate("disclosure/apply");
        fillPerson(idNumber);
        submit();
        return new String[]{_get(Span.class, spec -> spec.withId("apply-receipt-number")).getText(),
                _get(Span.class, spec -> spec.withId("apply-receipt-query-code")).getText()};
    }

    private void fillPerson(String idNumber) {
        chooseOrgan("盘锦市民政局");
        kind(ApplicantKind.PERSON);
        _setValue(_get(TextField.class, spec -> spec.withId("apply-name")), "张三丰");
        _setValue(_get(TextField.class, spec -> spec.withId("apply-id-number")), idNumber);
        _setValue(_get(TextField.class, spec -> spec.withId("apply-phone")), "13812345678");
        _setValue(_get(TextField.class, spec -> spec.withId("apply-email")), "zhangsan@example.cn");
        _setValue(_get(TextField.class, spec -> spec.withId("apply-address")), "辽宁省盘锦市兴隆台区惠宾街道1号");
        information();
    }

    private void information() {
        _setValue(_get(TextArea.class, spec -> spec.withId("apply-description")), "本市2025年城乡低保标准调整的文件。");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<FormWanted> form = _get(RadioButtonGroup.class, spec -> spec.withId("apply-form-wanted"));
        _setValue(form, FormWanted.PAPER);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Delivery> delivery = _get(RadioButtonGroup.class, spec -> spec.withId("apply-delivery"));
        _setValue(delivery, Delivery.POST);
        if (_get(TextField.class, spec -> spec.withId("apply-address")).getValue().isEmpty()) {
            _setValue(_get(TextField.class, spec -> spec.withId("apply-address")), "盘锦市兴隆台区1号");
        }
    }

    private void chooseOrgan(String name) {
        @SuppressWarnings("unchecked")
        ComboBox<Organs.Organ> organ = _get(ComboBox.class, spec -> spec.withId("apply-organ"));
        assertThat(organ.getListDataView().getItems().findFirst().orElseThrow().government())
                .as("the city government first").isTrue();
        _setValue(organ, organ.getListDataView().getItems().filter(o -> o.name().equals(name)).findFirst().orElseThrow());
    }

    private void kind(ApplicantKind kind) {
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ApplicantKind> group = _get(RadioButtonGroup.class, spec -> spec.withId("apply-kind"));
        _setValue(group, kind);
    }

    private void submit() {
        _setValue(_get(TextField.class, spec -> spec.withId("captcha-answer")), FixedChallenges.ANSWER);
        _click(_get(Button.class, spec -> spec.withId("apply-submit")));
    }

    private void track(String number, String code) {
        _setValue(_get(TextField.class, spec -> spec.withId("track-request-no")), number);
        _setValue(_get(TextField.class, spec -> spec.withId("track-request-code")), code);
        _click(_get(Button.class, spec -> spec.withId("track-request-find")));
    }

    private String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private String date(LocalDate date) {
        return Dates.dateWithWeekday(UI.getCurrent(), date);
    }

    private SignedInUser staff(String username) {
        var u = users.findByUsername(username).orElseThrow();
        return new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId());
    }
}
