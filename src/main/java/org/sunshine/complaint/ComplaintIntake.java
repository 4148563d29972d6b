package org.sunshine.complaint;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.base.EmailAddress;
import org.sunshine.base.files.Attachments;
import org.sunshine.base.i18n.Messages;
import org.sunshine.base.text.TextRules;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.KeyAreaService;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.workflow.Actor;
import org.sunshine.workflow.By;
import org.sunshine.workflow.History;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Takes in complaints: from the public web form and API (anonymous allowed), or entered by an inspector from a call
 * or a letter. Everything is checked before anything is written, and the complaint, its first event and its files
 * are saved in one transaction.
 */
@Singleton
public class ComplaintIntake {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_CONTENT = 5000;
    static final String PHONE_PATTERN = "[0-9+\\- ]{5,20}";
    private static final int DUPLICATE_KEY = 1062;

    private final ComplaintRepository complaints;
    private final AttachmentRepository attachments;
    private final DepartmentService departments;
    private final KeyAreaService areas;
    private final ComplaintDeadlines deadlines;
    private final History history;
    private final BusinessClock clock;
    /** Draws tracking codes; replaced only by the test of a drawn code that is already taken. */
    Function<LocalDate, String> trackingCodes = TrackingCodes::trackingCode;

    public ComplaintIntake(ComplaintRepository complaints, AttachmentRepository attachments,
                           DepartmentService departments, KeyAreaService areas, ComplaintDeadlines deadlines,
                           History history, BusinessClock clock) {
        this.complaints = complaints;
        this.attachments = attachments;
        this.departments = departments;
        this.areas = areas;
        this.deadlines = deadlines;
        this.history = history;
        this.clock = clock;
    }

    /**
     * Where a submission came from.
     *
     * @param language the language the complainant filed in, which their notices are written in; null when not known
     *                 (a call or a letter entered by staff)
     */
    public record Origin(Channel channel, String clientIp, @Nullable String apiClient, @Nullable SignedInUser enteredBy,
                         @Nullable Locale language) {

        public Origin(Channel channel, String clientIp, @Nullable String apiClient, @Nullable SignedInUser enteredBy) {
            this(channel, clientIp, apiClient, enteredBy, null);
        }

        public static Origin web(String clientIp) {
            return new Origin(Channel.WEB, clientIp, null, null);
        }

        /** The public web form, shown in {@code language}. */
        public static Origin web(String clientIp, @Nullable Locale language) {
            return new Origin(Channel.WEB, clientIp, null, null, language);
        }
    }

    @Transactional
    public Receipt submit(Submission submission, Origin origin) {
        return submit(submission, origin, null);
    }

