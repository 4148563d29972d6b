package org.sunshine.rectification;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.base.files.Attachments;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.workflow.By;
import org.sunshine.workflow.History;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Rectifications from opening to verdict: the asking record opens one; the department's handler reports with files;
 * the inspector accepts the report or returns it with a reason, and the department rectifies again by the later of
 * the running deadline and {@code returnDays} from the return. Every step goes through {@link RectificationWorkflow},
 * is recorded, and writes nothing when refused.
 */
@Singleton
public class Rectifications {

    public static final int MAX_REPORT = 5000;
    public static final int MAX_REASON = 500;

    private final RectificationRepository rectifications;
    private final ReportRepository reports;
    private final ReportFileRepository files;
    private final RectificationDeadlines deadlines;
    private final History history;
    private final ApplicationEventPublisher<RectificationAccepted> accepted;
    private final BusinessClock clock;

    Rectifications(RectificationRepository rectifications, ReportRepository reports, ReportFileRepository files,
                   RectificationDeadlines deadlines, History history,
                   ApplicationEventPublisher<RectificationAccepted> accepted, BusinessClock clock) {
        this.rectifications = rectifications;
        this.reports = reports;
        this.files = files;
        this.deadlines = deadlines;
        this.history = history;
        this.accepted = accepted;
        this.clock = clock;
    }

    /**
     * Opens a rectification of {@code days} working days from today for the department. One opened for the same
     * department and {@code topic} within {@code repeatWindowDays} of an earlier one is marked as repeated.
     *
     * @param reference the record's readable reference (监督意见 JD-2026-0841), which a later repeat cites
     * @param topic     what is to be put right, for the repeat mark (e.g. {@code item:12}); null for none
     * @return its id
     */
    @Transactional
    public long open(Subject subject, @Nullable String reference, long departmentId, int days, @Nullable String topic,
                     By by) {
        Rectification r = new Rectification();
        r.setSubjectKind(subject.kind());
        r.setSubjectId(subject.id());
        r.setSubjectRef(reference);
        r.setDepartmentId(departmentId);
        r.setState(RectificationState.RECTIFYING);
        r.setStartedOn(clock.today());
        r.setDays(days);
        r.setDueOn(deadlines.due(r));
        r.setTopic(topic);
        r = rectifications.save(r);
        if (topic != null) {
            Long earlier = rectifications
                    .findFirstByDepartmentIdAndTopicAndStartedOnGreaterThanEqualsAndIdNotEqualOrderByStartedOnDescAndIdDesc(
                            departmentId, topic, deadlines.repeatWindowStart(), r.getId())
                    .map(Rectification::getId).orElse(null);
            if (earlier != null) {
                r.setRepeatOf(earlier);
                r = rectifications.update(r);
            }
        }
        history.record(RectificationWorkflow.TABLE, r.getId(), RectificationAction.OPEN, null, r.getState(), by,
                departmentId, "→ " + r.getDueOn());
        return r.getId();
    }

    /** The department's report, with its files; on time if sent by the deadline running now. */
    @Transactional
    public void report(long id, @Nullable String text, List<Attachments.Upload> uploads, SignedInUser handler) {
        String body = strip(text);
        if (body.isEmpty() || body.length() > MAX_REPORT) {
            throw DomainException.on("report", "rectification.error.report", MAX_REPORT);
        }
        List<Attachments.Checked> checked = Attachments.check(uploads == null ? List.of() : uploads);
        Rectification r = rectification(id);
        if (!handler.is(Role.HANDLER) || handler.departmentId() == null || handler.departmentId() != r.getDepartmentId()) {
            throw new DomainException("error.notAllowed");
        }
        LocalDate today = clock.today();
        boolean onTime = !today.isAfter(r.getDueOn());
        history.move(RectificationWorkflow.TABLE, r, RectificationAction.REPORT, By.user(handler), "", x -> { },
                rectifications::update);
        Instant now = clock.now();
        Report report = reports.save(new Report(null, id, body, handler.id(), handler.displayName(), now, onTime, null,
                null, null, null));
        for (Attachments.Checked file : checked) {
            files.save(new ReportFile(null, report.id(), file.fileName(), file.contentType(), file.content().length,
                    file.sha256(), file.content(), null));
        }
    }

