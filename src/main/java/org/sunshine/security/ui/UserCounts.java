package org.sunshine.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import jakarta.inject.Singleton;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.ui.StatCard;
import org.sunshine.base.ui.WorkbenchSection;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.UserRow;
import org.sunshine.security.UserService;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The administrator's workbench: the accounts that may sign in, and those locked now. */
@Singleton
class UserCounts implements WorkbenchSection {

    private final UserService users;
    private final CurrentUser currentUser;
    private final BusinessClock clock;

    UserCounts(UserService users, CurrentUser currentUser, BusinessClock clock) {
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public Optional<Component> section() {
        if (!currentUser.require().is(Role.ADMIN)) {
            return Optional.empty();
        }
        List<UserRow> all = users.list();
        Instant now = clock.now();
        Div stats = new Div();
        stats.setId("workbench-users");
        stats.addClassName("card-grid");
        stats.add(StatCard.of(stats, "workbench.stat.users", all.stream().filter(UserRow::enabled).count(), "/admin/users"),
                StatCard.of(stats, "workbench.stat.locked", all.stream().filter(u -> u.lockedAt(now)).count(), "/admin/users"));
        return Optional.of(stats);
    }

    @Override
    public int order() {
        return 910;
    }
}
