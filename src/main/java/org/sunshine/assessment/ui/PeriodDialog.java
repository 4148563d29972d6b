package org.sunshine.assessment.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.sunshine.assessment.IndicatorSystem;
import org.sunshine.assessment.PeriodForm;
import org.sunshine.assessment.PeriodKind;
import org.sunshine.assessment.PeriodSetup;
import org.sunshine.base.ui.FormDialog;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.ui.DepartmentChoices;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRow;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Sets up a new period: which month, quarter or year, on which published system version, led by whom, for which
 * departments, with an optional 优秀 quota. The name follows the dates unless one is typed.
 */
class PeriodDialog extends FormDialog<PeriodForm> {

    private final PeriodSetup service;
    private final SignedInUser actor;
    private final LongConsumer created;
    private long createdId;

    PeriodDialog(PeriodSetup service, SignedInUser actor, List<IndicatorSystem> systems, List<UserRow> inspectors,
                 List<DepartmentRow> departments, LongConsumer created) {
        super(PeriodForm.class, () -> { });
        this.service = service;
        this.actor = actor;
        this.created = created;
        setId("period-dialog");

        Select<PeriodKind> kind = field("kind", new Select<>());
        kind.setLabel(getTranslation("assessment.period.kind"));
        kind.setItems(PeriodKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("assessment.period.kind." + k.name()));
        kind.setId("period-kind");
        IntegerField year = field("year", new IntegerField(getTranslation("assessment.period.year")));
        year.setId("period-year");
        year.setMin(2000);
        year.setMax(2100);
        year.setStepButtonsVisible(true);
        Select<Integer> number = field("number", new Select<>());
        number.setLabel(getTranslation("assessment.period.number"));
        number.setId("period-number");
        TextField name = field("name", new TextField(getTranslation("assessment.period.name")));
        name.setId("period-name");
        name.setMaxLength(100);
        name.setHelperText(getTranslation("assessment.period.name.help"));

        Map<Long, IndicatorSystem> systemById = systems.stream().collect(Collectors.toMap(IndicatorSystem::getId, Function.identity()));
        Select<Long> system = field("systemId", new Select<>());
        system.setLabel(getTranslation("assessment.period.system"));
        system.setItems(systems.stream().map(IndicatorSystem::getId).toList());
        system.setItemLabelGenerator(id -> id == null ? "" : systemById.get(id).getName() + " "
                + getTranslation("assessment.system.versionNo", systemById.get(id).getVersionNo()));
        system.setId("period-system");
        Map<Long, UserRow> inspectorById = inspectors.stream().collect(Collectors.toMap(UserRow::id, Function.identity()));
        ComboBox<Long> lead = field("leadInspectorId", new ComboBox<>(getTranslation("assessment.period.lead")));
        lead.setItems(inspectors.stream().map(UserRow::id).toList());
        lead.setItemLabelGenerator(id -> inspectorById.containsKey(id) ? inspectorById.get(id).displayName() : "");
        lead.setId("period-lead");
        DepartmentChoices choices = new DepartmentChoices(departments);
        MultiSelectComboBox<DepartmentRow> scope = field("departmentIds", choices.multiple(getTranslation("assessment.period.departments")));
        scope.setId("period-departments");
        scope.setHelperText(getTranslation("assessment.period.departments.help"));
        IntegerField quota = field("excellentQuotaPercent", new IntegerField(getTranslation("assessment.period.quota")));
        quota.setId("period-quota");
        quota.setMin(1);
        quota.setMax(100);
        quota.setHelperText(getTranslation("assessment.period.quota.help"));
        form.add(kind, year, number, name, system, lead, scope, quota);
        form.setColspan(name, 2);
        form.setColspan(system, 2);
        form.setColspan(scope, 2);

        kind.addValueChangeListener(e -> numbers(number, e.getValue()));
        binder.forField(name).bind("name");
        binder.forField(kind).asRequired(getTranslation("assessment.period.error.kind")).bind("kind");
        binder.forField(year).asRequired(getTranslation("assessment.period.error.year")).bind("year");
        binder.forField(number).asRequired(getTranslation("assessment.period.error.number", 12)).bind("number");
        binder.forField(system).asRequired(getTranslation("assessment.period.error.system")).bind("systemId");
        binder.forField(lead).asRequired(getTranslation("assessment.period.error.lead")).bind("leadInspectorId");
        choices.asIds(binder.forField(scope)).bind("departmentIds");
        binder.forField(quota).bind("excellentQuotaPercent");
    }

    private void numbers(Select<Integer> number, PeriodKind kind) {
        Integer chosen = number.getValue();
        if (kind == null) {
            number.setItems(List.of());
            return;
        }
        number.setItems(IntStream.rangeClosed(1, kind.perYear()).boxed().toList());
        number.setItemLabelGenerator(n -> n == null ? "" : getTranslation("assessment.period.numberOf." + kind.name(), n));
        number.setValue(chosen != null && chosen <= kind.perYear() ? chosen : 1);
    }

    @Override
    protected long persist(PeriodForm value) {
        createdId = service.create(value, actor);
        created.accept(createdId);
        return createdId;
    }
}
