package org.sunshine.worknotice;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sunshine.calendar.WorkingDayCalendar;
import org.sunshine.complaint.ComplaintHandling;
import org.sunshine.complaint.ComplaintIntake;
import org.sunshine.complaint.ComplaintType;
import org.sunshine.complaint.Receipt;
import org.sunshine.complaint.Submission;
import org.sunshine.directory.DepartmentForm;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.DepartmentType;
import org.sunshine.notification.Contact;
import org.sunshine.notification.Notice;
import org.sunshine.notification.Notifier;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.StaffContactForm;
import org.sunshine.security.StaffContacts;
import org.sunshine.security.UserForm;
import org.sunshine.security.UserRepository;
import org.sunshine.security.UserService;
import org.sunshine.testing.MutableClock;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily digest's contents for a department of its own (one complaint overdue, one near its deadline): sent on a
 * working day from 08:30, to the channels each person wants, nothing to those without yellow or red items, once a day.
 * Rolled back.
 */
@MicronautTest(startApplication = false)
class DailyDigestTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final MutableClock clock = MutableClock.shanghai("2026-11-02T02:00:00Z"); // Monday 2 November, 10:00
    private final List<Notice> notices = new CopyOnWriteArrayList<>();

    @Inject
    DailyDigest digest;
    @Inject
    ComplaintIntake intake;
    @Inject
    ComplaintHandling handling;
    @Inject
    DepartmentService departments;
    @Inject
    UserService userService;
    @Inject
    UserRepository users;
    @Inject
    StaffContacts contacts;
    @Inject
    WorkingDayCalendar calendar;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @MockBean(Notifier.class)
    Notifier notifier() {
        return notices::add;
    }

    @Test
    void aHandlerIsToldOfTheirDepartmentsOverdueAndNearlyDueItemsOnceOnAWorkingDayFromHalfPastEight() {
        SignedInUser admin = user("admin");
        SignedInUser inspector = user("inspector");
        long department = departments.save(new DepartmentForm(null, "DIGEST", "市摘要测试局", "摘要局",
                DepartmentType.GOVERNMENT_DEPARTMENT, null, 99), admin);
        long handler = userService.save(new UserForm(null, "digest.handler", "赵摘要", Role.HANDLER, department,
                "Digest2026"), admin);
        long quiet = userService.save(new UserForm(null, "digest.quiet", "钱无事", Role.LEADER, null, "Digest2026"),
                admin);
        contacts.save(handler, new StaffContactForm("zhao@example.gov.cn", "13900004444", true, false), admin);
        contacts.save(quiet, new StaffContactForm("qian@example.gov.cn", null, true, true), admin);

        LocalDate t0 = LocalDate.of(2026, 11, 2);
        Receipt late = assigned("已经逾期的诉求", department, inspector);
        on(calendar.plus(t0, 2), LocalTime.of(10, 0));
        assigned("快到期的诉求", department, inspector);
        LocalDate day = calendar.plus(t0, 11);

        on(day, LocalTime.of(8, 29));
        notices.clear();
        assertThat(digest.run()).isZero();
        assertThat(notices).isEmpty();

        on(day, LocalTime.of(8, 30));
        int sent = digest.run();
        List<Notice> digests = notices.stream().filter(n -> n.eventKey().startsWith("digest:")).toList();
        assertThat(digests).hasSize(sent);
        assertThat(digests).noneMatch(n -> n.eventKey().startsWith("digest:" + quiet + ":"));
        assertThat(digests).filteredOn(n -> n.eventKey().equals("digest:" + handler + ":" + day)).singleElement()
                .satisfies(n -> {
                    // the digest by e-mail only: SMS turned off
                    assertThat(n.to()).isEqualTo(new Contact(null, "zhao@example.gov.cn"));
                    assertThat(n.template()).isEqualTo("digest");
                    assertThat(n.args()).containsExactly("1", "1", "· 本部门办理中的诉求：已逾期 1 件，临近期限 1 件",
                            "http://localhost:8080/workbench", "赵摘要");
                });
        assertThat(late.trackingCode()).isNotBlank();

        // again the same day, later: nothing
        notices.clear();
        on(day, LocalTime.of(16, 0));
        assertThat(digest.run()).isZero();
        assertThat(notices).isEmpty();

        // a handler who wants no digest gets none
        contacts.save(handler, new StaffContactForm("zhao@example.gov.cn", "13900004444", false, false), admin);
        on(calendar.plus(day, 1), LocalTime.of(9, 0));
        digest.run();
        assertThat(notices).noneMatch(n -> n.eventKey().startsWith("digest:" + handler + ":"));
    }

    @Test
    void thereIsNoDigestOnADayOff() {
        contacts.save(user("inspector").id(), new StaffContactForm("inspector@example.gov.cn", null, true, true),
                user("admin"));
        on(LocalDate.of(2026, 11, 21), LocalTime.of(9, 0)); // a Saturday
        assertThat(digest.run()).isZero();
        on(LocalDate.of(2026, 10, 5), LocalTime.of(9, 0)); // National Day
        assertThat(digest.run()).isZero();
        assertThat(notices).isEmpty();
    }

    /** A complaint filed, accepted and assigned to the department today. */
    private Receipt assigned(String subject, long department, SignedInUser inspector) {
        Receipt r = intake.submit(new Submission(ComplaintType.COMPLAINT, null, null, subject, "请公开。", null, null,
                false, List.of()), ComplaintIntake.Origin.web("10.5.5.5"));
        handling.accept(r.id(), "", inspector);
        handling.assign(r.id(), department, "", inspector);
        return r;
    }

    private void on(LocalDate date, LocalTime time) {
        clock.set(date.atTime(time).atZone(SHANGHAI).toInstant());
    }

    private SignedInUser user(String username) {
        var u = users.findByUsername(username).orElseThrow();
        return new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId());
    }
}