    /** The inspector accepts the report: the rectification is closed (销号) and its record told. */
    @Transactional
    public void accept(long id, @Nullable String note, SignedInUser inspector) {
        String text = strip(note);
        if (text.length() > MAX_REASON) {
            throw DomainException.on("note", "rectification.error.note", MAX_REASON);
        }
        Rectification r = rectification(id);
        requireInspector(inspector);
        history.move(RectificationWorkflow.TABLE, r, RectificationAction.ACCEPT, By.user(inspector), text,
                x -> x.setClosedAt(clock.now()), rectifications::update);
        Report report = judgeLatest(id, Report.Verdict.ACCEPTED, text, inspector.displayName());
        accepted.publishEvent(new RectificationAccepted(id, r.subject(), report));
    }

    /**
     * The inspector returns the report with a reason: the department rectifies again, by the later of the running
     * deadline and {@code returnDays} working days from today.
     */
    @Transactional
    public void returnReport(long id, @Nullable String reason, SignedInUser inspector) {
        String text = strip(reason);
        if (text.isEmpty() || text.length() > MAX_REASON) {
            throw DomainException.on("reason", "rectification.error.reason", MAX_REASON);
        }
        Rectification r = rectification(id);
        requireInspector(inspector);
        LocalDate today = clock.today();
        history.move(RectificationWorkflow.TABLE, r, RectificationAction.RETURN, By.user(inspector),
                text + " → " + dueAfterReturn(r, today), x -> {
                    x.setReturnedOn(today);
                    x.setDueOn(deadlines.due(x));
                }, rectifications::update);
        judgeLatest(id, Report.Verdict.RETURNED, text, inspector.displayName());
    }

    /**
     * Closes an open rectification along with the one it was copied from (a problem-list item made from a finding):
     * a pending report is judged accepted; otherwise the accepted report of the other is recorded here too. The
     * verdict's note says why, in the words given.
     */
    @Transactional
    public void acceptAlong(long id, long withId, String note) {
        Rectification r = rectification(id);
        if (!r.getState().open()) {
            return;
        }
        List<Report> others = reports.findByRectificationIdOrderById(withId);
        Report source = others.isEmpty() ? null : others.get(others.size() - 1);
        boolean pending = r.getState() == RectificationState.REPORTED;
        Instant now = clock.now();
        history.move(RectificationWorkflow.TABLE, r, RectificationAction.ACCEPT_ALONG, By.SYSTEM, note,
                x -> x.setClosedAt(now), rectifications::update);
        String by = source == null || source.verdictByName() == null ? "" : source.verdictByName();
        Report report;
        if (pending) {
            report = judgeLatest(id, Report.Verdict.ACCEPTED, note, by);
        } else if (source != null) {
            report = reports.save(new Report(null, id, source.text(), source.submittedBy(), source.submittedByName(),
                    source.submittedAt(), !clock.dateOf(source.submittedAt()).isAfter(r.getDueOn()),
                    Report.Verdict.ACCEPTED, note, by, now));
        } else {
            return;
        }
        accepted.publishEvent(new RectificationAccepted(id, r.subject(), report));
    }

    /** What asked for the rectification was withdrawn: it stops, as it was, with the reason given. */
    @Transactional
    public void cancel(long id, String note) {
        Rectification r = rectification(id);
        if (r.getState().open()) {
            history.move(RectificationWorkflow.TABLE, r, RectificationAction.CANCEL, By.SYSTEM, note,
                    x -> x.setClosedAt(clock.now()), rectifications::update);
        }
    }

    private LocalDate dueAfterReturn(Rectification r, LocalDate today) {
        LocalDate returnedOn = r.getReturnedOn();
        r.setReturnedOn(today);
        LocalDate due = deadlines.due(r);
        r.setReturnedOn(returnedOn);
        return due;
    }

    private Report judgeLatest(long id, Report.Verdict verdict, String note, String by) {
        List<Report> all = reports.findByRectificationIdOrderById(id);
        Report latest = all.get(all.size() - 1);
        return reports.update(latest.judged(verdict, note, by, clock.now()));
    }

    /**
     * The rectification, its row locked for the rest of the transaction: two steps on it at once (a report while the
     * bulletin asking for it is revoked) go one after the other, and the second is judged on what the first left.
     */
    private Rectification rectification(long id) {
        return rectifications.findByIdForUpdate(id).orElseThrow(() -> new DomainException("rectification.error.missing"));
    }

    private static void requireInspector(SignedInUser user) {
        if (user == null || !user.is(Role.INSPECTOR)) {
            throw new DomainException("error.notAllowed");
        }
    }

    private static String strip(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
