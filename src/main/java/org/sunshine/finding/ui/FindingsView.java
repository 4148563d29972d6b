package org.sunshine.finding.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.base.export.TableExport;
import org.sunshine.base.ui.Badge;
import org.sunshine.base.ui.FilterBar;
import org.sunshine.base.ui.LazyList;
import org.sunshine.base.ui.ListCell;
import org.sunshine.search.ui.Marked;
import org.sunshine.base.ui.ListAddress;
import org.sunshine.base.ui.MenuGroup;
import org.sunshine.base.ui.NarrowColumns;
import org.sunshine.base.ui.StateFilter;
import org.sunshine.base.ui.Dates;
import org.sunshine.calendar.ui.DueBadge;
import org.sunshine.base.ui.ExportLinks;
import org.sunshine.base.ui.SearchField;
import org.sunshine.calendar.DeadlineKind;
import org.sunshine.calendar.Warning;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.ui.DepartmentChoices;
import org.sunshine.finding.FindingFilter;
import org.sunshine.base.list.ListSize;
import org.sunshine.finding.FindingQueries;
import org.sunshine.finding.FindingQueueSizes;
import org.sunshine.finding.FindingRow;
import org.sunshine.finding.FindingSource;
import org.sunshine.finding.FindingStage;
import org.sunshine.finding.IssueType;
import org.sunshine.finding.Severity;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.lang.ref.WeakReference;
import java.util.function.Function;

/**
 * 监督意见: the findings each viewer may see — inspectors and leaders all, a department its own once confirmed, a
 * supervisor those they filed — with the rectification deadline's red and yellow marks and the repeat and duplicate
 * marks. Filters by state, department, kind, severity, source and warning; the filtered list exports to CSV and Excel.
 * The address may carry {@code ?state=SUBMITTED,REPORTED} and {@code ?warning=RED|YELLOW|NONE} (the workbench's queues).
 */
