package org.sunshine.supervision;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.sunshine.finding.FilingScope;
import org.sunshine.security.SignedInUser;

import java.time.Clock;
import java.time.LocalDate;

/** A supervisor in office files findings against the departments in their scope, or about the key areas in it. */
@Singleton
class SupervisorFilingScope implements FilingScope {

    private final SupervisorRepository supervisors;
    private final Clock clock;

    SupervisorFilingScope(SupervisorRepository supervisors, Clock clock) {
        this.supervisors = supervisors;
        this.clock = clock;
    }

    @Override
    public boolean mayFile(SignedInUser supervisor, long departmentId, @Nullable Long keyAreaId) {
        return supervisors.findByUserId(supervisor.id())
                .filter(s -> s.status(LocalDate.now(clock)) == SupervisorStatus.ACTIVE)
                .map(s -> supervisors.scopeOf(s.getId()).covers(departmentId, keyAreaId))
                .orElse(false);
    }
}
