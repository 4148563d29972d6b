package org.sunshine.supervision;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.finding.FilingScope;
import org.sunshine.security.SignedInUser;

/**
 * A supervisor in office files findings against the departments in their scope, or about the key areas in it. In
 * office by the term's dates, like sign-in ({@link SupervisorGate}).
 */
@Singleton
class SupervisorFilingScope implements FilingScope {

    private final SupervisorRepository supervisors;
    private final BusinessClock clock;

    SupervisorFilingScope(SupervisorRepository supervisors, BusinessClock clock) {
        this.supervisors = supervisors;
        this.clock = clock;
    }

    @Override
    public boolean mayFile(SignedInUser supervisor, long departmentId, @Nullable Long keyAreaId) {
        return supervisors.findByUserId(supervisor.id())
                .filter(s -> s.stateOn(clock.today()) == SupervisorState.ACTIVE)
                .map(s -> supervisors.scopeOf(s.getId()).covers(departmentId, keyAreaId))
                .orElse(false);
    }
}
