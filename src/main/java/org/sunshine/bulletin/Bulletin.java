package org.sunshine.bulletin;

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
 * A bulletin (通报) drafted from a locked period: its text as edited, the rules its lists were drawn by, and once
 * issued its document number and the SHA-256 of its frozen files. Never deleted; a revoked one keeps everything.
 */
@MappedEntity("bulletin")
public class Bulletin implements Stateful<BulletinState> {

    @Id
    @GeneratedValue
    private Long id;
    private Long periodId;
    private int revisionNo;
    private BulletinKind kind;
    private BulletinState state;
    private String title;
    private String addressees;
    private String body;
    private String selectionRules;
    private boolean publicRelease;
    private String copyTo = "";
    private String draftedByName;
    @Nullable
    private String signedByName;
    @Nullable
    private Instant signedAt;
    @Nullable
    private String issuedByName;
    @Nullable
    private Instant issuedAt;
    @Nullable
    private LocalDate issueDate;
    @Nullable
    private String docOffice;
    @Nullable
    private Integer docYear;
    @Nullable
    private Integer docSeq;
    @Nullable
    private String docNumber;
    @Nullable
    private String pdfSha256;
    @Nullable
    private String docxSha256;
    @Nullable
    private Instant revokedAt;
    @Nullable
    private String revokedByName;
    @Nullable
    private String revokeReason;
    @DateCreated(truncatedTo = ChronoUnit.SECONDS)
    private Instant createdAt;
    @DateUpdated(truncatedTo = ChronoUnit.SECONDS)
    private Instant updatedAt;
    @Version
    private int version;

    public boolean issued() {
        return docNumber != null;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getPeriodId() { return periodId; }
    public void setPeriodId(Long periodId) { this.periodId = periodId; }
    public int getRevisionNo() { return revisionNo; }
    public void setRevisionNo(int revisionNo) { this.revisionNo = revisionNo; }
    public BulletinKind getKind() { return kind; }
    public void setKind(BulletinKind kind) { this.kind = kind; }
    public BulletinState getState() { return state; }
    public void setState(BulletinState state) { this.state = state; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getAddressees() { return addressees; }
    public void setAddressees(String addressees) { this.addressees = addressees; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getSelectionRules() { return selectionRules; }
    public void setSelectionRules(String selectionRules) { this.selectionRules = selectionRules; }
    public boolean isPublicRelease() { return publicRelease; }
    public void setPublicRelease(boolean publicRelease) { this.publicRelease = publicRelease; }
    public String getCopyTo() { return copyTo; }
    public void setCopyTo(String copyTo) { this.copyTo = copyTo; }
    public String getDraftedByName() { return draftedByName; }
    public void setDraftedByName(String draftedByName) { this.draftedByName = draftedByName; }
    @Nullable public String getSignedByName() { return signedByName; }
    public void setSignedByName(@Nullable String signedByName) { this.signedByName = signedByName; }
    @Nullable public Instant getSignedAt() { return signedAt; }
    public void setSignedAt(@Nullable Instant signedAt) { this.signedAt = signedAt; }
    @Nullable public String getIssuedByName() { return issuedByName; }
    public void setIssuedByName(@Nullable String issuedByName) { this.issuedByName = issuedByName; }
    @Nullable public Instant getIssuedAt() { return issuedAt; }
    public void setIssuedAt(@Nullable Instant issuedAt) { this.issuedAt = issuedAt; }
    @Nullable public LocalDate getIssueDate() { return issueDate; }
    public void setIssueDate(@Nullable LocalDate issueDate) { this.issueDate = issueDate; }
    @Nullable public String getDocOffice() { return docOffice; }
    public void setDocOffice(@Nullable String docOffice) { this.docOffice = docOffice; }
    @Nullable public Integer getDocYear() { return docYear; }
    public void setDocYear(@Nullable Integer docYear) { this.docYear = docYear; }
    @Nullable public Integer getDocSeq() { return docSeq; }
    public void setDocSeq(@Nullable Integer docSeq) { this.docSeq = docSeq; }
    @Nullable public String getDocNumber() { return docNumber; }
    public void setDocNumber(@Nullable String docNumber) { this.docNumber = docNumber; }
    @Nullable public String getPdfSha256() { return pdfSha256; }
    public void setPdfSha256(@Nullable String pdfSha256) { this.pdfSha256 = pdfSha256; }
    @Nullable public String getDocxSha256() { return docxSha256; }
    public void setDocxSha256(@Nullable String docxSha256) { this.docxSha256 = docxSha256; }
    @Nullable public Instant getRevokedAt() { return revokedAt; }
    public void setRevokedAt(@Nullable Instant revokedAt) { this.revokedAt = revokedAt; }
    @Nullable public String getRevokedByName() { return revokedByName; }
    public void setRevokedByName(@Nullable String revokedByName) { this.revokedByName = revokedByName; }
    @Nullable public String getRevokeReason() { return revokeReason; }
    public void setRevokeReason(@Nullable String revokeReason) { this.revokeReason = revokeReason; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
