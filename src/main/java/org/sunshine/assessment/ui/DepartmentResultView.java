package org.sunshine.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
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
import org.sunshine.assessment.DepartmentScore;
import org.sunshine.assessment.Indicator;
import org.sunshine.assessment.IndicatorKind;
import org.sunshine.assessment.Metric;
import org.sunshine.assessment.Objection;
import org.sunshine.assessment.ObjectionOutcome;
import org.sunshine.assessment.Period;
import org.sunshine.assessment.PeriodQueries;
import org.sunshine.assessment.PeriodService;
import org.sunshine.assessment.PeriodState;
import org.sunshine.assessment.ResultTable;
import org.sunshine.assessment.SystemTree;
import org.sunshine.base.DomainException;
import org.sunshine.base.ui.ActionDialog;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.DetailParts;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.time.Clock;
import java.util.List;

/**
 * One department's result in a period, down to every score and its reason: its place, the categories with the
 * weights they carried, and each indicator with how its points were arrived at — every inspector's value and
 * reason (numbered, not named, for the department), the lead inspector's ruling, or what the data measured. The
 * department accepts or objects here; the lead inspector rules on a score before the lock and corrects it after.
 */
@Prototype
@RolesAllowed({Role.INSPECTOR_NAME, Role.LEADER_NAME, Role.HANDLER_NAME})
@Route("assessment/periods/:periodId/departments/:departmentId")
public class DepartmentResultView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PeriodQueries queries;
    private final PeriodService service;
    private final SignedInUser viewer;
    private final Clock clock;
    private long periodId;
    private long departmentId;
    private String title = "";

    public DepartmentResultView(PeriodQueries queries, PeriodService service, CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.service = service;
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
        PeriodQueries.DepartmentResult r = queries.department(periodId, departmentId, viewer);
        Period p = r.period();
        title = getTranslation("assessment.result.title", r.departmentName(), p.getName());
        String back = viewer.is(Role.HANDLER) ? "/assessment/periods" : "/assessment/periods/" + periodId;
        Span state = PeriodsView.stateBadge(p.getState(), p.getRevision());
        HorizontalLayout header = new HorizontalLayout(new Anchor(back, getTranslation(viewer.is(Role.HANDLER)
                ? "assessment.periods.back" : "assessment.result.back", p.getName())), new H3(title), state);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.getStyle().set("flex-wrap", "wrap");
        add(header, summary(r));
        answerBox(r).ifPresent(this::add);
        r.row().ifPresent(row -> add(categories(r.tree(), row)));
        for (SystemTree.Branch branch : r.tree().categories()) {
            Div card = new Div(new H4(getTranslation("assessment.category.heading", branch.category().seq(),
                    branch.category().name(), PeriodView.number(branch.category().weight().doubleValue()))));
            card.addClassName("category-card");
            r.lines().stream().filter(l -> l.score().categoryId() == branch.category().id())
                    .forEach(l -> card.add(line(r, l)));
            add(card);
        }
        add(RankingRules.of(this, p));
    }

    private Div summary(PeriodQueries.DepartmentResult r) {
        Div box = new Div();
        box.addClassName("result-summary");
        box.setId("result-summary");
        if (r.row().isEmpty()) {
            box.add(new Paragraph(getTranslation("assessment.result.none")));
            return box;
        }
        ResultTable.Row row = r.row().get();
        Span total = new Span(PeriodView.number(row.score().total()));
        total.addClassName("stat-number");
        total.setId("result-total");
        Span rank = new Span(getTranslation("assessment.result.rank", row.rank(), r.ofDepartments()));
        rank.setId("result-rank");
        Span grade = PeriodView.RankingPanel.gradeBadge(row);
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

    /** The department's acceptance or objection, the answer, and for its handler the buttons while the window is open. */
    private java.util.Optional<Div> answerBox(PeriodQueries.DepartmentResult r) {
        Period p = r.period();
        if (p.getState() == PeriodState.SCORING) {
            return java.util.Optional.empty();
        }
        Div box = new Div(new H4(getTranslation("assessment.answer.title")));
        box.addClassName("reply-box");
        box.setId("result-answer");
        Objection o = r.objection();
        if (o != null) {
            box.add(new Paragraph(getTranslation("assessment.objection.filedLine", o.filedByName(),
                    Dates.time(this, o.filedAt(), clock.getZone()))));
            Paragraph text = new Paragraph(o.text());
            text.addClassName("complaint-content");
            box.add(text);
            if (o.answered()) {
                box.add(new Paragraph(getTranslation("assessment.objection.answerLine",
                        getTranslation("assessment.objection.outcome." + o.outcome().name()), o.answeredByName(),
                        Dates.time(this, o.answeredAt(), clock.getZone()))));
                Paragraph answer = new Paragraph(o.answer());
                answer.addClassName("complaint-content");
                answer.setId("objection-answer-text");
                box.add(answer);
            } else {
                box.add(new Paragraph(getTranslation("assessment.objection.waiting")));
            }
        } else if (r.acceptedAt() != null) {
            box.add(new Paragraph(getTranslation("assessment.answer.acceptedLine", Dates.time(this, r.acceptedAt(), clock.getZone()))));
        } else if (p.getState() == PeriodState.PUBLISHED) {
            box.add(new Paragraph(getTranslation("assessment.answer.window", Dates.dateWithWeekday(this, p.getObjectionDue()))));
        } else {
            box.add(new Paragraph(getTranslation("assessment.answer.silent")));
        }
        if (r.mayAnswer()) {
            Button accept = new Button(getTranslation("assessment.answer.accept"), e -> {
                ActionDialog dialog = new ActionDialog("dialog-accept", getTranslation("assessment.answer.accept"),
                        getTranslation("assessment.answer.accept.help"));
                dialog.confirm(getTranslation("assessment.answer.accept"), "assessment.answer.accepted",
                        () -> service.accept(periodId, viewer), this::refresh).open();
            });
            accept.setId("result-accept");
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button object = new Button(getTranslation("assessment.objection.file"), e -> objectDialog().open());
            object.setId("result-object");
            box.add(new HorizontalLayout(accept, object));
        }
        return java.util.Optional.of(box);
    }

    private ActionDialog objectDialog() {
        ActionDialog dialog = new ActionDialog("dialog-object", getTranslation("assessment.objection.file"),
                getTranslation("assessment.objection.file.help"));
        TextArea text = dialog.field("text", new TextArea(getTranslation("assessment.objection.text")));
        text.setWidthFull();
        text.setMaxLength(2000);
        text.setMinHeight("10em");
        text.setId("objection-text");
        return dialog.confirm(getTranslation("assessment.objection.file"), "assessment.objection.filed",
                () -> service.object(periodId, text.getValue(), viewer), this::refresh);
    }

    private Grid<DepartmentScore.CategoryScore> categories(SystemTree tree, ResultTable.Row row) {
        Grid<DepartmentScore.CategoryScore> grid = new Grid<>();
        grid.setId("result-categories");
        List<SystemTree.Branch> branches = tree.categories();
        grid.addColumn(c -> branches.stream().filter(b -> b.category().id() == c.categoryId()).findFirst()
                .map(b -> b.category().name()).orElse("")).setHeader(getTranslation("assessment.category.name")).setFlexGrow(2);
        grid.addColumn(c -> c.rated() ? PeriodView.number(c.weight()) : getTranslation("assessment.result.notRated"))
                .setHeader(getTranslation("assessment.result.weight")).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> PeriodView.number(c.earned())).setHeader(getTranslation("assessment.result.earned"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> c.deductions() == 0 ? "" : "−" + PeriodView.number(c.deductions()))
                .setHeader(getTranslation("assessment.result.deductions")).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> c.bonuses() == 0 ? "" : "+" + PeriodView.number(c.bonuses()))
                .setHeader(getTranslation("assessment.result.bonuses")).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> PeriodView.number(c.score())).setHeader(getTranslation("assessment.result.score"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.setItems(row.score().categories());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        return grid;
    }

    private Div line(PeriodQueries.DepartmentResult r, PeriodQueries.Line l) {
        Indicator indicator = l.indicator();
        DepartmentScore.IndicatorScore s = l.score();
        Div line = new Div();
        line.addClassName("sheet-line");
        line.setId("result-line-" + indicator.id());
        Span name = new Span(indicator.name());
        name.addClassName("sheet-indicator");
        Span value = new Span(value(indicator, s));
        value.addClassName("result-value");
        value.setId("result-value-" + indicator.id());
        Span basis = new Span(getTranslation("assessment.basis." + s.basis().name()));
        basis.addClassName("form-note");
        HorizontalLayout top = new HorizontalLayout(name, value, basis);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.getStyle().set("flex-wrap", "wrap");
        if (s.spread()) {
            Span spread = new Span(getTranslation(s.basis() == DepartmentScore.Basis.RESOLVED ? "assessment.result.spreadResolved"
                    : "assessment.result.spread"));
            spread.getElement().getThemeList().add(s.basis() == DepartmentScore.Basis.RESOLVED ? "badge contrast" : "badge error");
            top.add(spread);
        }
        ruleButton(r, indicator, s).ifPresent(top::add);
        line.add(top);
        Paragraph guidance = new Paragraph(Points.label(this, indicator) + " · " + indicator.guidance());
        guidance.addClassName("sheet-guidance");
        line.add(guidance);
        if (s.measured() != null || s.basis() == DepartmentScore.Basis.MEASURED || s.basis() == DepartmentScore.Basis.NOT_RATED) {
            line.add(new Paragraph(measured(r.period(), indicator, s)));
        }
        for (PeriodQueries.InspectorValue v : l.values()) {
            Div item = new Div(new Span(getTranslation("assessment.result.inspectorValue", v.inspector(),
                    valueInUnits(indicator, v.value()))));
            item.addClassName("inspector-value");
            if (!v.reason().isBlank()) {
                item.add(new Span(" — " + v.reason()));
            }
            if (v.evidenceUrl() != null) {
                Anchor link = new Anchor(v.evidenceUrl(), getTranslation("assessment.result.evidence"));
                link.setTarget(AnchorTarget.BLANK);
                link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
                item.add(new Span(" "), link);
            }
            line.add(item);
        }
        if (l.resolution() != null) {
            Paragraph ruling = new Paragraph(getTranslation("assessment.result.ruling",
                    valueInUnits(indicator, l.resolution().value().doubleValue()), l.resolution().resolvedByName(),
                    Dates.time(this, l.resolution().resolvedAt(), clock.getZone()), l.resolution().reason()));
            ruling.addClassName("verdict-accepted");
            ruling.setId("result-ruling-" + indicator.id());
            line.add(ruling);
        }
        return line;
    }

    /** Points, or points with what they come from: 17 / 20, −4 (2 次), 一票否决: 是. */
    private String value(Indicator indicator, DepartmentScore.IndicatorScore s) {
        if (s.value() == null) {
            return getTranslation("assessment.result.noValue");
        }
        return switch (indicator.kind()) {
            case MANUAL, AUTO -> PeriodView.number(s.value()) + " / " + PeriodView.number(indicator.maxPoints().doubleValue());
            case DEDUCTION -> s.value() == 0 ? "0" : "−" + PeriodView.number(s.value());
            case BONUS -> s.value() == 0 ? "0" : "+" + PeriodView.number(s.value());
            case VETO -> getTranslation(s.value() > 0 ? "assessment.sheet.veto.yes" : "assessment.sheet.veto.no");
        };
    }

    /** A value in the sheet's units, as an inspector gave it. */
    private String valueInUnits(Indicator indicator, double value) {
        return switch (indicator.kind()) {
            case MANUAL, AUTO -> PeriodView.number(value);
            case DEDUCTION, BONUS -> getTranslation("assessment.result.times", PeriodView.number(value));
            case VETO -> getTranslation(value > 0 ? "assessment.sheet.veto.yes" : "assessment.sheet.veto.no");
        };
    }

    private String measured(Period p, Indicator indicator, DepartmentScore.IndicatorScore s) {
        Metric metric = indicator.metric();
        var rules = p.rules();
        String text;
        if (metric != null && metric.isCount()) {
            text = getTranslation("assessment.measured.count", s.measured() == null ? 0 : s.measured().longValue());
        } else if (s.basis() == DepartmentScore.Basis.NOT_RATED || s.measured() == null) {
            text = getTranslation("assessment.measured.notRated", s.volume() == null ? 0 : s.volume(), rules.minVolume());
        } else {
            text = getTranslation("assessment.measured.rate", Points.percent(s.measured()), s.volume());
        }
        if (metric == Metric.SATISFACTION) {
            text += " " + getTranslation("assessment.measured.basic", PeriodView.number(rules.basicWeight()));
        }
        return getTranslation("assessment.measured.prefix") + text;
    }

    /**
     * The lead inspector's ruling (on a spread while scoring, on any indicator of a department whose objection was
     * upheld) or correction (after the lock) of one indicator.
     */
    private java.util.Optional<Component> ruleButton(PeriodQueries.DepartmentResult r, Indicator indicator,
                                                     DepartmentScore.IndicatorScore s) {
        if (!r.lead()) {
            return java.util.Optional.empty();
        }
        PeriodState state = r.period().getState();
        boolean upheld = r.objection() != null && r.objection().outcome() == ObjectionOutcome.UPHELD;
        boolean rule = indicator.kind() != IndicatorKind.AUTO
                && ((state == PeriodState.SCORING && s.spread()) || (state == PeriodState.PUBLISHED && upheld));
        boolean correct = state == PeriodState.LOCKED;
        if (!rule && !correct) {
            return java.util.Optional.empty();
        }
        Button button = new Button(getTranslation(correct ? "assessment.correct" : "assessment.rule"),
                e -> (correct ? correctDialog(indicator) : ruleDialog(indicator)).open());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setId((correct ? "correct-" : "rule-") + indicator.id());
        return java.util.Optional.of(button);
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
                () -> service.resolve(periodId, departmentId, indicator.id(), value.getValue(), reason.getValue(), viewer),
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
                () -> service.correct(periodId, departmentId, indicator.id(), value.getValue(), reason.getValue(), viewer),
                this::refresh);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
