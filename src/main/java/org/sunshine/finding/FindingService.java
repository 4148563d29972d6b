package org.sunshine.finding;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.DomainException;
import org.sunshine.base.WebAddress;
import org.sunshine.base.files.Attachments;
import org.sunshine.directory.Department;
import org.sunshine.directory.DepartmentRepository;
import org.sunshine.directory.KeyArea;
import org.sunshine.directory.KeyAreaRepository;
import org.sunshine.directory.ResponsibilityItem;
import org.sunshine.directory.ResponsibilityRepository;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;

/**
 * Findings from filing to closing. A supervisor (within their scope) or an inspector files one with evidence; an
 * inspector confirms it, which starts the department's rectification clock, or dismisses it with a reason; the
 * department's handler reports the rectification; the inspector accepts the report or returns it with a reason.
 * Every step goes through {@link FindingWorkflow} and is recorded; nothing is written when a step is refused.
 */
@Singleton
public class FindingService {

    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_REPORT = 5000;
    public static final int MAX_REASON = 500;

    private final FindingRepository findings;
    private final FindingEventRepository events;
    private final RectificationReportRepository reports;
    private final FindingAttachmentRepository attachments;
    private final DepartmentRepository departments;
    private final KeyAreaRepository areas;
    private final ResponsibilityRepository items;
    private final FindingDeadlines deadlines;
    private final List<FilingScope> scopes;
    private final ApplicationEventPublisher<FindingAccepted> accepted;
    private final Clock clock;

    FindingService(FindingRepository findings, FindingEventRepository events, RectificationReportRepository reports,
                   FindingAttachmentRepository attachments, DepartmentRepository departments, KeyAreaRepository areas,
                   ResponsibilityRepository items, FindingDeadlines deadlines, List<FilingScope> scopes,
                   ApplicationEventPublisher<FindingAccepted> accepted, Clock clock) {
        this.findings = findings;
        this.events = events;
        this.reports = reports;
        this.attachments = attachments;
        this.departments = departments;
        this.areas = areas;
        this.items = items;
        this.deadlines = deadlines;
        this.scopes = List.copyOf(scopes);
        this.accepted = accepted;
        this.clock = clock;
    }

    /** Files a finding by a supervisor or an inspector; returns its id. */
    @Transactional
    public long file(NewFinding form, SignedInUser filer) {
        FindingSource source;
        if (filer.is(Role.INSPECTOR)) {
            source = FindingSource.INSPECTOR;
        } else if (filer.is(Role.SUPERVISOR)) {
            source = FindingSource.SUPERVISOR;
        } else {
            throw new DomainException("error.notAllowed");
        }
        Department department = form.departmentId() == null ? null
                : departments.findById(form.departmentId()).filter(Department::isActive).orElse(null);
        if (department == null) {
            throw DomainException.on("departmentId", "finding.error.department");
        }
        if (form.issueType() == null) {
            throw DomainException.on("issueType", "finding.error.issueType");
        }
        if (form.severity() == null) {
            throw DomainException.on("severity", "finding.error.severity");
        }
        Long itemId = form.responsibilityItemId();
        Long areaId = form.keyAreaId();
        if (itemId != null) {
            ResponsibilityItem item = items.findById(itemId).filter(ResponsibilityItem::isActive)
                    .orElseThrow(() -> DomainException.on("responsibilityItemId", "finding.error.item"));
            if (areaId == null) {
                areaId = item.getKeyAreaId();
            }
        }
        if (areaId != null && !areas.findById(areaId).map(KeyArea::isActive).orElse(false)) {
            throw DomainException.on("keyAreaId", "finding.error.keyArea");
        }
        if (areaId == null && itemId == null) {
            throw DomainException.on("keyAreaId", "finding.error.subject");
        }
        String description = strip(form.description());
        if (description.isEmpty() || description.length() > MAX_DESCRIPTION) {
            throw DomainException.on("description", "finding.error.description", MAX_DESCRIPTION);
        }
        String url = strip(form.evidenceUrl());
        if (!url.isEmpty() && !isWebAddress(url)) {
            throw DomainException.on("evidenceUrl", "finding.error.url");
        }
        List<Attachments.Checked> files = Attachments.check(form.files());
        if (url.isEmpty() && files.isEmpty()) {
            throw DomainException.on("evidenceUrl", "finding.error.evidence");
        }
        if (source == FindingSource.SUPERVISOR) {
            long departmentId = department.getId();
            Long area = areaId;
            if (scopes.stream().noneMatch(s -> s.mayFile(filer, departmentId, area))) {
                throw DomainException.on("departmentId", "finding.error.outOfScope");
            }
        }

        Finding finding = newFinding(department.getId(), form.issueType(), areaId, itemId, description, form.severity(),
                source, filer);
        finding.setEvidenceUrl(url.isEmpty() ? null : url);
        finding.setDuplicateOf(findings.findOpenAlike(department.getId(), form.issueType().name(), itemId, areaId).stream()
                .map(Finding::getId).findFirst().orElse(null));
        finding = findings.save(finding);
        record(finding, FindingAction.FILE, null, actorOf(filer), filer, "");
        Instant now = now();
        for (Attachments.Checked file : files) {
            attachments.save(new FindingAttachment(null, finding.getId(), null, file.fileName(), file.contentType(),
                    file.content().length, file.sha256(), file.content(), now));
        }
        return finding.getId();
    }

