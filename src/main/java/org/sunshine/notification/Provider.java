package org.sunshine.notification;

import java.util.Optional;

/**
 * What carries a message of the outbox to a person: an SMTP server, an SMS gateway, or the development box. Called
 * only by {@link OutboxSender}, after commit, never inside a step.
 */
interface Provider {

    /** As kept in {@code notification_outbox.provider}: SMTP, GATEWAY, DEVELOPMENT. */
    String name();

    /**
     * Hands the message over; returns the provider's id of it, if it gives one. Throws {@link SendFailure} when the
     * provider did not take it (any other exception counts as a failure that may pass).
     */
    Optional<String> send(OutboxMessage message);

    /** The provider did not take a message; a permanent failure is not tried again. */
    final class SendFailure extends RuntimeException {

        private final boolean permanent;

        SendFailure(String message, boolean permanent) {
            super(message);
            this.permanent = permanent;
        }

        SendFailure(String message, Throwable cause) {
            super(message, cause);
            this.permanent = false;
        }

        boolean permanent() {
            return permanent;
        }
    }
}
