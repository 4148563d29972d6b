package org.sunshine.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.assessment.Indicator;
import org.sunshine.assessment.IndicatorKind;
import org.sunshine.assessment.Marks;
import org.sunshine.assessment.Metric;
import org.sunshine.assessment.PeriodState;
import org.sunshine.assessment.Score;
import org.sunshine.assessment.ScoreSheetService;
import org.sunshine.assessment.SystemTree;
import org.sunshine.base.DomainException;
import org.sunshine.base.ui.ActionDialog;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.Notices;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An inspector's score sheet for one department: every indicator of the system with its scoring guidance; a value,
 * a reason and optional evidence for each one the inspectors score; what the data gives for the measured ones.
 * Saved as a private draft, submitted when complete, taken back while the period is being scored.
 */
@Prototype
@RolesAllowed(Role.INSPECTOR_NAME)
@Route("assessment/periods/:periodId/sheets/:departmentId")
public class ScoreSheetView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ScoreSheetService sheets;
    private final SignedInUser viewer;
    private final Clock clock;
    private final Map<Long, Input> inputs = new HashMap<>();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private long periodId;
    private long departmentId;
    private String title = "";

    public ScoreSheetView(ScoreSheetService sheets, CurrentUser currentUser, Clock clock) {
        this.sheets = sheets;
        this.viewer = currentUser.require();
        this.clock = clock;
        addClassName("score-sheet");
        setId("score-sheet");
    }

    /** The address of a sheet. */
    public static String path(long periodId, long departmentId) {
        return "assessment/periods/" + periodId + "/sheets/" + departmentId;
    }

    /** The inputs of one indicator. */
    private record Input(Indicator indicator, HasValue<?, ?> value, TextArea reason, TextField evidence) {

        ScoreSheetService.Entry entry() {
            Object v = value.getValue();
            BigDecimal number = null;
            if (v instanceof BigDecimal d) {
                number = d;
            } else if (v instanceof Integer i) {
                number = BigDecimal.valueOf(i);
            } else if (v instanceof Boolean b) {
                number = b ? BigDecimal.ONE : BigDecimal.ZERO;
            }
            return new ScoreSheetService.Entry(indicator.id(), number, reason.getValue(), evidence.getValue());
        }
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
        inputs.clear();
        fields.clear();
        ScoreSheetService.SheetView sheet = sheets.sheet(periodId, departmentId, viewer);
        title = getTranslation("assessment.sheet.title", sheet.departmentName());
        Span state = new Span(getTranslation(sheet.submittedAt() != null ? "assessment.sheet.state.submitted"
                : sheet.values().isEmpty() ? "assessment.sheet.state.new" : "assessment.sheet.state.draft"));
        state.getElement().getThemeList().add(sheet.submittedAt() != null ? "badge success" : "badge contrast");
        state.setId("sheet-state");
        HorizontalLayout header = new HorizontalLayout(new Anchor("/assessment/periods/" + periodId,
                getTranslation("assessment.sheet.back", sheet.period().getName())), new H3(title), state);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.getStyle().set("flex-wrap", "wrap");
        add(header);
        if (sheet.submittedAt() != null) {
            add(new Paragraph(getTranslation("assessment.sheet.submittedLine", Dates.time(this, sheet.submittedAt(), clock.getZone()))));
        }
        add(new Paragraph(getTranslation(sheet.editable() ? "assessment.sheet.intro" : "assessment.sheet.readOnly")));

        for (SystemTree.Branch branch : sheet.tree().categories()) {
            Div card = new Div(new H4(getTranslation("assessment.category.heading", branch.category().seq(),
                    branch.category().name(), Points.number(branch.category().weight().doubleValue()))));
            card.addClassName("category-card");
            for (Indicator indicator : branch.indicators()) {
                card.add(line(indicator, sheet));
            }
            add(card);
        }
        add(buttons(sheet));
    }

    private Div line(Indicator indicator, ScoreSheetService.SheetView sheet) {
        Div line = new Div();
        line.addClassName("sheet-line");
        line.setId("sheet-line-" + indicator.id());
        Span name = new Span(indicator.name());
        name.addClassName("sheet-indicator");
        Span points = new Span(Points.label(this, indicator));
        points.addClassName("form-note");
        line.add(new Div(name, new Span(" "), points));
        Paragraph guidance = new Paragraph(indicator.guidance());
        guidance.addClassName("sheet-guidance");
        line.add(guidance);
        if (!ScoreSheetService.onSheet(indicator)) {
            line.add(measured(indicator, sheet));
            return line;
        }
        Score score = sheet.values().get(indicator.id());
        HasValue<?, ?> value = valueField(indicator, score);
        TextArea reason = new TextArea(getTranslation("assessment.sheet.reason"));
        reason.setMaxLength(1000);
        reason.setValue(score == null ? "" : score.reason());
        reason.setId("reason-" + indicator.id());
        reason.setMinWidth("16em");
        reason.setPlaceholder(getTranslation("assessment.sheet.reason.help"));
        TextField evidence = new TextField(getTranslation("assessment.sheet.evidence"));
        evidence.setMaxLength(500);
        evidence.setValue(score == null || score.evidenceUrl() == null ? "" : score.evidenceUrl());
        evidence.setId("evidence-" + indicator.id());
        evidence.setWidth("16em");
        evidence.setPlaceholder("https://");
        boolean editable = sheet.editable();
        value.setReadOnly(!editable);
        reason.setReadOnly(!editable);
        evidence.setReadOnly(!editable);
        fields.put("value-" + indicator.id(), (HasValidation) value);
        fields.put("reason-" + indicator.id(), reason);
        fields.put("evidence-" + indicator.id(), evidence);
        inputs.put(indicator.id(), new Input(indicator, value, reason, evidence));
        HorizontalLayout row = new HorizontalLayout((Component) value, reason, evidence);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.START);
        row.getStyle().set("flex-wrap", "wrap");
        row.setFlexGrow(1, reason);
        line.add(row);
        return line;
    }

    private HasValue<?, ?> valueField(Indicator indicator, Score score) {
        String id = "value-" + indicator.id();
        switch (indicator.kind()) {
            case MANUAL -> {
                BigDecimalField field = new BigDecimalField(getTranslation("assessment.sheet.points"));
                field.setSuffixComponent(new Span("/ " + Points.number(indicator.maxPoints().doubleValue())));
                field.setValue(score == null ? null : score.value().stripTrailingZeros());
                field.setId(id);
                field.setWidth("9em");
                return field;
            }
            case DEDUCTION, BONUS -> {
                IntegerField field = new IntegerField(getTranslation(indicator.kind() == IndicatorKind.DEDUCTION
                        ? "assessment.sheet.deductions" : "assessment.sheet.bonuses"));
                field.setMin(0);
                field.setMax(999);
                field.setStepButtonsVisible(true);
                field.setValue(score == null ? null : score.value().intValue());
                field.setId(id);
                field.setWidth("9em");
                return field;
            }
            case VETO -> {
                RadioButtonGroup<Boolean> field = new RadioButtonGroup<>(getTranslation("assessment.sheet.veto"));
                field.setItems(false, true);
                field.setItemLabelGenerator(b -> getTranslation(b ? "assessment.sheet.veto.yes" : "assessment.sheet.veto.no"));
                field.setValue(score == null ? null : score.value().signum() > 0);
                field.setId(id);
                return field;
            }
            default -> throw new IllegalStateException("Not on the sheet: " + indicator.kind());
        }
    }

    /** What the data gives for a measured indicator. */
    private Paragraph measured(Indicator indicator, ScoreSheetService.SheetView sheet) {
        Metric metric = indicator.metric();
        Marks.Measure measure = metric == null ? null : sheet.measures().get(metric);
        var rules = sheet.period().rules();
        String text;
        if (metric != null && metric.isCount()) {
            long count = measure == null ? 0 : (long) measure.value();
            text = getTranslation("assessment.measured.count", count);
        } else if (measure == null || measure.volume() < rules.minVolume()) {
            text = getTranslation("assessment.measured.notRated", measure == null ? 0 : measure.volume(), rules.minVolume());
        } else {
            text = getTranslation("assessment.measured.rate", Points.percent(measure.value()), measure.volume());
        }
        if (metric == Metric.SATISFACTION) {
            text += " " + getTranslation("assessment.measured.basic", Points.number(rules.basicWeight()));
        }
        Paragraph p = new Paragraph(getTranslation("assessment.measured.prefix") + text);
        p.addClassName("sheet-measured");
        p.setId("measured-" + indicator.id());
        return p;
    }

    private HorizontalLayout buttons(ScoreSheetService.SheetView sheet) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.addClassName("sheet-buttons");
        if (sheet.editable()) {
            Button save = new Button(getTranslation("assessment.sheet.save"), VaadinIcon.DISC.create(), e -> run(() ->
                    sheets.save(periodId, departmentId, entries(), viewer), "assessment.sheet.saved"));
            save.setId("sheet-save");
            Button submit = new Button(getTranslation("assessment.sheet.submit"), VaadinIcon.CHECK.create(), e -> {
                ActionDialog dialog = new ActionDialog("dialog-sheet-submit", getTranslation("assessment.sheet.submit"),
                        getTranslation("assessment.sheet.submit.help"));
                dialog.confirm(getTranslation("assessment.sheet.submit"), "assessment.sheet.submitted",
                        () -> submit(dialog), this::refresh);
                dialog.open();
            });
            submit.setId("sheet-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(save, submit);
        } else if (sheet.submittedAt() != null && sheet.period().getState() == PeriodState.SCORING) {
            Button withdraw = new Button(getTranslation("assessment.sheet.withdraw"), VaadinIcon.ARROW_BACKWARD.create(),
                    e -> run(() -> sheets.withdraw(periodId, departmentId, viewer), "assessment.sheet.withdrawn"));
            withdraw.setId("sheet-withdraw");
            buttons.add(withdraw);
        }
        return buttons;
    }

    private List<ScoreSheetService.Entry> entries() {
        List<ScoreSheetService.Entry> entries = new ArrayList<>();
        inputs.values().forEach(i -> entries.add(i.entry()));
        return entries;
    }

    /**
     * Submits the sheet from the confirming dialog, which shows the success notice only if it went through. A value
     * or reason refused is on the sheet, under the dialog: the dialog closes and the field is marked and brought into
     * view; the dialog then shows the refusal as its notice.
     */
    private void submit(ActionDialog dialog) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            sheets.submit(periodId, departmentId, entries(), viewer);
        } catch (DomainException e) {
            HasValidation field = e.field() == null ? null : fields.get(e.field());
            if (field instanceof Component c) {
                dialog.close();
                field.setErrorMessage(getTranslation(e.messageKey(), e.args()));
                field.setInvalid(true);
                c.getElement().callJsFunction("scrollIntoView", false);
            }
            throw e;
        }
    }

    /** Runs a step; a refusal is shown on its field, which is brought into view, and nothing is saved. */
    private void run(Runnable step, String doneKey) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            step.run();
        } catch (DomainException e) {
            Notices.refused(this, e, fields);
            HasValidation field = e.field() == null ? null : fields.get(e.field());
            if (field instanceof Component c) {
                c.getElement().callJsFunction("scrollIntoView", false);
                Notices.error(getTranslation(e.messageKey(), e.args()));
            }
            return;
        }
        Notices.success(getTranslation(doneKey));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
