package org.sunshine.supervision;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.base.BusinessClock;
import org.sunshine.workflow.By;
import org.sunshine.workflow.History;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;

import static org.sunshine.supervision.SupervisorState.ACTIVE;
import static org.sunshine.supervision.SupervisorState.APPOINTED;
import static org.sunshine.supervision.SupervisorState.EXPIRED;

/**
 * Moves the stored state of terms by their dates, as steps of the platform in each supervisor's history:
 * {@link SupervisorAction#START} on the first day of the term, {@link SupervisorAction#EXPIRE} on the day after
 * the last, handing an expired supervisor's waiting tasks on. Runs every ten minutes, and after an administrator's
 * change. Sign-in, assignment and filing do not wait for it: they read the dates ({@link Supervisor#stateOn}).
 */
@Singleton
class SupervisorTerms {

    private static final Logger LOG = LoggerFactory.getLogger(SupervisorTerms.class);

    private final SupervisorRepository supervisors;
    private final ReviewAssignment reviews;
    private final History history;
    private final BusinessClock clock;

    SupervisorTerms(SupervisorRepository supervisors, ReviewAssignment reviews, History history, BusinessClock clock) {
        this.supervisors = supervisors;
        this.reviews = reviews;
        this.history = history;
        this.clock = clock;
    }

    /** Starts and expires every term whose stored state is behind its dates; returns how many moved. */
    @Transactional
    public int advance() {
        LocalDate today = clock.today();
        Map<Long, Supervisor> behind = new TreeMap<>();
        supervisors.findByStateAndTermStartLessThanEquals(APPOINTED, today).forEach(s -> behind.put(s.getId(), s));
        supervisors.findByStateInListAndTermEndLessThan(EnumSet.of(APPOINTED, ACTIVE), today)
                .forEach(s -> behind.putIfAbsent(s.getId(), s));
        int moved = 0;
        for (Supervisor supervisor : behind.values()) {
            if (follow(supervisor)) {
                moved++;
            }
        }
        return moved;
    }

    /** One node at a time: at most 10 minutes if its node dies, and kept 5 at least (the other node's round). */
    @Scheduled(fixedDelay = "10m", initialDelay = "30s")
    @SchedulerLock(name = "supervisor-terms", lockAtMostFor = "10m", lockAtLeastFor = "5m")
    void onSchedule() {
        int moved = advance();
        if (moved > 0) {
            LOG.info("Moved {} supervisor terms by their dates", moved);
        }
    }

    /**
     * Takes the platform's step that brings the stored state to what the dates say today, if it is behind: only
     * forward (a term going back is the administrator's {@link SupervisorAction#REAPPOINT}). Runs in the caller's
     * transaction.
     *
     * @return whether the state moved
     */
    boolean follow(Supervisor supervisor) {
        SupervisorState due = supervisor.stateOn(clock.today());
        SupervisorState now = supervisor.getState();
        if (due == ACTIVE && now == APPOINTED) {
            history.move(SupervisorWorkflow.TABLE, supervisor, SupervisorAction.START, By.SYSTEM,
                    String.valueOf(supervisor.getTermStart()), s -> { }, supervisors::update);
            return true;
        }
        if (due == EXPIRED && (now == APPOINTED || now == ACTIVE)) {
            history.move(SupervisorWorkflow.TABLE, supervisor, SupervisorAction.EXPIRE, By.SYSTEM,
                    String.valueOf(supervisor.getTermEnd()), s -> { }, supervisors::update);
            reviews.release(supervisor);
            return true;
        }
        return false;
    }
}
