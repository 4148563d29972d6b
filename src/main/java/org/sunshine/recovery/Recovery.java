package org.sunshine.recovery;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.ClientAddresses;
import org.sunshine.base.ContactKeys;
import org.sunshine.base.DomainException;
import org.sunshine.base.QueryCodes;
import org.sunshine.base.RateLimiter;
import org.sunshine.notification.Contact;
import org.sunshine.notification.Notice;
import org.sunshine.notification.Notifier;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * 找回查询码: a one-time code sent to a phone or an e-mail address given with a complaint or an application, and what
 * the code opens. Asking for a code answers the same whether the contact is known or not (a row is written either
 * way; the code is sent only to a known contact). Codes are six random digits, stored as salted hashes, valid
 * {@code code-minutes}, used once, void after {@code max-attempts} wrong entries; the requests are limited per client
 * address and per contact, by hour and by day.
 */
@Singleton
public class Recovery {

    static final String TEMPLATE = "recovery.code";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);

    /** What the screen keeps of a request: its number, to send with the code typed. */
    public record Requested(long ticket, int minutes) {
    }

    private final RecoveryCodeRepository codes;
    private final RecoveryItems items;
    private final Notifier notifier;
    private final RateLimiter limiter;
    private final RecoverySettings settings;
    private final BusinessClock clock;

    Recovery(RecoveryCodeRepository codes, RecoveryItems items, Notifier notifier, RateLimiter limiter,
             RecoverySettings settings, BusinessClock clock) {
        this.codes = codes;
        this.items = items;
        this.notifier = notifier;
        this.limiter = limiter;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Asks for a code to be sent to {@code contact}. The answer is the same for any well-formed contact: whether it
     * is known shows only in whether a code arrives there.
     *
     * @throws DomainException {@code recovery.error.contact} on the field for text that is neither a phone number
     *                         nor an e-mail address; {@code recovery.error.tooMany} (minutes to wait) over a limit
     */
    @Transactional
    public Requested request(String contact, String clientIp, Locale locale) {
        String typed = contact == null ? "" : contact.strip();
        if (!ContactKeys.valid(typed)) {
            throw DomainException.on("contact", "recovery.error.contact");
        }
        String key = ContactKeys.canonical(typed);
        String address = ClientAddresses.bucket(clientIp == null ? "" : clientIp);
        String contactId = QueryCodes.hash(key, "recovery-limit");
        limit(List.of(
                new Limit("recovery-address-hour:" + address, settings.perAddressHour(), HOUR),
                new Limit("recovery-address-day:" + address, settings.perAddressDay(), DAY),
                new Limit("recovery-contact-hour:" + contactId, settings.perContactHour(), HOUR),
                new Limit("recovery-contact-day:" + contactId, settings.perContactDay(), DAY)));
        boolean known = items.known(key);
        String code = String.format(Locale.ROOT, "%06d", RANDOM.nextInt(1_000_000));
        String salt = QueryCodes.salt();
        Instant now = clock.now();
        RecoveryCode saved = codes.save(new RecoveryCode(null, QueryCodes.hash(key, salt), QueryCodes.hash(code, salt),
                salt, now, now.plus(Duration.ofMinutes(settings.codeMinutes())), 0, null));
        if (known) {
            Contact to = ContactKeys.isEmail(key) ? new Contact(null, key) : new Contact(key, null);
            // asked for just now: sent even to a contact that stopped the platform's messages
            notifier.notifyRequested(new Notice("recovery:" + saved.id(), to, TEMPLATE,
                    List.of(code, String.valueOf(settings.codeMinutes())), locale));
        }
        return new Requested(saved.id(), settings.codeMinutes());
    }

    /**
     * Checks the code typed for a request and, if it is right, uses it up and grants the contact's items for the
     * session. A wrong code counts against the request's attempts (kept, although the answer is a refusal).
     *
     * @throws DomainException on the field {@code code}: {@code recovery.error.wrong} (with the attempts left),
     *                         {@code recovery.error.expired}, {@code recovery.error.spent} (used, or no attempts left:
     *                         ask for a new code); {@code recovery.error.tooManyChecks} (minutes) over the address's
     *                         limit
     */
    @Transactional(noRollbackFor = DomainException.class)
    public Grant verify(long ticket, String contact, String code, String clientIp) {
        String address = ClientAddresses.bucket(clientIp == null ? "" : clientIp);
        RateLimiter.Decision decision = limiter.tryAcquire("recovery-check:" + address,
                settings.checksPerAddressHour(), HOUR);
        if (!decision.allowed()) {
            throw DomainException.on("code", "recovery.error.tooManyChecks", decision.retryAfterMinutes());
        }
        String key = ContactKeys.canonical(contact);
        RecoveryCode row = codes.findByIdForUpdate(ticket)
                .filter(r -> QueryCodes.matches(key, r.salt(), r.contactHash()))
                .orElseThrow(() -> DomainException.on("code", "recovery.error.expired"));
        if (row.usedAt() != null || row.attempts() >= settings.maxAttempts()) {
            throw DomainException.on("code", "recovery.error.spent");
        }
        if (!clock.now().isBefore(row.expiresAt())) {
            throw DomainException.on("code", "recovery.error.expired");
        }
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (!typed.matches("[0-9]{6}") || !QueryCodes.matches(typed, row.salt(), row.codeHash())) {
            RecoveryCode failed = codes.update(row.failed());
            int left = settings.maxAttempts() - failed.attempts();
            throw left > 0 ? DomainException.on("code", "recovery.error.wrong", left)
                    : DomainException.on("code", "recovery.error.spent");
        }
        codes.update(row.used(clock.now()));
        return new Grant(key);
    }

    /** The complaints and applications filed with the granted contact, the most recent first. */
    @Transactional(readOnly = true)
    public List<RecoveredItem> items(Grant grant) {
        return items.of(grant.contactKey(), settings.maxItems());
    }

    /**
     * A new query code for one of the granted contact's items; the old code no longer opens it.
     *
     * @throws DomainException {@code recovery.error.notYours} if the item is not one of the contact's
     */
    @Transactional
    public String newQueryCode(Grant grant, RecoveredItem.Kind kind, String number) {
        return items.newQueryCode(grant.contactKey(), kind, number);
    }

    /** One node an hour: the lock is kept 30 minutes, and lapses then if its node died. */
    @Scheduled(fixedDelay = "1h", initialDelay = "10m")
    @SchedulerLock(name = "recovery-purge", lockAtMostFor = "30m", lockAtLeastFor = "30m")
    void onSchedule() {
        purge();
    }

    /** Forgets the requests of more than a day ago. */
    @Transactional
    public void purge() {
        codes.deleteByCreatedAtLessThan(clock.now().minus(DAY));
    }

    private record Limit(String key, int most, Duration window) {
    }

    /** Refuses when any limit is reached (counting nothing then); otherwise counts the request against each. */
    private void limit(List<Limit> limits) {
        long wait = 0;
        for (Limit l : limits) {
            RateLimiter.Decision d = limiter.peek(l.key(), l.most(), l.window());
            if (!d.allowed()) {
                wait = Math.max(wait, d.retryAfterMinutes());
            }
        }
        if (wait > 0) {
            throw new DomainException("recovery.error.tooMany", wait);
        }
        limits.forEach(l -> limiter.tryAcquire(l.key(), l.most(), l.window()));
    }
}
