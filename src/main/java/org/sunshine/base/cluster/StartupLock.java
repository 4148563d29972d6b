package org.sunshine.base.cluster;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What nodes load into the database as they start is loaded by one node at a time: the bundled calendar years, the
 * default indicator system, the first administrator, the demo city and its history. Two nodes started together on an
 * empty database would otherwise both find it empty and both load (two indicator systems, a duplicate key that stops
 * a start). The lock ({@code startup-load}) is taken before the first start-up listener and released after the last
 * (or when the node stops), so every loader, each written to load only what is missing, runs on one node and then
 * finds its work done on the next. Unlike a scheduled job, which another node skips, a start waits for the lock, for at
 * most {@code hold-at-most}: the lock of a node that died while loading lapses then, and the waiting node loads.
 */
@Singleton
public class StartupLock {

    static final String NAME = "startup-load";
    private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final LockProvider locks;
    private final Duration holdAtMost;
    private volatile SimpleLock held;

    StartupLock(LockProvider locks, @Value("${sunshine.cluster.startup-lock.hold-at-most:30m}") Duration holdAtMost) {
        this.locks = locks;
        this.holdAtMost = holdAtMost;
    }

    @EventListener
    @Order(Integer.MIN_VALUE) // before every loader
    void beforeLoading(StartupEvent event) {
        held = take();
    }

    @EventListener
    @Order(Integer.MAX_VALUE) // after every loader
    void afterLoading(StartupEvent event) {
        release();
    }

    @PreDestroy
    void release() {
        SimpleLock lock = held;
        held = null;
        if (lock != null) {
            lock.unlock();
        }
    }

    private SimpleLock take() {
        Instant giveUpAt = Instant.now().plus(holdAtMost).plus(POLL);
        boolean told = false;
        while (true) {
            Optional<SimpleLock> lock = locks.lock(new LockConfiguration(Instant.now(), NAME, holdAtMost, Duration.ZERO));
            if (lock.isPresent()) {
                return lock.get();
            }
            if (Instant.now().isAfter(giveUpAt)) {
                throw new IllegalStateException("Another node has been loading for longer than " + holdAtMost);
            }
            if (!told) {
                LOG.info("Another node is loading the database as it starts: waiting for it");
                told = true;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for another node's start", e);
            }
        }
    }
}
