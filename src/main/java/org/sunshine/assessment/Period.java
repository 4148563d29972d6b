package org.sunshine.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import org.sunshine.workflow.Stateful;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An assessment period (考核周期): a month, quarter or year scored on one published version of an indicator system
 * for some departments, led by one inspector, with the scoring rules copied from the settings when it was created.
 * Its state moves by {@link PeriodWorkflow}; the version column refuses a change made on a stale copy.
 */
@MappedEntity("assessment_period")
public class Period implements Stateful<PeriodState> {

    @Id
    @GeneratedValue
    private Long id;
    private String name;
    private PeriodKind kind;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Long systemId;
    private Long leadInspectorId;
    private PeriodState state;
    private int trimFrom;
    private int spreadPercent;
    private int minVolume;
    private BigDecimal excellentFrom;
    private BigDecimal goodFrom;
    private BigDecimal passFrom;
    @Nullable
    private Integer excellentQuotaPercent;
    private BigDecimal basicWeight;
    @Nullable
    private LocalDate publishedOn;
    @Nullable
    private LocalDate objectionDue;
    @Nullable
    private Instant lockedAt;
    @Nullable
    private Instant measuredAt;
    private int revision;
    private String createdByName;
    @DateCreated(truncatedTo = ChronoUnit.SECONDS)
    private Instant createdAt;
    @DateUpdated(truncatedTo = ChronoUnit.SECONDS)
    private Instant updatedAt;
    @Version
    private int version;

    /**
     * The rules this period is scored and graded by, as copied when it was created. The objection window is not
     * among them ({@code objectionDays} is {@code null}): it is taken from the settings at publication and kept as
     * {@link #getObjectionDue()}.
     */
    public ScoringRules rules() {
        return new ScoringRules(trimFrom, spreadPercent, minVolume, basicWeight.doubleValue(),
                excellentFrom.doubleValue(), goodFrom.doubleValue(), passFrom.doubleValue(), excellentQuotaPercent, null);
    }

    /** Copies the rules in force into a new period. */
    void adopt(ScoringRules rules, @Nullable Integer quotaPercent) {
        trimFrom = rules.trimFrom();
        spreadPercent = rules.spreadPercent();
        minVolume = rules.minVolume();
        basicWeight = BigDecimal.valueOf(rules.basicWeight());
        excellentFrom = BigDecimal.valueOf(rules.excellentFrom());
        goodFrom = BigDecimal.valueOf(rules.goodFrom());
        passFrom = BigDecimal.valueOf(rules.passFrom());
        excellentQuotaPercent = quotaPercent;
    }

    public boolean isLead(long userId) {
        return leadInspectorId != null && leadInspectorId == userId;
    }

    @Override
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public PeriodKind getKind() { return kind; }
    public void setKind(PeriodKind kind) { this.kind = kind; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public Long getSystemId() { return systemId; }
    public void setSystemId(Long systemId) { this.systemId = systemId; }
    public Long getLeadInspectorId() { return leadInspectorId; }
    public void setLeadInspectorId(Long leadInspectorId) { this.leadInspectorId = leadInspectorId; }
    @Override
    public PeriodState getState() { return state; }
    @Override
    public void setState(PeriodState state) { this.state = state; }
    public int getTrimFrom() { return trimFrom; }
    public void setTrimFrom(int trimFrom) { this.trimFrom = trimFrom; }
    public int getSpreadPercent() { return spreadPercent; }
    public void setSpreadPercent(int spreadPercent) { this.spreadPercent = spreadPercent; }
    public int getMinVolume() { return minVolume; }
    public void setMinVolume(int minVolume) { this.minVolume = minVolume; }
    public BigDecimal getExcellentFrom() { return excellentFrom; }
    public void setExcellentFrom(BigDecimal excellentFrom) { this.excellentFrom = excellentFrom; }
    public BigDecimal getGoodFrom() { return goodFrom; }
    public void setGoodFrom(BigDecimal goodFrom) { this.goodFrom = goodFrom; }
    public BigDecimal getPassFrom() { return passFrom; }
    public void setPassFrom(BigDecimal passFrom) { this.passFrom = passFrom; }
    @Nullable
    public Integer getExcellentQuotaPercent() { return excellentQuotaPercent; }
    public void setExcellentQuotaPercent(@Nullable Integer excellentQuotaPercent) { this.excellentQuotaPercent = excellentQuotaPercent; }
    public BigDecimal getBasicWeight() { return basicWeight; }
    public void setBasicWeight(BigDecimal basicWeight) { this.basicWeight = basicWeight; }
    @Nullable
    public LocalDate getPublishedOn() { return publishedOn; }
    public void setPublishedOn(@Nullable LocalDate publishedOn) { this.publishedOn = publishedOn; }
    @Nullable
    public LocalDate getObjectionDue() { return objectionDue; }
    public void setObjectionDue(@Nullable LocalDate objectionDue) { this.objectionDue = objectionDue; }
    @Nullable
    public Instant getLockedAt() { return lockedAt; }
    public void setLockedAt(@Nullable Instant lockedAt) { this.lockedAt = lockedAt; }
    /** When the measured data were frozen (at publication); {@code null}: measured live. */
    @Nullable
    public Instant getMeasuredAt() { return measuredAt; }
    public void setMeasuredAt(@Nullable Instant measuredAt) { this.measuredAt = measuredAt; }
    public int getRevision() { return revision; }
    public void setRevision(int revision) { this.revision = revision; }
    public String getCreatedByName() { return createdByName; }
    public void setCreatedByName(String createdByName) { this.createdByName = createdByName; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
