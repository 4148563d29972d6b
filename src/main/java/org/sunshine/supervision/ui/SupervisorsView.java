package org.sunshine.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.base.ui.Badge;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.export.TableExport;
import org.sunshine.base.ui.ActionDialog;
import org.sunshine.base.ui.ExportLinks;
import org.sunshine.base.ui.MenuGroup;
import org.sunshine.base.ui.NarrowColumns;
import org.sunshine.base.ui.RowActions;
import org.sunshine.base.ui.SearchField;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.KeyAreaService;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.supervision.SupervisorRoster;
import org.sunshine.supervision.SupervisorRow;
import org.sunshine.supervision.SupervisorService;
import org.sunshine.supervision.SupervisorState;
import org.sunshine.supervision.SupervisorWorkflow;
import org.sunshine.workflow.ui.HistoryTimeline;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * 监督员名册: the roster of social supervisors with their terms, scopes, contact details and waiting reviews.
 * Administrators appoint, change and end terms early; inspectors and leaders read it. Every change is recorded in
 * the supervisor's own history (履职记录), with the platform's start and end of the term.
 */
@Prototype
@RolesAllowed({Role.ADMIN_NAME, Role.INSPECTOR_NAME, Role.LEADER_NAME})
@Menu(title = "nav.supervisors", order = MenuGroup.SUPERVISION + 4, icon = "vaadin:group")
@Route("supervisors")
public class SupervisorsView extends VerticalLayout implements HasDynamicTitle {

    private final SupervisorRoster roster;
    private final SupervisorService supervisors;
    private final SignedInUser viewer;
    private final BusinessClock clock;
    private final Grid<SupervisorRow> grid = new Grid<>();
    private final SearchField search = new SearchField("supervisor-search", "supervisor.search", this::refresh);
    private final Select<SupervisorState> state = new Select<>();
    private final SupervisorDialog dialog;
    /** The rows on screen, read by downloads, which run outside the UI's lock. */
    private volatile List<SupervisorRow> shown = List.of();