    /**
     * Files the submission; with a partner's ticket, the complaint keeps the ticket id and gets the ticket's own
     * query code. A second complaint for the same ticket is refused by the database's unique key (a
     * {@link DataAccessException}): {@link PartnerFiling} then answers with the first.
     */
    @Transactional
    public Receipt submit(Submission submission, Origin origin, @Nullable PartnerTicket partner) {
        if ((origin.channel() == Channel.PHONE || origin.channel() == Channel.LETTER)
                && (origin.enteredBy() == null || !origin.enteredBy().is(Role.INSPECTOR))) {
            throw new DomainException("error.notAllowed");
        }
        if (submission.type() == null) {
            throw DomainException.on("type", "complaint.error.type");
        }
        String subject = strip(submission.subject());
        String content = strip(submission.content());
        if (subject.isEmpty() || subject.length() > MAX_SUBJECT) {
            throw DomainException.on("subject", "complaint.error.subject", MAX_SUBJECT);
        }
        if (content.isEmpty() || content.length() > MAX_CONTENT) {
            throw DomainException.on("content", "complaint.error.content", MAX_CONTENT);
        }
        String name = strip(submission.name());
        String phone = strip(submission.phone());
        String email = strip(submission.email());
        if (name.length() > 60) {
            throw DomainException.on("name", "complaint.error.name");
        }
        // the characters of every text field (lengths are checked above, with the fields' own messages)
        TextRules.line("subject", "complaint.subject", subject, MAX_SUBJECT);
        TextRules.lines("content", "complaint.content", content, MAX_CONTENT);
        TextRules.line("name", "complaint.name", name, 60);
        TextRules.line("phone", "complaint.phone", phone, 20);
        if (!phone.isEmpty() && !phone.matches(PHONE_PATTERN)) {
            throw DomainException.on("phone", "complaint.error.phone");
        }
        TextRules.line("email", "complaint.email", email, EmailAddress.MAX_LENGTH);
        if (!email.isEmpty() && !EmailAddress.isValid(email)) {
            throw DomainException.on("email", "complaint.error.email", EmailAddress.MAX_LENGTH);
        }
        if (submission.keyAreaId() != null && !areas.isActive(submission.keyAreaId())) {
            throw DomainException.on("keyAreaId", "complaint.error.keyArea");
        }
        if (submission.departmentId() != null && !departments.isActive(submission.departmentId())) {
            throw DomainException.on("departmentId", "complaint.error.department");
        }
        List<Attachments.Checked> files = Attachments.check(submission.attachments() == null ? List.of() : submission.attachments());

        Instant now = clock.now();
        LocalDate today = clock.today();
        String queryCode = partner == null ? TrackingCodes.queryCode() : TrackingCodes.partnerQueryCode(partner);
        String salt = TrackingCodes.salt();
        Complaint complaint = new Complaint();
        complaint.setQueryCodeSalt(salt);
        complaint.setQueryCodeHash(TrackingCodes.hash(queryCode, salt));
        complaint.setType(submission.type());
        complaint.setChannel(origin.channel());
        complaint.setState(ComplaintState.SUBMITTED);
        complaint.setKeyAreaId(submission.keyAreaId());
        complaint.setRequestedDepartmentId(submission.departmentId());
        complaint.setSubject(subject);
        complaint.setContent(content);
        complaint.setComplainantName(name.isEmpty() ? null : name);
        complaint.setComplainantPhone(phone.isEmpty() ? null : phone);
        complaint.setComplainantEmail(email.isEmpty() ? null : email);
        complaint.setConsentDisclose(submission.consent() && !(name.isEmpty() && phone.isEmpty() && email.isEmpty()));
        complaint.setSubmittedAt(now);
        complaint.setAcceptStart(today);
        complaint.setAcceptDue(deadlines.acceptDue(today));
        complaint.setEnteredBy(origin.enteredBy() == null ? null : origin.enteredBy().id());
        complaint.setApiClient(partner == null ? origin.apiClient() : partner.client());
        complaint.setPartnerTicketId(partner == null ? null : partner.ticketId());
        complaint.setClientIp(origin.clientIp() == null ? "" : origin.clientIp());
        complaint.setFilingLanguage(origin.language() == null ? null : Messages.supported(origin.language()).toLanguageTag());
        complaint = saveWithFreshTrackingCode(complaint, today);

        String note = origin.channel().name();
        By by = origin.enteredBy() == null ? By.PUBLIC : By.as(Actor.INSPECTOR, origin.enteredBy());
        history.record(ComplaintWorkflow.TABLE, complaint.getId(), ComplaintAction.SUBMIT, null, complaint.getState(), by,
                null, note);
        for (Attachments.Checked file : files) {
            attachments.save(new ComplaintAttachment(null, complaint.getId(), null, file.fileName(), file.contentType(),
                    file.content().length, file.sha256(), file.content(), now));
        }
        return new Receipt(complaint.getId(), complaint.getTrackingCode(), queryCode, complaint.getType(),
                complaint.getSubject(), now, complaint.getAcceptDue());
    }

    /**
     * The receipt of the complaint filed first for a partner's ticket, if there is one, with the ticket's query code.
     * Should the code not open it (the partner's key was changed since), the complaint takes the code of the new key.
     */
    @Transactional
    public Optional<Receipt> repeated(PartnerTicket partner) {
        return complaints.findByApiClientAndPartnerTicketId(partner.client(), partner.ticketId()).map(c -> {
            String queryCode = TrackingCodes.partnerQueryCode(partner);
            if (!TrackingCodes.matches(queryCode, c.getQueryCodeSalt(), c.getQueryCodeHash())) {
                c.setQueryCodeSalt(TrackingCodes.salt());
                c.setQueryCodeHash(TrackingCodes.hash(queryCode, c.getQueryCodeSalt()));
                c = complaints.update(c);
            }
            return new Receipt(c.getId(), c.getTrackingCode(), queryCode, c.getType(), c.getSubject(), c.getSubmittedAt(),
                    c.getAcceptDue());
        });
    }

    /** Whether the database refused a row because a unique key of that name already holds its value. */
    static boolean isDuplicate(Throwable e, String uniqueKey) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == DUPLICATE_KEY
                    && String.valueOf(sql.getMessage()).contains(uniqueKey)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tracking codes are random, so two complaints of a day can draw the same one (one in a million): rather than ask
     * the database first on every filing, insert and draw again if the unique key says the code is taken. A
     * refused insert does not end the transaction in MySQL, MariaDB or TiDB.
     */
    private Complaint saveWithFreshTrackingCode(Complaint complaint, LocalDate today) {
        for (int attempt = 1; ; attempt++) {
            complaint.setTrackingCode(trackingCodes.apply(today));
            try {
                return complaints.save(complaint);
            } catch (DataAccessException e) {
                if (!isTakenTrackingCode(e) || attempt == 20) {
                    throw e;
                }
            }
        }
    }

    private static boolean isTakenTrackingCode(Throwable e) {
        return isDuplicate(e, "uk_complaint_tracking");
    }

    private static String strip(@Nullable String text) {
        return TextRules.clean(text);
    }
}
