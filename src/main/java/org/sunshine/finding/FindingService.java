package org.sunshine.finding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.base.WebAddress;
import org.sunshine.base.files.Attachments;
import org.sunshine.base.numbers.References;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.KeyAreaService;
import org.sunshine.directory.ResponsibilityRow;
import org.sunshine.directory.ResponsibilityService;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.workflow.Actor;
import org.sunshine.workflow.By;
import org.sunshine.workflow.History;

import java.time.Instant;
import java.util.List;

/**
 * Filing findings: a supervisor (within their scope) or an inspector files one with evidence, or a supervisor's low
 * review score opens one. A filing like an open finding of the same department is marked as a likely duplicate.
 * What happens next is {@link FindingDecisions}.
 */
@Singleton
public class FindingService {

    public static final int MAX_DESCRIPTION = 2000;

    private final FindingRepository findings;
    private final FindingAttachmentRepository attachments;
    private final DepartmentService departments;
    private final KeyAreaService areas;
    private final ResponsibilityService items;
    private final List<FilingScope> scopes;
    private final LinkedRecord.Lookup records;
    private final History history;
    private final References references;
    private final BusinessClock clock;

    FindingService(FindingRepository findings, FindingAttachmentRepository attachments, DepartmentService departments,
                   KeyAreaService areas, ResponsibilityService items, List<FilingScope> scopes,
                   LinkedRecord.Lookup records, History history, References references, BusinessClock clock) {
        this.findings = findings;
        this.attachments = attachments;
        this.departments = departments;
        this.areas = areas;
        this.items = items;
        this.scopes = List.copyOf(scopes);
        this.records = records;
        this.history = history;
        this.references = references;
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
        if (!departments.isActive(form.departmentId())) {
            throw DomainException.on("departmentId", "finding.error.department");
        }
        long departmentId = form.departmentId();
        if (form.issueType() == null) {
            throw DomainException.on("issueType", "finding.error.issueType");
        }
        if (form.severity() == null) {
            throw DomainException.on("severity", "finding.error.severity");
        }
        Long itemId = form.responsibilityItemId();
        Long areaId = form.keyAreaId();
        if (itemId != null) {
            ResponsibilityRow item = items.row(itemId).filter(ResponsibilityRow::active)
                    .orElseThrow(() -> DomainException.on("responsibilityItemId", "finding.error.item"));
            if (areaId == null) {
                areaId = item.keyAreaId();
            }
        }
        if (areaId != null && !areas.isActive(areaId)) {
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
        if (!url.isEmpty() && !WebAddress.isValid(url)) {
            throw DomainException.on("evidenceUrl", "finding.error.url");
        }
        List<Attachments.Checked> files = Attachments.check(form.files());
        Long recordId = form.disclosureRecordId();
        if (recordId != null && records.find(recordId).filter(r -> r.departmentId() == departmentId).isEmpty()) {
            throw DomainException.on("disclosureRecordId", "finding.error.record");
        }
        if (url.isEmpty() && files.isEmpty() && recordId == null) {
            throw DomainException.on("evidenceUrl", "finding.error.evidence");
        }
        if (source == FindingSource.SUPERVISOR) {
            Long area = areaId;
            if (scopes.stream().noneMatch(s -> s.mayFile(filer, departmentId, area))) {
                throw DomainException.on("departmentId", "finding.error.outOfScope");
            }
        }

        Finding finding = newFinding(departmentId, form.issueType(), areaId, itemId, description, form.severity(),
                source, filer);
        finding.setEvidenceUrl(url.isEmpty() ? null : url);
        finding.setDisclosureRecordId(recordId);
        finding.setDuplicateOf(findings.findOpenAlike(departmentId, form.issueType().name(), itemId, areaId).stream()
                .map(Finding::getId).findFirst().orElse(null));
        finding = findings.save(finding);
        history.record(FindingWorkflow.TABLE, finding.getId(), FindingAction.FILE, null, finding.getState(),
                By.user(filer), departmentId, "");
        Instant now = clock.now();
        for (Attachments.Checked file : files) {
            attachments.save(new FindingAttachment(null, finding.getId(), file.fileName(), file.contentType(),
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
        history.record(FindingWorkflow.TABLE, finding.getId(), FindingAction.FILE, null, finding.getState(),
                By.as(Actor.SUPERVISOR, supervisor), departmentId, "");
        return finding.getId();
    }

    /**
     * Files an inspector's finding about a record of another feature that is itself the evidence (an improper reply
     * to an application for government information, named by its number in the description): against the department,
     * about a duty of the responsibility table or a key area if one is given. Returns its id.
     */
    @Transactional
    public long fileFromRecord(long departmentId, IssueType issueType, Severity severity, @Nullable Long itemId,
                               String description, SignedInUser inspector) {
        return fileFromRecord(departmentId, issueType, severity, itemId, null, description, inspector);
    }

    /**
     * Files an inspector's finding in one step from what the platform saw: a reply review, an overdue responsibility
     * item ({@code itemId}), a late record or a dead link ({@code recordId}, one of that department's records).
     */
    @Transactional
    public long fileFromRecord(long departmentId, IssueType issueType, Severity severity, @Nullable Long itemId,
                               @Nullable Long recordId, String description, SignedInUser inspector) {
        if (!inspector.is(Role.INSPECTOR)) {
            throw new DomainException("error.notAllowed");
        }
        if (!departments.isActive(departmentId)) {
            throw DomainException.on("departmentId", "finding.error.department");
        }
        Long areaId = null;
        if (itemId != null) {
            areaId = items.row(itemId).filter(ResponsibilityRow::active)
                    .orElseThrow(() -> DomainException.on("responsibilityItemId", "finding.error.item")).keyAreaId();
        }
        String text = strip(description);
        if (text.isEmpty() || text.length() > MAX_DESCRIPTION) {
            throw DomainException.on("description", "finding.error.description", MAX_DESCRIPTION);
        }
        if (recordId != null && records.find(recordId).filter(r -> r.departmentId() == departmentId).isEmpty()) {
            throw DomainException.on("disclosureRecordId", "finding.error.record");
        }
        Finding finding = newFinding(departmentId, issueType, areaId, itemId, text, severity, FindingSource.INSPECTOR,
                inspector);
        finding.setDisclosureRecordId(recordId);
        finding.setDuplicateOf(itemId == null && areaId == null ? null
                : findings.findOpenAlike(departmentId, issueType.name(), itemId, areaId).stream()
                .map(Finding::getId).findFirst().orElse(null));
        finding = findings.save(finding);
        history.record(FindingWorkflow.TABLE, finding.getId(), FindingAction.FILE, null, finding.getState(),
                By.user(inspector), departmentId, "");
        return finding.getId();
    }

    private Finding newFinding(long departmentId, IssueType issueType, @Nullable Long keyAreaId, @Nullable Long itemId,
                               String description, Severity severity, FindingSource source, SignedInUser filer) {
        Finding finding = new Finding();
        finding.setReference(references.next(Finding.REFERENCE_PREFIX, clock.today().getYear()));
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
        finding.setFiledAt(clock.now());
        return finding;
    }

    static String strip(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
