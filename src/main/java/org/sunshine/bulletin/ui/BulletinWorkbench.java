package org.sunshine.bulletin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import jakarta.inject.Singleton;
import org.sunshine.base.ui.StatCard;
import org.sunshine.base.ui.WorkbenchSection;
import org.sunshine.bulletin.BulletinQueries;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.util.Optional;

/**
 * The workbench's bulletins: for a department what it must sign for and rectify; for a leader what waits for a
 * signature; for an inspector the drafts and signed bulletins to issue, and the rectification reports to verify.
 */
@Singleton
class BulletinWorkbench implements WorkbenchSection {

    private final BulletinQueries bulletins;
    private final CurrentUser currentUser;

    BulletinWorkbench(BulletinQueries bulletins, CurrentUser currentUser) {
        this.bulletins = bulletins;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> section() {
        SignedInUser user = currentUser.require();
        Div stats = new Div();
        stats.addClassName("card-grid");
        stats.setId("workbench-bulletins");
        if (user.is(Role.HANDLER)) {
            stats.add(StatCard.of(stats, "workbench.stat.bulletinsToSign", bulletins.count("toSign", user), "/bulletins"),
                    StatCard.of(stats, "workbench.stat.problemsToRectify", bulletins.count("toRectify", user), "/bulletins"));
        } else if (user.is(Role.LEADER)) {
            stats.add(StatCard.of(stats, "workbench.stat.bulletinsToSignOff", bulletins.count("toSignOff", user), "/bulletins"));
        } else if (user.is(Role.INSPECTOR)) {
            stats.add(StatCard.of(stats, "workbench.stat.bulletinsToIssue", bulletins.count("toIssue", user), "/bulletins"),
                    StatCard.of(stats, "workbench.stat.problemReportsToVerify", bulletins.count("toVerify", user), "/bulletins"));
        } else {
            return Optional.empty();
        }
        return Optional.of(stats);
    }

    @Override
    public int order() {
        return 50;
    }
}