    /**
     * Opens a finding from a supervisor's low review score of a complaint: against the department that replied,
     * about the complaint's key area, with the review as its evidence. Returns its id.
     */
    @Transactional
    public long fileFromReview(long departmentId, @Nullable Long keyAreaId, long complaintId, IssueType issueType,
                               Severity severity, String description, SignedInUser supervisor) {
        Finding finding = newFinding(departmentId, issueType, keyAreaId, null, description, severity,
                FindingSource.REVIEW, supervisor);
        finding.setComplaintId(complaintId);
        finding.setDuplicateOf(keyAreaId == null ? null
                : findings.findOpenAlike(departmentId, issueType.name(), null, keyAreaId).stream()
                .map(Finding::getId).findFirst().orElse(null));
        finding = findings.save(finding);
        record(finding, FindingAction.FILE, null, FindingActor.SUPERVISOR, supervisor, "");
        return finding.getId();
    }

    /**
     * Confirms a finding: the department has {@code rectifyDays} working days from today. A finding on the same
     * department and responsibility item as one confirmed in the past {@code repeatWindowDays} is marked repeated.
     */
    @Transactional
    public void confirm(long id, String note, SignedInUser inspector) {
        act(id, FindingAction.CONFIRM, inspector, strip(note), f -> {
            LocalDate today = deadlines.today();
            f.setConfirmedOn(today);
            f.setRectifyDue(deadlines.rectifyDue(f));
            if (f.getResponsibilityItemId() != null) {
                f.setRepeatOf(findings.findConfirmedOnItemSince(f.getDepartmentId(), f.getResponsibilityItemId(),
                        deadlines.repeatWindowStart(today), f.getId()).stream().map(Finding::getId).findFirst().orElse(null));
            }
        });
    }

    @Transactional
    public void dismiss(long id, String reason, SignedInUser inspector) {
        String text = required(reason, "reason", "finding.error.reason");
        act(id, FindingAction.DISMISS, inspector, text, f -> f.setDismissReason(text));
    }

    /** The department's rectification report, with its evidence; on time if sent by the deadline running now. */
    @Transactional
    public void report(long id, String text, List<Attachments.Upload> files, SignedInUser handler) {
        String body = strip(text);
        if (body.isEmpty() || body.length() > MAX_REPORT) {
            throw DomainException.on("report", "finding.error.report", MAX_REPORT);
        }
        List<Attachments.Checked> checked = Attachments.check(files == null ? List.of() : files);
        Finding finding = act(id, FindingAction.REPORT, handler, "", f -> { });
        LocalDate today = deadlines.today();
        boolean onTime = finding.getRectifyDue() == null || !today.isAfter(finding.getRectifyDue());
        RectificationReport report = reports.save(new RectificationReport(null, id, body, handler.id(),
                handler.displayName(), now(), onTime, null, null, null, null));
        Instant now = now();
        for (Attachments.Checked file : checked) {
            attachments.save(new FindingAttachment(null, id, report.id(), file.fileName(), file.contentType(),
                    file.content().length, file.sha256(), file.content(), now));
        }
    }

    /**
     * Returns the report with a reason: the department rectifies again, by the later of the running deadline and
     * {@code returnDays} working days from today.
     */
    @Transactional
    public void returnReport(long id, String reason, SignedInUser inspector) {
        String text = required(reason, "reason", "finding.error.reason");
        act(id, FindingAction.RETURN, inspector, text, f -> {
            f.setReturnedOn(deadlines.today());
            f.setRectifyDue(deadlines.rectifyDue(f));
        });
        judgeLatestReport(id, RectificationReport.Verdict.RETURNED, text, inspector);
    }

