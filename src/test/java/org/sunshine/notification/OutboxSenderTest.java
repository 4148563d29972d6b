package org.sunshine.notification;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.i18n.Messages;
import org.sunshine.testing.MutableClock;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sender against the database, with providers that take, fail, refuse or hang, and the clock moved by hand:
 * sending after commit, the back-off schedule and the last attempt, two senders at once, a step that never waits for
 * a provider, an opt-out that comes after the notice, and a run that stopped in the middle. The outbox is emptied
 * before each test (its rows are committed: the sender works in transactions of its own).
 */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "sunshine.notifications.email.via", value = "DEVELOPMENT")
@Property(name = "sunshine.notifications.sms.via", value = "DEVELOPMENT")
class OutboxSenderTest {

    /** Monday 2 March 2026, 10:00 in Beijing. */
    private final MutableClock clock = MutableClock.shanghai("2026-03-02T02:00:00Z");

    @Inject
    Notifier notifier;
    @Inject
    OutboxSender sender;
    @Inject
    OutboxStore store;
    @Inject
    OptOuts optOuts;
    @Inject
    BusinessClock businessClock;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    private final SenderSettings settings = new SenderSettings(false, Duration.ofSeconds(5), Duration.ofSeconds(30),
            10, 4, Duration.ofMinutes(1), Duration.ofMinutes(3), Duration.ofMinutes(15));

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @BeforeEach
    void empty() {
        transactions.executeWrite(status -> {
            jdbc.prepareStatement("DELETE FROM notification_outbox", s -> s.executeUpdate());
            return jdbc.prepareStatement("DELETE FROM notification_opt_out WHERE address LIKE '%sender-test%'",
                    s -> s.executeUpdate());
        });
    }

    private void notice(String key, String email) {
        transactions.executeWrite(status -> {
            notifier.notify(new Notice("sender-test:" + key, new Contact(null, email), "test", List.of(key),
                    Messages.CHINESE));
            return null;
        });
    }

    private OutboxMessage message(String key) {
        return store.find("sender-test:" + key, Channel.EMAIL).orElseThrow();
    }

    private OutboxSender with(Function<OutboxMessage, Optional<String>> provider) {
        Provider p = new Provider() {
            @Override
            public String name() {
                return "TEST";
            }

            @Override
            public Optional<String> send(OutboxMessage message) {
                return provider.apply(message);
            }
        };
        return new OutboxSender(store, (channel, template) -> Optional.of(p), optOuts, settings, businessClock);
    }

    @Test
    void committedMessagesAreSentByTheConfiguredProvider() {
        transactions.executeWrite(status -> {
            notifier.notify(new Notice("sender-test:both", new Contact("13900002222", "a@sender-test.example"),
                    "test", List.of("x"), Messages.CHINESE));
            return null;
        });

        OutboxSender.Run run = sender.runOnce();

        assertThat(run.claimed()).isEqualTo(2);
        assertThat(run.sent()).isEqualTo(2);
        assertThat(store.page(OutboxFilter.all(), 0, 10)).allSatisfy(m -> {
            assertThat(m.state()).isEqualTo(OutboxState.SENT);
            assertThat(m.provider()).isEqualTo(DevelopmentBox.NAME);
            assertThat(m.providerRef()).isEqualTo("dev-" + m.id());
            assertThat(m.attempts()).isEqualTo(1);
            assertThat(m.sentAt()).isEqualTo(businessClock.now());
        });
        assertThat(sender.runOnce().claimed()).isZero();
    }

    @Test
    void aFailingProviderIsTriedAgainAfterLongerAndLongerWaitsThenFailed() {
        notice("failing", "f@sender-test.example");
        AtomicInteger calls = new AtomicInteger();
        OutboxSender failing = with(m -> {
            if (calls.incrementAndGet() == 2) {
                throw new IllegalStateException("provider bug");
            }
            throw new Provider.SendFailure("HTTP 503", false);
        });
        Instant start = businessClock.now();

        List<Duration> waits = new ArrayList<>();
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(failing.runOnce().retried()).isEqualTo(1);
            OutboxMessage m = message("failing");
            assertThat(m.state()).isEqualTo(OutboxState.PENDING);
            assertThat(m.attempts()).isEqualTo(attempt);
            Duration wait = Duration.between(businessClock.now(), m.nextAttemptAt());
            waits.add(wait);
            // not due before its time
            clock.advance(wait.minusSeconds(1));
            assertThat(failing.runOnce().claimed()).isZero();
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(3));
        assertThat(calls.get()).isEqualTo(3);

