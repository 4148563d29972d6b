package org.sunshine.proactive;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The dead-link checker (链接检查): every {@code interval} a run claims a batch of records due for a check (never
 * checked, URL changed, or not checked for {@code recheck-hours}) so that no other instance checks them meanwhile,
 * checks their URLs ({@link LinkProbe}) on at most {@code concurrency} threads, one host's records one after the other
 * with the host delay between them, and writes each verdict ({@link LinkVerdict}) as it comes. The database is only
 * touched from the run's own thread. Does nothing while {@code enabled} is off.
 */
@Singleton
class LinkChecker {

    private static final Logger LOG = LoggerFactory.getLogger(LinkChecker.class);
    /** The runs kept for the "last run" line. */
    private static final Duration RUNS_KEPT = Duration.ofDays(30);

    private final LinkCheckSettings settings;
    private final LinkStore store;
    private final BusinessClock clock;
    private final HostPacer pacer = new HostPacer();
    private final String userAgent;

    LinkChecker(LinkCheckSettings settings, LinkStore store, BusinessClock clock,
                @Value("${sunshine.public-url:}") String publicUrl) {
        this.settings = settings;
        this.store = store;
        this.clock = clock;
        this.userAgent = settings.userAgent(publicUrl);
    }

    LinkCheckSettings settings() {
        return settings;
    }

    @Scheduled(fixedDelay = "${sunshine.proactive.link-check.interval:5m}",
            initialDelay = "${sunshine.proactive.link-check.initial-delay:2m}")
    @SchedulerLock(name = "link-check", lockAtMostFor = "20m")
    void onSchedule() {
        if (!settings.enabled()) {
            return;
        }
        try {
            runOnce().filter(run -> run.checked() > 0).ifPresent(run -> LOG.info(
                    "Link check: {} URLs checked, {} failed, {} now dead", run.checked(), run.failed(), run.becameDead()));
        } catch (RuntimeException e) {
            LOG.warn("Link check run failed; its claims lapse and the records are checked at a later run", e);
        }
    }

    /** One run; empty (and not a single request) while the checker is off. */
    Optional<LinkRun> runOnce() {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        Instant started = clock.now();
        String token = UUID.randomUUID().toString();
        List<LinkStore.Claimed> batch = store.claimDue(token, started, started.plus(settings.claimLease()),
                started.minus(Duration.ofHours(settings.recheckHours())), settings.batchSize());
        int[] counts = batch.isEmpty() ? new int[3] : check(batch, token);
        LinkRun run = new LinkRun(clock.now(), counts[0], counts[1], counts[2]);
        store.saveRun(started, run, run.finishedAt().minus(RUNS_KEPT));
        return Optional.of(run);
    }

    /** Checks a claimed batch; returns how many were checked, failed, became DEAD. */
    private int[] check(List<LinkStore.Claimed> batch, String token) {
        Map<String, List<LinkStore.Claimed>> byHost = new LinkedHashMap<>();
        batch.forEach(c -> byHost.computeIfAbsent(hostOf(c.url()), h -> new java.util.ArrayList<>()).add(c));
        long stopAt = System.nanoTime() + settings.maxRun().toNanos();
        BlockingQueue<Checked> done = new LinkedBlockingQueue<>();
        LinkProbe probe = probe();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.concurrency(), byHost.size()), THREADS);
        for (List<LinkStore.Claimed> host : byHost.values()) {
            pool.execute(() -> host.forEach(c -> done.add(new Checked(c, checkBefore(probe, c.url(), stopAt)))));
        }
        pool.shutdown();
        int[] counts = new int[3];
        try {
            long waitUntil = stopAt + settings.claimLease().minus(settings.maxRun()).toNanos();
            for (int i = 0; i < batch.size(); i++) {
                Checked c = done.poll(Math.max(0, waitUntil - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (c == null) {
                    break;
                }
                if (c.outcome().skipped()) {
                    store.release(c.claimed().id(), token);
                    continue;
                }
                store.record(c.claimed(), token, c.outcome(), clock.now(), clock.zone(), settings.deadAfterDays())
                        .ifPresent(w -> {
                            counts[0]++;
                            if (!c.outcome().ok()) {
                                counts[1]++;
                            }
                            if (w.after().state() == LinkState.DEAD && w.before() != LinkState.DEAD) {
                                counts[2]++;
                            }
                        });
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
        return counts;
    }

    private record Checked(LinkStore.Claimed claimed, LinkOutcome outcome) {
    }

    private static LinkOutcome checkBefore(LinkProbe probe, String url, long stopAt) {
        if (System.nanoTime() - stopAt >= 0 || Thread.currentThread().isInterrupted()) {
            return LinkOutcome.SKIPPED;
        }
        try {
            return probe.check(url);
        } catch (RuntimeException e) {
            LOG.warn("Link check of {} failed unexpectedly", url, e);
            return LinkOutcome.SKIPPED;
        }
    }

    /**
     * Checks one record's URL now (重新检查), with the same care; returns the link's new state. Refused while the
     * checker is off, or while another check of the record is under way.
     */
    LinkState recheck(long recordId) {
        if (!settings.enabled()) {
            throw new DomainException("proactive.links.error.off");
        }
        Instant now = clock.now();
        String token = UUID.randomUUID().toString();
        LinkStore.Claimed claimed = store.claimOne(recordId, token, now,
                        now.plus(settings.claimLease().minus(settings.maxRun())))
                .orElseThrow(() -> new DomainException("proactive.links.error.busy"));
        LinkOutcome outcome = checkBefore(probe(), claimed.url(), System.nanoTime() + settings.maxRun().toNanos());
        if (outcome.skipped()) {
            store.release(recordId, token);
            throw new DomainException("proactive.links.error.busy");
        }
        return store.record(claimed, token, outcome, clock.now(), clock.zone(), settings.deadAfterDays())
                .map(w -> w.after().state())
                .orElseThrow(() -> new DomainException("proactive.links.error.changed"));
    }

    LinkProbe probe() {
        return new LinkProbe(settings, pacer, userAgent);
    }

    /** The host a URL's requests go to first, which groups a batch ("" for a URL without one). */
    static String hostOf(String url) {
        try {
            URI uri = LinkProbe.asciiHost(new URI(url.strip()));
            return uri == null ? "" : uri.getHost();
        } catch (URISyntaxException e) {
            return "";
        }
    }

    private static final ThreadFactory THREADS = new ThreadFactory() {
        private final AtomicInteger next = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "link-check-" + next.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    };
}
