package org.sunshine.supervision;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.security.UserService;

import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Chooses who reviews a complaint: a supervisor in office today, with a usable account, whose scope covers the
 * complaint's department or key area — the one with the fewest tasks waiting, then the longest serving.
 */
@Singleton
class SupervisorPicker {

    private final SupervisorRepository supervisors;
    private final ReviewTaskRepository tasks;
    private final UserService users;
    private final BusinessClock clock;

    SupervisorPicker(SupervisorRepository supervisors, ReviewTaskRepository tasks, UserService users,
                     BusinessClock clock) {
        this.supervisors = supervisors;
        this.tasks = tasks;
        this.users = users;
        this.clock = clock;
    }

    /**
     * The supervisor to give a task to, other than {@code except}. "In office" is decided by the term's dates, not
     * by the stored state, which the scheduled job moves a few minutes after midnight: a task drawn at 00:01 on the
     * first or the day after the last day of a term goes by the calendar, like sign-in ({@link SupervisorGate}).
     */
    Optional<Supervisor> pick(@Nullable Long departmentId, @Nullable Long keyAreaId, @Nullable Long except) {
        Map<Long, Long> pending = tasks.countPending().stream()
                .collect(Collectors.toMap(ReviewTaskRepository.PendingCount::supervisorId,
                        ReviewTaskRepository.PendingCount::pending));
        return supervisors.findInOffice(clock.today()).stream()
                .filter(s -> !Objects.equals(s.getId(), except))
                .filter(s -> users.isEnabled(s.getUserId()))
                .filter(s -> supervisors.scopeOf(s.getId()).covers(departmentId, keyAreaId))
                .min(Comparator.<Supervisor>comparingLong(s -> pending.getOrDefault(s.getId(), 0L))
                        .thenComparing(Supervisor::getTermStart).thenComparing(Supervisor::getId));
    }
}
