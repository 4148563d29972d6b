package org.sunshine.base.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether this node is ready for people's requests: {@code /health} answers 503 while work it does once after a start
 * (the dashboard's figures read once, the monthly statistics computed for the first time) is under way, so that a
 * load balancer sends the node nobody until that is done — the first person after a restart then meets a node as warm
 * as the next (issue 18; docs/deployment.md, "Health"). At most {@code sunshine.warm-up.at-most} (2 minutes) after the
 * start: a warm-up that takes longer no longer holds the node back.
 */
@Singleton
public class Readiness implements HealthIndicator {

    private final Set<String> warming = ConcurrentHashMap.newKeySet();
    private final long readyBy;

    Readiness(@Value("${sunshine.warm-up.at-most:2m}") Duration atMost) {
        this.readyBy = System.nanoTime() + atMost.toNanos();
    }

    /** Holds the node back until {@link #warmed} is called with the same name. */
    public void warming(String what) {
        warming.add(what);
    }

    public void warmed(String what) {
        warming.remove(what);
    }

    /** Whether nothing holds the node back any more. */
    public boolean ready() {
        return warming.isEmpty() || System.nanoTime() - readyBy > 0;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        HealthStatus status = ready() ? HealthStatus.UP : HealthStatus.DOWN;
        return Publishers.just(HealthResult.builder("warmUp", status).details(Set.copyOf(warming)).build());
    }
}
