package org.sunshine.supervision;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.Set;

/**
 * A supervisor as an administrator appoints ({@code id == null}: the account is created with {@code username} and
 * {@code password}) or edits them (username and password ignored: the account keeps both).
 */
public record SupervisorForm(@Nullable Long id, String username, @Nullable String password, String name,
                             @Nullable Background background, String affiliation, String phone, String email,
                             @Nullable LocalDate termStart, @Nullable LocalDate termEnd, Set<Long> departmentIds,
                             Set<Long> keyAreaIds) {

    public SupervisorForm {
        departmentIds = departmentIds == null ? Set.of() : Set.copyOf(departmentIds);
        keyAreaIds = keyAreaIds == null ? Set.of() : Set.copyOf(keyAreaIds);
    }

    public static SupervisorForm empty(LocalDate today) {
        return new SupervisorForm(null, "", "", "", Background.CITIZEN, "", "", "", today, today.plusYears(2).minusDays(1),
                Set.of(), Set.of());
    }
}
