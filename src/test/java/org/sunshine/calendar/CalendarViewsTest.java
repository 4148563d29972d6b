package org.sunshine.calendar;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditRepository;
import org.sunshine.shell.AccessDeniedView;
import org.sunshine.testing.UiTest;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** 工作日历 and the deadline calculator, browserless, against the real calendar (each test rolled back). */
@MicronautTest(startApplication = false)
class CalendarViewsTest extends UiTest {

    @Inject
    WorkingDayCalendar calendar;
    @Inject
    AuditRepository audit;

    @AfterEach
    void forgetRolledBackCalendarChanges() {
        calendar.reload();
    }

    private Span calculate(String from, int days) {
        _setValue(_get(DatePicker.class, spec -> spec.withId("calculator-from")), LocalDate.parse(from));
        _setValue(_get(IntegerField.class, spec -> spec.withId("calculator-days")), days);
        _click(_get(Button.class, spec -> spec.withId("calculator-compute")));
        return _get(Span.class, spec -> spec.withId("calculator-due"));
    }

    @Test
    void theCalculatorCountsAcrossTheSpringFestivalAndSaysWhatItSkipped() {
        navigate("calendar");
        assertThat(calculate("2026-02-12", 10).getText()).isEqualTo("2026年3月4日 星期三");
        UnorderedList skipped = _get(UnorderedList.class, spec -> spec.withId("calculator-skipped"));
        assertThat(skipped.getChildren().map(c -> ((ListItem) c).getText()))
                .hasSize(10)
                .contains("2026年2月16日 星期一 — 法定节假日（春节）", "2026年3月1日 星期日 — 周末");
        assertThat(_find(Span.class, spec -> spec.withId("calculator-fallback"))).isEmpty();
    }

    @Test
    void aYearWithoutSchedulePlainlySaysItCountsMondayToFriday() {
        navigate("calendar");
        assertThat(calculate("2031-04-30", 3).getText()).isEqualTo("2031年5月5日 星期一");
        assertThat(_get(Span.class, spec -> spec.withId("calculator-fallback")).getText())
                .contains("2031年的节假日安排尚未载入");
    }

    @Test
    void aDateInAYearWithoutScheduleCarriesTheCaveatBesideIt() {
        navigate("calendar");
        // 20 working days from Friday 4 December 2026 end on 1 January 2027 — 元旦, but 2027 is not loaded
        Span due = calculate("2026-12-04", 20);
        assertThat(due.getText()).isEqualTo("2027年1月1日 星期五");
        Div answer = _get(Div.class, spec -> spec.withId("calculator-answer"));
        assertThat(due.getParent()).as("the date and its caveat side by side").hasValue(answer);
        Span caveat = _get(answer, Span.class, spec -> spec.withId("calculator-fallback"));
        assertThat(caveat.getText()).isEqualTo("2027年的节假日安排尚未载入，这个日期只按周一至周五推算，实际截止日期可能因节假日顺延。");
        assertThat(answer.getChildren()).containsExactly(due, caveat);
    }

    @Test
    void anAdministratorMakesAMondayAHolidayAndTheCalculatorSkipsIt() {
        signInAs("admin");
        navigate("admin/calendar");
        assertThat(_get(Span.class, spec -> spec.withId("calendar-year")).getText()).contains("2026");

        _click(_get(Div.class, spec -> spec.withId("day-2026-12-28")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> kind = _get(RadioButtonGroup.class, spec -> spec.withId("calendar-day-kind"));
        _setValue(kind, "HOLIDAY");
        _setValue(_get(TextField.class, spec -> spec.withId("calendar-day-name")), "市级调整休息日");
        _click(_get(Button.class, spec -> spec.withId("calendar-day-save")));
        expectNotifications("已保存，0 件在办事项的期限已重新计算。");

        assertThat(_get(Div.class, spec -> spec.withId("day-2026-12-28")).getClassNames()).contains("kind-holiday");
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-28"))).isFalse();
        assertThat(audit.findAll()).anyMatch(e -> e.action() == AuditAction.CALENDAR_DAY_CHANGED);

        navigate("calendar");
        // Friday 25 December: the weekend and the new holiday are skipped
        assertThat(calculate("2026-12-25", 1).getText()).isEqualTo("2026年12月29日 星期二");
    }

    @Test
    void aMakeUpWorkdayOnAWeekdayIsRefusedAndNothingChanges() {
        signInAs("admin");
        navigate("admin/calendar");
        _click(_get(Div.class, spec -> spec.withId("day-2026-12-30")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> kind = _get(RadioButtonGroup.class, spec -> spec.withId("calendar-day-kind"));
        _setValue(kind, "MAKEUP_WORKDAY");
        _click(_get(Button.class, spec -> spec.withId("calendar-day-save")));

        assertThat(kind.isInvalid()).isTrue();
        assertThat(kind.getErrorMessage()).isEqualTo("周一至周五本来就是工作日，只有周末才能设为调休上班。");
        assertThat(calendar.name(LocalDate.parse("2026-12-30"))).isEmpty();
        assertThat(calendar.kind(LocalDate.parse("2026-12-30"))).isEqualTo(DayKind.WORKDAY);
    }

    @Test
    void onlyAnAdministratorOpensTheCalendarScreen() {
        signInAs("handler");
        navigate("admin/calendar");
        _get(AccessDeniedView.class);
    }
}
