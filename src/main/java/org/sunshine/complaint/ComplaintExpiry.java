package org.sunshine.complaint;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.workflow.By;
import org.sunshine.workflow.History;

/**
 * Closes replies whose rating window has ended without a rating, as 未评价 — never as satisfied. Runs every ten
 * minutes (and after a start), when {@code sunshine.complaints.auto-close} is on.
 */
@Singleton
public class ComplaintExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(ComplaintExpiry.class);

    private final ComplaintRepository complaints;
    private final ComplaintDeadlines deadlines;
    private final History history;
    private final ComplaintSettings settings;
    private final BusinessClock clock;

    ComplaintExpiry(ComplaintRepository complaints, ComplaintDeadlines deadlines, History history,
                    ComplaintSettings settings, BusinessClock clock) {
        this.complaints = complaints;
        this.deadlines = deadlines;
        this.history = history;
        this.settings = settings;
        this.clock = clock;
    }

    /** One node at a time: at most 15 minutes if its node dies, and kept 5 at least (the other node's round). */
    @Scheduled(fixedDelay = "10m", initialDelay = "1m")
    @SchedulerLock(name = "complaint-expiry", lockAtMostFor = "15m", lockAtLeastFor = "5m")
    void onSchedule() {
        if (settings.autoClose()) {
            int closed = closeUnrated();
            if (closed > 0) {
                LOG.info("Closed {} replies not rated in time", closed);
            }
        }
    }

    /** Closes every reply whose rating deadline is before today; returns how many. */
    @Transactional
    public int closeUnrated() {
        int closed = 0;
        for (Complaint c : complaints.findByStateAndRatingDueLessThan(ComplaintState.REPLIED, deadlines.today())) {
            try {
                history.move(ComplaintWorkflow.TABLE, c, ComplaintAction.EXPIRE, By.SYSTEM, "", item -> {
                    item.setRating(Rating.NOT_RATED);
                    item.setClosedAt(clock.now());
                }, complaints::update);
            } catch (DomainException rescued) {
                continue; // rated or reopened at this very moment: the complainant's answer stands
            }
            closed++;
        }
        return closed;
    }
}
