package org.sunshine.security.ui;

import com.vaadin.flow.component.Component;
import jakarta.inject.Singleton;
import org.sunshine.base.ui.Queues;
import org.sunshine.base.ui.WorkbenchSection;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Lockouts;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.util.Optional;

/** The administrator's workbench: the sign-in lockouts in force, which they may lift on the user screen. */
@Singleton
class AccountWorkbench implements WorkbenchSection {

    private final CurrentUser currentUser;
    private final Lockouts lockouts;

    AccountWorkbench(CurrentUser currentUser, Lockouts lockouts) {
        this.currentUser = currentUser;
        this.lockouts = lockouts;
    }

    @Override
    public Optional<Component> section() {
        SignedInUser user = currentUser.require();
        if (!user.is(Role.ADMIN)) {
            return Optional.empty();
        }
        return Optional.of(new Queues("workbench-users", "workbench.accounts")
                .add("workbench.stat.locked", lockouts.current(user).size(), "/admin/users", "lockouts"));
    }

    @Override
    public int order() {
        return 910;
    }
}
