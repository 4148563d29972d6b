package org.sunshine.proactive;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A record of something a department published (公开记录). Written through {@link Records} (one by one) or
 * {@link RecordImport} (a spreadsheet); {@code dueOn} and {@code late} are the clock's ({@link RecordClock}):
 * {@code clockDays} working days from {@code formedOn}, recomputed when the calendar changes. The link fields are the
 * dead-link checker's.
 */
@MappedEntity("disclosure_record")
public class DisclosureRecord {

    @Id
    @GeneratedValue
    private Long id;
    private long departmentId;
    private String title;
    private String docNumber = "";
    private RecordCategory category;
    @Nullable
    private Long itemId;
    private LocalDate formedOn;
    private LocalDate publishedOn;
    private int clockDays;
    private LocalDate dueOn;
    private boolean late;
    private Channel channel;
    private String channelNote = "";
    private String url = "";
    @Nullable
    private LocalDate issuedOn;
    @Nullable
    private LocalDate repealedOn;
    @Nullable
    private BigDecimal feeAmount;
    @Nullable
    private String importBatch;
    private LinkState linkState = LinkState.UNCHECKED;
    @Nullable
    private Instant linkCheckedAt;
    private int linkFailures;
    @Nullable
    private Instant linkFailingSince;
    @Nullable
    private String linkError;
    @Nullable
    private Long createdBy;
    @DateCreated(truncatedTo = ChronoUnit.SECONDS)
    private Instant createdAt;
    @DateUpdated(truncatedTo = ChronoUnit.SECONDS)
    private Instant updatedAt;
    @Version
    private int version;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public long getDepartmentId() { return departmentId; }
    public void setDepartmentId(long departmentId) { this.departmentId = departmentId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDocNumber() { return docNumber; }
    public void setDocNumber(String docNumber) { this.docNumber = docNumber; }
    public RecordCategory getCategory() { return category; }
    public void setCategory(RecordCategory category) { this.category = category; }
    @Nullable public Long getItemId() { return itemId; }
    public void setItemId(@Nullable Long itemId) { this.itemId = itemId; }
    public LocalDate getFormedOn() { return formedOn; }
    public void setFormedOn(LocalDate formedOn) { this.formedOn = formedOn; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public void setPublishedOn(LocalDate publishedOn) { this.publishedOn = publishedOn; }
    public int getClockDays() { return clockDays; }
    public void setClockDays(int clockDays) { this.clockDays = clockDays; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public boolean isLate() { return late; }
    public void setLate(boolean late) { this.late = late; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public String getChannelNote() { return channelNote; }
    public void setChannelNote(String channelNote) { this.channelNote = channelNote; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    @Nullable public LocalDate getIssuedOn() { return issuedOn; }
    public void setIssuedOn(@Nullable LocalDate issuedOn) { this.issuedOn = issuedOn; }
    @Nullable public LocalDate getRepealedOn() { return repealedOn; }
    public void setRepealedOn(@Nullable LocalDate repealedOn) { this.repealedOn = repealedOn; }
    @Nullable public BigDecimal getFeeAmount() { return feeAmount; }
    public void setFeeAmount(@Nullable BigDecimal feeAmount) { this.feeAmount = feeAmount; }
    @Nullable public String getImportBatch() { return importBatch; }
    public void setImportBatch(@Nullable String importBatch) { this.importBatch = importBatch; }
    public LinkState getLinkState() { return linkState; }
    public void setLinkState(LinkState linkState) { this.linkState = linkState; }
    @Nullable public Instant getLinkCheckedAt() { return linkCheckedAt; }
    public void setLinkCheckedAt(@Nullable Instant linkCheckedAt) { this.linkCheckedAt = linkCheckedAt; }
    public int getLinkFailures() { return linkFailures; }
    public void setLinkFailures(int linkFailures) { this.linkFailures = linkFailures; }
    @Nullable public Instant getLinkFailingSince() { return linkFailingSince; }
    public void setLinkFailingSince(@Nullable Instant linkFailingSince) { this.linkFailingSince = linkFailingSince; }
    @Nullable public String getLinkError() { return linkError; }
    public void setLinkError(@Nullable String linkError) { this.linkError = linkError; }
    @Nullable public Long getCreatedBy() { return createdBy; }
    public void setCreatedBy(@Nullable Long createdBy) { this.createdBy = createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
