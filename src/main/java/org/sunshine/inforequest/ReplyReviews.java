package org.sunshine.inforequest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.DomainException;
import org.sunshine.base.i18n.Messages;
import org.sunshine.finding.FindingService;
import org.sunshine.finding.IssueType;
import org.sunshine.finding.Severity;
import org.sunshine.directory.ResponsibilityRow;
import org.sunshine.directory.ResponsibilityService;
import org.sunshine.security.SignedInUser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import java.util.Optional;

/**
 * 答复质量评查 with its one-step finding: the inspector judges an ended application's reply ({@link
 * RequestHandling#review}); a 不规范 reply may become a finding (监督意见, 不规范) against the organ's department in the
 * same transaction, its description naming the application number and the reason, linked back to the application.
 * The finding's feature knows nothing of applications.
 */
@Singleton
public class ReplyReviews {

    private final RequestHandling handling;
    private final RequestRepository requests;
    private final FindingService findings;
    private final Organs organs;
    private final ResponsibilityService duties;
    private final Messages messages;

    ReplyReviews(RequestHandling handling, RequestRepository requests, FindingService findings, Organs organs,
                 ResponsibilityService duties, Messages messages) {
        this.handling = handling;
        this.requests = requests;
        this.findings = findings;
        this.organs = organs;
        this.duties = duties;
        this.messages = messages;
    }

    /** The duties of the responsibility table a finding may be about: the organ's own first, then the rest. */
    @Transactional(readOnly = true)
    public List<ResponsibilityRow> duties(long requestId) {
        long department = requests.findById(requestId).map(InfoRequest::getDepartmentId).orElse(-1L);
        List<ResponsibilityRow> all = new ArrayList<>(duties.list(false));
        all.sort(Comparator.comparing((ResponsibilityRow d) -> !involves(d, department)));
        return all;
    }

    private static boolean involves(ResponsibilityRow duty, long department) {
        return duty.leads().stream().anyMatch(d -> d.id() == department)
                || duty.cos().stream().anyMatch(d -> d.id() == department);
    }

    /**
     * The review: 规范 or 不规范 with a reason; with {@code toFinding}, a 不规范 one becomes a finding of that severity,
     * optionally about a duty of the responsibility table.
     */
    public record ReviewForm(@Nullable ReplyQuality quality, @Nullable String reason, boolean toFinding,
                             @Nullable Severity severity, @Nullable Long responsibilityItemId) {
    }

    /** Records the review; returns the finding filed from it, if any. */
    @Transactional
    public Optional<Long> review(long requestId, ReviewForm form, SignedInUser inspector) {
        if (form.toFinding() && form.quality() == ReplyQuality.IMPROPER && form.severity() == null) {
            throw DomainException.on("severity", "finding.error.severity");
        }
        handling.review(requestId, form.quality(), form.reason(), inspector);
        if (!form.toFinding() || form.quality() != ReplyQuality.IMPROPER) {
            return Optional.empty();
        }
        InfoRequest r = requests.findById(requestId).orElseThrow();
        if (r.getFindingId() != null) {
            throw new DomainException("inforequest.review.error.findingExists");
        }
        String description = messages.chinese("inforequest.review.findingText", organs.of(r).name(), r.getRequestNo(),
                r.getQualityReason());
        long findingId = findings.fileFromRecord(r.getDepartmentId(), IssueType.NON_STANDARD, form.severity(),
                form.responsibilityItemId(), description, inspector);
        handling.linkFinding(requestId, findingId);
        return Optional.of(findingId);
    }
}
