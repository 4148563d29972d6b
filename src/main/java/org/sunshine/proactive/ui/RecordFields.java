package org.sunshine.proactive.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.core.annotation.Nullable;
import org.sunshine.base.DomainException;
import org.sunshine.base.ui.DatePickers;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.Notices;
import org.sunshine.calendar.WorkingDayCalendar;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.ResponsibilityRow;
import org.sunshine.directory.ui.DepartmentChoices;
import org.sunshine.proactive.Channel;
import org.sunshine.proactive.RecordCategory;
import org.sunshine.proactive.RecordClock;
import org.sunshine.proactive.RecordForm;
import org.sunshine.proactive.Timeliness;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of a record, each shown only where it applies: 施行日期 and 废止日期 for 规章 and 行政规范性文件, 收费金额 for
 * 行政事业性收费, 其他渠道名称 for the channel 其他. Below them, as the dates are filled in, the record's clock: its working
 * days, its deadline, and whether it is in time or late ({@link RecordClock}). A refusal of the service is shown on
 * its field.
 */
class RecordFields extends FormLayout {

    private final Map<String, HasValidation> fields = new HashMap<>();
    private final RecordClock clock;
    private final ComboBox<DepartmentRow> department;
    private final TextField title = text("title", "proactive.field.title", 300);
    private final TextField docNumber = text("docNumber", "proactive.field.docNumber", 100);
    private final Select<RecordCategory> category = new Select<>();
    private final ComboBox<ResponsibilityRow> item = new ComboBox<>();
    private final DatePicker formedOn = date("formedOn", "proactive.field.formedOn");
    private final DatePicker publishedOn = date("publishedOn", "proactive.field.publishedOn");
    private final Select<Channel> channel = new Select<>();
    private final TextField channelNote = text("channelNote", "proactive.field.channelNote", 60);
    private final TextField url = text("url", "proactive.field.url", 500);
    private final DatePicker issuedOn = date("issuedOn", "proactive.field.issuedOn");
    private final DatePicker repealedOn = date("repealedOn", "proactive.field.repealedOn");
    private final BigDecimalField feeAmount = new BigDecimalField();
    private final Div clockBox = new Div();

