package org.sunshine.complaint;

import io.micronaut.core.annotation.Nullable;
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
 * A complaint, report, suggestion or inquiry (诉求) and where it stands. Changed only through
 * {@link ComplaintHandling} and {@link ComplaintTracking}, which follow {@link ComplaintWorkflow}; the version
 * column refuses a change made on a stale copy (two people acting at once).
 */
@MappedEntity("complaint")
public class Complaint implements Stateful<ComplaintState> {

    @Id
    @GeneratedValue
    private Long id;
    private String trackingCode;
    private String queryCodeHash;
    private String queryCodeSalt;
    private ComplaintType type;
    private Channel channel;
    private ComplaintState state;
    @Nullable
    private Long keyAreaId;
    @Nullable
    private Long requestedDepartmentId;
    @Nullable
    private Long departmentId;
    private String subject;
    private String content;
    @Nullable
    private String complainantName;
    @Nullable
    private String complainantPhone;
    @Nullable
    private String complainantEmail;
    private boolean consentDisclose;
    private Instant submittedAt;
    private LocalDate acceptStart;
    private LocalDate acceptDue;
    @Nullable
    private LocalDate handleStart;
    @Nullable
    private LocalDate handleDue;
    private int extensionDays;
    @Nullable
    private Integer requestedExtensionDays;
    private boolean reopened;
    @Nullable
    private String replyText;
    @Nullable
    private Instant repliedAt;
    @Nullable
    private LocalDate ratingStart;
    @Nullable
    private LocalDate ratingDue;
    @Nullable
    private Rating rating;
    @Nullable
    private String ratingComment;
    @Nullable
    private String rejectReason;
    @Nullable
    private Instant closedAt;
    @Nullable
    private Long enteredBy;
    @Nullable
    private String apiClient;
    /** The partner's own ticket id, unique per partner: a repeat of it returns this complaint. */
    @Nullable
    private String partnerTicketId;
    /** The language the complainant filed in (a language tag), which their notices are written in; null: not known. */
    @Nullable
    private String filingLanguage;
    private String clientIp = "";
    @DateUpdated(truncatedTo = ChronoUnit.SECONDS)
    private Instant updatedAt;
    @Version
    private int version;

    /** An extension was asked for (and granted or refused): there is only one per item. */
    public boolean extensionUsed() {
        return requestedExtensionDays != null;
    }

    /** The department in charge at each step, kept on the step: an item may be routed to several in turn. */
    @Override
    @Nullable
    public Long historyDepartmentId() {
        return departmentId;
    }

