package org.sunshine.shell;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.sunshine.base.ui.MenuGroup;
import org.sunshine.base.ui.StatCard;
import org.sunshine.base.ui.WorkbenchSection;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.KeyAreaService;
import org.sunshine.directory.ResponsibilityRow;
import org.sunshine.directory.ResponsibilityService;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRow;
import org.sunshine.security.UserService;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Every staff member's first screen: who they are and, for their role, what is in the system now. A handler sees
 * the responsibility items of their own department.
 */
@Prototype
@PermitAll
@Menu(title = "nav.workbench", order = MenuGroup.HOME + 1, icon = "vaadin:home-o")
@Route("workbench")
public class WorkbenchView extends VerticalLayout implements HasDynamicTitle {

    public WorkbenchView(CurrentUser currentUser, DepartmentService departments, KeyAreaService areas,
                         ResponsibilityService responsibilities, UserService users, Clock clock,
                         List<WorkbenchSection> sections) {
        SignedInUser user = currentUser.require();
        setId("workbench");
        add(new H3(getTranslation("workbench.greeting", user.displayName())));
        add(new Paragraph(getTranslation("workbench.role." + user.role().name())));
        sections.stream().sorted(Comparator.comparingInt(WorkbenchSection::order))
                .forEach(section -> section.section().ifPresent(component -> {
                    component.getElement().getClassList().add("workbench-section");
                    add(component);
                }));

        Div stats = new Div();
        stats.addClassName("card-grid");
        stats.add(StatCard.of(this, "workbench.stat.departments", departments.active().size(), "/directory/departments"));
        stats.add(StatCard.of(this, "workbench.stat.keyAreas", areas.list(false).size(), "/directory/areas"));
        stats.add(StatCard.of(this, "workbench.stat.responsibilities", responsibilities.list(false).size(), "/directory/responsibilities"));
        if (user.is(Role.ADMIN)) {
            List<UserRow> all = users.list();
            Instant now = Instant.now(clock);
            stats.add(StatCard.of(this, "workbench.stat.users", all.stream().filter(UserRow::enabled).count(), "/admin/users"));
            stats.add(StatCard.of(this, "workbench.stat.locked", all.stream().filter(u -> u.lockedAt(now)).count(), "/admin/users"));
        }
        add(stats);

        if (user.is(Role.HANDLER) && user.departmentId() != null) {
            long own = user.departmentId();
            List<ResponsibilityRow> duties = responsibilities.list(false).stream()
                    .filter(r -> r.leads().stream().anyMatch(d -> d.id() == own) || r.cos().stream().anyMatch(d -> d.id() == own))
                    .toList();
            add(new H3(getTranslation("workbench.ownDuties")));
            Grid<ResponsibilityRow> grid = new Grid<>();
            grid.setId("own-duties");
            grid.addColumn(ResponsibilityRow::seqNo).setHeader(getTranslation("common.no")).setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(ResponsibilityRow::title).setHeader(getTranslation("responsibility.title")).setFlexGrow(3);
            grid.addColumn(r -> getTranslation(r.leads().stream().anyMatch(d -> d.id() == own) ? "duty.LEAD" : "duty.CO"))
                    .setHeader(getTranslation("workbench.duty")).setAutoWidth(true);
            grid.addColumn(r -> getTranslation("responsibility.clockValue", r.clockDays()))
                    .setHeader(getTranslation("responsibility.clockDays")).setAutoWidth(true);
            grid.setItems(duties);
            grid.setAllRowsVisible(true);
            add(duties.isEmpty() ? new Paragraph(getTranslation("workbench.noDuties")) : grid);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.workbench");
    }
}