    /**
     * @param departments the departments the user may record for: a handler's own (then fixed), or every active one
     */
    RecordFields(List<DepartmentRow> departments, List<ResponsibilityRow> items, RecordClock clock) {
        this.clock = clock;
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
        department = new DepartmentChoices(departments).single(getTranslation("proactive.field.department"));
        department.setId("record-departmentId");
        department.setRequiredIndicatorVisible(true);
        department.setReadOnly(departments.size() == 1);
        if (departments.size() == 1) {
            department.setValue(departments.get(0));
        }
        fields.put("departmentId", department);
        title.setRequiredIndicatorVisible(true);
        category.setLabel(getTranslation("proactive.field.category"));
        category.setItems(RecordCategory.values());
        category.setItemLabelGenerator(c -> c == null ? "" : getTranslation(c.labelKey()));
        category.setRequiredIndicatorVisible(true);
        category.setId("record-category");
        fields.put("category", category);
        item.setLabel(getTranslation("proactive.field.item"));
        item.setItems(items);
        item.setItemLabelGenerator(RecordFields::itemLabel);
        item.setClearButtonVisible(true);
        item.setId("record-itemId");
        fields.put("itemId", item);
        formedOn.setRequiredIndicatorVisible(true);
        publishedOn.setRequiredIndicatorVisible(true);
        channel.setLabel(getTranslation("proactive.field.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> c == null ? "" : getTranslation(c.labelKey()));
        channel.setRequiredIndicatorVisible(true);
        channel.setId("record-channel");
        fields.put("channel", channel);
        url.setPlaceholder("https://");
        feeAmount.setLabel(getTranslation("proactive.field.feeAmount"));
        feeAmount.setId("record-feeAmount");
        fields.put("feeAmount", feeAmount);
        clockBox.setId("record-clock");
        clockBox.addClassName("record-clock");
        clockBox.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("align-items", "center").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("margin-top", "var(--lumo-space-s)").set("box-sizing", "border-box");

        add(department, 2);
        add(title, 2);
        add(docNumber, category, item, channel, formedOn, publishedOn, channelNote, url, issuedOn, repealedOn,
                feeAmount);
        add(clockBox, 2);
        category.addValueChangeListener(e -> update());
        channel.addValueChangeListener(e -> update());
        item.addValueChangeListener(e -> update());
        formedOn.addValueChangeListener(e -> update());
        publishedOn.addValueChangeListener(e -> update());
        update();
    }

    /** 3. 行政许可结果公示 */
    static String itemLabel(ResponsibilityRow row) {
        return row.seqNo() + ". " + row.title();
    }

    /** The form as filled in; a field that does not apply is sent empty. */
    RecordForm read() {
        RecordCategory c = category.getValue();
        boolean validity = c != null && c.hasValidity();
        return new RecordForm(department.getValue() == null ? null : department.getValue().id(), title.getValue(),
                docNumber.getValue(), c, item.getValue() == null ? null : item.getValue().id(), formedOn.getValue(),
                publishedOn.getValue(), channel.getValue(),
                channel.getValue() == Channel.OTHER ? channelNote.getValue() : "", url.getValue(),
                validity ? issuedOn.getValue() : null, validity ? repealedOn.getValue() : null,
                c == RecordCategory.FEE ? feeAmount.getValue() : null);
    }

    /** Shows a record kept, to change it. */
    void fill(RecordForm f, @Nullable ResponsibilityRow itemRow) {
        department.getListDataView().getItems().filter(d -> f.departmentId() != null && d.id() == f.departmentId())
                .findFirst().ifPresent(department::setValue);
        title.setValue(f.title() == null ? "" : f.title());
        docNumber.setValue(f.docNumber() == null ? "" : f.docNumber());
        category.setValue(f.category());
        item.setValue(itemRow);
        formedOn.setValue(f.formedOn());
        publishedOn.setValue(f.publishedOn());
        channel.setValue(f.channel());
        channelNote.setValue(f.channelNote() == null ? "" : f.channelNote());
        url.setValue(f.url() == null ? "" : f.url());
        issuedOn.setValue(f.issuedOn());
        repealedOn.setValue(f.repealedOn());
        feeAmount.setValue(f.feeAmount());
        update();
    }

    /** A refusal, on its field if it names one. */
    void show(DomainException e) {
        fields.values().forEach(f -> f.setInvalid(false));
        Notices.refused(this, e, fields);
    }

    private void update() {
        RecordCategory c = category.getValue();
        boolean validity = c != null && c.hasValidity();
        issuedOn.setVisible(validity);
        repealedOn.setVisible(validity);
        feeAmount.setVisible(c == RecordCategory.FEE);
        channelNote.setVisible(channel.getValue() == Channel.OTHER);
        clockBox.removeAll();
        if (c == null || formedOn.getValue() == null || !WorkingDayCalendar.supports(formedOn.getValue())) {
            clockBox.add(new Span(getTranslation("proactive.clock.pending")));
            return;
        }
        ResponsibilityRow row = item.getValue();
        Integer itemDays = row == null ? null : row.clockDays();
        int days = RecordClock.days(c, itemDays);
        Span rule = new Span(days < c.clockDays()
                ? getTranslation("proactive.clock.byItem", days, c.clockDays())
                : getTranslation(c.clockDays() == RecordCategory.DECISION_DAYS ? "proactive.clock.decision"
                : "proactive.clock.general", days));
        rule.setId("record-clock-rule");
        Span due = new Span(getTranslation("proactive.clock.due", Dates.dateWithWeekday(this,
                clock.due(formedOn.getValue(), days))));
        due.setId("record-clock-due");
        clockBox.add(rule, due);
        if (publishedOn.getValue() != null && !publishedOn.getValue().isBefore(formedOn.getValue())) {
            Timeliness t = clock.timeliness(c, itemDays, formedOn.getValue(), publishedOn.getValue());
            clockBox.add(RecordBadges.timeliness(t));
        }
    }

    private TextField text(String field, String labelKey, int max) {
        TextField text = new TextField(getTranslation(labelKey));
        text.setMaxLength(max);
        text.setId("record-" + field);
        fields.put(field, text);
        return text;
    }

    private DatePicker date(String field, String labelKey) {
        DatePicker picker = DatePickers.create(getTranslation(labelKey));
        picker.setId("record-" + field);
        fields.put(field, picker);
        return picker;
    }
}
