package org.sunshine.annualreport.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.annualreport.AnnualReports;
import org.sunshine.annualreport.ReportRow;
import org.sunshine.annualreport.ReportState;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.FilterBar;
import org.sunshine.base.ui.ListAddress;
import org.sunshine.base.ui.MenuGroup;
import org.sunshine.base.ui.NarrowColumns;
import org.sunshine.base.ui.Notices;
import org.sunshine.calendar.Warning;
import org.sunshine.calendar.ui.DueBadge;
import org.sunshine.calendar.DeadlineKind;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.util.List;
import java.util.Map;

/**
 * 年度报告: the year's annual reports of every organ the viewer may see (the office every organ, a handler their own),
 * with their state, due date and mark — yellow when the due date is near and the report is not submitted, red when it
 * has passed and the report is not published — and the office's summary and "open the year". A year picker, a state
 * (or 未报送) and a mark; the address may carry {@code ?year=2025&state=SUBMITTED&warning=RED} (the workbench's
 * queues). An organ whose report is not open yet is opened by clicking it.
 */
@Prototype
@RolesAllowed({Role.HANDLER_NAME, Role.INSPECTOR_NAME})
@Menu(title = "nav.annualReports", order = MenuGroup.COMPLAINTS + 15, icon = "vaadin:book")
@Route("disclosure/reports")
public class ReportsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final AnnualReports reports;
    private final SignedInUser viewer;
    private final BusinessClock clock;
    private final Select<Integer> year = new Select<>();
    private final Select<String> state = new Select<>();
    private final Select<Warning> warning = new Select<>();
    private final Grid<ReportRow> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Button openYear = new Button();

    public ReportsView(AnnualReports reports, CurrentUser currentUser, BusinessClock clock) {
        this.reports = reports;
        this.viewer = currentUser.require();
        this.clock = clock;
        setSizeFull();
        addClassName("annual-reports");

        year.setLabel(getTranslation("annualreport.year"));
        year.setItems(reports.years());
        year.setItemLabelGenerator(y -> getTranslation("annualreport.yearLabel", String.valueOf(y)));
        year.setId("report-year");
        year.setValue(reports.currentYear());
        year.addValueChangeListener(e -> refresh());

        state.setLabel(getTranslation("common.status"));
        state.setItems(ReportListFilter.states());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("annualreport.anyState"));
        state.setItemLabelGenerator(s -> s == null ? getTranslation("annualreport.anyState")
                : getTranslation(ReportListFilter.UNSUBMITTED.equals(s) ? "annualreport.unsubmitted" : "annualreport.state." + s));
        state.setId("report-state-filter");
        state.addValueChangeListener(e -> refresh());
        warning.setLabel(getTranslation("annualreport.mark"));
        warning.setItems(Warning.RED, Warning.YELLOW);
        warning.setEmptySelectionAllowed(true);
        warning.setEmptySelectionCaption(getTranslation("annualreport.anyMark"));
        warning.setItemLabelGenerator(w -> w == null ? getTranslation("annualreport.anyMark")
                : getTranslation("annualreport.mark." + w.name()));
        warning.setId("report-warning-filter");
        warning.addValueChangeListener(e -> refresh());

        openYear.setText(getTranslation("annualreport.openYear"));
        openYear.setIcon(VaadinIcon.PLAY.create());
        openYear.setId("report-open-year");
        openYear.addClickListener(e -> openYear());
        openYear.setVisible(viewer.is(Role.INSPECTOR));

        summary.setId("report-summary");
        summary.addClassName("report-summary");

        grid.setId("annual-reports");
        grid.addColumn(ReportRow::organName).setHeader(getTranslation("annualreport.organ")).setFlexGrow(2)
                .setWidth("10rem");
        grid.addComponentColumn(r -> ReportBadges.state(r.state(), r.correcting()))
                .setHeader(getTranslation("common.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> DueBadge.of(DeadlineKind.REPORT, r.due(), r.warning(), false))
                .setHeader(getTranslation("annualreport.due")).setWidth(DueBadge.width(this, DeadlineKind.REPORT)).setFlexGrow(0);
        grid.addColumn(r -> r.submittedAt() == null ? "" : Dates.date(this, clock.dateOf(r.submittedAt())))
                .setHeader(getTranslation("annualreport.submittedOn")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.edition() == 0 ? "" : getTranslation("annualreport.editionShort", r.edition(),
                        Dates.date(this, clock.dateOf(r.publishedAt()))))
                .setHeader(getTranslation("annualreport.published")).setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setEmptyStateText(getTranslation("common.empty"));
        NarrowColumns.secondary(grid, "annualreport.submittedOn");
        grid.setSizeFull();

        FilterBar filters = new FilterBar(year, state, warning, openYear);
        add(filters, summary, grid);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ListAddress address = ListAddress.of(event);
        String askedState = address.text("state");
        state.setValue(ReportListFilter.states().contains(askedState) ? askedState : null);
        warning.setValue(address.one("warning", Warning.class));
        List<String> asked = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault("year", List.of());
        if (!asked.isEmpty()) {
            try {
                int y = Integer.parseInt(asked.get(0));
                if (reports.years().contains(y)) {
                    year.setValue(y);
                }
            } catch (NumberFormatException ignored) {
                // an address typed wrong shows the current year
            }
        }
    }

    private void refresh() {
        List<ReportRow> rows = reports.list(year.getValue(), viewer);
        grid.setItems(new ReportListFilter(state.getValue(), warning.getValue()).of(rows));
        long published = rows.stream().filter(r -> r.edition() > 0).count();
        long submitted = rows.stream().filter(r -> r.edition() == 0 && (r.state() == ReportState.SUBMITTED
                || r.state() == ReportState.APPROVED)).count();
        long red = rows.stream().filter(r -> r.warning() == Warning.RED).count();
        long yellow = rows.stream().filter(r -> r.warning() == Warning.YELLOW).count();
        summary.setText(getTranslation("annualreport.summary", rows.size(), published, submitted,
                rows.size() - published - submitted, red, yellow));
    }

    private void open(ReportRow row) {
        try {
            long id = row.id() != null ? row.id() : reports.open(year.getValue(), row.organKey(), viewer);
            UI.getCurrent().navigate(ReportDetailView.class, id);
        } catch (DomainException e) {
            Notices.refused(this, e, Map.of());
        }
    }

    private void openYear() {
        try {
            int opened = reports.openYear(year.getValue(), viewer);
            Notices.success(getTranslation("annualreport.yearOpened", opened));
        } catch (DomainException e) {
            Notices.refused(this, e, Map.of());
        }
        refresh();
    }

    /** The address of a year's list. */
    static QueryParameters yearParameter(int year) {
        return QueryParameters.simple(Map.of("year", String.valueOf(year)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.annualReports");
    }
}
