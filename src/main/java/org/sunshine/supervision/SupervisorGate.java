package org.sunshine.supervision;

import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.security.AccountGate;
import org.sunshine.security.Role;
import org.sunshine.security.User;

import java.util.Optional;

/**
 * A supervisor's account works only while they are in office: not before the term, not after it or a dismissal,
 * and not without a roster entry at all. It goes by the term's dates ({@link Supervisor#stateOn}), not by the stored
 * state: that one is moved by a job every ten minutes ({@link SupervisorTerms}) and keeps the history, but access
 * must open and close at midnight exactly, whether or not the job has run yet.
 */
@Singleton
class SupervisorGate implements AccountGate {

    private final SupervisorRepository supervisors;
    private final BusinessClock clock;

    SupervisorGate(SupervisorRepository supervisors, BusinessClock clock) {
        this.supervisors = supervisors;
        this.clock = clock;
    }

    @Override
    public Optional<String> refusal(User user) {
        if (user.getRole() != Role.SUPERVISOR) {
            return Optional.empty();
        }
        Optional<Supervisor> entry = supervisors.findByUserId(user.getId());
        if (entry.isEmpty()) {
            return Optional.of("supervisor.login.notOnRoster");
        }
        return switch (entry.get().stateOn(clock.today())) {
            case ACTIVE -> Optional.empty();
            case APPOINTED -> Optional.of("supervisor.login.notYet");
            case EXPIRED, ENDED -> Optional.of("supervisor.login.over");
        };
    }
}
