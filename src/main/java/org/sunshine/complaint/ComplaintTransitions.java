package org.sunshine.complaint;

import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;
import org.sunshine.base.DomainException;

import java.util.function.Consumer;

/**
 * The one place where a complaint changes state: asks {@link ComplaintWorkflow} whether the action is allowed,
 * applies the action's own changes, and saves, refusing if someone else changed the item in the meantime. The caller
 * records the step in the history, in the same transaction.
 */
@Singleton
class ComplaintTransitions {

    private final ComplaintRepository complaints;
    private final ComplaintHistory history;

    ComplaintTransitions(ComplaintRepository complaints, ComplaintHistory history) {
        this.complaints = complaints;
        this.history = history;
    }

    /**
     * @return the state the item was in before
     * @throws DomainException {@code complaint.error.notNow} if the workflow refuses, or
     *                         {@code complaint.error.changedMeanwhile} if the item was changed since it was read
     */
    ComplaintState apply(Complaint complaint, Action action, Actor actor, Consumer<Complaint> change) {
        ComplaintState from = complaint.getState();
        ComplaintState to = ComplaintWorkflow.next(from, action, actor, complaint.extensionUsed(), complaint.isReopened())
                .orElseThrow(() -> new DomainException("complaint.error.notNow"));
        change.accept(complaint);
        complaint.setState(to);
        complaint.setUpdatedAt(history.now());
        try {
            complaints.update(complaint);
        } catch (OptimisticLockException e) {
            throw new DomainException("complaint.error.changedMeanwhile");
        }
        return from;
    }
}
