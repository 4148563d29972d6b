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
 * A social supervisor (社会监督员) on the roster: who they are, their contact details (for staff only), their term,
 * and the account they sign in with. The scope (departments, key areas) is kept beside it in link tables. The
 * term's state moves only through {@link SupervisorWorkflow}, and every step is in its history.
 */
@MappedEntity("supervisor")
public class Supervisor implements Stateful<SupervisorState> {

    @Id
    @GeneratedValue
    private Long id;
    private Long userId;
    private String name;
    private Background background;
    private String affiliation = "";
    private String phone = "";
    private String email = "";
    private LocalDate termStart;
    private LocalDate termEnd;
    private SupervisorState state;
    @Nullable
    private LocalDate endedOn;
    @Nullable
    private String endReason;
    @DateCreated(truncatedTo = ChronoUnit.SECONDS)
    private Instant createdAt;
    @DateUpdated(truncatedTo = ChronoUnit.SECONDS)
    private Instant updatedAt;
    @Version
    private int version;

    /**
     * The state the term's dates give on {@code today}: exact from midnight on, whereas the stored {@link #getState()}
     * follows when the scheduled job runs ({@link SupervisorTerms}). Sign-in, task assignment and filing go by this;
     * a dismissal is stored at once, so it counts here from its day on.
     */
    public SupervisorState stateOn(LocalDate today) {
        return state == SupervisorState.ENDED ? SupervisorState.ENDED : byDates(termStart, termEnd, today);
    }

    /** Where a term from {@code start} to {@code end} (both days included) stands on {@code today}. */
    static SupervisorState byDates(LocalDate start, LocalDate end, LocalDate today) {
        if (today.isBefore(start)) {
            return SupervisorState.APPOINTED;
        }
        return today.isAfter(end) ? SupervisorState.EXPIRED : SupervisorState.ACTIVE;
    }

    @Override
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getUserId() { return userId; }
    public void setUserId(Long userId) { this.userId = userId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Background getBackground() { return background; }
    public void setBackground(Background background) { this.background = background; }
    public String getAffiliation() { return affiliation; }
    public void setAffiliation(String affiliation) { this.affiliation = affiliation; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public LocalDate getTermStart() { return termStart; }
    public void setTermStart(LocalDate termStart) { this.termStart = termStart; }
    public LocalDate getTermEnd() { return termEnd; }
    public void setTermEnd(LocalDate termEnd) { this.termEnd = termEnd; }
    @Override
    public SupervisorState getState() { return state; }
    @Override
    public void setState(SupervisorState state) { this.state = state; }
    @Nullable public LocalDate getEndedOn() { return endedOn; }
    public void setEndedOn(@Nullable LocalDate endedOn) { this.endedOn = endedOn; }
    @Nullable public String getEndReason() { return endReason; }
    public void setEndReason(@Nullable String endReason) { this.endReason = endReason; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
