package org.sunshine.finding;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.persistence.criteria.Predicate;
import org.sunshine.base.DomainException;
import org.sunshine.base.files.StoredFile;
import org.sunshine.calendar.Warning;
import org.sunshine.complaint.Complaint;
import org.sunshine.complaint.ComplaintRepository;
import org.sunshine.directory.DirectoryNames.Names;
import org.sunshine.directory.DirectoryNames;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reading findings, as each viewer may: inspectors and leaders see all; a department's handler sees the findings
 * against their department once confirmed (what was dismissed or not yet weighed never reaches them); a supervisor
 * sees the findings they filed, including those their reviews opened.
 */
@Singleton
public class FindingQueries {

    static final int MAX_EXPORT = 10_000;
    private static final Sort NEWEST_FIRST = Sort.of(Sort.Order.desc("filedAt"), Sort.Order.desc("id"));
    /** The states a department sees. */
    static final Set<FindingState> CONFIRMED = EnumSet.of(FindingState.RECTIFYING, FindingState.REPORTED,
            FindingState.RETURNED, FindingState.CLOSED);
    static final Set<FindingState> ON_THE_CLOCK = EnumSet.of(FindingState.RECTIFYING, FindingState.RETURNED);

    private final FindingRepository findings;
    private final FindingEventRepository events;
    private final RectificationReportRepository reports;
    private final FindingAttachmentRepository attachments;
    private final ComplaintRepository complaints;
    private final FindingDeadlines deadlines;
    private final DirectoryNames directoryNames;

    FindingQueries(FindingRepository findings, FindingEventRepository events, RectificationReportRepository reports,
                   FindingAttachmentRepository attachments, ComplaintRepository complaints, FindingDeadlines deadlines,
                   DirectoryNames directoryNames) {
        this.findings = findings;
        this.events = events;
        this.reports = reports;
        this.attachments = attachments;
        this.complaints = complaints;
        this.deadlines = deadlines;
        this.directoryNames = directoryNames;
    }

    @Transactional(readOnly = true)
    public Page<FindingRow> search(FindingFilter filter, SignedInUser viewer, int page, int size) {
        Names names = directoryNames.read();
        return findings.findAll(specification(filter, viewer), Pageable.from(page, size, NEWEST_FIRST))
                .map(f -> row(f, names));
    }

    @Transactional(readOnly = true)
    public long count(FindingFilter filter, SignedInUser viewer) {
        return findings.count(specification(filter, viewer));
    }

    /** Everything a filter finds, up to {@link #MAX_EXPORT} rows, for an export. */
    @Transactional(readOnly = true)
    public List<FindingRow> all(FindingFilter filter, SignedInUser viewer) {
        return search(filter, viewer, 0, MAX_EXPORT).getContent();
    }

    @Transactional(readOnly = true)
    public FindingDetail detail(long id, SignedInUser viewer) {
        Finding f = visible(id, viewer);
        Names names = directoryNames.read();
        List<FindingAttachment.Info> files = attachments.findInfos(id);
        List<FindingDetail.Report> reportRows = reports.findByFindingIdOrderById(id).stream()
                .map(r -> new FindingDetail.Report(r.id(), r.text(), r.submittedByName(), r.submittedAt(), r.onTime(),
                        r.verdict(), r.verdictNote(), r.verdictByName(), r.verdictAt(),
                        files.stream().filter(a -> r.id().equals(a.reportId())).toList()))
                .toList();
        List<FindingDetail.EventRow> history = events.findByFindingIdOrderById(id).stream()
                .map(e -> new FindingDetail.EventRow(e.occurredAt(), e.action(), e.fromState(), e.toState(),
                        e.actorKind(), e.actorName(), e.note()))
                .toList();
        Set<FindingAction> actions = EnumSet.noneOf(FindingAction.class);
        if (viewer.is(Role.INSPECTOR)) {
            actions.addAll(FindingWorkflow.available(f.getState(), FindingActor.INSPECTOR));
        } else if (viewer.is(Role.HANDLER) && f.getDepartmentId().equals(viewer.departmentId())) {
            actions.addAll(FindingWorkflow.available(f.getState(), FindingActor.HANDLER));
        }
        String trackingCode = f.getComplaintId() == null ? null
                : complaints.findById(f.getComplaintId()).map(Complaint::getTrackingCode).orElse(null);
        return new FindingDetail(row(f, names), f.getEvidenceUrl(), f.getComplaintId(), trackingCode,
                f.getDismissReason(), f.getConfirmedOn(), files.stream().filter(a -> a.reportId() == null).toList(),
                reportRows, history, actions);
    }

