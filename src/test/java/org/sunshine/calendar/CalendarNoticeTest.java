package org.sunshine.calendar;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sunshine.testing.MutableClock;
import org.sunshine.testing.UiTest;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * From 1 November the administrator is told, on the workbench and on the calendar screen, that next year's holiday
 * schedule is missing, until it is imported. On the business clock; the test database has 2024–2026 loaded.
 */
@MicronautTest(startApplication = false)
class CalendarNoticeTest extends UiTest {

    private final MutableClock clock = MutableClock.shanghai("2026-10-31T04:00:00Z"); // Saturday 31 October, noon

    @Inject
    WorkingDayCalendar calendar;
    @Inject
    CalendarService service;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @AfterEach
    void forgetRolledBackCalendarChanges() {
        calendar.reload();
    }

    @Test
    void theMissingSchedulesAreThisYearsAndFromNovemberNextYears() {
        assertThat(calendar.missingSchedules(LocalDate.of(2026, 10, 31))).isEmpty();
        assertThat(calendar.missingSchedules(LocalDate.of(2026, 11, 1))).containsExactly(2027);
        assertThat(calendar.missingSchedules(LocalDate.of(2026, 12, 31))).containsExactly(2027);
        assertThat(calendar.missingSchedules(LocalDate.of(2027, 1, 4))).as("the new year begun without it")
                .containsExactly(2027);
        assertThat(calendar.missingSchedules(LocalDate.of(2027, 11, 2))).containsExactly(2027, 2028);
    }

    @Test
    void fromTheFirstOfNovemberTheAdministratorIsWarnedUntilNextYearIsImported() {
        signInAs("admin");
        navigate("workbench");
        assertThat(_find(Div.class, spec -> spec.withId("calendar-missing"))).as("31 October: not yet").isEmpty();

        clock.set(Instant.parse("2026-10-31T16:00:00Z")); // midnight, 1 November in Beijing
        navigate("admin/users");
        navigate("workbench");
        Div notice = _get(Div.class, spec -> spec.withId("calendar-missing"));
        assertThat(notice.getClassNames()).contains("notice-warning");
        assertThat(notice.getElement().getTextRecursively()).startsWith("2027年的节假日安排尚未载入。");
        RouterLink link = _get(notice, RouterLink.class, spec -> spec.withId("calendar-missing-link"));
        assertThat(link.getHref()).isEqualTo("admin/calendar");

        navigate("admin/calendar");
        assertThat(_get(Div.class, spec -> spec.withId("calendar-missing")).getElement().getTextRecursively())
                .contains("2027年的节假日安排尚未载入", "导入节假日安排（JSON）");

        service.importFile(schedule2027(), "2027.json", signInAs("admin"));
        navigate("workbench");
        assertThat(_find(Div.class, spec -> spec.withId("calendar-missing"))).as("imported").isEmpty();
        navigate("admin/calendar");
        assertThat(_find(Div.class, spec -> spec.withId("calendar-missing"))).isEmpty();
    }

    @Test
    void otherRolesAreNotWarned() {
        clock.set(Instant.parse("2026-11-02T02:00:00Z"));
        signInAs("inspector");
        navigate("workbench");
        assertThat(_find(Div.class, spec -> spec.withId("calendar-missing"))).isEmpty();
    }

    private static byte[] schedule2027() {
        String days = String.join(",", List.of(
                "{\"name\":\"元旦\",\"date\":\"2027-01-01\",\"isOffDay\":true}",
                "{\"name\":\"春节\",\"date\":\"2027-02-08\",\"isOffDay\":true}"));
        return ("{\"year\":2027,\"papers\":[],\"days\":[" + days + "]}").getBytes(StandardCharsets.UTF_8);
    }
}
