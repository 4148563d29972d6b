package org.sunshine.bulletin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An item of a criticized department's problem list (问题清单). Its clock starts at issue: {@code rectifyDays} working
 * days, and after a returned report at least {@code returnDays} more (as for findings).
 */
@MappedEntity("bulletin_problem")
public class BulletinProblem {

    @Id
    @GeneratedValue
    private Long id;
    private Long bulletinId;
    private Long departmentId;
    private int seq;
    private ProblemSource source;
    @Nullable
    private String sourceRef;
    private String text;
    private int rectifyDays;
    private ProblemState state;
    @Nullable
    private LocalDate rectifyStart;
    @Nullable
    private LocalDate returnedOn;
    @Nullable
    private LocalDate rectifyDue;
    @Nullable
    private Instant closedAt;
    private Instant updatedAt;
    @Version
    private int version;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
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
    public ProblemState getState() { return state; }
    public void setState(ProblemState state) { this.state = state; }
    @Nullable public LocalDate getRectifyStart() { return rectifyStart; }
    public void setRectifyStart(@Nullable LocalDate rectifyStart) { this.rectifyStart = rectifyStart; }
    @Nullable public LocalDate getReturnedOn() { return returnedOn; }
    public void setReturnedOn(@Nullable LocalDate returnedOn) { this.returnedOn = returnedOn; }
    @Nullable public LocalDate getRectifyDue() { return rectifyDue; }
    public void setRectifyDue(@Nullable LocalDate rectifyDue) { this.rectifyDue = rectifyDue; }
    @Nullable public Instant getClosedAt() { return closedAt; }
    public void setClosedAt(@Nullable Instant closedAt) { this.closedAt = closedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
