package org.sunshine.notification;

import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * The development adapter ({@code via: DEVELOPMENT}, on with {@code mvn mn:run}): nothing leaves the machine; the
 * message stays in the outbox, marked sent by DEVELOPMENT, and the administrator reads it, whole, on the 消息外发
 * screen (/admin/messages) — the development box.
 */
@Singleton
class DevelopmentBox implements Provider {

    static final String NAME = "DEVELOPMENT";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<String> send(OutboxMessage message) {
        return Optional.of("dev-" + message.id());
    }
}
