package org.sunshine.proactive;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditEntry;
import org.sunshine.audit.AuditRepository;
import org.sunshine.base.DomainException;
import org.sunshine.calendar.CalendarService;
import org.sunshine.calendar.WorkingDayCalendar;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.ResponsibilityRow;
import org.sunshine.directory.ResponsibilityService;
import org.sunshine.security.SignedInUser;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Records entered one by one: a department's handler adds, changes and removes its records (an administrator any
 * department's), each with its deadline and late mark; a handler of another department, an inspector or a leader
 * may not; changes and removals are audited; a holiday added to the calendar moves the deadlines and the late marks.
 * Every test is rolled back, and the in-memory calendar reloaded.
 */
@MicronautTest(startApplication = false)
class RecordsTest {

    @Inject
    ApplicationContext context;
    @Inject
    Records records;
    @Inject
    RecordQueries queries;
    @Inject
    AuditRepository audit;
    @Inject
    WorkingDayCalendar calendar;

    private RecordFixture fixture() {
        return new RecordFixture(context);
    }

    @AfterEach
    void reloadCalendar() {
        calendar.reload();
    }

    @Test
    void aHandlerAddsAndCorrectsARecordOfTheirDepartment() {
        RecordFixture f = fixture();
        SignedInUser handler = f.user("handler");
        long mzj = f.department("MZJ");
        long id = records.add(RecordFixture.licensing(mzj).published("2026-10-14").form(), handler);

        DisclosureRecord r = records.find(id).orElseThrow();
        assertThat(r.getClockDays()).isEqualTo(7);
        assertThat(r.getDueOn()).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(r.isLate()).as("published a working day after its 7").isTrue();
        assertThat(r.getCreatedBy()).isEqualTo(handler.id());
        RecordRow row = queries.search(new RecordFilter(null, null, null, null, null, true, null,
                "阳光养老院", null), handler, 0, 10).get(0);
        assertThat(row.id()).isEqualTo(id);
        assertThat(row.lateDays()).isEqualTo(1);

        int changes = audit.findByActionOrderByIdDesc(AuditAction.DISCLOSURE_RECORD_CHANGED).size();
        records.update(id, RecordFixture.licensing(mzj).published("2026-10-13").form(), handler);
        r = records.find(id).orElseThrow();
        assertThat(r.isLate()).as("corrected to the day it was really published").isFalse();
        List<AuditEntry> entries = audit.findByActionOrderByIdDesc(AuditAction.DISCLOSURE_RECORD_CHANGED);
        assertThat(entries).hasSize(changes + 1);
        assertThat(entries.get(0).targetId()).isEqualTo(String.valueOf(id));
        assertThat(entries.get(0).actorName()).isEqualTo("handler");
        assertThat(entries.get(0).detail()).contains("2026-10-14 late", "2026-10-13");
    }

    @Test
    void aHandlerOfAnotherDepartmentAnInspectorAndALeaderAreRefused() {
        RecordFixture f = fixture();
        long mzj = f.department("MZJ");
        DepartmentRow other = f.otherDepartment();
        SignedInUser stranger = f.user(RecordFixture.handlerOf(other));
        long id = records.add(RecordFixture.licensing(mzj).form(), f.user("handler"));

        for (SignedInUser refused : List.of(stranger, f.user("inspector"), f.user("leader"))) {
            assertThatThrownBy(() -> records.add(RecordFixture.licensing(mzj).title("另一条").form(), refused))
                    .as(refused.username()).isInstanceOf(DomainException.class).hasMessageContaining("error.notAllowed");
            assertThatThrownBy(() -> records.update(id, RecordFixture.licensing(mzj).published("2026-10-13").form(),
                    refused)).as(refused.username()).hasMessageContaining("error.notAllowed");
            assertThatThrownBy(() -> records.remove(id, "录入错误", refused))
                    .as(refused.username()).hasMessageContaining("error.notAllowed");
        }
        assertThatThrownBy(() -> records.update(id, RecordFixture.licensing(other.id()).form(), f.user("handler")))
                .as("nor may a handler move a record to another department").hasMessageContaining("error.notAllowed");
        assertThat(records.find(id).orElseThrow().getPublishedOn()).isEqualTo(LocalDate.of(2026, 10, 9));
        assertThatThrownBy(() -> queries.detail(id, stranger)).hasMessageContaining("error.notAllowed");
        assertThat(queries.search(RecordFilter.ALL.withDepartment(mzj), stranger, 0, 50))
                .as("another department's handler sees only their own").extracting(RecordRow::id).doesNotContain(id);

        long admins = records.add(RecordFixture.licensing(other.id()).title("管理员代录").form(), f.user("admin"));
        assertThat(records.find(admins).orElseThrow().getDepartmentId()).isEqualTo(other.id());
        assertThat(queries.detail(id, f.user("inspector")).mayEdit()).isFalse();
        assertThat(queries.detail(id, f.user("handler")).mayEdit()).isTrue();
    }

