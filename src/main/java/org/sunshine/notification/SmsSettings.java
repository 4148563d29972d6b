package org.sunshine.notification;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The SMS channel (docs/notifications.md).
 *
 * @param via         OFF (the default: SMS kept as SKIPPED, not configured), GATEWAY (an HTTP SMS gateway,
 *                    {@link GatewaySettings}), or DEVELOPMENT (kept in the outbox and shown on the administrator's
 *                    消息外发 screen, never sent)
 * @param replySecret the shared secret the gateway sends with each reply it reports to
 *                    {@code POST /api/notifications/sms-replies} (a 回T退订 reply stops messages to that number);
 *                    empty: the endpoint answers 404
 */
@ConfigurationProperties("sunshine.notifications.sms")
public record SmsSettings(@Bindable(defaultValue = "OFF") Via via,
                          @Nullable String replySecret) {

    public enum Via {
        OFF,
        GATEWAY,
        DEVELOPMENT
    }

    public boolean on() {
        return via != Via.OFF;
    }
}
