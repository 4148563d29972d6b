package org.sunshine.supervision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A social supervisor (社会监督员) on the roster: who they are, their contact details (for staff only), their term,
 * and the account they sign in with. The scope (departments, key areas) is kept beside it in link tables.
 */
@MappedEntity("supervisor")
public class Supervisor {

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
    @Nullable
    private LocalDate endedOn;
    @Nullable
    private String endReason;
    private boolean endRecorded;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private int version;

    /** The status on {@code today}: an early end counts from its day on, the term's end from the day after. */
    public SupervisorStatus status(LocalDate today) {
        if (endedOn != null && !today.isBefore(endedOn)) {
            return SupervisorStatus.ENDED;
        }
        if (today.isBefore(termStart)) {
            return SupervisorStatus.APPOINTED;
        }
        return today.isAfter(termEnd) ? SupervisorStatus.EXPIRED : SupervisorStatus.ACTIVE;
    }

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
    @Nullable public LocalDate getEndedOn() { return endedOn; }
    public void setEndedOn(@Nullable LocalDate endedOn) { this.endedOn = endedOn; }
    @Nullable public String getEndReason() { return endReason; }
    public void setEndReason(@Nullable String endReason) { this.endReason = endReason; }
    public boolean isEndRecorded() { return endRecorded; }
    public void setEndRecorded(boolean endRecorded) { this.endRecorded = endRecorded; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
