package org.sunshine.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.assessment.DepartmentScore;
import org.sunshine.assessment.Indicator;
import org.sunshine.assessment.Objection;
import org.sunshine.assessment.ObjectionOutcome;
import org.sunshine.assessment.Period;
import org.sunshine.assessment.PeriodQueries;
import org.sunshine.assessment.PeriodService;
import org.sunshine.assessment.PeriodState;
import org.sunshine.assessment.PeriodWorkflow;
import org.sunshine.assessment.Problem;
import org.sunshine.assessment.ResultTable;
import org.sunshine.assessment.ScoreSheetService;
import org.sunshine.assessment.ScoreTableReport;
import org.sunshine.assessment.SystemTree;
import org.sunshine.base.ui.ActionDialog;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.DetailParts;
import org.sunshine.base.ui.MainLayout;
import org.sunshine.base.ui.RecordView;
import org.sunshine.base.ui.ReportLink;
import org.sunshine.report.ReportFormat;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.User;
import org.sunshine.workflow.ui.HistoryTimeline;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One period: its facts and rules; the departments with their inspectors, how many sheets are in and how each
 * department answered; the inspector's own sheets; the ranking (computed now, or a locked revision) with the
 * written ranking rules; the objections and the revisions. The lead inspector assigns, publishes, answers, locks
 * and corrects here.
 */
@Prototype
@RolesAllowed({Role.INSPECTOR_NAME, Role.LEADER_NAME})
@Route(value = "assessment/periods", layout = MainLayout.class)
public class PeriodView extends RecordView implements HasDynamicTitle {

    private final PeriodQueries queries;
    private final PeriodService service;
    private final ScoreSheetService sheets;
    private final ScoreTableReport report;
    private final SignedInUser viewer;
    private final Clock clock;
    private String title = "";
    private String selectedTab;

    public PeriodView(PeriodQueries queries, PeriodService service, ScoreSheetService sheets, ScoreTableReport report,
                      CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.service = service;
        this.sheets = sheets;
        this.report = report;
        this.viewer = currentUser.require();
        this.clock = clock;
        addClassName("period-view");
        setId("period-view");
    }