    /** Accepts the rectification: the finding is closed, and so are its items on bulletins' problem lists. */
    @Transactional
    public void accept(long id, String note, SignedInUser inspector) {
        String text = strip(note);
        act(id, FindingAction.ACCEPT, inspector, text, f -> f.setClosedAt(now()));
        RectificationReport report = judgeLatestReport(id, RectificationReport.Verdict.ACCEPTED, text, inspector);
        accepted.publishEvent(new FindingAccepted(id, report));
    }

    private RectificationReport judgeLatestReport(long findingId, RectificationReport.Verdict verdict, String note,
                                                  SignedInUser inspector) {
        List<RectificationReport> all = reports.findByFindingIdOrderById(findingId);
        RectificationReport latest = all.get(all.size() - 1);
        return reports.update(latest.judged(verdict, note, inspector.displayName(), now()));
    }

    private Finding newFinding(long departmentId, IssueType issueType, @Nullable Long keyAreaId, @Nullable Long itemId,
                               String description, Severity severity, FindingSource source, SignedInUser filer) {
        Instant now = now();
        Finding finding = new Finding();
        finding.setDepartmentId(departmentId);
        finding.setIssueType(issueType);
        finding.setKeyAreaId(keyAreaId);
        finding.setResponsibilityItemId(itemId);
        finding.setDescription(description);
        finding.setSeverity(severity);
        finding.setState(FindingState.SUBMITTED);
        finding.setSource(source);
        finding.setFiledBy(filer.id());
        finding.setFiledByName(filer.displayName());
        finding.setFiledAt(now);
        finding.setUpdatedAt(now);
        return finding;
    }

    /** Checks the role, the department and the workflow, applies the change and records it; returns the finding. */
    private Finding act(long id, FindingAction action, SignedInUser who, String note, Consumer<Finding> change) {
        Finding finding = findings.findById(id).orElseThrow(() -> new DomainException("finding.error.missing"));
        FindingActor actor = actorOf(who);
        if (actor == FindingActor.HANDLER && !finding.getDepartmentId().equals(who.departmentId())) {
            throw new DomainException("error.notAllowed");
        }
        FindingState from = finding.getState();
        FindingState to = FindingWorkflow.next(from, action, actor)
                .orElseThrow(() -> new DomainException("error.notNow"));
        change.accept(finding);
        finding.setState(to);
        finding.setUpdatedAt(now());
        try {
            findings.update(finding);
        } catch (OptimisticLockException e) {
            throw new DomainException("error.changedMeanwhile");
        }
        String fullNote = note;
        if (action == FindingAction.CONFIRM || action == FindingAction.RETURN) {
            String due = finding.getRectifyDue() == null ? "" : "→ " + finding.getRectifyDue();
            fullNote = note.isEmpty() ? due : note + " " + due;
        }
        record(finding, action, from, actor, who, fullNote);
        return finding;
    }

    private void record(Finding finding, FindingAction action, @Nullable FindingState from, FindingActor actor,
                        SignedInUser who, String note) {
        events.save(new FindingEvent(null, finding.getId(), now(), action, from, finding.getState(), actor,
                who.id() == 0 ? null : who.id(), who.displayName(), note.length() > 2000 ? note.substring(0, 2000) : note));
    }

    static FindingActor actorOf(SignedInUser who) {
        if (who == null) {
            throw new DomainException("error.notAllowed");
        }
        return switch (who.role()) {
            case INSPECTOR -> FindingActor.INSPECTOR;
            case SUPERVISOR -> FindingActor.SUPERVISOR;
            case HANDLER -> {
                if (who.departmentId() == null) {
                    throw new DomainException("error.notAllowed");
                }
                yield FindingActor.HANDLER;
            }
            default -> throw new DomainException("error.notAllowed");
        };
    }

    static boolean isWebAddress(String text) {
        return WebAddress.isValid(text);
    }

    private static String required(@Nullable String text, String field, String key) {
        String stripped = strip(text);
        if (stripped.isEmpty() || stripped.length() > MAX_REASON) {
            throw DomainException.on(field, key, MAX_REASON);
        }
        return stripped;
    }

    private static String strip(@Nullable String text) {
        return text == null ? "" : text.strip();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
