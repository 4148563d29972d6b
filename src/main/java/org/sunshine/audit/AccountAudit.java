package org.sunshine.audit;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.sunshine.security.AccountEvent;

/** Writes sign-ins and account changes to the audit log, in the transaction that made them. */
@Singleton
class AccountAudit {

    private final AuditLog log;

    AccountAudit(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(AccountEvent event) {
        log.record(event.actorId(), event.actorName(), action(event.kind()), "user", event.userId(), event.detail(),
                event.clientIp());
    }

    static AuditAction action(AccountEvent.Kind kind) {
        return AuditAction.valueOf(kind.name());
    }
}
