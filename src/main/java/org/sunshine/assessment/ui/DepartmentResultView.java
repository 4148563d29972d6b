package org.sunshine.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.assessment.DepartmentResults;
import org.sunshine.assessment.DepartmentScore;
import org.sunshine.assessment.Indicator;
import org.sunshine.assessment.IndicatorKind;
import org.sunshine.assessment.ObjectionOutcome;
import org.sunshine.assessment.Period;
import org.sunshine.assessment.PeriodLocking;
import org.sunshine.assessment.PeriodObjections;
import org.sunshine.assessment.PeriodRulings;
import org.sunshine.assessment.PeriodState;
import org.sunshine.assessment.ResultTable;
import org.sunshine.assessment.SystemTree;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.DomainException;
import org.sunshine.base.ui.ActionDialog;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.DetailParts;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.util.List;
import java.util.Optional;

/**
 * One department's result in a period, down to every score and its reason: its place, the categories with the
 * weights they carried, and each indicator with how its points were arrived at ({@link IndicatorResult}). The
 * department accepts or objects here ({@link ResultAnswer}); the lead inspector rules on a score before the lock and
 * corrects it after.
 */
@Prototype
@RolesAllowed({Role.INSPECTOR_NAME, Role.LEADER_NAME, Role.HANDLER_NAME})
@Route("assessment/periods/:periodId/departments/:departmentId")
public class DepartmentResultView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DepartmentResults results;
    private final PeriodRulings rulings;
    private final PeriodObjections objections;
    private final PeriodLocking locking;
    private final SignedInUser viewer;
    private final BusinessClock clock;
    private long periodId;
    private long departmentId;
    private String title = "";

    public DepartmentResultView(DepartmentResults results, PeriodRulings rulings, PeriodObjections objections,
                                PeriodLocking locking, CurrentUser currentUser, BusinessClock clock) {
        this.results = results;
        this.rulings = rulings;
        this.objections = objections;
        this.locking = locking;
        this.viewer = currentUser.require();
        this.clock = clock;
        addClassName("department-result");
        setId("department-result");
    }

    public static String path(long periodId, long departmentId) {
        return "assessment/periods/" + periodId + "/departments/" + departmentId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            periodId = event.getRouteParameters().getLong("periodId").orElse(-1L);
            departmentId = event.getRouteParameters().getLong("departmentId").orElse(-1L);
            refresh();
        } catch (DomainException e) {
            removeAll();
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void refresh() {
        removeAll();
        DepartmentResults.Result r = results.result(periodId, departmentId, viewer);
        Period p = r.period();
        title = getTranslation("assessment.result.title", r.departmentName(), p.getName());
        String back = viewer.is(Role.HANDLER) ? "/assessment/periods" : "/assessment/periods/" + periodId;
        Span state = PeriodsView.stateBadge(p.getState(), p.getRevision());
        HorizontalLayout header = new HorizontalLayout(new Anchor(back, getTranslation(viewer.is(Role.HANDLER)
                ? "assessment.periods.back" : "assessment.result.back", p.getName())), new H3(title), state);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.getStyle().set("flex-wrap", "wrap");
        add(header, summary(r));
        if (p.getState() != PeriodState.SCORING) {
            add(new ResultAnswer(r, objections, viewer, clock.zone(), this::refresh));
        }
        r.row().ifPresent(row -> add(categories(r.tree(), row)));
        for (SystemTree.Branch branch : r.tree().categories()) {
            Div card = new Div(new H4(getTranslation("assessment.category.heading", branch.category().seq(),
                    branch.category().name(), Points.number(branch.category().weight().doubleValue()))));
            card.addClassName("category-card");
            r.lines().stream().filter(l -> l.score().categoryId() == branch.category().id())
                    .forEach(l -> card.add(new IndicatorResult(r, l, clock.zone(), ruleButton(r, l.indicator(), l.score()))));
            add(card);
        }
        add(RankingRules.of(this, p));
    }

    private Div summary(DepartmentResults.Result r) {
        Div box = new Div();
        box.addClassName("result-summary");
        box.setId("result-summary");
        if (r.row().isEmpty()) {
            box.add(new Paragraph(getTranslation("assessment.result.none")));
            return box;
        }
        ResultTable.Row row = r.row().get();
        Span total = new Span(Points.number(row.score().total()));
        total.addClassName("stat-number");
        total.setId("result-total");
        Span rank = new Span(getTranslation("assessment.result.rank", row.rank(), r.ofDepartments()));
        rank.setId("result-rank");
        Span grade = RankingPanel.gradeBadge(row);
        grade.setId("result-grade");
        HorizontalLayout line = new HorizontalLayout(new Span(getTranslation("assessment.total")), total, rank, grade);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        box.add(line);
        Period p = r.period();
        box.add(new Paragraph(getTranslation(p.getState() == PeriodState.LOCKED ? "assessment.result.locked"
                : p.getState() == PeriodState.PUBLISHED ? "assessment.result.published" : "assessment.result.provisional",
                p.getRevision())));
        if (row.score().vetoed()) {
            Paragraph veto = new Paragraph(getTranslation("assessment.result.vetoed"));
            veto.addClassName("calendar-warning");
            box.add(veto);
        }
        return box;
    }

    private Grid<DepartmentScore.CategoryScore> categories(SystemTree tree, ResultTable.Row row) {
        Grid<DepartmentScore.CategoryScore> grid = new Grid<>();
        grid.setId("result-categories");
        List<SystemTree.Branch> branches = tree.categories();
        grid.addColumn(c -> branches.stream().filter(b -> b.category().id() == c.categoryId()).findFirst()
                .map(b -> b.category().name()).orElse("")).setHeader(getTranslation("assessment.category.name")).setFlexGrow(2);
        grid.addColumn(c -> c.rated() ? Points.number(c.weight()) : getTranslation("assessment.result.notRated"))
                .setHeader(getTranslation("assessment.result.weight")).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> Points.number(c.earned())).setHeader(getTranslation("assessment.result.earned"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> c.deductions() == 0 ? "" : "−" + Points.number(c.deductions()))
                .setHeader(getTranslation("assessment.result.deductions")).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> c.bonuses() == 0 ? "" : "+" + Points.number(c.bonuses()))
                .setHeader(getTranslation("assessment.result.bonuses")).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> Points.number(c.score())).setHeader(getTranslation("assessment.result.score"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.setItems(row.score().categories());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        return grid;
    }

    /**
     * The lead inspector's ruling (on a spread while scoring, on any indicator of a department whose objection was
     * upheld) or correction (after the lock) of one indicator.
     */
    private Optional<Component> ruleButton(DepartmentResults.Result r, Indicator indicator,
                                           DepartmentScore.IndicatorScore s) {
        if (!r.lead()) {
            return Optional.empty();
        }
        PeriodState state = r.period().getState();
        boolean upheld = r.objection() != null && r.objection().outcome() == ObjectionOutcome.UPHELD;
        boolean rule = indicator.kind() != IndicatorKind.AUTO
                && ((state == PeriodState.SCORING && s.spread()) || (state == PeriodState.PUBLISHED && upheld));
        boolean correct = state == PeriodState.LOCKED;
        if (!rule && !correct) {
            return Optional.empty();
        }
        Button button = new Button(getTranslation(correct ? "assessment.correct" : "assessment.rule"),
                e -> (correct ? correctDialog(indicator) : ruleDialog(indicator)).open());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setId((correct ? "correct-" : "rule-") + indicator.id());
        return Optional.of(button);
    }

    private ActionDialog ruleDialog(Indicator indicator) {
        ActionDialog dialog = new ActionDialog("dialog-rule", getTranslation("assessment.rule.title", indicator.name()),
                getTranslation("assessment.rule.help." + (indicator.kind() == IndicatorKind.MANUAL ? "points"
                        : indicator.kind() == IndicatorKind.VETO ? "veto" : "count")));
        BigDecimalField value = dialog.field("value", new BigDecimalField(getTranslation("assessment.rule.value")));
        value.setId("rule-value");
        TextArea reason = dialog.field("reason", new TextArea(getTranslation("assessment.rule.reason")));
        reason.setWidthFull();
        reason.setMaxLength(1000);
        reason.setId("rule-reason");
        return dialog.confirm(getTranslation("assessment.rule"), "assessment.rule.done",
                () -> rulings.resolve(periodId, departmentId, indicator.id(), value.getValue(), reason.getValue(), viewer),
                this::refresh);
    }

    private ActionDialog correctDialog(Indicator indicator) {
        ActionDialog dialog = new ActionDialog("dialog-correct", getTranslation("assessment.correct.title", indicator.name()),
                getTranslation("assessment.correct.help"));
        BigDecimalField value = dialog.field("value", new BigDecimalField(getTranslation("assessment.correct.value")));
        value.setId("correct-value");
        TextArea reason = dialog.field("reason", new TextArea(getTranslation("assessment.correct.reason")));
        reason.setWidthFull();
        reason.setMaxLength(1000);
        reason.setId("correct-reason");
        return dialog.confirm(getTranslation("assessment.correct"), "assessment.correct.done",
                () -> locking.correct(periodId, departmentId, indicator.id(), value.getValue(), reason.getValue(), viewer),
                this::refresh);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