        assertThat(failing.runOnce().failed()).isEqualTo(1);
        OutboxMessage failed = message("failing");
        assertThat(failed.state()).isEqualTo(OutboxState.FAILED);
        assertThat(failed.attempts()).isEqualTo(4);
        assertThat(failed.lastError()).isEqualTo("HTTP 503");
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(Duration.between(start, businessClock.now())).isEqualTo(Duration.ofMinutes(6));
        clock.advance(Duration.ofHours(1));
        assertThat(failing.runOnce().claimed()).isZero();
    }

    @Test
    void aPermanentRefusalFailsAtOnce() {
        notice("refused", "r@sender-test.example");

        assertThat(with(m -> {
            throw new Provider.SendFailure("HTTP 400: bad number", true);
        }).runOnce().failed()).isEqualTo(1);

        assertThat(message("refused").state()).isEqualTo(OutboxState.FAILED);
        assertThat(message("refused").attempts()).isEqualTo(1);
    }

    @Test
    void twoSendersAtOnceSendEachMessageOnce() throws Exception {
        for (int i = 0; i < 30; i++) {
            notice("many-" + i, "m" + i + "@sender-test.example");
        }
        Map<Long, AtomicInteger> sent = new ConcurrentHashMap<>();
        Function<OutboxMessage, Optional<String>> slow = m -> {
            sent.computeIfAbsent(m.id(), id -> new AtomicInteger()).incrementAndGet();
            try {
                Thread.sleep(15);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        };
        OutboxSender one = with(slow);
        OutboxSender two = with(slow);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (OutboxSender s : List.of(one, two)) {
                runs.add(pool.submit(() -> {
                    go.await();
                    int total = 0;
                    for (int claimed = -1; claimed != 0; ) {
                        claimed = s.runOnce().claimed();
                        total += claimed;
                    }
                    return total;
                }));
            }
            go.countDown();
            int claimedByOne = runs.get(0).get(60, TimeUnit.SECONDS);
            int claimedByTwo = runs.get(1).get(60, TimeUnit.SECONDS);
            assertThat(claimedByOne + claimedByTwo).isEqualTo(30);
        } finally {
            pool.shutdownNow();
        }
        assertThat(sent).hasSize(30);
        assertThat(sent.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(store.count(new OutboxFilter(java.util.Set.of(OutboxState.SENT), Channel.EMAIL, null)))
                .isEqualTo(30);
    }

    @Test
    void aStepNeverWaitsForAHangingProvider() throws Exception {
        notice("stuck", "stuck@sender-test.example");
        CountDownLatch inProvider = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        OutboxSender hanging = with(m -> {
            inProvider.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        });
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<OutboxSender.Run> stuck = pool.submit(hanging::runOnce);
            assertThat(inProvider.await(10, TimeUnit.SECONDS)).isTrue();

            // a step with a notice while the provider hangs: it commits and returns at once
            long started = System.nanoTime();
            notice("meanwhile", "meanwhile@sender-test.example");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
            assertThat(message("meanwhile").state()).isEqualTo(OutboxState.PENDING);

            // another run (another instance) leaves the claimed message alone and sends the new one
            AtomicInteger calls = new AtomicInteger();
            OutboxSender.Run other = with(m -> {
                calls.incrementAndGet();
                assertThat(m.eventKey()).isEqualTo("sender-test:meanwhile");
                return Optional.of("ok");
            }).runOnce();
            assertThat(other.sent()).isEqualTo(1);
            assertThat(calls.get()).isEqualTo(1);

            release.countDown();
            assertThat(stuck.get(10, TimeUnit.SECONDS).sent()).isEqualTo(1);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertThat(message("stuck").state()).isEqualTo(OutboxState.SENT);
    }

    @Test
    void anOptOutAfterTheNoticeStopsIt() {
        notice("changed-mind", "changed@sender-test.example");
        optOuts.stop(Channel.EMAIL, "changed@sender-test.example", OptOuts.Source.LINK);

        assertThat(sender.runOnce().skipped()).isEqualTo(1);

        OutboxMessage m = message("changed-mind");
        assertThat(m.state()).isEqualTo(OutboxState.SKIPPED);
        assertThat(m.skipReason()).isEqualTo(SkipReason.OPTED_OUT);
        assertThat(m.attempts()).isZero();
    }

    @Test
    void aRunThatStoppedMidwayIsTakenOverWhenItsClaimLapses() {
        notice("crashed", "crashed@sender-test.example");
        Instant now = businessClock.now();
        // a run claims the message and its instance stops before any verdict
        assertThat(store.claimDue("dead-run", now, now.plus(settings.claimLease()), 4, 10)).hasSize(1);
        OutboxSender next = with(m -> Optional.empty());
        assertThat(next.runOnce().claimed()).isZero();

        clock.advance(settings.claimLease().plusSeconds(1));
        assertThat(next.runOnce().sent()).isEqualTo(1);
        assertThat(message("crashed").attempts()).isEqualTo(2);
        // the dead run's late verdict is not written over the new one
        assertThat(store.failed(message("crashed").id(), "dead-run", "late", businessClock.now())).isFalse();

        // a stop during the last attempt: FAILED once the claim lapses, not tried a fifth time
        notice("crashed-last", "last@sender-test.example");
        transactions.executeWrite(status -> jdbc.prepareStatement("UPDATE notification_outbox SET attempts = 3 "
                + "WHERE event_key = 'sender-test:crashed-last'", s -> s.executeUpdate()));
        now = businessClock.now();
        assertThat(store.claimDue("dead-run-2", now, now.plus(settings.claimLease()), 4, 10)).hasSize(1);
        clock.advance(settings.claimLease().plusSeconds(1));
        assertThat(next.runOnce().claimed()).isZero();
        assertThat(message("crashed-last").state()).isEqualTo(OutboxState.FAILED);
        assertThat(message("crashed-last").lastError()).isEqualTo("interrupted");
    }
}
