package org.sunshine.notification;

/**
 * Puts a notice in the outbox. Must be called inside the transaction of the step that causes the notice: the notice
 * is written with the step or not at all, and sent after commit. Never calls a provider and never fails the step for
 * a reason of the provider's: a channel that is not configured, or a contact who opted out, is skipped (and the skip
 * is kept, so the administrator can see it).
 */
public interface Notifier {

    void notify(Notice notice);

    /**
     * Puts a message the person asked for just now in the outbox (a one-time code to recover a query code): as
     * {@link #notify(Notice)}, but sent even to a contact who stopped messages, since they asked for this one.
     */
    default void notifyRequested(Notice notice) {
        notify(notice);
    }
}
