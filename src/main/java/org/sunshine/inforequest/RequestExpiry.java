package org.sunshine.inforequest;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends the applications whose correction or fee payment did not come by its deadline (三(六)1, 三(六)2). Runs every
 * ten minutes (and after a start), when {@code sunshine.inforequests.auto-terminate} is on.
 */
@Singleton
class RequestExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(RequestExpiry.class);

    private final RequestHandling handling;
    private final RequestSettings settings;

    RequestExpiry(RequestHandling handling, RequestSettings settings) {
        this.handling = handling;
        this.settings = settings;
    }

    /** One node at a time: at most 15 minutes if its node dies, and kept 5 at least (the other node's round). */
    @Scheduled(fixedDelay = "10m", initialDelay = "1m")
    @SchedulerLock(name = "request-expiry", lockAtMostFor = "15m", lockAtLeastFor = "5m")
    void onSchedule() {
        if (settings.autoTerminate()) {
            int ended = handling.terminateOverdue();
            if (ended > 0) {
                LOG.info("Ended {} applications whose correction or payment did not come in time", ended);
            }
        }
    }
}
