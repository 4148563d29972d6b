package org.sunshine.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.base.ui.Badge;
import org.sunshine.assessment.DepartmentProgress;
import org.sunshine.assessment.Period;
import org.sunshine.assessment.PeriodDetails;
import org.sunshine.assessment.PeriodQueries;
import org.sunshine.assessment.PeriodState;
import org.sunshine.assessment.PeriodWorkflow;
import org.sunshine.assessment.ScoreSheetService;
import org.sunshine.assessment.ScoreTableReport;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.DetailParts;
import org.sunshine.base.ui.RecordView;
import org.sunshine.report.ui.ReportLink;
import org.sunshine.report.ReportFormat;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.workflow.ui.HistoryTimeline;

import java.util.List;
import java.util.Set;

/**
 * One period: its facts and rules, and the lead inspector's steps ({@link PeriodLeadActions}); in tabs, the
 * departments with their inspectors, how many sheets are in and how each department answered; the inspector's own
 * sheets; the ranking ({@link RankingPanel}); the objections ({@link PeriodObjectionsPanel}); the revisions; and the
 * period's history.
 */
@Prototype
@RolesAllowed({Role.INSPECTOR_NAME, Role.LEADER_NAME})
@Route("assessment/periods")
public class PeriodView extends RecordView implements HasDynamicTitle {

    private final PeriodDetails details;
    private final PeriodQueries queries;
    private final ScoreSheetService sheets;
    private final ScoreTableReport report;
    private final SignedInUser viewer;
    private final BusinessClock clock;
    private final PeriodLeadActions actions;
    private final PeriodObjectionsPanel objections;
    private String title = "";
    private String selectedTab;

    public PeriodView(PeriodDetails details, PeriodQueries queries, ScoreSheetService sheets, ScoreTableReport report,
                      CurrentUser currentUser, BusinessClock clock, PeriodLeadActions actions,
                      PeriodObjectionsPanel objections) {
        this.details = details;
        this.queries = queries;
        this.sheets = sheets;
        this.report = report;
        this.viewer = currentUser.require();
        this.clock = clock;
        this.actions = actions;
        this.objections = objections;
        addClassName("period-view");
        setId("period-view");
    }

    @Override
    protected void refresh() {
        removeAll();
        PeriodDetails.Detail d = details.detail(id, viewer);
        Period p = d.period();
        title = p.getName();

        Span state = PeriodsView.stateBadge(p.getState(), p.getRevision());
        state.setId("period-state");
        HorizontalLayout header = new HorizontalLayout(new Anchor("/assessment/periods", getTranslation("assessment.periods.back")),
                new H3(p.getName()), state);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.getStyle().set("flex-wrap", "wrap");
        add(header, facts(d), actions.show(d, viewer, this::refresh));

        TabSheet tabs = new TabSheet();
        tabs.setId("period-tabs");
        tabs.setWidthFull();
        add(tabs);
        tabs.add(getTranslation("assessment.tab.progress"), progress(d)).setId("tab-progress");
        if (viewer.is(Role.INSPECTOR)) {
            List<ScoreSheetService.MySheet> mine = sheets.mine(id, viewer);
            if (!mine.isEmpty()) {
                tabs.add(getTranslation("assessment.tab.mine", mine.size()), mySheets(p, mine)).setId("tab-mine");
            }
        }
        tabs.add(getTranslation("assessment.tab.ranking"), new RankingPanel(queries.ranking(id, 0, viewer), queries,
                viewer, report)).setId("tab-ranking");
        if (p.getState() != PeriodState.SCORING) {
            tabs.add(getTranslation("assessment.tab.objections", d.objections().size()),
                    objections.show(d, viewer, this::refresh)).setId("tab-objections");
        }
        if (!d.revisions().isEmpty()) {
            tabs.add(getTranslation("assessment.tab.revisions"), revisions(d)).setId("tab-revisions");
        }
        tabs.add(getTranslation("assessment.tab.history"), new HistoryTimeline("period-history", clock.zone(),
                PeriodWorkflow.TABLE, d.history(), Set.of())).setId("tab-history");
        if (selectedTab != null) {
            for (int i = 0; i < tabs.getTabCount(); i++) {
                if (selectedTab.equals(tabs.getTabAt(i).getId().orElse(""))) {
                    tabs.setSelectedIndex(i);
                }
            }
        }
        tabs.addSelectedChangeListener(e -> selectedTab = e.getSelectedTab() == null ? null : e.getSelectedTab().getId().orElse(null));
    }

    private DetailParts.Facts facts(PeriodDetails.Detail d) {
        Period p = d.period();
        var rules = p.rules();
        String quota = p.getExcellentQuotaPercent() == null ? getTranslation("assessment.rules.noQuota")
                : getTranslation("assessment.rules.quota", p.getExcellentQuotaPercent());
        DetailParts.Facts facts = new DetailParts.Facts()
                .fact("assessment.period.dates", Dates.date(this, p.getStartsOn()) + " – " + Dates.date(this, p.getEndsOn()))
                .fact("assessment.period.system", d.system().getName() + " "
                        + getTranslation("assessment.system.versionNo", d.system().getVersionNo()))
                .fact("assessment.period.lead", d.leadName())
                .fact("assessment.period.grades", getTranslation("assessment.rules.grades", Points.number(rules.excellentFrom()),
                        Points.number(rules.goodFrom()), Points.number(rules.passFrom())) + " " + quota)
                .fact("assessment.period.publishedOn", p.getPublishedOn() == null ? null : Dates.dateWithWeekday(this, p.getPublishedOn()))
                .fact("assessment.period.objectionDue", p.getObjectionDue() == null ? null : Dates.dateWithWeekday(this, p.getObjectionDue()))
                .fact("assessment.period.lockedAt", p.getLockedAt() == null ? null : Dates.time(this, p.getLockedAt(), clock.zone()));
        facts.setId("period-facts");
        return facts;
    }

