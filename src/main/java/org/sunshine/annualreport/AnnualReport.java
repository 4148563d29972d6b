package org.sunshine.annualreport;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.Version;
import org.sunshine.workflow.Stateful;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An organ's annual report of a year (政府信息公开工作年度报告): a department's, or the city government's (its office's
 * department with {@code toGovernment}). Its tables are computed from the data whenever it is read, until it is
 * published: then its edition ({@link ReportEdition}) is what it says. The text sections are the organ's, drafted by
 * {@link ReportDrafts} when the report is opened. {@code edition} is the newest published edition's number, 0 before
 * the first; {@code correctionReason} is set while a published report is being corrected.
 */
@MappedEntity("annual_report")
public class AnnualReport implements Stateful<ReportState> {

    @Id
    @GeneratedValue
    private Long id;
    @MappedProperty("year_no")
    private int year;
    private long departmentId;
    private boolean toGovernment;
    private ReportState state = ReportState.DRAFT;
    private String sectionOne = "";
    private String sectionFive = "";
    private String sectionSix = "";
    @Nullable
    private String returnReason;
    @Nullable
    private Instant submittedAt;
    @Nullable
    private Instant approvedAt;
    private int edition;
    @Nullable
    private Instant publishedAt;
    @Nullable
    private String correctionReason;
    @DateCreated(truncatedTo = ChronoUnit.SECONDS)
    private Instant createdAt;
    @DateUpdated(truncatedTo = ChronoUnit.SECONDS)
    private Instant updatedAt;
    @Version
    private int version;

    /** Whether an edition has been published (a report being corrected has one). */
    public boolean everPublished() {
        return edition > 0;
    }

    /** The organ's key, as {@code inforequest.Organs} names it. */
    public String organKey() {
        return toGovernment ? org.sunshine.inforequest.Organs.GOVERNMENT : String.valueOf(departmentId);
    }

    @Override
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public long getDepartmentId() { return departmentId; }
    public void setDepartmentId(long departmentId) { this.departmentId = departmentId; }
    public boolean isToGovernment() { return toGovernment; }
    public void setToGovernment(boolean toGovernment) { this.toGovernment = toGovernment; }
    @Override
    public ReportState getState() { return state; }
    @Override
    public void setState(ReportState state) { this.state = state; }
    public String getSectionOne() { return sectionOne; }
    public void setSectionOne(String sectionOne) { this.sectionOne = sectionOne; }
    public String getSectionFive() { return sectionFive; }
    public void setSectionFive(String sectionFive) { this.sectionFive = sectionFive; }
    public String getSectionSix() { return sectionSix; }
    public void setSectionSix(String sectionSix) { this.sectionSix = sectionSix; }
    @Nullable public String getReturnReason() { return returnReason; }
    public void setReturnReason(@Nullable String returnReason) { this.returnReason = returnReason; }
    @Nullable public Instant getSubmittedAt() { return submittedAt; }
    public void setSubmittedAt(@Nullable Instant submittedAt) { this.submittedAt = submittedAt; }
    @Nullable public Instant getApprovedAt() { return approvedAt; }
    public void setApprovedAt(@Nullable Instant approvedAt) { this.approvedAt = approvedAt; }
    public int getEdition() { return edition; }
    public void setEdition(int edition) { this.edition = edition; }
    @Nullable public Instant getPublishedAt() { return publishedAt; }
    public void setPublishedAt(@Nullable Instant publishedAt) { this.publishedAt = publishedAt; }
    @Nullable public String getCorrectionReason() { return correctionReason; }
    public void setCorrectionReason(@Nullable String correctionReason) { this.correctionReason = correctionReason; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }

    @Override
    @Nullable
    public Long historyDepartmentId() {
        return departmentId;
    }
}