    public SupervisorsView(SupervisorRoster roster, SupervisorService supervisors, DepartmentService departments,
                           KeyAreaService areas, CurrentUser currentUser, BusinessClock clock) {
        this.roster = roster;
        this.supervisors = supervisors;
        this.viewer = currentUser.require();
        this.clock = clock;
        this.dialog = new SupervisorDialog(supervisors, departments.active(), areas.list(false), viewer, this::refresh);
        setSizeFull();

        state.setItems(SupervisorState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("supervisor.anyStatus"));
        state.setItemLabelGenerator(s -> s == null ? getTranslation("supervisor.anyStatus") : label(s));
        state.setId("supervisor-status-filter");
        state.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(search, state);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.getStyle().set("flex-wrap", "wrap");
        toolbar.add(ExportLinks.of(this, "supervisor",
                () -> getTranslation("supervisor.export.file", clock.today().toString()), () -> shown, this::columns)
                .toArray(Anchor[]::new));
        if (viewer.is(Role.ADMIN)) {
            Button create = new Button(getTranslation("supervisor.create"), VaadinIcon.PLUS.create(),
                    e -> dialog.create(clock.today()));
            create.setId("supervisor-create");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
        }

        grid.setId("supervisors");
        grid.addColumn(SupervisorRow::name).setHeader(getTranslation("supervisor.name")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("supervisor.background." + r.background().name()))
                .setHeader(getTranslation("supervisor.background")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SupervisorRow::affiliation).setHeader(getTranslation("supervisor.affiliation")).setFlexGrow(2);
        grid.addColumn(r -> r.termStart() + " ~ " + r.termEnd()).setHeader(getTranslation("supervisor.term")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> stateBadge(r.state())).setHeader(getTranslation("common.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::scope).setHeader(getTranslation("supervisor.scope")).setFlexGrow(3);
        grid.addColumn(SupervisorRow::pendingReviews).setHeader(getTranslation("supervisor.pendingReviews")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> String.join(" ", r.phone(), r.email()).strip()).setHeader(getTranslation("supervisor.contact")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("common.empty"));
        NarrowColumns.secondary(grid, "supervisor.background", "supervisor.affiliation",
                "supervisor.scope", "supervisor.contact");
        grid.setSizeFull();

        add(toolbar, grid);
        refresh();
    }

    private String label(SupervisorState s) {
        return getTranslation(SupervisorWorkflow.TABLE.stateLabel(s).key());
    }

    private Span stateBadge(SupervisorState s) {
        return Badge.of(label(s), switch (s) {
            case ACTIVE -> Badge.Tone.SUCCESS;
            case APPOINTED -> Badge.Tone.INFO;
            case EXPIRED, ENDED -> Badge.Tone.NEUTRAL;
        });
    }

    private String scope(SupervisorRow r) {
        String separator = getTranslation("common.listSeparator");
        String departments = String.join(separator, r.departmentNames());
        String areas = String.join(separator, r.keyAreaNames());
        if (departments.isEmpty()) {
            return areas;
        }
        return areas.isEmpty() ? departments : departments + separator + areas;
    }

    private RowActions actions(SupervisorRow row) {
        RowActions actions = new RowActions(this::refresh);
        if (viewer.is(Role.ADMIN) && row.state() != SupervisorState.ENDED) {
            actions.action("common.edit", () -> roster.form(row.id()).ifPresent(dialog::change));
        }
        if (viewer.is(Role.ADMIN) && (row.state() == SupervisorState.ACTIVE || row.state() == SupervisorState.APPOINTED)) {
            actions.action("supervisor.end", () -> endDialog(row).open());
        }
        actions.action("supervisor.history", () -> historyDialog(row).open());
        return actions;
    }

    private ActionDialog endDialog(SupervisorRow row) {
        ActionDialog end = new ActionDialog("dialog-supervisor-end", getTranslation("supervisor.end.title", row.name()),
                getTranslation("supervisor.end.help"));
        TextArea reason = end.field("reason", new TextArea(getTranslation("supervisor.endReason")));
        reason.setWidthFull();
        reason.setMaxLength(500);
        reason.setId("supervisor-end-reason");
        return end.confirm(getTranslation("supervisor.end"), "supervisor.ended",
                () -> supervisors.dismiss(row.id(), reason.getValue(), viewer), this::refresh);
    }

    private Dialog historyDialog(SupervisorRow row) {
        Dialog dialog = new Dialog();
        dialog.setId("supervisor-history");
        dialog.setHeaderTitle(getTranslation("supervisor.history.title", row.name()));
        dialog.setWidth("min(600px, 96vw)");
        dialog.add(new HistoryTimeline("supervisor-events", clock.zone(), SupervisorWorkflow.TABLE,
                roster.history(row.id(), viewer), Set.of(SupervisorState.EXPIRED, SupervisorState.ENDED)));
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        return dialog;
    }

    private void refresh() {
        String text = search.getValue() == null ? "" : search.getValue().strip();
        SupervisorState wanted = state.getValue();
        List<SupervisorRow> rows = roster.roster(viewer).stream()
                .filter(r -> wanted == null || r.state() == wanted)
                .filter(r -> text.isEmpty() || r.name().contains(text) || r.affiliation().contains(text) || r.username().contains(text))
                .toList();
        shown = rows;
        grid.setItems(rows);
    }

    private List<TableExport.Column<SupervisorRow>> columns() {
        return List.of(
                column("supervisor.name", SupervisorRow::name),
                column("supervisor.background", r -> getTranslation("supervisor.background." + r.background().name())),
                column("supervisor.affiliation", SupervisorRow::affiliation),
                column("supervisor.termStart", SupervisorRow::termStart),
                column("supervisor.termEnd", SupervisorRow::termEnd),
                column("common.status", r -> label(r.state())),
                column("supervisor.scope", this::scope),
                column("supervisor.pendingReviews", SupervisorRow::pendingReviews),
                column("supervisor.phone", SupervisorRow::phone),
                column("supervisor.email", SupervisorRow::email));
    }

    private TableExport.Column<SupervisorRow> column(String headerKey, Function<SupervisorRow, Object> value) {
        return new TableExport.Column<>(getTranslation(headerKey), value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.supervisors");
    }
}
