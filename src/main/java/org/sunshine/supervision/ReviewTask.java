package org.sunshine.supervision;

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
 * A review (回访 / 评议) of one replied complaint by one supervisor: three scores from 1 to 5 and a comment, or
 * "could not verify" with the reason. Due {@code reviewDays} working days after {@link #getAssignedOn()}. Its state
 * moves only through {@link ReviewWorkflow}, and every step is in its history.
 */
@MappedEntity("review_task")
public class ReviewTask implements Stateful<ReviewState> {

    @Id
    @GeneratedValue
    private Long id;
    private Long complaintId;
    private Long supervisorId;
    private ReviewState state;
    private LocalDate assignedOn;
    private LocalDate dueOn;
    @Nullable
    private Integer timeliness;
    @Nullable
    private Integer quality;
    @Nullable
    private Integer attitude;
    private String comment = "";
    @Nullable
    private Instant reviewedAt;
    @Nullable
    private Long findingId;
    @DateCreated(truncatedTo = ChronoUnit.SECONDS)
    private Instant createdAt;
    @DateUpdated(truncatedTo = ChronoUnit.SECONDS)
    private Instant updatedAt;
    @Version
    private int version;

    /** The lowest of the three scores, or {@code null} before a review or when it could not be verified. */
    @Nullable
    public Integer lowestScore() {
        if (timeliness == null || quality == null || attitude == null) {
            return null;
        }
        return Math.min(timeliness, Math.min(quality, attitude));
    }

    @Override
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getComplaintId() { return complaintId; }
    public void setComplaintId(Long complaintId) { this.complaintId = complaintId; }
    public Long getSupervisorId() { return supervisorId; }
    public void setSupervisorId(Long supervisorId) { this.supervisorId = supervisorId; }
    @Override
    public ReviewState getState() { return state; }
    @Override
    public void setState(ReviewState state) { this.state = state; }
    public LocalDate getAssignedOn() { return assignedOn; }
    public void setAssignedOn(LocalDate assignedOn) { this.assignedOn = assignedOn; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    @Nullable public Integer getTimeliness() { return timeliness; }
    public void setTimeliness(@Nullable Integer timeliness) { this.timeliness = timeliness; }
    @Nullable public Integer getQuality() { return quality; }
    public void setQuality(@Nullable Integer quality) { this.quality = quality; }
    @Nullable public Integer getAttitude() { return attitude; }
    public void setAttitude(@Nullable Integer attitude) { this.attitude = attitude; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    @Nullable public Instant getReviewedAt() { return reviewedAt; }
    public void setReviewedAt(@Nullable Instant reviewedAt) { this.reviewedAt = reviewedAt; }
    @Nullable public Long getFindingId() { return findingId; }
    public void setFindingId(@Nullable Long findingId) { this.findingId = findingId; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
