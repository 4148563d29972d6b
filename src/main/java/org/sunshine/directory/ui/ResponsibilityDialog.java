package org.sunshine.directory.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.sunshine.base.ui.DatePickers;
import org.sunshine.base.ui.FormDialog;
import org.sunshine.directory.Cadence;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DisclosureCategory;
import org.sunshine.directory.KeyAreaRow;
import org.sunshine.directory.ResponsibilityForm;
import org.sunshine.directory.ResponsibilityService;
import org.sunshine.security.SignedInUser;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Creates or edits a row of the responsibility table. Choosing a category proposes its default clock
 * (20 working days; 7 for licensing and penalty decisions); the administrator may set another. A cadence (每月, 每季度,
 * 每年, 随时) is watched for the lead departments from the day given (today if left empty).
 */
class ResponsibilityDialog extends FormDialog<ResponsibilityForm> {

    private final ResponsibilityService responsibilities;
    private final SignedInUser actor;

    ResponsibilityDialog(ResponsibilityService responsibilities, List<DepartmentRow> departments,
                         List<KeyAreaRow> areas, SignedInUser actor, Runnable onSaved) {
        super(ResponsibilityForm.class, onSaved);
        this.responsibilities = responsibilities;
        this.actor = actor;
        setId("responsibility-dialog");
        setWidth("min(760px, 96vw)");
        IntegerField seqNo = field("seqNo", new IntegerField(getTranslation("common.no")));
        seqNo.setId("responsibility-seq");
        TextField title = field("title", new TextField(getTranslation("responsibility.title")));
        title.setMaxLength(200);
        title.setId("responsibility-title");
        Select<DisclosureCategory> category = field("category", new Select<>());
        category.setLabel(getTranslation("responsibility.category"));
        category.setItems(DisclosureCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        category.setId("responsibility-category");
        IntegerField clockDays = field("clockDays", new IntegerField(getTranslation("responsibility.clockDays")));
        clockDays.setHelperText(getTranslation("responsibility.clockDays.help"));
        clockDays.setId("responsibility-clock");
        category.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                clockDays.setValue(responsibilities.defaultClockDays(e.getValue()));
            }
        });
        Map<Long, KeyAreaRow> areasById = areas.stream().collect(Collectors.toMap(KeyAreaRow::id, Function.identity()));
        ComboBox<KeyAreaRow> area = field("keyAreaId", new ComboBox<>(getTranslation("responsibility.keyArea"), areas));
        area.setItemLabelGenerator(KeyAreaRow::name);
        area.setClearButtonVisible(true);
        DepartmentChoices choices = new DepartmentChoices(departments);
        MultiSelectComboBox<DepartmentRow> leads = field("leadDepartmentIds", choices.multiple(getTranslation("responsibility.leads")));
        leads.setId("responsibility-leads");
        MultiSelectComboBox<DepartmentRow> cos = field("coDepartmentIds", choices.multiple(getTranslation("responsibility.cos")));
        cos.setId("responsibility-cos");
        TextField dutyNote = field("dutyNote", new TextField(getTranslation("responsibility.dutyNote")));
        dutyNote.setMaxLength(200);
        dutyNote.setHelperText(getTranslation("responsibility.dutyNote.help"));
        dutyNote.setId("responsibility-note");
        Select<Cadence> cadence = field("cadence", new Select<>());
        cadence.setLabel(getTranslation("responsibility.cadence"));
        cadence.setItems(Cadence.values());
        cadence.setEmptySelectionAllowed(true);
        cadence.setEmptySelectionCaption(getTranslation("responsibility.cadence.none"));
        cadence.setItemLabelGenerator(c -> c == null ? getTranslation("responsibility.cadence.none")
                : getTranslation(c.labelKey()));
        cadence.setHelperText(getTranslation("responsibility.cadence.help"));
        cadence.setId("responsibility-cadence");
        DatePicker since = field("cadenceSince", DatePickers.create(getTranslation("responsibility.cadenceSince")));
        since.setHelperText(getTranslation("responsibility.cadenceSince.help"));
        since.setClearButtonVisible(true);
        since.setId("responsibility-cadence-since");
        cadence.addValueChangeListener(e -> since.setVisible(e.getValue() != null && e.getValue() != Cadence.ON_CHANGE));
        form.add(seqNo, category, title, clockDays, area, leads, cos, dutyNote, cadence, since);
        form.setColspan(title, 2);
        form.setColspan(leads, 2);
        form.setColspan(cos, 2);
        form.setColspan(dutyNote, 2);

        carry("id");
        binder.forField(seqNo).asRequired(getTranslation("responsibility.error.seqNo")).bind("seqNo");
        binder.forField(title).asRequired(getTranslation("responsibility.error.title")).bind("title");
        binder.forField(category).asRequired(getTranslation("responsibility.error.category")).bind("category");
        binder.forField(clockDays).bind("clockDays");
        binder.forField(area).withConverter(a -> a == null ? null : a.id(), id -> id == null ? null : areasById.get(id))
                .bind("keyAreaId");
        choices.asIds(binder.forField(leads)).bind("leadDepartmentIds");
        choices.asIds(binder.forField(cos)).bind("coDepartmentIds");
        binder.forField(dutyNote).bind("dutyNote");
        binder.forField(cadence).bind("cadence");
        binder.forField(since).bind("cadenceSince");
    }

    @Override
    protected long persist(ResponsibilityForm value) {
        return responsibilities.save(value, actor);
    }
}
