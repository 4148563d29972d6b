package org.sunshine.notification;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * A message of the outbox as it stands: to whom, by which channel, the words as sent, and how sending went.
 *
 * @param recipient   the whole address (lists show {@link #maskedRecipient()})
 * @param args        the notice's arguments as the text used them (an SMS gateway's template parameters)
 * @param requested   a one-time code the person asked for (sent even after an opt-out)
 * @param attempts    attempts started so far
 */
public record OutboxMessage(long id, String eventKey, Channel channel, String recipient, String template,
                            String locale, List<String> args, boolean requested, @Nullable String subject, String body,
                            OutboxState state, @Nullable SkipReason skipReason, @Nullable String provider,
                            @Nullable String providerRef, int attempts, @Nullable Instant nextAttemptAt,
                            @Nullable String lastError, Instant createdAt, @Nullable Instant sentAt,
                            Instant updatedAt) {

    public String maskedRecipient() {
        return Addresses.masked(channel, recipient);
    }
}