    @Override
    protected void refresh() {
        removeAll();
        PeriodQueries.PeriodDetail d = queries.detail(id, viewer);
        Period p = d.period();
        title = p.getName();

        Span state = PeriodsView.stateBadge(p.getState(), p.getRevision());
        state.setId("period-state");
        HorizontalLayout header = new HorizontalLayout(new Anchor("/assessment/periods", getTranslation("assessment.periods.back")),
                new H3(p.getName()), state);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.getStyle().set("flex-wrap", "wrap");
        add(header, facts(d), actions(d));

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
            tabs.add(getTranslation("assessment.tab.objections", d.objections().size()), objections(d)).setId("tab-objections");
        }
        if (!d.revisions().isEmpty()) {
            tabs.add(getTranslation("assessment.tab.revisions"), revisions(d)).setId("tab-revisions");
        }
        tabs.add(getTranslation("assessment.tab.history"), new HistoryTimeline("period-history", clock.getZone(),
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

    private DetailParts.Facts facts(PeriodQueries.PeriodDetail d) {
        Period p = d.period();
        var rules = p.rules();
        String quota = p.getExcellentQuotaPercent() == null ? getTranslation("assessment.rules.noQuota")
                : getTranslation("assessment.rules.quota", p.getExcellentQuotaPercent());
        DetailParts.Facts facts = new DetailParts.Facts()
                .fact("assessment.period.dates", Dates.date(this, p.getStartsOn()) + " – " + Dates.date(this, p.getEndsOn()))
                .fact("assessment.period.system", d.system().getName() + " "
                        + getTranslation("assessment.system.versionNo", d.system().getVersionNo()))
                .fact("assessment.period.lead", d.leadName())
                .fact("assessment.period.grades", getTranslation("assessment.rules.grades", number(rules.excellentFrom()),
                        number(rules.goodFrom()), number(rules.passFrom())) + " " + quota)
                .fact("assessment.period.publishedOn", p.getPublishedOn() == null ? null : Dates.dateWithWeekday(this, p.getPublishedOn()))
                .fact("assessment.period.objectionDue", p.getObjectionDue() == null ? null : Dates.dateWithWeekday(this, p.getObjectionDue()))
                .fact("assessment.period.lockedAt", p.getLockedAt() == null ? null : Dates.time(this, p.getLockedAt(), clock.getZone()));
        facts.setId("period-facts");
        return facts;
    }

    /** The lead inspector's steps, with what still stops them. */
    private Div actions(PeriodQueries.PeriodDetail d) {
        Div box = new Div();
        box.setId("period-actions");
        if (!d.lead()) {
            return box;
        }
        Period p = d.period();
        if (p.getState() == PeriodState.SCORING) {
            Button assignAll = new Button(getTranslation("assessment.assign.all"), VaadinIcon.USERS.create(), e -> assignDialog(null, Set.of()).open());
            assignAll.setId("period-assign-all");
            Button publish = new Button(getTranslation("assessment.publish"), VaadinIcon.MEGAPHONE.create(), e -> confirm("publish",
                    getTranslation("assessment.publish.help"), () -> service.publish(id, viewer)).open());
            publish.setId("period-publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            publish.setEnabled(d.publishProblems().isEmpty());
            box.add(new HorizontalLayout(assignAll, publish), problems(d.publishProblems(), "assessment.publish.ready",
                    "assessment.publish.notReady"));
        } else if (p.getState() == PeriodState.PUBLISHED) {
            Button lock = new Button(getTranslation("assessment.lock"), VaadinIcon.LOCK.create(), e -> confirm("lock",
                    getTranslation("assessment.lock.help"), () -> service.lock(id, viewer)).open());
            lock.setId("period-lock");
            lock.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            lock.setEnabled(d.lockProblems().isEmpty());
            box.add(lock, problems(d.lockProblems(), "assessment.lock.ready", "assessment.lock.notReady"));
        } else {
            box.add(new Paragraph(getTranslation("assessment.correct.hint")));
        }
        return box;
    }

    private Div problems(List<Problem> problems, String readyKey, String notReadyKey) {
        Div box = new Div();
        box.setId("period-problems");
        box.addClassName(problems.isEmpty() ? "check-passed" : "check-failed");
        box.add(new Paragraph(getTranslation(problems.isEmpty() ? readyKey : notReadyKey)));
        if (!problems.isEmpty()) {
            UnorderedList list = new UnorderedList();
            problems.forEach(pr -> list.add(new ListItem(getTranslation(pr.key(), pr.args().toArray()))));
            box.add(list);
        }
        return box;
    }

    private Component progress(PeriodQueries.PeriodDetail d) {
        boolean assigning = d.lead() && d.period().getState() == PeriodState.SCORING;
        Grid<PeriodQueries.Progress> grid = new Grid<>();
        grid.setId("period-progress");
        grid.addColumn(PeriodQueries.Progress::departmentName).setHeader(getTranslation("assessment.department")).setFlexGrow(2);
        grid.addColumn(r -> String.join(getTranslation("common.listSeparator"), r.inspectorNames())).setHeader(getTranslation("assessment.assign.inspectors")).setFlexGrow(3);
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
                Button assign = new Button(getTranslation("assessment.assign"), e -> assignDialog(r, r.inspectorIds()).open());
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

    private Span answerBadge(PeriodQueries.Progress r) {
        Span badge = new Span();
        if (r.objection() != null) {
            badge.setText(getTranslation(r.objection().answered() ? "assessment.answer.objectionAnswered" : "assessment.answer.objected"));
            badge.getElement().getThemeList().add(r.objection().answered() ? "badge contrast" : "badge error");
        } else if (r.acceptedAt() != null) {
            badge.setText(getTranslation("assessment.answer.accepted"));
            badge.getElement().getThemeList().add("badge success");
        } else {
            badge.setText(getTranslation("assessment.answer.none"));
            badge.getElement().getThemeList().add("badge");
        }
        return badge;
    }

    private ActionDialog assignDialog(PeriodQueries.Progress row, Set<Long> current) {
        String title = row == null ? getTranslation("assessment.assign.all")
                : getTranslation("assessment.assign.title", row.departmentName());
        ActionDialog dialog = new ActionDialog("dialog-assign", title,
                getTranslation(row == null ? "assessment.assign.all.help" : "assessment.assign.help"));
        List<User> inspectors = queries.inspectors();
        Map<Long, User> byId = inspectors.stream().collect(Collectors.toMap(User::getId, Function.identity()));
        MultiSelectComboBox<Long> who = dialog.field("inspectorIds", new MultiSelectComboBox<>(getTranslation("assessment.assign.inspectors")));
        who.setItems(inspectors.stream().map(User::getId).toList());
        who.setItemLabelGenerator(uid -> byId.containsKey(uid) ? byId.get(uid).getDisplayName() : "");
        who.setValue(current);
        who.setWidthFull();
        who.setId("assign-inspectors");
        return dialog.confirm(getTranslation("common.save"), "common.saved", () -> {
            if (row == null) {
                service.assignAll(id, who.getValue(), viewer);
            } else {
                service.assign(id, row.departmentId(), who.getValue(), viewer);
            }
        }, this::refresh);
    }

    private Component mySheets(Period p, List<ScoreSheetService.MySheet> mine) {
        Grid<ScoreSheetService.MySheet> grid = new Grid<>();
        grid.setId("my-sheets");
        grid.addColumn(ScoreSheetService.MySheet::departmentName).setHeader(getTranslation("assessment.department")).setFlexGrow(2);
        grid.addComponentColumn(s -> {
            Span badge = new Span(getTranslation(s.submittedAt() != null ? "assessment.sheet.state.submitted"
                    : s.started() ? "assessment.sheet.state.draft" : "assessment.sheet.state.new"));
            badge.getElement().getThemeList().add(s.submittedAt() != null ? "badge success" : s.started() ? "badge contrast" : "badge");
            return badge;
        }).setHeader(getTranslation("common.status")).setAutoWidth(true);
        grid.addColumn(s -> s.submittedAt() == null ? "" : Dates.time(this, s.submittedAt(), clock.getZone()))
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

    private Component objections(PeriodQueries.PeriodDetail d) {
        Div box = new Div();
        box.setId("period-objections");
        if (d.objections().isEmpty()) {
            box.add(new Paragraph(getTranslation("assessment.objection.none")));
        }
        Map<Long, String> names = d.departments().stream()
                .collect(Collectors.toMap(PeriodQueries.Progress::departmentId, PeriodQueries.Progress::departmentName));
        for (Objection o : d.objections()) {
            Div item = DetailParts.box(getTranslation("assessment.objection.from", names.get(o.departmentId()),
                    Dates.time(this, o.filedAt(), clock.getZone())), o.text(), "objection-" + o.id());
            if (o.answered()) {
                item.add(new Paragraph(getTranslation("assessment.objection.answerLine",
                        getTranslation("assessment.objection.outcome." + o.outcome().name()), o.answeredByName(),
                        Dates.time(this, o.answeredAt(), clock.getZone()))));
                Paragraph answer = new Paragraph(o.answer());
                answer.addClassName("complaint-content");
                item.add(answer);
            } else if (d.lead() && d.period().getState() == PeriodState.PUBLISHED) {
                Button answer = new Button(getTranslation("assessment.objection.answer"), e -> answerDialog(o, names.get(o.departmentId())).open());
                answer.setId("objection-answer-" + o.id());
                answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                item.add(answer);
            }
            item.add(new Anchor(DepartmentResultView.path(id, o.departmentId()), getTranslation("assessment.result.open")));
            box.add(item);
        }
        return box;
    }

    private ActionDialog answerDialog(Objection o, String department) {
        ActionDialog dialog = new ActionDialog("dialog-answer", getTranslation("assessment.objection.answerTitle", department),
                getTranslation("assessment.objection.answer.help"));
        RadioButtonGroup<ObjectionOutcome> outcome = dialog.field("outcome", new RadioButtonGroup<>(getTranslation("assessment.objection.outcome")));
        outcome.setItems(ObjectionOutcome.values());
        outcome.setItemLabelGenerator(v -> getTranslation("assessment.objection.outcome." + v.name()));
        outcome.setId("answer-outcome");
        TextArea text = dialog.field("answer", new TextArea(getTranslation("assessment.objection.answerText")));
        text.setWidthFull();
        text.setMaxLength(2000);
        text.setMinHeight("8em");
        text.setId("answer-text");
        return dialog.confirm(getTranslation("assessment.objection.answer"), "assessment.objection.answered",
                () -> service.answer(o.id(), outcome.getValue(), text.getValue(), viewer), this::refresh);
    }

    private Component revisions(PeriodQueries.PeriodDetail d) {
        Grid<PeriodQueries.Revision> grid = new Grid<>();
        grid.setId("period-revisions");
        grid.addColumn(r -> getTranslation("assessment.revision.no", r.revision().revisionNo()))
                .setHeader(getTranslation("assessment.revision")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Dates.time(this, r.revision().createdAt(), clock.getZone()) + " · " + r.revision().createdByName())
                .setHeader(getTranslation("assessment.revision.when")).setAutoWidth(true);
        grid.addColumn(r -> r.departmentName() == null ? "" : getTranslation("assessment.revision.change", r.departmentName(),
                r.indicatorName(), r.revision().oldValue() == null ? "-" : number(r.revision().oldValue().doubleValue()),
                number(r.revision().newValue().doubleValue())))
                .setHeader(getTranslation("assessment.revision.what")).setFlexGrow(2);
        grid.addColumn(r -> r.revision().reason()).setHeader(getTranslation("assessment.revision.reason")).setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(d.revisions());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private ActionDialog confirm(String name, String help, ActionDialog.Run action) {
        ActionDialog dialog = new ActionDialog("dialog-period-" + name, getTranslation("assessment." + name), help);
        return dialog.confirm(getTranslation("assessment." + name), "assessment.done." + name, action, this::refresh);
    }

    static String number(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** The ranking tab: a revision chooser when locked, the table, the exports and the rules it was ranked by. */
    static final class RankingPanel extends Div {

        private final PeriodQueries queries;
        private final SignedInUser viewer;
        private final ScoreTableReport report;

        RankingPanel(ResultTable table, PeriodQueries queries, SignedInUser viewer, ScoreTableReport report) {
            this.queries = queries;
            this.viewer = viewer;
            this.report = report;
            setId("period-ranking");
            setWidthFull();
            show(table);
        }

        private void show(ResultTable table) {
            removeAll();
            Period p = table.period();
            HorizontalLayout top = new HorizontalLayout();
            top.setAlignItems(FlexComponent.Alignment.BASELINE);
            top.getStyle().set("flex-wrap", "wrap");
            if (p.getState() == PeriodState.LOCKED && p.getRevision() > 1) {
                Select<Integer> revision = new Select<>();
                revision.setLabel(getTranslation("assessment.revision"));
                revision.setItems(java.util.stream.IntStream.rangeClosed(1, p.getRevision()).boxed().toList());
                revision.setItemLabelGenerator(n -> getTranslation("assessment.revision.no", n)
                        + (n == p.getRevision() ? " " + getTranslation("assessment.revision.current") : ""));
                revision.setValue(table.revisionNo());
                revision.setId("ranking-revision");
                revision.addValueChangeListener(e -> show(queries.ranking(p.getId(), e.getValue(), viewer)));
                top.add(revision);
            }
            Span status = new Span(getTranslation(table.locked() ? "assessment.ranking.locked" : "assessment.ranking.live",
                    table.revisionNo()));
            status.addClassName("form-note");
            top.add(status);
            if (table.tree().categories().size() <= ScoreTableReport.MAX_CATEGORIES) {
                for (ReportFormat format : List.of(ReportFormat.PDF, ReportFormat.XLSX)) {
                    top.add(ReportLink.of(format, "ranking-" + format.name().toLowerCase(java.util.Locale.ROOT),
                            locale -> report.render(table, format, locale), locale -> report.fileName(table, format, locale)));
                }
            }
            add(top);
            add(grid(table));
            add(RankingRules.of(this, p));
        }

        private Grid<ResultTable.Row> grid(ResultTable table) {
            Grid<ResultTable.Row> grid = new Grid<>();
            grid.setId("ranking");
            grid.addColumn(ResultTable.Row::rank).setHeader(getTranslation("assessment.rank")).setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(ResultTable.Row::departmentName).setHeader(getTranslation("assessment.department"))
                    .setAutoWidth(true).setFlexGrow(0);
            List<SystemTree.Branch> categories = table.tree().categories();
            for (int i = 0; i < categories.size(); i++) {
                int at = i;
                Indicator c = categories.get(i).category();
                Span header = new Span(c.name());
                header.addClassName("wrapping-header");
                grid.addColumn(r -> number(r.score().categories().get(at).score())).setHeader(header)
                        .setWidth("6.5em").setFlexGrow(1).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
            }
            grid.addColumn(r -> number(r.score().total())).setHeader(getTranslation("assessment.total")).setAutoWidth(true)
                    .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
            grid.addComponentColumn(r -> gradeBadge(r)).setHeader(getTranslation("assessment.grade")).setAutoWidth(true);
            if (!table.locked()) {
                grid.addComponentColumn(RankingPanel::openMarks).setHeader(getTranslation("assessment.ranking.open")).setAutoWidth(true);
            }
            grid.addItemClickListener(e -> UI.getCurrent().navigate(DepartmentResultView.path(table.period().getId(),
                    e.getItem().departmentId())));
            grid.setItems(table.rows());
            grid.setAllRowsVisible(true);
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            grid.setEmptyStateText(getTranslation("common.empty"));
            return grid;
        }

        static Span gradeBadge(ResultTable.Row row) {
            Span badge = new Span();
            badge.setText(badge.getTranslation("assessment.grade." + row.grade().name())
                    + (row.score().vetoed() ? badge.getTranslation("assessment.vetoed.mark") : ""));
            badge.getElement().getThemeList().add(switch (row.grade()) {
                case EXCELLENT -> "badge success";
                case GOOD, PASS -> "badge contrast";
                case FAIL -> "badge error";
            });
            if (row.grade() == org.sunshine.assessment.Grade.PASS) {
                badge.addClassName("badge-yellow");
            }
            return badge;
        }

        /** What keeps a department's result open: spreads to resolve, indicators nobody scored. */
        private static Span openMarks(ResultTable.Row row) {
            Span marks = new Span();
            long spreads = row.score().indicators().stream().filter(DepartmentScore.IndicatorScore::unresolvedSpread).count();
            long missing = row.score().indicators().stream().filter(i -> i.basis() == DepartmentScore.Basis.MISSING).count();
            if (spreads > 0) {
                Span s = new Span(marks.getTranslation("assessment.ranking.spreads", spreads));
                s.getElement().getThemeList().add("badge error");
                marks.add(s);
            }
            if (missing > 0) {
                Span s = new Span(marks.getTranslation("assessment.ranking.missing", missing));
                s.getElement().getThemeList().add("badge contrast");
                marks.add(s);
            }
            return marks;
        }
    }
}
