package org.sunshine.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.base.ui.Badge;
import org.sunshine.assessment.IndicatorSystemService;
import org.sunshine.assessment.PeriodForm;
import org.sunshine.assessment.PeriodKind;
import org.sunshine.assessment.PeriodQueries;
import org.sunshine.assessment.PeriodSetup;
import org.sunshine.assessment.PeriodState;
import org.sunshine.assessment.PeriodTasks;
import org.sunshine.assessment.PeriodWorkflow;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.ListAddress;
import org.sunshine.base.ui.MenuGroup;
import org.sunshine.base.ui.NarrowColumns;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 考核周期: the periods, newest first, with their state and how far the scoring is. Inspectors set up new ones;
 * inspectors and leaders open a period's page; a department opens its own result in the periods published to it.
 * The address may carry {@code ?task=SHEETS|OBJECTIONS|RESULTS} (the workbench's tiles): only the periods where that
 * waits for the viewer.
 */
@Prototype
@RolesAllowed({Role.INSPECTOR_NAME, Role.LEADER_NAME, Role.HANDLER_NAME})
@Menu(title = "nav.periods", order = MenuGroup.ASSESSMENT + 1, icon = "vaadin:chart-3d")
@Route("assessment/periods")
public class PeriodsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final PeriodQueries queries;
    private final PeriodSetup service;
    private final IndicatorSystemService systems;
    private final DepartmentService departments;
    private final SignedInUser viewer;
    private final BusinessClock clock;
    private final Grid<PeriodQueries.PeriodRow> grid = new Grid<>();
    private final PeriodTasks tasks;
    private final Div shownTask = new Div();

    public PeriodsView(PeriodQueries queries, PeriodSetup service, IndicatorSystemService systems,
                       DepartmentService departments, CurrentUser currentUser, BusinessClock clock, PeriodTasks tasks) {
        this.queries = queries;
        this.tasks = tasks;
        this.service = service;
        this.systems = systems;
        this.departments = departments;
        this.viewer = currentUser.require();
        this.clock = clock;
        setSizeFull();
        add(new Paragraph(getTranslation(viewer.is(Role.HANDLER) ? "assessment.periods.intro.department" : "assessment.periods.intro")));
        if (viewer.is(Role.INSPECTOR)) {
            Button create = new Button(getTranslation("assessment.periods.create"), VaadinIcon.PLUS.create(), e -> createDialog());
            create.setId("period-create");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        shownTask.setId("period-task");
        shownTask.addClassName("list-queue");
        shownTask.setVisible(false);
        add(shownTask);
        grid.setId("periods");
        grid.addColumn(PeriodQueries.PeriodRow::name).setHeader(getTranslation("assessment.period.name"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("assessment.period.kind." + r.kind().name()))
                .setHeader(getTranslation("assessment.period.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Dates.date(this, r.startsOn()) + " – " + Dates.date(this, r.endsOn()))
                .setHeader(getTranslation("assessment.period.dates")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> stateBadge(r.state(), r.revision())).setHeader(getTranslation("common.status"))
                .setAutoWidth(true).setFlexGrow(0);
        if (!viewer.is(Role.HANDLER)) {
            grid.addColumn(this::systemLabel).setHeader(getTranslation("assessment.period.system")).setFlexGrow(1)
                    .setTooltipGenerator(this::systemLabel);
            grid.addColumn(PeriodQueries.PeriodRow::leadName).setHeader(getTranslation("assessment.period.lead"))
                    .setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(r -> getTranslation("assessment.period.progress", r.sheetsSubmitted(), r.sheetsAssigned(), r.departments()))
                    .setHeader(getTranslation("assessment.period.progressHeader")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setEmptyStateText(getTranslation(viewer.is(Role.HANDLER) ? "assessment.periods.none.department" : "common.empty"));
        NarrowColumns.secondary(grid, "assessment.period.kind", "assessment.period.system", "assessment.period.lead");
        grid.setSizeFull();
        add(grid);
        grid.setItems(queries.list(viewer));
    }

    /** The workbench's tiles: {@code ?task=} shows only the periods where the task waits, with a way back to all. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PeriodTasks.Task task = ListAddress.of(event).one("task", PeriodTasks.Task.class);
        if (task == null) {
            return;
        }
        Set<Long> waiting = tasks.periods(task, viewer);
        grid.setItems(queries.list(viewer).stream().filter(p -> waiting.contains(p.id())).toList());
        shownTask.removeAll();
        shownTask.add(new Span(getTranslation("assessment.periods.task." + task.name())),
                new Anchor("/assessment/periods", getTranslation("assessment.periods.task.all")));
        shownTask.setVisible(true);
    }

    static Span stateBadge(PeriodState state, int revision) {
        Span badge = new Span();
        badge.setText(badge.getTranslation(PeriodWorkflow.TABLE.stateLabel(state).key())
                + (revision > 1 ? " " + badge.getTranslation("assessment.revision.no", revision) : ""));
        Badge.tone(badge, switch (state) {
            case SCORING, PUBLISHED -> Badge.Tone.INFO;
            case LOCKED -> Badge.Tone.SUCCESS;
        });
        return badge;
    }

    private void open(PeriodQueries.PeriodRow row) {
        if (viewer.is(Role.HANDLER)) {
            UI.getCurrent().navigate(DepartmentResultView.path(row.id(), viewer.departmentId()));
        } else {
            UI.getCurrent().navigate(PeriodView.class, row.id());
        }
    }

    private void createDialog() {
        List<DepartmentRow> active = departments.active();
        LocalDate today = clock.today();
        // the quarter just ended is the usual one to set up
        LocalDate previous = today.withDayOfMonth(1).minusMonths(3);
        PeriodForm form = new PeriodForm("", PeriodKind.QUARTER, previous.getYear(), (previous.getMonthValue() - 1) / 3 + 1,
                systems.published().isEmpty() ? null : systems.published().get(0).getId(), viewer.id(),
                active.stream().filter(d -> d.parentId() == null).map(DepartmentRow::id)
                        .collect(Collectors.toCollection(LinkedHashSet::new)), null);
        new PeriodDialog(service, viewer, systems.published(), queries.inspectors(), active,
                id -> UI.getCurrent().navigate(PeriodView.class, id))
                .edit(form, getTranslation("assessment.periods.create"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.periods");
    }

    private String systemLabel(PeriodQueries.PeriodRow r) {
        return r.system() == null ? "" : r.system().getName() + " "
                + getTranslation("assessment.system.versionNo", r.system().getVersionNo());
    }
}
