package org.sunshine.calendar;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sunshine.base.DomainException;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Importing schedules and editing days; every test is rolled back, and the in-memory calendar reloaded. */
@MicronautTest(startApplication = false)
class CalendarServiceTest {

    private static final SignedInUser ADMIN = SignedInUser.SYSTEM;

    @Inject
    CalendarService service;
    @Inject
    WorkingDayCalendar calendar;

    @AfterEach
    void forgetRolledBackChanges() {
        calendar.reload();
    }

    @Test
    void importingANewYearLoadsItsHolidays() {
        String file = """
                {"year": 2027, "papers": ["https://www.gov.cn/zhengce/2027"],
                 "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true},
                          {"name": "春节", "date": "2027-02-06", "isOffDay": false}]}""";
        CalendarService.ImportResult result = service.importFile(bytes(file), "2027.json", ADMIN);
        assertThat(result.year()).isEqualTo(2027);
        assertThat(result.days()).isEqualTo(2);
        assertThat(calendar.isLoaded(2027)).isTrue();
        assertThat(calendar.kind(LocalDate.parse("2027-01-01"))).isEqualTo(DayKind.HOLIDAY);
        assertThat(calendar.kind(LocalDate.parse("2027-02-06"))).isEqualTo(DayKind.MAKEUP_WORKDAY);
        assertThat(calendar.deadline(LocalDate.parse("2026-12-30"), 5).due()).isEqualTo(LocalDate.parse("2027-01-07"));
    }

    @Test
    void reimportingAYearReplacesItsDays() {
        service.importFile(bytes("{\"year\": 2026, \"days\": [{\"name\": \"测试\", \"date\": \"2026-11-23\", \"isOffDay\": true}]}"),
                "2026.json", ADMIN);
        // National Day (a Thursday) is no longer in the 2026 schedule
        assertThat(calendar.kind(LocalDate.parse("2026-10-01"))).isEqualTo(DayKind.WORKDAY);
        assertThat(calendar.kind(LocalDate.parse("2026-11-23"))).isEqualTo(DayKind.HOLIDAY);
    }

    @Test
    void aBrokenFileIsExplainedAndChangesNothing() {
        assertKey("not json at all", "calendar.error.format");
        assertKey("{\"days\": []}", "calendar.error.format");
        assertKey("{\"year\": 2027, \"days\": [{\"date\": \"2027-13-01\", \"isOffDay\": true}]}", "calendar.error.date");
        assertKey("{\"year\": 2027, \"days\": [{\"date\": \"2028-01-01\", \"isOffDay\": true}]}", "calendar.error.otherYear");
        assertKey("{\"year\": 2027, \"days\": [{\"date\": \"2027-01-01\", \"isOffDay\": true},"
                + "{\"date\": \"2027-01-01\", \"isOffDay\": true}]}", "calendar.error.duplicate");
        assertThat(calendar.isLoaded(2027)).isFalse();
    }

    @Test
    void anAdministratorEditsASingleDay() {
        LocalDate monday = LocalDate.parse("2026-11-23");
        service.setDay(monday, true, "防汛停工", ADMIN);
        assertThat(calendar.kind(monday)).isEqualTo(DayKind.HOLIDAY);
        assertThat(calendar.plus(LocalDate.parse("2026-11-20"), 1)).isEqualTo(LocalDate.parse("2026-11-24"));
        service.setDay(monday, null, "", ADMIN);
        assertThat(calendar.kind(monday)).isEqualTo(DayKind.WORKDAY);
        assertThatThrownBy(() -> service.setDay(monday, false, "", ADMIN))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("calendar.error.weekdayWorkday"));
        SignedInUser leader = new SignedInUser(3, "leader", "李建国", Role.LEADER, null);
        assertThatThrownBy(() -> service.setDay(monday, true, "", leader)).hasMessageContaining("error.notAllowed");
    }

    private void assertKey(String file, String key) {
        assertThatThrownBy(() -> service.importFile(bytes(file), "x.json", ADMIN))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
