package org.sunshine.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A row of the responsibility table (责任分解表): what must be disclosed, on which clock, and
 * (in {@code responsibility_department}) which departments lead it and which help.
 */
@MappedEntity("responsibility_item")
public class ResponsibilityItem {

    @Id
    @GeneratedValue
    private Long id;
    private int seqNo;
    private String title;
    private DisclosureCategory category;
    private int clockDays;
    @Nullable
    private Long keyAreaId;
    /** The table's own words on who acts, e.g. "市级各相关部门落实", kept beside the linked departments. */
    private String dutyNote = "";
    /** How often it must be published; null when no cadence is watched. */
    @Nullable
    private Cadence cadence;
    /** The day from which the cadence is watched (the first window watched starts on or after it). */
    @Nullable
    private LocalDate cadenceSince;
    private boolean active = true;
    @DateCreated(truncatedTo = ChronoUnit.SECONDS)
    private Instant createdAt;
    @DateUpdated(truncatedTo = ChronoUnit.SECONDS)
    private Instant updatedAt;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public int getSeqNo() { return seqNo; }
    public void setSeqNo(int seqNo) { this.seqNo = seqNo; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public DisclosureCategory getCategory() { return category; }
    public void setCategory(DisclosureCategory category) { this.category = category; }
    public int getClockDays() { return clockDays; }
    public void setClockDays(int clockDays) { this.clockDays = clockDays; }
    @Nullable public Long getKeyAreaId() { return keyAreaId; }
    public void setKeyAreaId(@Nullable Long keyAreaId) { this.keyAreaId = keyAreaId; }
    public String getDutyNote() { return dutyNote; }
    public void setDutyNote(String dutyNote) { this.dutyNote = dutyNote; }
    @Nullable public Cadence getCadence() { return cadence; }
    public void setCadence(@Nullable Cadence cadence) { this.cadence = cadence; }
    @Nullable public LocalDate getCadenceSince() { return cadenceSince; }
    public void setCadenceSince(@Nullable LocalDate cadenceSince) { this.cadenceSince = cadenceSince; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
