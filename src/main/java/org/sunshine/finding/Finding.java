package org.sunshine.finding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import org.sunshine.workflow.Stateful;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A finding (监督意见 / 督查发现) against a department: what was found, by whom, and whether it was confirmed. Once
 * confirmed, the department's rectification is a {@code rectification} of its own. Changed only through
 * {@link FindingService}, which follows {@link FindingWorkflow}; the version column refuses a change made on a
 * stale copy.
 */
@MappedEntity("finding")
public class Finding implements Stateful<FindingState> {

    /** The prefix of findings' references: 监督意见 JD-2026-0841. */
    public static final String REFERENCE_PREFIX = "JD";

    @Id
    @GeneratedValue
    private Long id;
    /** The readable reference (监督意见 JD-2026-0841), given at filing. */
    private String reference;
    private Long departmentId;
    private IssueType issueType;
    @Nullable
    private Long keyAreaId;
    @Nullable
    private Long responsibilityItemId;
    private String description;
    @Nullable
    private String evidenceUrl;
    private Severity severity;
    private FindingState state;
    private FindingSource source;
    private Long filedBy;
    private String filedByName;
    private Instant filedAt;
    @Nullable
    private Long complaintId;
    @Nullable
    private Long duplicateOf;
    /** The disclosure record it is about (a late one, a dead link), if any. */
    @Nullable
    private Long disclosureRecordId;
    @Nullable
    private String dismissReason;
    @Nullable
    private Instant closedAt;
    @DateUpdated(truncatedTo = ChronoUnit.SECONDS)
    private Instant updatedAt;
    @Version
    private int version;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    @Override
    public Long historyDepartmentId() { return departmentId; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public IssueType getIssueType() { return issueType; }
    public void setIssueType(IssueType issueType) { this.issueType = issueType; }
    @Nullable public Long getKeyAreaId() { return keyAreaId; }
    public void setKeyAreaId(@Nullable Long keyAreaId) { this.keyAreaId = keyAreaId; }
    @Nullable public Long getResponsibilityItemId() { return responsibilityItemId; }
    public void setResponsibilityItemId(@Nullable Long responsibilityItemId) { this.responsibilityItemId = responsibilityItemId; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    @Nullable public String getEvidenceUrl() { return evidenceUrl; }
    public void setEvidenceUrl(@Nullable String evidenceUrl) { this.evidenceUrl = evidenceUrl; }
    public Severity getSeverity() { return severity; }
    public void setSeverity(Severity severity) { this.severity = severity; }
    public FindingState getState() { return state; }
    public void setState(FindingState state) { this.state = state; }
    public FindingSource getSource() { return source; }
    public void setSource(FindingSource source) { this.source = source; }
    public Long getFiledBy() { return filedBy; }
    public void setFiledBy(Long filedBy) { this.filedBy = filedBy; }
    public String getFiledByName() { return filedByName; }
    public void setFiledByName(String filedByName) { this.filedByName = filedByName; }
    public Instant getFiledAt() { return filedAt; }
    public void setFiledAt(Instant filedAt) { this.filedAt = filedAt; }
    @Nullable public Long getComplaintId() { return complaintId; }
    public void setComplaintId(@Nullable Long complaintId) { this.complaintId = complaintId; }
    @Nullable public Long getDisclosureRecordId() { return disclosureRecordId; }
    public void setDisclosureRecordId(@Nullable Long disclosureRecordId) { this.disclosureRecordId = disclosureRecordId; }
    @Nullable public Long getDuplicateOf() { return duplicateOf; }
    public void setDuplicateOf(@Nullable Long duplicateOf) { this.duplicateOf = duplicateOf; }
    @Nullable public String getDismissReason() { return dismissReason; }
    public void setDismissReason(@Nullable String dismissReason) { this.dismissReason = dismissReason; }
    @Nullable public Instant getClosedAt() { return closedAt; }
    public void setClosedAt(@Nullable Instant closedAt) { this.closedAt = closedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