    private Component progress(PeriodDetails.Detail d) {
        boolean assigning = d.lead() && d.period().getState() == PeriodState.SCORING;
        Grid<DepartmentProgress> grid = new Grid<>();
        grid.setId("period-progress");
        grid.addColumn(DepartmentProgress::departmentName).setHeader(getTranslation("assessment.department")).setFlexGrow(2);
        grid.addColumn(r -> String.join(getTranslation("common.listSeparator"), r.inspectorNames()))
                .setHeader(getTranslation("assessment.assign.inspectors")).setFlexGrow(3);
        grid.addColumn(r -> getTranslation("assessment.sheets.count", r.submitted(), r.inspectorIds().size()))
                .setHeader(getTranslation("assessment.sheets.submitted")).setAutoWidth(true).setFlexGrow(0);
        if (d.period().getState() != PeriodState.SCORING) {
            grid.addComponentColumn(this::answerBadge).setHeader(getTranslation("assessment.answer")).setAutoWidth(true);
        }
        grid.addComponentColumn(r -> {
            HorizontalLayout cell = new HorizontalLayout();
            cell.setSpacing(false);
            Button open = new Button(getTranslation("assessment.result.open"), e -> UI.getCurrent().navigate(
                    DepartmentResultView.path(id, r.departmentId())));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            cell.add(open);
            if (assigning) {
                Button assign = new Button(getTranslation("assessment.assign"), e -> actions.assignDialog(r).open());
                assign.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                assign.setId("assign-" + r.departmentId());
                cell.add(assign);
            }
            return cell;
        }).setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(d.departments());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        return grid;
    }

    private Span answerBadge(DepartmentProgress r) {
        Span badge = new Span();
        if (r.objection() != null) {
            badge.setText(getTranslation(r.objection().answered() ? "assessment.answer.objectionAnswered" : "assessment.answer.objected"));
            Badge.tone(badge, r.objection().answered() ? Badge.Tone.NEUTRAL : Badge.Tone.ATTENTION);
        } else if (r.acceptedAt() != null) {
            badge.setText(getTranslation("assessment.answer.accepted"));
            Badge.tone(badge, Badge.Tone.SUCCESS);
        } else {
            badge.setText(getTranslation("assessment.answer.none"));
            Badge.tone(badge, Badge.Tone.INFO);
        }
        return badge;
    }

    private Component mySheets(Period p, List<ScoreSheetService.MySheet> mine) {
        Grid<ScoreSheetService.MySheet> grid = new Grid<>();
        grid.setId("my-sheets");
        grid.addColumn(ScoreSheetService.MySheet::departmentName).setHeader(getTranslation("assessment.department")).setFlexGrow(2);
        grid.addComponentColumn(s -> {
            Span badge = new Span(getTranslation(s.submittedAt() != null ? "assessment.sheet.state.submitted"
                    : s.started() ? "assessment.sheet.state.draft" : "assessment.sheet.state.new"));
            Badge.tone(badge, s.submittedAt() != null ? Badge.Tone.SUCCESS : s.started() ? Badge.Tone.NEUTRAL : Badge.Tone.INFO);
            return badge;
        }).setHeader(getTranslation("common.status")).setAutoWidth(true);
        grid.addColumn(s -> s.submittedAt() == null ? "" : Dates.time(this, s.submittedAt(), clock.zone()))
                .setHeader(getTranslation("assessment.sheet.submittedAt")).setAutoWidth(true);
        grid.addComponentColumn(s -> {
            Button open = new Button(getTranslation(p.getState() == PeriodState.SCORING && s.submittedAt() == null
                    ? "assessment.sheet.score" : "assessment.sheet.view"),
                    e -> UI.getCurrent().navigate(ScoreSheetView.path(id, s.departmentId())));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            open.setId("sheet-open-" + s.departmentId());
            return open;
        }).setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        return grid;
    }

    private Component revisions(PeriodDetails.Detail d) {
        Grid<PeriodDetails.Revision> grid = new Grid<>();
        grid.setId("period-revisions");
        grid.addColumn(r -> getTranslation("assessment.revision.no", r.revision().revisionNo()))
                .setHeader(getTranslation("assessment.revision")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Dates.time(this, r.revision().createdAt(), clock.zone()) + " · " + r.revision().createdByName())
                .setHeader(getTranslation("assessment.revision.when")).setAutoWidth(true);
        grid.addColumn(r -> r.departmentName() == null ? "" : getTranslation("assessment.revision.change", r.departmentName(),
                r.indicatorName(), r.revision().oldValue() == null ? "-" : Points.number(r.revision().oldValue().doubleValue()),
                Points.number(r.revision().newValue().doubleValue())))
                .setHeader(getTranslation("assessment.revision.what")).setFlexGrow(2);
        grid.addColumn(r -> r.revision().reason()).setHeader(getTranslation("assessment.revision.reason")).setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(d.revisions());
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
