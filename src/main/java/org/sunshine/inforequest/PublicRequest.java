package org.sunshine.inforequest;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the applicant sees of an application on the tracking page, opened with its number and query code: the organ,
 * the state, what was asked, the applicant's identity and contact masked (张**, 210***********1234, 138****5678),
 * the reply clock and how its due date was computed, the result, and every clock event with the due date after it.
 *
 * @param baseDays      the working days to reply (20), counted from {@code replyStart}
 * @param pausedDays    the working days the consultations (and a fee notice) added
 * @param dueFallback   the due date's year has no holiday schedule loaded yet
 * @param canCorrect    the applicant was asked to correct it and may do so online
 * @param canWithdraw   the application is still open
 */
public record PublicRequest(long id, String requestNo, String organName, RequestState state, ApplicantKind applicantKind,
                            String applicantName, @Nullable String idNumber, @Nullable String creditCode,
                            @Nullable String contactPerson, @Nullable String phone, @Nullable String email,
                            @Nullable String address, String description, @Nullable String docNumber,
                            FormWanted formWanted, Delivery delivery, Instant arrivedAt, @Nullable LocalDate registerDue,
                            @Nullable LocalDate receivedOn, boolean lateRegistration, @Nullable LocalDate replyStart,
                            int baseDays, int extensionDays, int pausedDays, @Nullable LocalDate replyDue,
                            boolean dueFallback, @Nullable String correctionItems, @Nullable LocalDate correctionDue,
                            @Nullable ReplyResult result, @Nullable String resultBasis, @Nullable String resultReason,
                            @Nullable String withheld, @Nullable String otherOrgan, @Nullable String otherOrganContact,
                            @Nullable String provision, @Nullable LocalDate repliedOn, boolean canCorrect,
                            boolean canWithdraw, List<Event> events) {

    public PublicRequest {
        events = List.copyOf(events);
    }

    /**
     * One event of the application's clock, in plain terms.
     *
     * @param date     the day that matters: the receipt date (REGISTER), the new start (CORRECT), the letter's day
     *                 (CONSULT), the answer's day (CONSULTATION_ANSWERED)
     * @param until    the applicant's deadline to correct (REQUEST_CORRECTION), the consulted party's (CONSULT)
     * @param detail   what the applicant may read: the items to correct, the extension's days, the result, the
     *                 applicant's own reason; never a third party's name
     * @param dueAfter the reply due date once this event happened (null while the clock stands still)
     * @param late     a confirmation after its deadline (the receipt date is then the deadline)
     */
    public record Event(Instant at, RequestAction action, @Nullable LocalDate date, @Nullable LocalDate until,
                        String detail, @Nullable LocalDate dueAfter, boolean late) {
    }
}
