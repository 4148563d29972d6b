package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One inspector's score sheet for one department in a period: a private draft until it is submitted. */
@MappedEntity("score_sheet")
public class ScoreSheet {

    @Id
    @GeneratedValue
    private Long id;
    private Long periodId;
    private Long departmentId;
    private Long inspectorId;
    @Nullable
    private Instant submittedAt;
    @DateUpdated(truncatedTo = ChronoUnit.SECONDS)
    private Instant updatedAt;
    @Version
    private int version;

    public boolean submitted() {
        return submittedAt != null;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getPeriodId() { return periodId; }
    public void setPeriodId(Long periodId) { this.periodId = periodId; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public Long getInspectorId() { return inspectorId; }
    public void setInspectorId(Long inspectorId) { this.inspectorId = inspectorId; }
    @Nullable
    public Instant getSubmittedAt() { return submittedAt; }
    public void setSubmittedAt(@Nullable Instant submittedAt) { this.submittedAt = submittedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