    @Test
    void aRemovalNeedsAReasonAndIsAudited() {
        RecordFixture f = fixture();
        SignedInUser handler = f.user("handler");
        long id = records.add(RecordFixture.licensing(f.department("MZJ")).form(), handler);
        int removals = audit.findByActionOrderByIdDesc(AuditAction.DISCLOSURE_RECORD_REMOVED).size();

        assertThatThrownBy(() -> records.remove(id, "  ", handler)).isInstanceOf(DomainException.class)
                .hasMessageContaining("proactive.error.removeReason");
        assertThat(records.find(id)).isPresent();

        records.remove(id, "重复录入", handler);
        assertThat(records.find(id)).isEmpty();
        List<AuditEntry> entries = audit.findByActionOrderByIdDesc(AuditAction.DISCLOSURE_RECORD_REMOVED);
        assertThat(entries).hasSize(removals + 1);
        assertThat(entries.get(0).detail()).contains("重复录入", "阳光养老院");
    }

    @Test
    void aResponsibilityItemWithAShorterClockShortensTheRecords() {
        RecordFixture f = fixture();
        ResponsibilityRow sevenDays = context.getBean(ResponsibilityService.class).list(false).stream()
                .filter(i -> i.clockDays() < RecordCategory.GENERAL_DAYS).findFirst().orElseThrow();
        long id = records.add(RecordFixture.licensing(f.department("MZJ")).category(RecordCategory.PLANS)
                .item(sevenDays.id()).published("2026-10-14").form(), f.user("handler"));
        DisclosureRecord r = records.find(id).orElseThrow();
        assertThat(r.getClockDays()).isEqualTo(sevenDays.clockDays());
        assertThat(r.isLate()).isEqualTo(sevenDays.clockDays() <= 7);
    }

    @Test
    void aHolidayAddedToTheCalendarMovesTheDeadlineAndTheLateMark() {
        RecordFixture f = fixture();
        SignedInUser handler = f.user("handler");
        // 20 working days from Monday 2 November 2026 end on Monday 30 November; published a day later
        long id = records.add(RecordFixture.licensing(f.department("MZJ")).category(RecordCategory.PLANS)
                .formed("2026-11-02").published("2026-12-01").form(), handler);
        DisclosureRecord r = records.find(id).orElseThrow();
        assertThat(r.getDueOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(r.isLate()).isTrue();

        CalendarService service = context.getBean(CalendarService.class);
        int recomputed = service.setDay(LocalDate.of(2026, 11, 10), true, "临时停工", f.user("admin"));
        assertThat(recomputed).isPositive();
        r = records.find(id).orElseThrow();
        assertThat(r.getDueOn()).as("one working day fewer in the month").isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(r.isLate()).as("published on the new deadline: in time").isFalse();
        assertThat(queries.detail(id, handler).timeliness().late()).isFalse();

        service.setDay(LocalDate.of(2026, 11, 10), null, "", f.user("admin"));
        assertThat(records.find(id).orElseThrow().isLate()).as("the holiday taken back").isTrue();
    }
}
