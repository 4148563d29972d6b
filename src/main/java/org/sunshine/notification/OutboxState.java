package org.sunshine.notification;

/**
 * Where a message of the outbox stands; the label is {@code notification.state.<NAME>}. PENDING until sent (or tried
 * {@code max-attempts} times: FAILED); SKIPPED when it was never to be sent, with a {@link SkipReason}.
 */
public enum OutboxState {
    PENDING,
    SENT,
    FAILED,
    SKIPPED
}
