package org.sunshine.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.audit.AuditAction;
import org.sunshine.audit.AuditLog;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The administrator's side of the outbox (the 消息外发 screen): the messages with their states, a failed one sent
 * again, a test message to check a channel, and how each channel is configured. Administrators only; retries and
 * test messages are in the audit log.
 */
@Singleton
public class OutboxAdmin {

    /** How a channel sends: off, through its provider, or into the development box. */
    public enum Mode {
        OFF,
        PROVIDER,
        DEVELOPMENT
    }

    static final String TARGET = "notification";

    private final OutboxStore store;
    private final Notifier notifier;
    private final Channels channels;
    private final AuditLog audit;
    private final BusinessClock clock;

    OutboxAdmin(OutboxStore store, Notifier notifier, Channels channels, AuditLog audit, BusinessClock clock) {
        this.store = store;
        this.notifier = notifier;
        this.channels = channels;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<OutboxMessage> page(OutboxFilter filter, int offset, int limit, SignedInUser viewer) {
        administrator(viewer);
        return store.page(filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public long count(OutboxFilter filter, SignedInUser viewer) {
        administrator(viewer);
        return store.count(filter);
    }

    /** Sends a FAILED message again: due now, its attempts counted anew. */
    @Transactional
    public void retry(long id, SignedInUser viewer, @Nullable String clientIp) {
        administrator(viewer);
        OutboxMessage message = store.find(id).orElseThrow(() -> new DomainException("notification.error.notFound"));
        if (!store.retry(id, clock.now())) {
            throw new DomainException("notification.error.notFailed");
        }
        audit.record(viewer, AuditAction.NOTIFICATION_RETRIED, TARGET, id,
                message.channel() + " " + message.eventKey() + " after " + message.attempts() + " attempts: "
                        + (message.lastError() == null ? "" : message.lastError()), clientIp);
    }

    /** Writes a test message to an e-mail address or a mobile number, sent like any other. */
    @Transactional
    public void sendTest(String address, Locale locale, SignedInUser viewer, @Nullable String clientIp) {
        administrator(viewer);
        String typed = address == null ? "" : address.strip();
        boolean email = typed.contains("@");
        boolean valid = email ? Addresses.email(typed).isPresent() : Addresses.mobile(typed).isPresent();
        if (!valid) {
            throw DomainException.on("address", "notification.error.address");
        }
        String stamp = clock.now().atZone(clock.zone()).toLocalDateTime().toString().replace('T', ' ');
        String key = "admin:test:" + UUID.randomUUID();
        notifier.notifyRequested(new Notice(key, email ? new Contact(null, typed) : new Contact(typed, null), "test",
                List.of(stamp), locale));
        audit.record(viewer, AuditAction.NOTIFICATION_TEST_SENT, TARGET, "",
                (email ? "EMAIL " : "SMS ") + Addresses.masked(email ? Channel.EMAIL : Channel.SMS, typed), clientIp);
    }

    public Mode mode(Channel channel) {
        if (channel == Channel.EMAIL) {
            return switch (channels.email().via()) {
                case OFF -> Mode.OFF;
                case SMTP -> Mode.PROVIDER;
                case DEVELOPMENT -> Mode.DEVELOPMENT;
            };
        }
        return switch (channels.sms().via()) {
            case OFF -> Mode.OFF;
            case GATEWAY -> Mode.PROVIDER;
            case DEVELOPMENT -> Mode.DEVELOPMENT;
        };
    }

    private static void administrator(SignedInUser viewer) {
        if (!viewer.is(Role.ADMIN)) {
            throw new DomainException("notification.error.adminOnly");
        }
    }
}
