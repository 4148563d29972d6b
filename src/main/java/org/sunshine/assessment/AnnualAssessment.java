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
import java.time.temporal.ChronoUnit;

/**
 * The annual assessment (年度考核) of a year: the year's locked periods weighted, plus the year's bulletins, ranked
 * and graded. The points per bulletin and the grading rules are copied from the settings when it is created, so that
 * a later change of the settings never changes a year already under way.
 */
@MappedEntity("annual_assessment")
public class AnnualAssessment implements Stateful<AnnualState> {

    @Id
    @GeneratedValue
    private Long id;
    private int yearNo;
    private AnnualState state;
    private BigDecimal commendationPoints;
    private BigDecimal criticismPoints;
    private BigDecimal excellentFrom;
    private BigDecimal goodFrom;
    private BigDecimal passFrom;
    @Nullable
    private Integer excellentQuotaPercent;
    private int revision;
    private String createdByName;
    @DateCreated(truncatedTo = ChronoUnit.SECONDS)
    private Instant createdAt;
    @DateUpdated(truncatedTo = ChronoUnit.SECONDS)
    private Instant updatedAt;
    @Version
    private int version;

    /** The grading rules of the year, as {@link Ranking} takes them (the scoring settings are not used). */
    public ScoringRules rules() {
        return new ScoringRules(0, 0, 0, 0, excellentFrom.doubleValue(), goodFrom.doubleValue(), passFrom.doubleValue(),
                excellentQuotaPercent, null);
    }

    /** Copies the settings in force into a new annual assessment. */
    void adopt(AnnualRules annual, ScoringRules scoring) {
        commendationPoints = annual.commendationPoints();
        criticismPoints = annual.criticismPoints();
        excellentFrom = BigDecimal.valueOf(scoring.excellentFrom());
        goodFrom = BigDecimal.valueOf(scoring.goodFrom());
        passFrom = BigDecimal.valueOf(scoring.passFrom());
        excellentQuotaPercent = scoring.excellentQuotaPercent();
    }

    @Override
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public int getYearNo() { return yearNo; }
    public void setYearNo(int yearNo) { this.yearNo = yearNo; }
    @Override
    public AnnualState getState() { return state; }
    @Override
    public void setState(AnnualState state) { this.state = state; }
    public BigDecimal getCommendationPoints() { return commendationPoints; }
    public void setCommendationPoints(BigDecimal commendationPoints) { this.commendationPoints = commendationPoints; }
    public BigDecimal getCriticismPoints() { return criticismPoints; }
    public void setCriticismPoints(BigDecimal criticismPoints) { this.criticismPoints = criticismPoints; }
    public BigDecimal getExcellentFrom() { return excellentFrom; }
    public void setExcellentFrom(BigDecimal excellentFrom) { this.excellentFrom = excellentFrom; }
    public BigDecimal getGoodFrom() { return goodFrom; }
    public void setGoodFrom(BigDecimal goodFrom) { this.goodFrom = goodFrom; }
    public BigDecimal getPassFrom() { return passFrom; }
    public void setPassFrom(BigDecimal passFrom) { this.passFrom = passFrom; }
    @Nullable
    public Integer getExcellentQuotaPercent() { return excellentQuotaPercent; }
    public void setExcellentQuotaPercent(@Nullable Integer excellentQuotaPercent) { this.excellentQuotaPercent = excellentQuotaPercent; }
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
