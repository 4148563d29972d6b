package org.sunshine.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.util.Arrays;
import java.util.List;

/** Date pickers that speak the user's language and write dates as 2026-02-12. */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker create(String label) {
        DatePicker picker = new DatePicker(label);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(list(picker, "date.months"));
        i18n.setWeekdays(list(picker, "date.weekdays"));
        i18n.setWeekdaysShort(list(picker, "date.weekdaysShort"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(picker.getTranslation("date.today"));
        i18n.setCancel(picker.getTranslation("common.cancel"));
        i18n.setDateFormat("yyyy-MM-dd");
        picker.setI18n(i18n);
        return picker;
    }

    private static List<String> list(DatePicker picker, String key) {
        return Arrays.asList(picker.getTranslation(key).split(","));
    }
}