@Prototype
@RolesAllowed({Role.INSPECTOR_NAME, Role.LEADER_NAME, Role.HANDLER_NAME, Role.SUPERVISOR_NAME})
@Menu(title = "nav.findings", order = MenuGroup.SUPERVISION + 2, icon = "vaadin:flag-o")
@Route("findings")
public class FindingsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The stages of the open queues, whose counts are read together. */
    private static final Set<FindingStage> QUEUE_STAGES = EnumSet.of(FindingStage.SUBMITTED, FindingStage.RECTIFYING,
            FindingStage.REPORTED, FindingStage.RETURNED);

    private final FindingQueries queries;
    private final SignedInUser viewer;
    private final Clock clock;
    private final Grid<FindingRow> grid = new Grid<>();
    private final StateFilter<FindingStage> states = new StateFilter<>("finding-states", "finding.anyState", "finding.state.", this::refresh);
    private final ComboBox<DepartmentRow> department;
    private final Select<IssueType> issue = new Select<>();
    private final Select<Severity> severity = new Select<>();
    private final Select<FindingSource> source = new Select<>();
    private final Select<Warning> warning = new Select<>();
    private final Checkbox marked = new Checkbox();
    private final SearchField search = new SearchField("finding-search", "finding.search", this::refresh);
    private final LazyList<FindingRow> data;
    private final FindingQueueSizes queueSizes;
    private FindingQueueSizes.Counts queueCounts;
    private WeakReference<Object> countedIn = new WeakReference<>(null);
    /** The filter on screen, read by downloads, which run outside the UI's lock. */
    private volatile FindingFilter shown = FindingFilter.ALL;

    public FindingsView(FindingQueries queries, FindingQueueSizes queueSizes, DepartmentService departments,
                        CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.queueSizes = queueSizes;
        this.viewer = currentUser.require();
        this.clock = clock;
        setSizeFull();

        states.setItems(viewer.is(Role.HANDLER) ? EnumSet.of(FindingStage.RECTIFYING, FindingStage.REPORTED,
                FindingStage.RETURNED, FindingStage.CLOSED) : EnumSet.allOf(FindingStage.class));
        department = new DepartmentChoices(departments.active()).single(null);
        department.setPlaceholder(getTranslation("complaint.anyDepartment"));
        department.setId("finding-department-filter");
        department.setVisible(!viewer.is(Role.HANDLER));
        department.addValueChangeListener(e -> refresh());
        choice(issue, IssueType.values(), "finding.anyIssue", "finding.issue.");
        choice(severity, Severity.values(), "finding.anySeverity", "finding.severity.");
        choice(source, FindingSource.values(), "finding.anySource", "finding.source.");
        choice(warning, new Warning[] {Warning.RED, Warning.YELLOW, Warning.NONE}, "complaint.anyWarning", "complaint.warningFilter.");
        warning.setId("finding-warning-filter");
        marked.setLabel(getTranslation("finding.markedOnly"));
        marked.setId("finding-marked");
        marked.addValueChangeListener(e -> refresh());

        if (viewer.is(Role.INSPECTOR)) {
            states.quick("list.quick.todo", EnumSet.of(FindingStage.SUBMITTED, FindingStage.REPORTED));
        }
        if (viewer.is(Role.INSPECTOR) || viewer.is(Role.LEADER)) {
            states.quick("finding.quick.toConfirm", EnumSet.of(FindingStage.SUBMITTED))
                    .quick("finding.quick.toVerify", EnumSet.of(FindingStage.REPORTED))
                    .quick("finding.quick.rectifying", EnumSet.of(FindingStage.RECTIFYING, FindingStage.RETURNED));
        } else if (viewer.is(Role.HANDLER)) {
            states.quick("finding.quick.toRectify", EnumSet.of(FindingStage.RECTIFYING, FindingStage.RETURNED));
        }
        states.quick("finding.quick.all", EnumSet.noneOf(FindingStage.class)).sized(this::queueSize);

        FilterBar filters = new FilterBar(search, states, department, issue, severity, source, warning, marked);
        filters.add(ExportLinks.of(this, "finding", () -> getTranslation("finding.export.file", LocalDate.now(clock).toString()),
                () -> queries.all(shown, viewer), this::columns).toArray(Anchor[]::new));
        if (viewer.is(Role.INSPECTOR) || viewer.is(Role.SUPERVISOR)) {
            Button file = new Button(getTranslation("nav.newFinding"), VaadinIcon.FLAG_O.create(),
                    e -> UI.getCurrent().navigate(NewFindingView.class));
            file.setId("finding-new");
            file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            filters.add(file);
        }

        grid.setId("findings");
        grid.addComponentColumn(r -> FindingLinks.reference(r.id(), r.reference())).setKey("reference")
                .setHeader(getTranslation("finding.number")).setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(r -> stateBadge(r.stage())).setKey("state").setHeader(getTranslation("common.status")).setWidth(Badge.width(this, "finding.state.", FindingStage.values())).setFlexGrow(0);
        grid.addColumn(FindingRow::departmentName).setHeader(getTranslation("finding.department")).setAutoWidth(true).setFlexGrow(0);
        // the whole description, and under it the kind, the severity, who filed it and when
        grid.addComponentColumn(r -> r.highlight() != null
                        ? Marked.cell(r.highlight(), r.description(), getTranslation("finding.issue." + r.issueType().name()),
                                getTranslation("finding.severity." + r.severity().name()),
                                r.filedByName() + " " + Dates.date(this, LocalDate.ofInstant(r.filedAt(), clock.getZone())))
                        : ListCell.of(r.description(), getTranslation("finding.issue." + r.issueType().name()),
                        getTranslation("finding.severity." + r.severity().name()),
                        r.filedByName() + " " + Dates.date(this, LocalDate.ofInstant(r.filedAt(), clock.getZone()))))
                .setKey("description").setHeader(getTranslation("finding.description")).setWidth("13rem").setFlexGrow(1);
        grid.addComponentColumn(FindingsView::due).setKey("due")
                .setHeader(getTranslation("finding.rectifyDue")).setWidth(DueBadge.width(this, DeadlineKind.RECTIFY)).setFlexGrow(0);
        // each mark with the reference of the finding it cites, under it
        grid.addComponentColumn(FindingsView::marks).setKey("marks").setHeader(getTranslation("finding.marks"))
                .setWidth(Badge.width(List.of(getTranslation("finding.mark.duplicate"), "JD-2026-0000"))).setFlexGrow(0);
        grid.addItemClickListener(e -> {
            // the reference and the marks are links of their own (the marks to the findings they cite)
            String column = e.getColumn() == null ? "" : String.valueOf(e.getColumn().getKey());
            if (!"reference".equals(column) && !"marks".equals(column)) {
                UI.getCurrent().navigate(FindingDetailView.class, e.getItem().id());
            }
        });
        grid.setEmptyStateText(getTranslation("common.empty"));
        NarrowColumns.secondary(grid, "finding.marks");
        grid.setSizeFull();
        data = LazyList.of(grid, page -> queries.page(shown, viewer, page), FindingQueries::key,
                () -> statesOnly(shown) ? queueSize(shown.stages()) : queries.size(shown, viewer));

        add(states.quickLinks(), filters, grid);
        if (viewer.is(Role.INSPECTOR)) {
            states.setValue(EnumSet.of(FindingStage.SUBMITTED, FindingStage.REPORTED));
        } else if (viewer.is(Role.HANDLER)) {
            states.setValue(EnumSet.of(FindingStage.RECTIFYING, FindingStage.RETURNED));
        }
        refresh();
    }

    /** Blue while open, violet when returned for more work, green once closed, grey when dismissed. */
    static Span stateBadge(FindingStage state) {
        Span badge = Badge.of("", switch (state) {
            case CLOSED -> Badge.Tone.SUCCESS;
            case DISMISSED -> Badge.Tone.NEUTRAL;
            case RETURNED -> Badge.Tone.ATTENTION;
            case SUBMITTED, RECTIFYING, REPORTED -> Badge.Tone.INFO;
        });
        badge.setText(badge.getTranslation("finding.state." + state.name()));
        return badge;
    }

    /** The rectification's deadline (整改期限), once the finding is confirmed. */
    static Span due(FindingRow row) {
        return DueBadge.of(DeadlineKind.RECTIFY, row.rectifyDue(), row.warning(), row.calendarFallback());
    }

    /**
     * The marks that ask for a closer look (violet): a repeat, a likely duplicate; each with the reference of the
     * finding it cites, linked to it.
     */
    static Span marks(FindingRow row) {
        Span marks = new Span();
        marks.addClassNames("badge-row", "finding-marks");
        if (row.repeatOf() != null) {
            Span repeat = Badge.of(marks.getTranslation("finding.mark.repeat"), Badge.Tone.ATTENTION);
            String cited = cited(row.repeatOf(), row.repeatOfReference());
            repeat.getElement().setAttribute("title", marks.getTranslation("finding.mark.repeat.title", cited));
            marks.add(repeat, mark(row.repeatOf(), cited, "finding-repeat-of"));
        }
        if (row.duplicateOf() != null) {
            Span duplicate = Badge.of(marks.getTranslation("finding.mark.duplicate"), Badge.Tone.ATTENTION);
            String cited = cited(row.duplicateOf(), row.duplicateOfReference());
            duplicate.getElement().setAttribute("title", marks.getTranslation("finding.mark.duplicate.title", cited));
            marks.add(duplicate, mark(row.duplicateOf(), cited, "finding-duplicate-of"));
        }
        return marks;
    }

    private static RouterLink mark(long id, String reference, String className) {
        RouterLink link = FindingLinks.reference(id, reference);
        link.addClassName(className);
        return link;
    }

    /** A cited finding's reference (its id only for a row the references' migration could not reach). */
    static String cited(long id, @Nullable String reference) {
        return reference == null ? String.valueOf(id) : reference;
    }

    private <T extends Enum<T>> void choice(Select<T> select, T[] values, String anyKey, String labelPrefix) {
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation(anyKey));
        select.setItemLabelGenerator(v -> v == null ? getTranslation(anyKey) : getTranslation(labelPrefix + v.name()));
        select.addValueChangeListener(e -> refresh());
    }

    /** The workbench's queues: {@code ?state=} and {@code ?warning=} replace the role's default filter. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ListAddress address = ListAddress.of(event);
        if (!address.isEmpty()) {
            Set<FindingStage> asked = address.all("state", FindingStage.class);
            asked.retainAll(states.getListDataView().getItems().toList()); // a handler's list offers fewer states
            states.setValue(asked);
            warning.setValue(address.one("warning", Warning.class));
        }
    }

    /**
     * The size of a queue (a quick filter, or the list filtered by states alone): the open queues' counts are read
     * once per request ({@link FindingQueueSizes}) and shared by the chips and the list.
     */
    private ListSize queueSize(Set<FindingStage> chosen) {
        if (chosen.isEmpty()) {
            return queries.size(FindingFilter.ALL, viewer);
        }
        Object request = VaadinRequest.getCurrent();
        if (queueCounts == null || request == null || countedIn.get() != request) {
            queueCounts = queueSizes.count(QUEUE_STAGES, viewer);
            countedIn = new WeakReference<>(request);
        }
        return queueCounts.size(chosen);
    }

    /** Whether the list is filtered by states alone: then its size is a queue's. */
    private static boolean statesOnly(FindingFilter f) {
        return f.departmentId() == null && f.issueType() == null && f.severity() == null && f.source() == null
                && f.warning() == null && !f.marked() && (f.text() == null || f.text().isBlank());
    }

    private void refresh() {
        shown = new FindingFilter(Set.copyOf(states.getValue()), department.getValue() == null ? null : department.getValue().id(),
                issue.getValue(), severity.getValue(), source.getValue(), warning.getValue(), marked.getValue(),
                search.getValue());
        grid.setEmptyStateText(getTranslation(search.getValue().isBlank() || queries.wordSearchReady()
                ? "common.empty" : "search.building"));
        data.refresh();
    }

    private List<TableExport.Column<FindingRow>> columns() {
        return List.of(
                column("finding.number", FindingRow::reference),
                column("common.status", r -> getTranslation("finding.state." + r.stage().name())),
                column("finding.department", FindingRow::departmentName),
                column("finding.issueType", r -> getTranslation("finding.issue." + r.issueType().name())),
                column("finding.severity", r -> getTranslation("finding.severity." + r.severity().name())),
                column("finding.source", r -> getTranslation("finding.source." + r.source().name())),
                column("finding.keyArea", FindingRow::keyAreaName),
                column("finding.item", FindingRow::itemName),
                column("finding.description", FindingRow::description),
                column("finding.filedBy", FindingRow::filedByName),
                column("finding.filedAt", r -> Dates.time(this, r.filedAt(), clock.getZone())),
                column("finding.rectifyDue", FindingRow::rectifyDue),
                column("complaint.warning", r -> getTranslation("complaint.warningFilter." + r.warning().name())),
                column("finding.mark.repeat", r -> r.repeatOf() == null ? "" : cited(r.repeatOf(), r.repeatOfReference())),
                column("finding.mark.duplicate", r -> r.duplicateOf() == null ? "" : cited(r.duplicateOf(), r.duplicateOfReference())));
    }

    private TableExport.Column<FindingRow> column(String headerKey, Function<FindingRow, Object> value) {
        return new TableExport.Column<>(getTranslation(headerKey), value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.findings");
    }
}
