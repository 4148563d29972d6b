package org.sunshine.notification;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The e-mail channel (docs/notifications.md).
 *
 * @param via      OFF (the default: e-mails are kept as SKIPPED, not configured), SMTP (Jakarta Mail, with the
 *                 server in {@code javamail.properties}), or DEVELOPMENT (kept in the outbox and shown on the
 *                 administrator's 消息外发 screen, never sent: {@code mvn mn:run})
 * @param from     the sender's address, e.g. {@code noreply@gov.example.cn} (required for SMTP)
 * @param fromName the sender's name shown by mail programs (empty: the office's name, {@code sunshine.office.name})
 */
@ConfigurationProperties("sunshine.notifications.email")
public record EmailSettings(@Bindable(defaultValue = "OFF") Via via,
                            @Nullable String from,
                            @Nullable String fromName) {

    public enum Via {
        OFF,
        SMTP,
        DEVELOPMENT
    }

    public boolean on() {
        return via != Via.OFF;
    }
}
