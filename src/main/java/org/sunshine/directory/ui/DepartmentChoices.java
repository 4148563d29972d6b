package org.sunshine.directory.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.data.binder.Binder;
import org.sunshine.directory.DepartmentRow;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Fields that choose active departments and bind the choice as ids. */
public final class DepartmentChoices {

    private final List<DepartmentRow> departments;
    private final Map<Long, DepartmentRow> byId;

    public DepartmentChoices(List<DepartmentRow> activeDepartments) {
        this.departments = activeDepartments;
        this.byId = activeDepartments.stream().collect(Collectors.toMap(DepartmentRow::id, Function.identity()));
    }

    public ComboBox<DepartmentRow> single(String label) {
        ComboBox<DepartmentRow> box = new ComboBox<>(label, departments);
        box.setItemLabelGenerator(DepartmentRow::name);
        box.setClearButtonVisible(true);
        return box;
    }

    public MultiSelectComboBox<DepartmentRow> multiple(String label) {
        MultiSelectComboBox<DepartmentRow> box = new MultiSelectComboBox<>(label, departments);
        box.setItemLabelGenerator(DepartmentRow::name);
        box.setClearButtonVisible(true);
        return box;
    }

    /** Binds a single choice to a {@code Long} id property. */
    public <T> Binder.BindingBuilder<T, Long> asId(Binder.BindingBuilder<T, DepartmentRow> builder) {
        return builder.withConverter(row -> row == null ? null : row.id(), id -> id == null ? null : byId.get(id));
    }

    /** Binds a multiple choice to a {@code Set<Long>} property. */
    public <T> Binder.BindingBuilder<T, Set<Long>> asIds(Binder.BindingBuilder<T, Set<DepartmentRow>> builder) {
        return builder.withConverter(
                rows -> rows.stream().map(DepartmentRow::id).collect(Collectors.toCollection(LinkedHashSet::new)),
                ids -> ids == null ? Set.of() : ids.stream().map(byId::get).filter(java.util.Objects::nonNull)
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
    }
}
