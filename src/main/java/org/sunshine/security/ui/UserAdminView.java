package org.sunshine.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.ui.MenuGroup;
import org.sunshine.base.ui.NarrowColumns;
import org.sunshine.base.ui.Notices;
import org.sunshine.base.ui.RowActions;
import org.sunshine.base.ui.FilterBar;
import org.sunshine.base.ui.SearchField;
import org.sunshine.security.AccountDepartments;
import org.sunshine.security.AccountState;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Lockouts;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.StaffContacts;
import org.sunshine.security.UserRow;
import org.sunshine.security.UserFilter;
import org.sunshine.security.UserService;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 用户管理: accounts, their roles and departments; create, edit, reset a password, disable; and the lockouts in force
 * (an account locked for one client address), which the administrator may lift.
 */
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
    private final Lockouts lockoutService;
    private final Grid<Lockouts.Row> lockoutGrid;
    private final SearchField search = new SearchField("user-search", "user.search", this::refresh);
    private final Select<Role> role = new Select<>();
    private final ComboBox<AccountDepartments.Choice> department = new ComboBox<>();
    private final Select<AccountState> state = new Select<>();
    private final Span found = new Span();
    private Set<Long> locked = Set.of();
    private Set<Long> heads = Set.of();

    public UserAdminView(UserService users, Lockouts lockouts, CurrentUser currentUser, BusinessClock clock,
                         StaffContacts contacts) {
        this.users = users;
        this.lockoutService = lockouts;
        this.actor = currentUser.require();
        this.clock = clock;
        this.dialog = new UserDialog(contacts, users.departmentChoices(), actor, this::refresh);
        setSizeFull();

        Button create = new Button(getTranslation("user.create"), VaadinIcon.PLUS.create(), e -> dialog.create());
        create.setId("user-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        role.setId("user-role-filter");
        role.setItems(Role.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("user.anyRole"));
        role.setItemLabelGenerator(r -> r == null ? getTranslation("user.anyRole") : getTranslation(r.labelKey()));
        role.addValueChangeListener(e -> refresh());
        department.setId("user-department-filter");
        department.setItems(users.departmentChoices());
        department.setItemLabelGenerator(AccountDepartments.Choice::name);
        department.setPlaceholder(getTranslation("user.anyDepartment"));
        department.setClearButtonVisible(true);
        department.addValueChangeListener(e -> refresh());
        state.setId("user-state-filter");
        state.setItems(AccountState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("user.anyState"));
        state.setItemLabelGenerator(s -> s == null ? getTranslation("user.anyState") : getTranslation(s.labelKey()));
        state.addValueChangeListener(e -> refresh());
        found.setId("user-count");
        found.addClassName("list-count");

        grid.setId("users");
        grid.addColumn(UserRow::username).setHeader(getTranslation("user.username")).setAutoWidth(true).setSortable(true);
        grid.addColumn(UserRow::displayName).setHeader(getTranslation("user.displayName")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.role().labelKey())).setHeader(getTranslation("user.role")).setAutoWidth(true);
        grid.addColumn(u -> u.departmentName() == null ? "" : u.departmentName()).setHeader(getTranslation("user.department")).setAutoWidth(true);
        grid.addComponentColumn(this::headBadge).setKey("disclosureHead").setHeader(getTranslation("user.disclosureHead")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("common.status")).setAutoWidth(true);
        grid.addColumn(u -> u.lastLoginAt() == null ? "" : format(u.lastLoginAt())).setHeader(getTranslation("user.lastLogin")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("common.empty"));
        NarrowColumns.secondary(grid, "user.disclosureHead", "user.lastLogin");

        lockoutGrid = lockoutGrid();
        H3 lockoutTitle = new H3(getTranslation("user.lockout.title"));
        add(new FilterBar(search, role, department, state, found, create), grid, lockoutTitle,
                new Paragraph(getTranslation("user.lockout.help")), lockoutGrid);
        refresh();
    }

    /** 政府信息公开工作机构负责人: approves the department's extensions of applications for information. */
    private Span headBadge(UserRow user) {
        Span badge = new Span();
        if (heads.contains(user.id())) {
            badge.setText(getTranslation("user.disclosureHead.badge"));
            badge.getElement().getThemeList().add("badge");
            badge.addClassName("disclosure-head");
        }
        return badge;
    }

    private Span status(UserRow user) {
        AccountState now = UserService.state(user, locked);
        Span badge = new Span(getTranslation(now.labelKey()));
        badge.getElement().getThemeList().add(switch (now) {
            case DISABLED -> "badge error";
            case LOCKED -> "badge contrast";
            case ACTIVE -> "badge success";
        });
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
        if (user.role() == Role.HANDLER && user.enabled()) {
            boolean head = heads.contains(user.id());
            actions.action(head ? "user.disclosureHead.unset" : "user.disclosureHead.set", () -> {
                users.setDisclosureHead(user.id(), !head, actor);
                Notices.success(getTranslation(head ? "user.disclosureHead.unsetDone" : "user.disclosureHead.setDone",
                        user.username()));
            });
        }
        return actions;
    }

    /** The lockouts in force: whose account, from which address, since when, how many wrong passwords. */
    private Grid<Lockouts.Row> lockoutGrid() {
        Grid<Lockouts.Row> lockouts = new Grid<>();
        lockouts.setId("lockouts");
        lockouts.addColumn(Lockouts.Row::username).setHeader(getTranslation("user.username")).setAutoWidth(true);
        lockouts.addColumn(Lockouts.Row::displayName).setHeader(getTranslation("user.displayName")).setAutoWidth(true);
        lockouts.addColumn(Lockouts.Row::clientAddress).setHeader(getTranslation("user.lockout.address")).setAutoWidth(true);
        lockouts.addColumn(l -> format(l.lockedAt())).setHeader(getTranslation("user.lockout.since")).setAutoWidth(true);
        lockouts.addColumn(l -> format(l.lockedUntil())).setHeader(getTranslation("user.lockout.until")).setAutoWidth(true);
        lockouts.addColumn(Lockouts.Row::failures).setHeader(getTranslation("user.lockout.failures")).setAutoWidth(true);
        lockouts.addComponentColumn(l -> new RowActions(this::refresh).action("user.unlock", () -> {
            lockoutService.lift(l.id(), actor);
            Notices.success(getTranslation("user.unlocked", l.username(), l.clientAddress()));
        })).setKey("actions").setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        lockouts.setAllRowsVisible(true);
        lockouts.setEmptyStateText(getTranslation("user.lockout.none"));
        return lockouts;
    }

    private void refresh() {
        List<Lockouts.Row> current = lockoutService.current(actor);
        locked = current.stream().map(Lockouts.Row::userId).collect(Collectors.toSet());
        lockoutGrid.setItems(current);
        heads = users.disclosureHeads();
        List<UserRow> shown = users.search(new UserFilter(search.getValue(), role.getValue(),
                department.getValue() == null ? null : department.getValue().id(), state.getValue()), actor);
        grid.setItems(shown);
        found.setText(getTranslation("user.found", shown.size()));
    }

    private String format(Instant instant) {
        return ZonedDateTime.ofInstant(instant, clock.zone()).format(STAMP);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
