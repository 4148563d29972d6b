package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One version of an indicator system (指标体系 第 N 版): a draft while it is being written, then published and frozen. */
@MappedEntity("indicator_system")
public class IndicatorSystem {

    /** The label is {@code assessment.system.state.<NAME>}. */
    public enum State {
        DRAFT,
        PUBLISHED
    }

    @Id
    @GeneratedValue
    private Long id;
    private String name;
    private int versionNo;
    @Nullable
    private Long basedOnId;
    private State state;
    @Nullable
    private Instant publishedAt;
    private String note = "";
    @DateCreated(truncatedTo = ChronoUnit.SECONDS)
    private Instant createdAt;
    @DateUpdated(truncatedTo = ChronoUnit.SECONDS)
    private Instant updatedAt;
    @Version
    private int version;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public int getVersionNo() { return versionNo; }
    public void setVersionNo(int versionNo) { this.versionNo = versionNo; }
    @Nullable
    public Long getBasedOnId() { return basedOnId; }
    public void setBasedOnId(@Nullable Long basedOnId) { this.basedOnId = basedOnId; }
    public State getState() { return state; }
    public void setState(State state) { this.state = state; }
    @Nullable
    public Instant getPublishedAt() { return publishedAt; }
    public void setPublishedAt(@Nullable Instant publishedAt) { this.publishedAt = publishedAt; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