    /** No name, no phone and no e-mail address were given. */
    public boolean anonymous() {
        return (complainantName == null || complainantName.isBlank()) && (complainantPhone == null || complainantPhone.isBlank())
                && (complainantEmail == null || complainantEmail.isBlank());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getTrackingCode() { return trackingCode; }
    public void setTrackingCode(String trackingCode) { this.trackingCode = trackingCode; }
    public String getQueryCodeHash() { return queryCodeHash; }
    public void setQueryCodeHash(String queryCodeHash) { this.queryCodeHash = queryCodeHash; }
    public String getQueryCodeSalt() { return queryCodeSalt; }
    public void setQueryCodeSalt(String queryCodeSalt) { this.queryCodeSalt = queryCodeSalt; }
    public ComplaintType getType() { return type; }
    public void setType(ComplaintType type) { this.type = type; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public ComplaintState getState() { return state; }
    public void setState(ComplaintState state) { this.state = state; }
    @Nullable public Long getKeyAreaId() { return keyAreaId; }
    public void setKeyAreaId(@Nullable Long keyAreaId) { this.keyAreaId = keyAreaId; }
    @Nullable public Long getRequestedDepartmentId() { return requestedDepartmentId; }
    public void setRequestedDepartmentId(@Nullable Long requestedDepartmentId) { this.requestedDepartmentId = requestedDepartmentId; }
    @Nullable public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(@Nullable Long departmentId) { this.departmentId = departmentId; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    @Nullable public String getComplainantName() { return complainantName; }
    public void setComplainantName(@Nullable String complainantName) { this.complainantName = complainantName; }
    @Nullable public String getComplainantPhone() { return complainantPhone; }
    public void setComplainantPhone(@Nullable String complainantPhone) { this.complainantPhone = complainantPhone; }
    @Nullable public String getComplainantEmail() { return complainantEmail; }
    public void setComplainantEmail(@Nullable String complainantEmail) { this.complainantEmail = complainantEmail; }
    public boolean isConsentDisclose() { return consentDisclose; }
    public void setConsentDisclose(boolean consentDisclose) { this.consentDisclose = consentDisclose; }
    public Instant getSubmittedAt() { return submittedAt; }
    public void setSubmittedAt(Instant submittedAt) { this.submittedAt = submittedAt; }
    public LocalDate getAcceptStart() { return acceptStart; }
    public void setAcceptStart(LocalDate acceptStart) { this.acceptStart = acceptStart; }
    public LocalDate getAcceptDue() { return acceptDue; }
    public void setAcceptDue(LocalDate acceptDue) { this.acceptDue = acceptDue; }
    @Nullable public LocalDate getHandleStart() { return handleStart; }
    public void setHandleStart(@Nullable LocalDate handleStart) { this.handleStart = handleStart; }
    @Nullable public LocalDate getHandleDue() { return handleDue; }
    public void setHandleDue(@Nullable LocalDate handleDue) { this.handleDue = handleDue; }
    public int getExtensionDays() { return extensionDays; }
    public void setExtensionDays(int extensionDays) { this.extensionDays = extensionDays; }
    @Nullable public Integer getRequestedExtensionDays() { return requestedExtensionDays; }
    public void setRequestedExtensionDays(@Nullable Integer requestedExtensionDays) { this.requestedExtensionDays = requestedExtensionDays; }
    public boolean isReopened() { return reopened; }
    public void setReopened(boolean reopened) { this.reopened = reopened; }
    @Nullable public String getReplyText() { return replyText; }
    public void setReplyText(@Nullable String replyText) { this.replyText = replyText; }
    @Nullable public Instant getRepliedAt() { return repliedAt; }
    public void setRepliedAt(@Nullable Instant repliedAt) { this.repliedAt = repliedAt; }
    @Nullable public LocalDate getRatingStart() { return ratingStart; }
    public void setRatingStart(@Nullable LocalDate ratingStart) { this.ratingStart = ratingStart; }
    @Nullable public LocalDate getRatingDue() { return ratingDue; }
    public void setRatingDue(@Nullable LocalDate ratingDue) { this.ratingDue = ratingDue; }
    @Nullable public Rating getRating() { return rating; }
    public void setRating(@Nullable Rating rating) { this.rating = rating; }
    @Nullable public String getRatingComment() { return ratingComment; }
    public void setRatingComment(@Nullable String ratingComment) { this.ratingComment = ratingComment; }
    @Nullable public String getRejectReason() { return rejectReason; }
    public void setRejectReason(@Nullable String rejectReason) { this.rejectReason = rejectReason; }
    @Nullable public Instant getClosedAt() { return closedAt; }
    public void setClosedAt(@Nullable Instant closedAt) { this.closedAt = closedAt; }
    @Nullable public Long getEnteredBy() { return enteredBy; }
    public void setEnteredBy(@Nullable Long enteredBy) { this.enteredBy = enteredBy; }
    @Nullable public String getApiClient() { return apiClient; }
    public void setApiClient(@Nullable String apiClient) { this.apiClient = apiClient; }
    @Nullable public String getPartnerTicketId() { return partnerTicketId; }
    public void setPartnerTicketId(@Nullable String partnerTicketId) { this.partnerTicketId = partnerTicketId; }
    @Nullable public String getFilingLanguage() { return filingLanguage; }
    public void setFilingLanguage(@Nullable String filingLanguage) { this.filingLanguage = filingLanguage; }
    public String getClientIp() { return clientIp; }
    public void setClientIp(String clientIp) { this.clientIp = clientIp; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
