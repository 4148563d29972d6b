package org.sunshine.finding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.rectification.RectificationAccepted;
import org.sunshine.rectification.Rectifications;
import org.sunshine.rectification.Subject;
import org.sunshine.security.SignedInUser;
import org.sunshine.workflow.By;
import org.sunshine.workflow.History;

/**
 * What an inspector decides on a filed finding: confirm it, which opens the department's rectification
 * ({@code rectifyDays} working days from today; one on the same responsibility item as one in the past
 * {@code repeatWindowDays} is marked repeated), or dismiss it with a reason. The finding is closed when its
 * rectification is accepted. Every step goes through {@link FindingWorkflow} and is recorded.
 */
@Singleton
public class FindingDecisions {

    public static final int MAX_REASON = 500;

    private final FindingRepository findings;
    private final Rectifications rectifications;
    private final FindingSettings settings;
    private final History history;
    private final BusinessClock clock;

    FindingDecisions(FindingRepository findings, Rectifications rectifications, FindingSettings settings,
                     History history, BusinessClock clock) {
        this.findings = findings;
        this.rectifications = rectifications;
        this.settings = settings;
        this.history = history;
        this.clock = clock;
    }

    @Transactional
    public void confirm(long id, @Nullable String note, SignedInUser inspector) {
        String text = FindingService.strip(note);
        if (text.length() > MAX_REASON) {
            throw DomainException.on("note", "finding.error.note", MAX_REASON);
        }
        Finding finding = finding(id);
        history.move(FindingWorkflow.TABLE, finding, FindingAction.CONFIRM, By.user(inspector), text, f -> { },
                findings::update);
        String topic = finding.getResponsibilityItemId() == null ? null : "item:" + finding.getResponsibilityItemId();
        rectifications.open(Subject.finding(id), finding.getReference(), finding.getDepartmentId(),
                settings.rectifyDays(), topic,
                By.user(inspector));
    }

    @Transactional
    public void dismiss(long id, @Nullable String reason, SignedInUser inspector) {
        String text = FindingService.strip(reason);
        if (text.isEmpty() || text.length() > MAX_REASON) {
            throw DomainException.on("reason", "finding.error.reason", MAX_REASON);
        }
        history.move(FindingWorkflow.TABLE, finding(id), FindingAction.DISMISS, By.user(inspector), text,
                f -> f.setDismissReason(text), findings::update);
    }

    /** A finding's rectification was accepted (inside that transaction): the finding is closed. */
    @EventListener
    @Transactional
    public void onRectificationAccepted(RectificationAccepted accepted) {
        if (Subject.FINDING.equals(accepted.subject().kind())) {
            history.move(FindingWorkflow.TABLE, finding(accepted.subject().id()), FindingAction.CLOSE, By.SYSTEM, "",
                    f -> f.setClosedAt(clock.now()), findings::update);
        }
    }

    private Finding finding(long id) {
        return findings.findById(id).orElseThrow(() -> new DomainException("finding.error.missing"));
    }
}
