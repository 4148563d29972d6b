package org.sunshine.supervision;

import jakarta.inject.Singleton;
import org.sunshine.security.AccountGate;
import org.sunshine.security.Role;
import org.sunshine.security.User;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A supervisor's account works only while they are in office: not before the term, not after it or an early end,
 * and not without a roster entry at all. The end takes effect by date, whether or not it has been recorded yet.
 */
@Singleton
class SupervisorGate implements AccountGate {

    private final SupervisorRepository supervisors;
    private final Clock clock;

    SupervisorGate(SupervisorRepository supervisors, Clock clock) {
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
        return switch (entry.get().status(LocalDate.now(clock))) {
            case ACTIVE -> Optional.empty();
            case APPOINTED -> Optional.of("supervisor.login.notYet");
            case EXPIRED, ENDED -> Optional.of("supervisor.login.over");
        };
    }
}
