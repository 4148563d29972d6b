package org.sunshine.notification;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.base.BusinessClock;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Sends the outbox after commit. Every {@code interval} a run claims up to {@code batch-size} due messages (an UPDATE
 * that writes its own claim and an expiry, so that no other run — on this instance or another — sends them meanwhile),
 * hands each to its channel's provider, and writes the verdict: sent; or tried again after a back-off that doubles
 * from {@code first-retry} up to {@code max-retry-delay}; or, after {@code max-attempts} or a permanent refusal,
 * failed. Runs outside any step: a provider that fails or hangs holds up this run only, never a step.
 */
@Singleton
public class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    /** What one run did. */
    public record Run(int claimed, int sent, int retried, int failed, int skipped) {
    }

    private final OutboxStore store;
    private final BiFunction<Channel, String, Optional<Provider>> providers;
    private final OptOuts optOuts;
    private final SenderSettings settings;
    private final BusinessClock clock;

    @Inject
    OutboxSender(OutboxStore store, Providers providers, OptOuts optOuts, SenderSettings settings,
                 BusinessClock clock) {
        this(store, providers::of, optOuts, settings, clock);
    }

    /** With providers of the caller's choosing (tests). */
    OutboxSender(OutboxStore store, BiFunction<Channel, String, Optional<Provider>> providers, OptOuts optOuts,
                 SenderSettings settings, BusinessClock clock) {
        this.store = store;
        this.providers = providers;
        this.optOuts = optOuts;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${sunshine.notifications.sender.interval:5s}",
            initialDelay = "${sunshine.notifications.sender.initial-delay:30s}")
    @SchedulerLock(name = "outbox-sender", lockAtMostFor = "15m")
    void onSchedule() {
        if (!settings.scheduled()) {
            return;
        }
        try {
            Run run = runOnce();
            if (run.failed() > 0 || run.retried() > 0) {
                LOG.warn("Outbox: {} sent, {} to be tried again, {} failed", run.sent(), run.retried(), run.failed());
            }
        } catch (RuntimeException e) {
            LOG.warn("Outbox run failed; its claims lapse and the messages are sent by a later run", e);
        }
    }

    /** One run. */
    public Run runOnce() {
        Instant now = clock.now();
        store.failAbandoned(now, settings.maxAttempts());
        String token = UUID.randomUUID().toString();
        List<OutboxMessage> batch = store.claimDue(token, now, now.plus(settings.claimLease()),
                settings.maxAttempts(), settings.batchSize());
        int[] counts = new int[4];
        for (OutboxMessage message : batch) {
            counts[send(message, token).ordinal()]++;
        }
        return new Run(batch.size(), counts[0], counts[1], counts[2], counts[3]);
    }

    private enum Outcome { SENT, RETRIED, FAILED, SKIPPED }

    private Outcome send(OutboxMessage message, String token) {
        Optional<Provider> provider = providers.apply(message.channel(), message.template());
        if (provider.isEmpty()) {
            store.skipped(message.id(), token, SkipReason.NOT_CONFIGURED, clock.now());
            return Outcome.SKIPPED;
        }
        if (!message.requested() && optOuts.stopped(message.channel(), message.recipient())) {
            store.skipped(message.id(), token, SkipReason.OPTED_OUT, clock.now());
            return Outcome.SKIPPED;
        }
        try {
            Optional<String> reference = provider.get().send(message);
            // written at once: a stop between the provider's answer and this line is the one way a message goes twice
            store.sent(message.id(), token, provider.get().name(), reference.orElse(null), clock.now());
            return Outcome.SENT;
        } catch (Provider.SendFailure e) {
            return failed(message, token, e.getMessage(), e.permanent());
        } catch (RuntimeException e) {
            LOG.warn("Provider {} failed unexpectedly on message {}", provider.get().name(), message.id(), e);
            return failed(message, token, e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        }
    }

    private Outcome failed(OutboxMessage message, String token, String error, boolean permanent) {
        Instant now = clock.now();
        if (permanent || message.attempts() >= settings.maxAttempts()) {
            store.failed(message.id(), token, error, now);
            return Outcome.FAILED;
        }
        store.retryLater(message.id(), token, now.plus(settings.retryDelay(message.attempts())), error, now);
        return Outcome.RETRIED;
    }
}
