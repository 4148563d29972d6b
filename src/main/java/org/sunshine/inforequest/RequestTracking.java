package org.sunshine.inforequest;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.base.QueryCodes;
import org.sunshine.base.files.Attachments;
import org.sunshine.base.text.TextRules;
import org.sunshine.workflow.By;
import org.sunshine.workflow.Step;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the applicant does with the application number and the query code: open it, send the 补正 online (the 20
 * working days start again that day), withdraw it. A wrong number or code is refused without saying which; the
 * screens and the API limit the attempts per client address.
 */
@Singleton
public class RequestTracking {

    private final RequestRepository requests;
    private final RequestSteps steps;
    private final RequestAttachmentRepository files;
    private final BusinessClock clock;

    RequestTracking(RequestRepository requests, RequestSteps steps, RequestAttachmentRepository files,
                    BusinessClock clock) {
        this.requests = requests;
        this.steps = steps;
        this.files = files;
        this.clock = clock;
    }

    /** The application's id if the number and the query code match. */
    @Transactional(readOnly = true)
    public Optional<Long> open(String requestNo, String queryCode) {
        String number = requestNo == null ? "" : requestNo.strip().toUpperCase(java.util.Locale.ROOT);
        if (number.length() > 24) {
            return Optional.empty();
        }
        return requests.findByRequestNo(number)
                .filter(r -> QueryCodes.matches(queryCode, r.getQueryCodeSalt(), r.getQueryCodeHash()))
                .map(InfoRequest::getId);
    }

    /** The applicant's corrected application, online; with files (at most 5, the upload checks). */
    @Transactional
    public void correct(String requestNo, String queryCode, String description, String docNumber,
                        List<Attachments.Upload> uploads) {
        long id = open(requestNo, queryCode).orElseThrow(() -> new DomainException("inforequest.error.code"));
        Correction c = Correction.check(description, docNumber);
        List<Attachments.Checked> checked = Attachments.check(uploads == null ? List.of() : uploads);
        Instant now = clock.now();
        InfoRequest r = steps.lock(id);
        Step<RequestState, RequestAction> step = steps.move(r, RequestAction.CORRECT, By.PUBLIC, c.description(),
                x -> c.applyTo(x, clock.today()));
        for (Attachments.Checked file : checked) {
            files.save(new RequestAttachment(null, id, step.id(), AttachmentPurpose.CORRECTION, file.fileName(),
                    file.contentType(), file.content().length, file.sha256(), file.content(), now));
        }
    }

    /** The applicant withdraws an open application (三(六)3 其他). */
    @Transactional
    public void withdraw(String requestNo, String queryCode, String reason) {
        long id = open(requestNo, queryCode).orElseThrow(() -> new DomainException("inforequest.error.code"));
        String text = TextRules.lines("reason", "inforequest.field.withdrawReason", reason, RequestHandling.MAX_NOTE);
        InfoRequest r = steps.lock(id);
        steps.move(r, RequestAction.WITHDRAW, By.PUBLIC, text, x -> {
            x.setResult(ReplyResult.OTHER);
            x.setResultReason(text.isEmpty() ? null : text);
            x.setClosedAt(clock.now());
        });
    }
}
