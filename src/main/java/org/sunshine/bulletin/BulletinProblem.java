package org.sunshine.bulletin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An item of a criticized department's problem list (问题清单), edited with the draft. At issue it opens a
 * rectification of {@code rectifyDays} working days, which it follows from then on ({@code rectification} package).
 */
@MappedEntity("bulletin_problem")
public class BulletinProblem {

    /** The prefix of problem-list items' references: 问题 WT-2026-0012. */
    public static final String REFERENCE_PREFIX = "WT";

    @Id
    @GeneratedValue
    private Long id;
    /** The readable reference (问题 WT-2026-0012), given when the bulletin is issued; none while a draft's line. */
    @Nullable
    private String reference;
    private Long bulletinId;
    private Long departmentId;
    private int seq;
    private ProblemSource source;
    @Nullable
    private String sourceRef;
    private String text;
    private int rectifyDays;
    @DateUpdated(truncatedTo = ChronoUnit.SECONDS)
    private Instant updatedAt;
    @Version
    private int version;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    @Nullable public String getReference() { return reference; }
    public void setReference(@Nullable String reference) { this.reference = reference; }
    public Long getBulletinId() { return bulletinId; }
    public void setBulletinId(Long bulletinId) { this.bulletinId = bulletinId; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public int getSeq() { return seq; }
    public void setSeq(int seq) { this.seq = seq; }
    public ProblemSource getSource() { return source; }
    public void setSource(ProblemSource source) { this.source = source; }
    @Nullable public String getSourceRef() { return sourceRef; }
    public void setSourceRef(@Nullable String sourceRef) { this.sourceRef = sourceRef; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public int getRectifyDays() { return rectifyDays; }
    public void setRectifyDays(int rectifyDays) { this.rectifyDays = rectifyDays; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
