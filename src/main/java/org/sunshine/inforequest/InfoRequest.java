package org.sunshine.inforequest;

import io.micronaut.core.annotation.Nullable;
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
 * An application for government information and where it stands. Changed only through {@link RequestIntake} and
 * {@link RequestHandling}, which follow {@link RequestWorkflow}; the version column refuses a change made on a stale
 * copy. The clock's dates ({@link RequestDeadlines}): {@code receivedOn} is the receipt date of Art. 31,
 * {@code replyStart} the day the 20 working days count from (the receipt, or the corrected application's receipt),
 * {@code replyDue} the reply deadline with the extension and the consultations' pauses ({@code pausedDays}).
 */
@MappedEntity("info_request")
public class InfoRequest implements Stateful<RequestState> {

    @Id
    @GeneratedValue
    private Long id;
    private String requestNo;
    private String queryCodeHash;
    private String queryCodeSalt;
    private Long departmentId;
    private boolean toGovernment;
    private RequestChannel channel;
    private RequestState state;
    private ApplicantKind applicantKind;
    private String applicantName;
    @Nullable
    private IdType idType;
    @Nullable
    private String idNumber;
    @Nullable
    private OrgType orgType;
    @Nullable
    private String creditCode;
    @Nullable
    private String contactPerson;
    @Nullable
    private String phone;
    @Nullable
    private String email;
    @Nullable
    private String address;
    @Nullable
    private String postalCode;
    private String description;
    @Nullable
    private String docNumber;
    private FormWanted formWanted;
    private Delivery delivery;
    private boolean writtenFor;
    private Instant arrivedAt;
    private LocalDate arrivedOn;
    @Nullable
    private LocalDate signedForOn;
    @Nullable
    private LocalDate registerDue;
    @Nullable
    private Instant registeredAt;
    private boolean lateRegistration;
    @Nullable
    private LocalDate receivedOn;
    @Nullable
    private LocalDate replyStart;
    private int baseDays = 20;
    private int extensionDays;
    @Nullable
    private Integer requestedExtensionDays;
    @Nullable
    private ExtensionBasis extensionBasis;
    @Nullable
    private String extensionReason;
    private int pausedDays;
    @Nullable
    private LocalDate replyDue;
    private boolean correctionUsed;
    @Nullable
    private String correctionItems;
    @Nullable
    private LocalDate correctionStart;
    @Nullable
    private LocalDate correctionDue;
    @Nullable
    private LocalDate correctedOn;
    @Nullable
    private FeeMode feeMode;
    @Nullable
    private Integer feeQuantity;
    @Nullable
    private BigDecimal feeAmount;
    @Nullable
    private LocalDate feeStart;
    @Nullable
    private LocalDate feeDue;
    @Nullable
    private LocalDate feePaidOn;
    @Nullable
    private ReplyResult result;
    @Nullable
    private String resultBasis;
    @Nullable
    private String resultReason;
    @Nullable
    private String withheld;
    @Nullable
    private String otherOrgan;
    @Nullable
    private String otherOrganContact;
    @Nullable
    private String provision;
    @Nullable
    private Instant repliedAt;
    @Nullable
    private LocalDate repliedOn;
    @Nullable
    private Boolean repliedInTime;
    @Nullable
    private Instant closedAt;
    @Nullable
    private ReplyQuality quality;
    @Nullable
    private String qualityReason;
    @Nullable
    private Long qualityBy;
    @Nullable
    private Instant qualityAt;
    @Nullable
    private Long findingId;
    @Nullable
    private Long enteredBy;
    @Nullable
    private String apiClient;
    @Nullable
    private String partnerTicketId;
    private String clientIp = "";
    /** The language the applicant filed in (a language tag), which their notices are written in; null: not known. */
    @Nullable
    private String filingLanguage;
    @DateUpdated(truncatedTo = ChronoUnit.SECONDS)
    private Instant updatedAt;
    @Version
    private int version;

    /** An extension was asked for (granted or refused): there is only one. */
    public boolean extensionUsed() {
        return requestedExtensionDays != null;
    }

    /** The organ's department handles it; its steps are kept under it. */
    @Override
    public Long historyDepartmentId() {
        return departmentId;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getRequestNo() { return requestNo; }
    public void setRequestNo(String requestNo) { this.requestNo = requestNo; }
    public String getQueryCodeHash() { return queryCodeHash; }
    public void setQueryCodeHash(String queryCodeHash) { this.queryCodeHash = queryCodeHash; }
    public String getQueryCodeSalt() { return queryCodeSalt; }
    public void setQueryCodeSalt(String queryCodeSalt) { this.queryCodeSalt = queryCodeSalt; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public boolean isToGovernment() { return toGovernment; }
    public void setToGovernment(boolean toGovernment) { this.toGovernment = toGovernment; }
    public RequestChannel getChannel() { return channel; }
    public void setChannel(RequestChannel channel) { this.channel = channel; }
    public RequestState getState() { return state; }
    public void setState(RequestState state) { this.state = state; }
    public ApplicantKind getApplicantKind() { return applicantKind; }
    public void setApplicantKind(ApplicantKind applicantKind) { this.applicantKind = applicantKind; }
    public String getApplicantName() { return applicantName; }
    public void setApplicantName(String applicantName) { this.applicantName = applicantName; }
    @Nullable public IdType getIdType() { return idType; }
    public void setIdType(@Nullable IdType idType) { this.idType = idType; }
    @Nullable public String getIdNumber() { return idNumber; }
    public void setIdNumber(@Nullable String idNumber) { this.idNumber = idNumber; }
    @Nullable public OrgType getOrgType() { return orgType; }
    public void setOrgType(@Nullable OrgType orgType) { this.orgType = orgType; }
    @Nullable public String getCreditCode() { return creditCode; }
    public void setCreditCode(@Nullable String creditCode) { this.creditCode = creditCode; }
    @Nullable public String getContactPerson() { return contactPerson; }
    public void setContactPerson(@Nullable String contactPerson) { this.contactPerson = contactPerson; }
    @Nullable public String getPhone() { return phone; }
    public void setPhone(@Nullable String phone) { this.phone = phone; }
    @Nullable public String getEmail() { return email; }
    public void setEmail(@Nullable String email) { this.email = email; }
    @Nullable public String getAddress() { return address; }
    public void setAddress(@Nullable String address) { this.address = address; }
    @Nullable public String getPostalCode() { return postalCode; }
    public void setPostalCode(@Nullable String postalCode) { this.postalCode = postalCode; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    @Nullable public String getDocNumber() { return docNumber; }
    public void setDocNumber(@Nullable String docNumber) { this.docNumber = docNumber; }
    public FormWanted getFormWanted() { return formWanted; }
    public void setFormWanted(FormWanted formWanted) { this.formWanted = formWanted; }
    public Delivery getDelivery() { return delivery; }
    public void setDelivery(Delivery delivery) { this.delivery = delivery; }
    public boolean isWrittenFor() { return writtenFor; }
    public void setWrittenFor(boolean writtenFor) { this.writtenFor = writtenFor; }
    public Instant getArrivedAt() { return arrivedAt; }
    public void setArrivedAt(Instant arrivedAt) { this.arrivedAt = arrivedAt; }
    public LocalDate getArrivedOn() { return arrivedOn; }
    public void setArrivedOn(LocalDate arrivedOn) { this.arrivedOn = arrivedOn; }
    @Nullable public LocalDate getSignedForOn() { return signedForOn; }
    public void setSignedForOn(@Nullable LocalDate signedForOn) { this.signedForOn = signedForOn; }
    @Nullable public LocalDate getRegisterDue() { return registerDue; }
    public void setRegisterDue(@Nullable LocalDate registerDue) { this.registerDue = registerDue; }
    @Nullable public Instant getRegisteredAt() { return registeredAt; }
    public void setRegisteredAt(@Nullable Instant registeredAt) { this.registeredAt = registeredAt; }
    public boolean isLateRegistration() { return lateRegistration; }
    public void setLateRegistration(boolean lateRegistration) { this.lateRegistration = lateRegistration; }
    @Nullable public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(@Nullable LocalDate receivedOn) { this.receivedOn = receivedOn; }
    @Nullable public LocalDate getReplyStart() { return replyStart; }
    public void setReplyStart(@Nullable LocalDate replyStart) { this.replyStart = replyStart; }
    public int getBaseDays() { return baseDays; }
    public void setBaseDays(int baseDays) { this.baseDays = baseDays; }
    public int getExtensionDays() { return extensionDays; }
    public void setExtensionDays(int extensionDays) { this.extensionDays = extensionDays; }
    @Nullable public Integer getRequestedExtensionDays() { return requestedExtensionDays; }
    public void setRequestedExtensionDays(@Nullable Integer requestedExtensionDays) { this.requestedExtensionDays = requestedExtensionDays; }
    @Nullable public ExtensionBasis getExtensionBasis() { return extensionBasis; }
    public void setExtensionBasis(@Nullable ExtensionBasis extensionBasis) { this.extensionBasis = extensionBasis; }
    @Nullable public String getExtensionReason() { return extensionReason; }
    public void setExtensionReason(@Nullable String extensionReason) { this.extensionReason = extensionReason; }
    public int getPausedDays() { return pausedDays; }
    public void setPausedDays(int pausedDays) { this.pausedDays = pausedDays; }
    @Nullable public LocalDate getReplyDue() { return replyDue; }
    public void setReplyDue(@Nullable LocalDate replyDue) { this.replyDue = replyDue; }
    public boolean isCorrectionUsed() { return correctionUsed; }
    public void setCorrectionUsed(boolean correctionUsed) { this.correctionUsed = correctionUsed; }
    @Nullable public String getCorrectionItems() { return correctionItems; }
    public void setCorrectionItems(@Nullable String correctionItems) { this.correctionItems = correctionItems; }
    @Nullable public LocalDate getCorrectionStart() { return correctionStart; }
    public void setCorrectionStart(@Nullable LocalDate correctionStart) { this.correctionStart = correctionStart; }
    @Nullable public LocalDate getCorrectionDue() { return correctionDue; }
    public void setCorrectionDue(@Nullable LocalDate correctionDue) { this.correctionDue = correctionDue; }
    @Nullable public LocalDate getCorrectedOn() { return correctedOn; }
    public void setCorrectedOn(@Nullable LocalDate correctedOn) { this.correctedOn = correctedOn; }
    @Nullable public FeeMode getFeeMode() { return feeMode; }
    public void setFeeMode(@Nullable FeeMode feeMode) { this.feeMode = feeMode; }
    @Nullable public Integer getFeeQuantity() { return feeQuantity; }
    public void setFeeQuantity(@Nullable Integer feeQuantity) { this.feeQuantity = feeQuantity; }
    @Nullable public BigDecimal getFeeAmount() { return feeAmount; }
    public void setFeeAmount(@Nullable BigDecimal feeAmount) { this.feeAmount = feeAmount; }
    @Nullable public LocalDate getFeeStart() { return feeStart; }
    public void setFeeStart(@Nullable LocalDate feeStart) { this.feeStart = feeStart; }
    @Nullable public LocalDate getFeeDue() { return feeDue; }
    public void setFeeDue(@Nullable LocalDate feeDue) { this.feeDue = feeDue; }
    @Nullable public LocalDate getFeePaidOn() { return feePaidOn; }
    public void setFeePaidOn(@Nullable LocalDate feePaidOn) { this.feePaidOn = feePaidOn; }
    @Nullable public ReplyResult getResult() { return result; }
    public void setResult(@Nullable ReplyResult result) { this.result = result; }
    @Nullable public String getResultBasis() { return resultBasis; }
    public void setResultBasis(@Nullable String resultBasis) { this.resultBasis = resultBasis; }
    @Nullable public String getResultReason() { return resultReason; }
    public void setResultReason(@Nullable String resultReason) { this.resultReason = resultReason; }
    @Nullable public String getWithheld() { return withheld; }
    public void setWithheld(@Nullable String withheld) { this.withheld = withheld; }
    @Nullable public String getOtherOrgan() { return otherOrgan; }
    public void setOtherOrgan(@Nullable String otherOrgan) { this.otherOrgan = otherOrgan; }
    @Nullable public String getOtherOrganContact() { return otherOrganContact; }
    public void setOtherOrganContact(@Nullable String otherOrganContact) { this.otherOrganContact = otherOrganContact; }
    @Nullable public String getProvision() { return provision; }
    public void setProvision(@Nullable String provision) { this.provision = provision; }
    @Nullable public Instant getRepliedAt() { return repliedAt; }
    public void setRepliedAt(@Nullable Instant repliedAt) { this.repliedAt = repliedAt; }
    @Nullable public LocalDate getRepliedOn() { return repliedOn; }
    public void setRepliedOn(@Nullable LocalDate repliedOn) { this.repliedOn = repliedOn; }
    @Nullable public Boolean getRepliedInTime() { return repliedInTime; }
    public void setRepliedInTime(@Nullable Boolean repliedInTime) { this.repliedInTime = repliedInTime; }
    @Nullable public Instant getClosedAt() { return closedAt; }
    public void setClosedAt(@Nullable Instant closedAt) { this.closedAt = closedAt; }
    @Nullable public ReplyQuality getQuality() { return quality; }
    public void setQuality(@Nullable ReplyQuality quality) { this.quality = quality; }
    @Nullable public String getQualityReason() { return qualityReason; }
    public void setQualityReason(@Nullable String qualityReason) { this.qualityReason = qualityReason; }
    @Nullable public Long getQualityBy() { return qualityBy; }
    public void setQualityBy(@Nullable Long qualityBy) { this.qualityBy = qualityBy; }
    @Nullable public Instant getQualityAt() { return qualityAt; }
    public void setQualityAt(@Nullable Instant qualityAt) { this.qualityAt = qualityAt; }
    @Nullable public Long getFindingId() { return findingId; }
    public void setFindingId(@Nullable Long findingId) { this.findingId = findingId; }
    @Nullable public Long getEnteredBy() { return enteredBy; }
    public void setEnteredBy(@Nullable Long enteredBy) { this.enteredBy = enteredBy; }
    @Nullable public String getApiClient() { return apiClient; }
    public void setApiClient(@Nullable String apiClient) { this.apiClient = apiClient; }
    @Nullable public String getPartnerTicketId() { return partnerTicketId; }
    public void setPartnerTicketId(@Nullable String partnerTicketId) { this.partnerTicketId = partnerTicketId; }
    public String getClientIp() { return clientIp; }
    public void setClientIp(String clientIp) { this.clientIp = clientIp; }
    @Nullable public String getFilingLanguage() { return filingLanguage; }
    public void setFilingLanguage(@Nullable String filingLanguage) { this.filingLanguage = filingLanguage; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
