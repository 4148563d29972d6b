package org.sunshine.complaint.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.base.export.TableExport;
import org.sunshine.base.ui.Badge;
import org.sunshine.base.ui.FilterBar;
import org.sunshine.base.ui.LazyList;
import org.sunshine.base.ui.ListCell;
import org.sunshine.base.ui.ListAddress;
import org.sunshine.base.ui.MenuGroup;
import org.sunshine.base.ui.NarrowColumns;
import org.sunshine.base.ui.StateFilter;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.ExportLinks;
import org.sunshine.base.ui.SearchField;
import org.sunshine.calendar.DeadlineKind;
import org.sunshine.calendar.Warning;
import org.sunshine.calendar.ui.DueBadge;
import org.sunshine.complaint.ComplaintFilter;
import org.sunshine.complaint.ComplaintQueries;
import org.sunshine.complaint.ComplaintRow;
import org.sunshine.complaint.ComplaintState;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.KeyAreaRow;
import org.sunshine.directory.KeyAreaService;
import org.sunshine.directory.ui.DepartmentChoices;
import org.sunshine.search.ui.Marked;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * 诉求办理: the queue. Inspectors and leaders see every item, a department's handler only their department's; each
 * row shows the deadline running now with its yellow or red card. Filters by state, department, key area, warning
 * and text; the filtered list exports to CSV and Excel (no personal data). The address may carry
 * {@code ?state=SUBMITTED,ACCEPTED} and {@code ?warning=RED|YELLOW|NONE} (the workbench's queues).
 */
@Prototype
@RolesAllowed({Role.INSPECTOR_NAME, Role.LEADER_NAME, Role.HANDLER_NAME})
@Menu(title = "nav.complaints", order = MenuGroup.COMPLAINTS + 1, icon = "vaadin:comments-o")
@Route("complaints")
public class ComplaintsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ComplaintQueries queries;
    private final SignedInUser viewer;
    private final Clock clock;
    private final Grid<ComplaintRow> grid = new Grid<>();
    private final StateFilter<ComplaintState> states = new StateFilter<>("complaint-states", "complaint.anyState", "complaint.state.", this::refresh);
    private final ComboBox<DepartmentRow> department;
    private final ComboBox<KeyAreaRow> area = new ComboBox<>();
    private final Select<Warning> warning = new Select<>();
    private final SearchField search = new SearchField("complaint-search", "complaint.search", this::refresh);
    private final LazyList<ComplaintRow> data;
    /** The filter on screen, read by downloads, which run outside the UI's lock. */
    private volatile ComplaintFilter shown = ComplaintFilter.ALL;

    public ComplaintsView(ComplaintQueries queries, DepartmentService departments, KeyAreaService areas,
                          CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.viewer = currentUser.require();
        this.clock = clock;
        setSizeFull();

        states.setItems(ComplaintState.values());
        department = new DepartmentChoices(departments.active()).single(null);
        department.setPlaceholder(getTranslation("complaint.anyDepartment"));
        department.setId("complaint-department-filter");
        department.addValueChangeListener(e -> refresh());
        department.setVisible(!viewer.is(Role.HANDLER));
        area.setItems(areas.list(true));
        area.setItemLabelGenerator(KeyAreaRow::name);
        area.setPlaceholder(getTranslation("complaint.anyArea"));
        area.setClearButtonVisible(true);
        area.addValueChangeListener(e -> refresh());
        warning.setItems(Warning.RED, Warning.YELLOW, Warning.NONE);
        warning.setEmptySelectionAllowed(true);
        warning.setEmptySelectionCaption(getTranslation("complaint.anyWarning"));
        warning.setItemLabelGenerator(w -> w == null ? getTranslation("complaint.anyWarning") : getTranslation("complaint.warningFilter." + w.name()));
        warning.setId("complaint-warning-filter");
        warning.addValueChangeListener(e -> refresh());

        Set<ComplaintState> todo = todo();
        if (!todo.isEmpty()) {
            states.quick("list.quick.todo", todo);
        }
        if (viewer.is(Role.HANDLER)) {
            states.quick("complaint.quick.toReceive", EnumSet.of(ComplaintState.ASSIGNED))
                    .quick("complaint.quick.handling", EnumSet.of(ComplaintState.IN_PROGRESS, ComplaintState.REOPENED,
                            ComplaintState.EXTENSION_REQUESTED, ComplaintState.RETURN_REQUESTED));
        } else {
            states.quick("complaint.quick.toAccept", EnumSet.of(ComplaintState.SUBMITTED))
                    .quick("complaint.quick.toAssign", EnumSet.of(ComplaintState.ACCEPTED))
                    .quick("complaint.quick.toDecide", EnumSet.of(ComplaintState.RETURN_REQUESTED, ComplaintState.EXTENSION_REQUESTED));
        }
        states.quick("complaint.quick.all", EnumSet.noneOf(ComplaintState.class))
                .sized(chosen -> queries.size(new ComplaintFilter(chosen, null, null, null, null), viewer));
        FilterBar filters = new FilterBar(search, states, department, area, warning);
        filters.add(exports());
        if (viewer.is(Role.INSPECTOR)) {
            Button entry = new Button(getTranslation("nav.complaintEntry"), VaadinIcon.PHONE.create(),
                    e -> UI.getCurrent().navigate(EntryView.class));
            entry.setId("complaint-entry");
            filters.add(entry);
        }

        grid.setId("complaints");
        grid.addColumn(ComplaintRow::trackingCode).setHeader(getTranslation("complaint.trackingCode")).setAutoWidth(true).setFlexGrow(0);
        // the whole subject, and under it the type, the key area and when it came
        grid.addComponentColumn(r -> r.highlight() != null
                        ? Marked.cell(r.highlight(), r.subject(), getTranslation("complaint.type." + r.type().name()),
                                r.keyAreaName(), Dates.time(this, r.submittedAt(), clock.getZone()))
                        : ListCell.of(r.subject(), getTranslation("complaint.type." + r.type().name()),
                        r.keyAreaName(), Dates.time(this, r.submittedAt(), clock.getZone())))
                .setKey("subject").setHeader(getTranslation("complaint.subject")).setWidth("13rem").setFlexGrow(1);
        grid.addComponentColumn(r -> Badges.state(r.state())).setKey("state").setHeader(getTranslation("common.status")).setWidth(Badge.width(this, "complaint.state.", ComplaintState.values())).setFlexGrow(0);
        if (!viewer.is(Role.HANDLER)) {
            grid.addColumn(r -> r.departmentName() == null ? "" : r.departmentName()).setHeader(getTranslation("complaint.handledBy")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addComponentColumn(Badges::due).setKey("due").setHeader(getTranslation("complaint.due"))
                .setWidth(DueBadge.width(this, DeadlineKind.ACCEPT, DeadlineKind.HANDLE, DeadlineKind.RATE)).setFlexGrow(0);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(ComplaintDetailView.class, e.getItem().id()));
        grid.setEmptyStateText(getTranslation("common.empty"));
        NarrowColumns.secondary(grid, "complaint.handledBy");
        grid.setSizeFull();
        data = LazyList.of(grid, page -> queries.page(shown, viewer, page), ComplaintQueries::key,
                () -> queries.size(shown, viewer));
        add(states.quickLinks(), filters, grid);
        if (!todo.isEmpty()) {
            states.setValue(todo);
        }
        refresh();
    }

    /** What waits for the viewer, the list's first selection: a handler's items in hand, an inspector's to decide. */
    private Set<ComplaintState> todo() {
        if (viewer.is(Role.HANDLER)) {
            return EnumSet.of(ComplaintState.ASSIGNED, ComplaintState.IN_PROGRESS, ComplaintState.REOPENED,
                    ComplaintState.EXTENSION_REQUESTED, ComplaintState.RETURN_REQUESTED);
        }
        if (viewer.is(Role.INSPECTOR)) {
            return EnumSet.of(ComplaintState.SUBMITTED, ComplaintState.ACCEPTED, ComplaintState.RETURN_REQUESTED,
                    ComplaintState.EXTENSION_REQUESTED);
        }
        return Set.of();
    }
    /** The workbench's queues: {@code ?state=} and {@code ?warning=} replace the role's default filter. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ListAddress address = ListAddress.of(event);
        if (!address.isEmpty()) {
            states.setValue(address.all("state", ComplaintState.class));
            warning.setValue(address.one("warning", Warning.class));
        }
    }

    private void refresh() {
        shown = new ComplaintFilter(Set.copyOf(states.getValue()), department.getValue() == null ? null : department.getValue().id(),
                area.getValue() == null ? null : area.getValue().id(), warning.getValue(), search.getValue());
        grid.setEmptyStateText(getTranslation(search.getValue().isBlank() || queries.wordSearchReady()
                ? "common.empty" : "search.building"));
        data.refresh();
    }

    private Anchor[] exports() {
        return ExportLinks.of(this, "complaint", () -> getTranslation("complaint.export.file", LocalDate.now(clock).toString()),
                () -> queries.all(shown, viewer), () -> List.of(
                        column("complaint.trackingCode", ComplaintRow::trackingCode),
                        column("complaint.type", r -> getTranslation("complaint.type." + r.type().name())),
                        column("complaint.subject", ComplaintRow::subject),
                        column("common.status", r -> getTranslation("complaint.state." + r.state().name())),
                        column("complaint.handledBy", ComplaintRow::departmentName),
                        column("complaint.keyArea", ComplaintRow::keyAreaName),
                        column("complaint.channel", r -> getTranslation("complaint.channel." + r.channel().name())),
                        column("complaint.submittedAt", r -> Dates.time(this, r.submittedAt(), clock.getZone())),
                        column("complaint.due", r -> r.due() == null ? "" : r.due().toString()),
                        column("complaint.warning", r -> getTranslation("complaint.warningFilter." + r.warning().name()))))
                .toArray(Anchor[]::new);
    }

    private TableExport.Column<ComplaintRow> column(String headerKey, Function<ComplaintRow, Object> value) {
        return new TableExport.Column<>(getTranslation(headerKey), value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.complaints");
    }
}
