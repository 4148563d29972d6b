package org.sunshine.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import jakarta.inject.Singleton;
import org.sunshine.base.ui.StatCard;
import org.sunshine.base.ui.WorkbenchSection;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Lockouts;
import org.sunshine.security.Role;
import org.sunshine.security.UserRow;
import org.sunshine.security.UserService;

import java.util.List;
import java.util.Optional;

/** The administrator's workbench: the accounts that may sign in, and those locked now (for some address). */
@Singleton
class UserCounts implements WorkbenchSection {

    private final UserService users;
    private final CurrentUser currentUser;
    private final Lockouts lockouts;

    UserCounts(UserService users, CurrentUser currentUser, Lockouts lockouts) {
        this.users = users;
        this.currentUser = currentUser;
        this.lockouts = lockouts;
    }

    @Override
    public Optional<Component> section() {
        if (!currentUser.require().is(Role.ADMIN)) {
            return Optional.empty();
        }
        List<UserRow> all = users.list();
        Div stats = new Div();
        stats.setId("workbench-users");
        stats.addClassName("card-grid");
        stats.add(StatCard.of(stats, "workbench.stat.users", all.stream().filter(UserRow::enabled).count(), "/admin/users"),
                StatCard.of(stats, "workbench.stat.locked", lockouts.lockedAccounts(), "/admin/users"));
        return Optional.of(stats);
    }

    @Override
    public int order() {
        return 910;
    }
}
