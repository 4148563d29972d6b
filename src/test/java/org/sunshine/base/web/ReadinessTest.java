package org.sunshine.base.web;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthResult;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node after a start says it is not ready while its warm-up is under way, so that a load balancer sends it nobody
 * yet, and ready once it is done — or once it has waited as long as it may.
 */
class ReadinessTest {

    private static HealthStatus status(Readiness readiness) {
        AtomicReference<HealthResult> result = new AtomicReference<>();
        readiness.getResult().subscribe(new Subscriber<>() {
            @Override
            public void onSubscribe(Subscription s) {
                s.request(1);
            }

            @Override
            public void onNext(HealthResult r) {
                result.set(r);
            }

            @Override
            public void onError(Throwable t) {
                throw new AssertionError(t);
            }

            @Override
            public void onComplete() {
            }
        });
        return result.get().getStatus();
    }

    @Test
    void aNodeIsNotReadyWhileItWarmsUpAndReadyOnceItIsDone() {
        Readiness readiness = new Readiness(Duration.ofMinutes(2));
        assertThat(status(readiness)).as("nothing to warm up").isEqualTo(HealthStatus.UP);

        readiness.warming("dashboard");
        readiness.warming("statistics");
        assertThat(status(readiness)).isEqualTo(HealthStatus.DOWN);
        readiness.warmed("dashboard");
        assertThat(status(readiness)).as("the statistics still to compute").isEqualTo(HealthStatus.DOWN);
        readiness.warmed("statistics");
        assertThat(status(readiness)).isEqualTo(HealthStatus.UP);
    }

    @Test
    void aWarmUpThatTakesLongerThanAllowedNoLongerHoldsTheNodeBack() {
        Readiness readiness = new Readiness(Duration.ZERO);
        readiness.warming("dashboard");
        assertThat(readiness.ready()).isTrue();
        assertThat(status(readiness)).isEqualTo(HealthStatus.UP);
    }
}
