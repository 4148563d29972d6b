package org.sunshine.supervision.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.export.TableExport;
import org.sunshine.base.ui.Badge;
import org.sunshine.base.ui.FilterBar;
import org.sunshine.base.ui.ListCell;
import org.sunshine.base.ui.ListAddress;
import org.sunshine.base.ui.MenuGroup;
import org.sunshine.base.ui.NarrowColumns;
import org.sunshine.base.ui.StateFilter;
import org.sunshine.calendar.DeadlineKind;
import org.sunshine.calendar.ui.DueBadge;
import org.sunshine.base.ui.ExportLinks;
import org.sunshine.base.ui.SearchField;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.ui.DepartmentChoices;
import org.sunshine.finding.ui.NewFindingView;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.supervision.ReviewFilter;
import org.sunshine.supervision.ReviewQueries;
import org.sunshine.supervision.ReviewRow;
import org.sunshine.supervision.ReviewState;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * 回访评议. A supervisor's workbench: the replied complaints given to them to review, the waiting ones first by
 * deadline with red and yellow marks, and the history of their own reviews. Inspectors and leaders see every review;
 * a department's handler the finished reviews of its own complaints. Filtered lists export to CSV and Excel. The
 * address may carry {@code ?state=PENDING&overdue=true} (the workbench's tiles).
 */
@Prototype
@RolesAllowed({Role.SUPERVISOR_NAME, Role.INSPECTOR_NAME, Role.LEADER_NAME, Role.HANDLER_NAME})
@Menu(title = "nav.reviews", order = MenuGroup.SUPERVISION + 1, icon = "vaadin:clipboard-check")
@Route("reviews")
public class ReviewsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ReviewQueries reviews;
    private final SignedInUser viewer;
    private final BusinessClock clock;
    private final Grid<ReviewRow> grid = new Grid<>();
    private final StateFilter<ReviewState> states = new StateFilter<>("review-states", "review.anyState", "review.state.", this::refresh);
    private final ComboBox<DepartmentRow> department;
    private final Checkbox overdue = new Checkbox();
    private final SearchField search = new SearchField("review-search", "review.search", this::refresh);
    private final CallbackDataProvider<ReviewRow, Void> data;
    /** The filter on screen, read by downloads, which run outside the UI's lock. */
    private volatile ReviewFilter shown = ReviewFilter.ALL;

    public ReviewsView(ReviewQueries reviews, DepartmentService departments, CurrentUser currentUser, BusinessClock clock) {
        this.reviews = reviews;
        this.viewer = currentUser.require();
        this.clock = clock;
        setSizeFull();

        states.setItems(viewer.is(Role.HANDLER) ? EnumSet.of(ReviewState.REVIEWED, ReviewState.UNVERIFIABLE)
                : EnumSet.allOf(ReviewState.class));
        department = new DepartmentChoices(departments.active()).single(null);
        department.setPlaceholder(getTranslation("complaint.anyDepartment"));
        department.setId("review-department-filter");
        department.setVisible(viewer.is(Role.INSPECTOR) || viewer.is(Role.LEADER));
        department.addValueChangeListener(e -> refresh());
        overdue.setLabel(getTranslation("review.overdueOnly"));
        overdue.setId("review-overdue");
        overdue.addValueChangeListener(e -> refresh());

        if (!viewer.is(Role.HANDLER)) {
            states.quick("review.quick.waiting", EnumSet.of(ReviewState.PENDING));
        }
        states.quick("review.quick.done", EnumSet.of(ReviewState.REVIEWED, ReviewState.UNVERIFIABLE))
                .quick("review.quick.all", EnumSet.noneOf(ReviewState.class))
                .counted(chosen -> reviews.count(new ReviewFilter(chosen, null, false, null), viewer));

        FilterBar filters = new FilterBar(search, states, department, overdue);
        filters.add(ExportLinks.of(this, "review", () -> getTranslation("review.export.file", clock.today().toString()),
                () -> reviews.all(shown, viewer), this::columns).toArray(Anchor[]::new));
        if (viewer.is(Role.SUPERVISOR)) {
            Button file = new Button(getTranslation("nav.newFinding"), VaadinIcon.FLAG_O.create(),
                    e -> UI.getCurrent().navigate(NewFindingView.class));
            file.setId("review-new-finding");
            filters.add(file);
        }

        grid.setId("reviews");
        grid.addColumn(ReviewRow::trackingCode).setHeader(getTranslation("complaint.trackingCode")).setAutoWidth(true).setFlexGrow(0);
        // the whole subject, and under it the department that replied
        grid.addComponentColumn(r -> ListCell.of(r.subject(), r.departmentName()))
                .setKey("subject").setHeader(getTranslation("complaint.subject")).setWidth("13rem").setFlexGrow(1);
        if (!viewer.is(Role.SUPERVISOR)) {
            grid.addColumn(this::supervisor).setHeader(getTranslation("review.supervisor")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addComponentColumn(ReviewsView::stateBadge).setKey("state").setHeader(getTranslation("common.status")).setWidth(Badge.width(this, "review.state.", ReviewState.values())).setFlexGrow(0);
        grid.addComponentColumn(ReviewsView::due).setKey("due")
                .setHeader(getTranslation("review.due")).setWidth(DueBadge.width(this, DeadlineKind.REVIEW)).setFlexGrow(0);
        grid.addColumn(this::scores).setHeader(getTranslation("review.scores")).setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(ReviewView.class, e.getItem().id()));
        grid.setEmptyStateText(getTranslation(viewer.is(Role.SUPERVISOR) ? "review.empty.supervisor" : "common.empty"));
        NarrowColumns.secondary(grid, "review.scores");
        grid.setSizeFull();
        data = DataProvider.fromCallbacks(
                query -> reviews.search(shown, viewer, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, reviews.count(shown, viewer)));
        grid.setItems(data);

        add(states.quickLinks(), filters, grid);
        if (viewer.is(Role.SUPERVISOR)) {
            states.setValue(EnumSet.of(ReviewState.PENDING));
        }
        refresh();
    }

    /** The workbench's tiles: {@code ?state=} and {@code ?overdue=true} replace the role's default filter. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ListAddress address = ListAddress.of(event);
        if (!address.isEmpty()) {
            Set<ReviewState> asked = address.all("state", ReviewState.class);
            asked.retainAll(states.getListDataView().getItems().toList());
            states.setValue(asked);
            overdue.setValue("true".equals(address.text("overdue")));
        }
    }

    /** Blue while waiting, green once reviewed (violet when the review raised a finding), grey otherwise. */
    static Span stateBadge(ReviewRow r) {
        Span badge = Badge.of("", switch (r.state()) {
            case PENDING -> Badge.Tone.INFO;
            case REVIEWED -> r.findingId() != null ? Badge.Tone.ATTENTION : Badge.Tone.SUCCESS;
            case UNVERIFIABLE, CANCELLED -> Badge.Tone.NEUTRAL;
        });
        badge.setText(badge.getTranslation("review.state." + r.state().name()));
        return badge;
    }

    /** 回访期限, while the task waits. */
    static Span due(ReviewRow r) {
        return r.state() == ReviewState.PENDING ? DueBadge.of(DeadlineKind.REVIEW, r.dueOn(), r.warning(), false) : new Span();
    }

    private String supervisor(ReviewRow r) {
        return getTranslation("review.supervisorWithBackground", r.supervisorName(),
                getTranslation("supervisor.background." + r.supervisorBackground().name()));
    }

    private String scores(ReviewRow r) {
        if (r.timeliness() == null) {
            return "";
        }
        return getTranslation("review.scoreLine", r.timeliness(), r.quality(), r.attitude());
    }

    private void refresh() {
        shown = new ReviewFilter(Set.copyOf(states.getValue()), department.getValue() == null ? null : department.getValue().id(),
                overdue.getValue(), search.getValue());
        data.refreshAll();
    }

    private List<TableExport.Column<ReviewRow>> columns() {
        return List.of(
                column("complaint.trackingCode", ReviewRow::trackingCode),
                column("complaint.subject", ReviewRow::subject),
                column("complaint.handledBy", ReviewRow::departmentName),
                column("review.supervisor", this::supervisor),
                column("common.status", r -> getTranslation("review.state." + r.state().name())),
                column("review.assignedOn", ReviewRow::assignedOn),
                column("review.due", ReviewRow::dueOn),
                column("review.timeliness", ReviewRow::timeliness),
                column("review.quality", ReviewRow::quality),
                column("review.attitude", ReviewRow::attitude),
                column("review.comment", ReviewRow::comment),
                column("review.finding", r -> r.findingId() == null ? ""
                        : r.findingReference() == null ? String.valueOf(r.findingId()) : r.findingReference()));
    }

    private TableExport.Column<ReviewRow> column(String headerKey, Function<ReviewRow, Object> value) {
        return new TableExport.Column<>(getTranslation(headerKey), value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(viewer.is(Role.SUPERVISOR) ? "nav.myReviews" : "nav.reviews");
    }
}