    /** A file of the finding or of one of its reports, if the viewer may see the finding. */
    @Transactional(readOnly = true)
    public StoredFile attachment(long findingId, long attachmentId, SignedInUser viewer) {
        visible(findingId, viewer);
        FindingAttachment file = attachments.findById(attachmentId).filter(a -> a.findingId() == findingId)
                .orElseThrow(() -> new DomainException("finding.error.missing"));
        return new StoredFile(file.fileName(), file.contentType(), file.content());
    }

    private Finding visible(long id, SignedInUser viewer) {
        Finding f = findings.findById(id).orElseThrow(() -> new DomainException("finding.error.missing"));
        if (viewer.is(Role.INSPECTOR) || viewer.is(Role.LEADER)) {
            return f;
        }
        if (viewer.is(Role.HANDLER) && f.getDepartmentId().equals(viewer.departmentId()) && CONFIRMED.contains(f.getState())) {
            return f;
        }
        if (viewer.is(Role.SUPERVISOR) && f.getFiledBy() == viewer.id()) {
            return f;
        }
        throw new DomainException("error.notAllowed");
    }

    private PredicateSpecification<Finding> specification(FindingFilter filter, SignedInUser viewer) {
        LocalDate today = deadlines.today();
        LocalDate yellowUntil = deadlines.yellowUntil();
        return (root, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (viewer.is(Role.HANDLER) && viewer.departmentId() != null) {
                all.add(cb.equal(root.get("departmentId"), viewer.departmentId()));
                all.add(root.get("state").in(CONFIRMED));
            } else if (viewer.is(Role.SUPERVISOR)) {
                all.add(cb.equal(root.get("filedBy"), viewer.id()));
            } else if (!viewer.is(Role.INSPECTOR) && !viewer.is(Role.LEADER)) {
                throw new DomainException("error.notAllowed");
            }
            if (filter.states() != null && !filter.states().isEmpty()) {
                all.add(root.get("state").in(filter.states()));
            }
            if (filter.departmentId() != null) {
                all.add(cb.equal(root.get("departmentId"), filter.departmentId()));
            }
            if (filter.issueType() != null) {
                all.add(cb.equal(root.get("issueType"), filter.issueType()));
            }
            if (filter.severity() != null) {
                all.add(cb.equal(root.get("severity"), filter.severity()));
            }
            if (filter.source() != null) {
                all.add(cb.equal(root.get("source"), filter.source()));
            }
            if (filter.marked()) {
                all.add(cb.or(cb.isNotNull(root.get("repeatOf")), cb.isNotNull(root.get("duplicateOf"))));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                all.add(cb.like(root.get("description"), "%" + filter.text().strip().replace("%", "").replace("_", "") + "%"));
            }
            if (filter.warning() == Warning.RED) {
                all.add(cb.and(root.get("state").in(ON_THE_CLOCK), cb.lessThan(root.get("rectifyDue"), today)));
            } else if (filter.warning() == Warning.YELLOW) {
                all.add(cb.and(root.get("state").in(ON_THE_CLOCK), cb.between(root.get("rectifyDue"), today, yellowUntil)));
            } else if (filter.warning() == Warning.NONE) {
                all.add(cb.or(cb.not(root.get("state").in(ON_THE_CLOCK)), cb.greaterThan(root.get("rectifyDue"), yellowUntil)));
            }
            return all.isEmpty() ? cb.conjunction() : cb.and(all.toArray(Predicate[]::new));
        };
    }

    private FindingRow row(Finding f, Names names) {
        return new FindingRow(f.getId(), f.getState(), f.getIssueType(), f.getSeverity(), f.getSource(),
                f.getDepartmentId(), names.department(f.getDepartmentId()), names.area(f.getKeyAreaId()),
                names.item(f.getResponsibilityItemId()), f.getDescription(), f.getFiledByName(), f.getFiledAt(),
                f.getRectifyDue(), deadlines.warning(f.getState(), f.getRectifyDue()),
                deadlines.usesFallback(f.getRectifyDue()), f.getDuplicateOf(), f.getRepeatOf());
    }
}
