package org.sunshine.rectification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import org.sunshine.workflow.Stateful;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A department's duty to put one thing right by a deadline. The clock starts on {@code startedOn} with {@code days}
 * working days; after a returned report it runs at least {@code returnDays} more from {@code returnedOn}. Both start
 * dates are kept, so a change of the calendar recomputes {@code dueOn}. Changed only through
 * {@link Rectifications}, which follows {@link RectificationWorkflow}.
 */
@MappedEntity("rectification")
public class Rectification implements Stateful<RectificationState> {

    @Id
    @GeneratedValue
    private Long id;
    private String subjectKind;
    private long subjectId;
    /** The asking record's readable reference (监督意见 JD-2026-0841), cited by a later repeat. */
    @Nullable
    private String subjectRef;
    private long departmentId;
    private RectificationState state;
    private LocalDate startedOn;
    private int days;
    @Nullable
    private LocalDate returnedOn;
    private LocalDate dueOn;
    @Nullable
    private String topic;
    @Nullable
    private Long repeatOf;
    @Nullable
    private Instant closedAt;
    @DateCreated(truncatedTo = ChronoUnit.SECONDS)
    private Instant createdAt;
    @DateUpdated(truncatedTo = ChronoUnit.SECONDS)
    private Instant updatedAt;
    @Version
    private int version;

    public Subject subject() {
        return new Subject(subjectKind, subjectId);
    }

    @Override
    public Long historyDepartmentId() {
        return departmentId;
    }

    @Override public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getSubjectKind() { return subjectKind; }
    public void setSubjectKind(String subjectKind) { this.subjectKind = subjectKind; }
    public long getSubjectId() { return subjectId; }
    public void setSubjectId(long subjectId) { this.subjectId = subjectId; }
    @Nullable public String getSubjectRef() { return subjectRef; }
    public void setSubjectRef(@Nullable String subjectRef) { this.subjectRef = subjectRef; }
    public long getDepartmentId() { return departmentId; }
    public void setDepartmentId(long departmentId) { this.departmentId = departmentId; }
    @Override public RectificationState getState() { return state; }
    @Override public void setState(RectificationState state) { this.state = state; }
    public LocalDate getStartedOn() { return startedOn; }
    public void setStartedOn(LocalDate startedOn) { this.startedOn = startedOn; }
    public int getDays() { return days; }
    public void setDays(int days) { this.days = days; }
    @Nullable public LocalDate getReturnedOn() { return returnedOn; }
    public void setReturnedOn(@Nullable LocalDate returnedOn) { this.returnedOn = returnedOn; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    @Nullable public String getTopic() { return topic; }
    public void setTopic(@Nullable String topic) { this.topic = topic; }
    @Nullable public Long getRepeatOf() { return repeatOf; }
    public void setRepeatOf(@Nullable Long repeatOf) { this.repeatOf = repeatOf; }
    @Nullable public Instant getClosedAt() { return closedAt; }
    public void setClosedAt(@Nullable Instant closedAt) { this.closedAt = closedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
