package org.sunshine.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.ui.MenuGroup;
import org.sunshine.base.ui.Notices;
import org.sunshine.base.ui.RowActions;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRow;
import org.sunshine.security.UserService;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** 用户管理: accounts, their roles and departments; create, edit, reset a password, disable, unlock. */
@Prototype
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "nav.users", order = MenuGroup.SYSTEM + 1, icon = "vaadin:users")
@Route("admin/users")
public class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final UserService users;
    private final SignedInUser actor;
    private final BusinessClock clock;
    private final Grid<UserRow> grid = new Grid<>();
    private final UserDialog dialog;

    public UserAdminView(UserService users, CurrentUser currentUser, BusinessClock clock) {
        this.users = users;
        this.actor = currentUser.require();
        this.clock = clock;
        this.dialog = new UserDialog(users, users.departmentChoices(), actor, this::refresh);
        setSizeFull();

        Button create = new Button(getTranslation("user.create"), VaadinIcon.PLUS.create(), e -> dialog.create());
        create.setId("user-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("users");
        grid.addColumn(UserRow::username).setHeader(getTranslation("user.username")).setAutoWidth(true).setSortable(true);
        grid.addColumn(UserRow::displayName).setHeader(getTranslation("user.displayName")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.role().labelKey())).setHeader(getTranslation("user.role")).setAutoWidth(true);
        grid.addColumn(u -> u.departmentName() == null ? "" : u.departmentName()).setHeader(getTranslation("user.department")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("common.status")).setAutoWidth(true);
        grid.addColumn(u -> u.lastLoginAt() == null ? "" : format(u.lastLoginAt())).setHeader(getTranslation("user.lastLogin")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("common.empty"));

        add(new HorizontalLayout(create), grid);
        refresh();
    }

    private Span status(UserRow user) {
        Span badge;
        if (!user.enabled()) {
            badge = new Span(getTranslation("user.status.disabled"));
            badge.getElement().getThemeList().add("badge error");
        } else if (user.lockedAt(clock.now())) {
            badge = new Span(getTranslation("user.status.lockedUntil", format(user.lockedUntil())));
            badge.getElement().getThemeList().add("badge contrast");
        } else {
            badge = new Span(getTranslation("user.status.enabled"));
            badge.getElement().getThemeList().add("badge success");
        }
        return badge;
    }

    private RowActions actions(UserRow user) {
        RowActions actions = new RowActions(this::refresh)
                .action("common.edit", () -> users.form(user.id()).ifPresent(dialog::change))
                .action("user.resetPassword", () -> new PasswordResetDialog(users, user, actor, this::refresh).open())
                .action(user.enabled() ? "user.disable" : "user.enable", () -> {
                    users.setEnabled(user.id(), !user.enabled(), actor);
                    Notices.success(getTranslation(user.enabled() ? "user.disabled" : "user.enabled", user.username()));
                });
        if (user.lockedAt(clock.now())) {
            actions.action("user.unlock", () -> {
                users.unlock(user.id(), actor);
                Notices.success(getTranslation("user.unlocked", user.username()));
            });
        }
        return actions;
    }

    private void refresh() {
        grid.setItems(users.list());
    }

    private String format(Instant instant) {
        return ZonedDateTime.ofInstant(instant, clock.zone()).format(STAMP);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
