package org.sunshine.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.sunshine.base.ui.MenuGroup;
import org.sunshine.base.ui.RowActions;
import org.sunshine.base.ui.SearchField;
import org.sunshine.directory.Cadence;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.KeyAreaService;
import org.sunshine.directory.ResponsibilityForm;
import org.sunshine.directory.ResponsibilityRow;
import org.sunshine.directory.ResponsibilityService;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

/** 责任分解表: what must be disclosed, who leads, who helps, and in how many working days. */
@Prototype
@PermitAll
@Menu(title = "nav.responsibilities", order = MenuGroup.DIRECTORY + 3, icon = "vaadin:list-ol")
@Route("directory/responsibilities")
public class ResponsibilitiesView extends VerticalLayout implements HasDynamicTitle {

    private final ResponsibilityService responsibilities;
    private final Grid<ResponsibilityRow> grid = new Grid<>();
    private final Checkbox includeInactive = new Checkbox();
    private final SearchField search = new SearchField("responsibility-search", "responsibility.search", this::refresh);
    private final ComboBox<DepartmentRow> department;

    public ResponsibilitiesView(ResponsibilityService responsibilities, DepartmentService departments,
                                KeyAreaService areas, CurrentUser currentUser, DirectoryCounts counts) {
        this.responsibilities = responsibilities;
        SignedInUser user = currentUser.require();
        setSizeFull();
        add(counts.bar(DirectoryCounts.Screen.RESPONSIBILITIES));
        department = new DepartmentChoices(departments.active()).single(null);
        department.setPlaceholder(getTranslation("responsibility.anyDepartment"));
        department.setId("responsibility-department-filter");
        department.addValueChangeListener(e -> refresh());
        includeInactive.setLabel(getTranslation("common.includeInactive"));
        includeInactive.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(search, department, includeInactive);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("responsibilities");
        grid.addColumn(ResponsibilityRow::seqNo).setHeader(getTranslation("common.no")).setWidth("4.5rem").setFlexGrow(0);
        grid.addColumn(ResponsibilityRow::title).setHeader(getTranslation("responsibility.title")).setWidth("16rem").setFlexGrow(4);
        grid.addColumn(r -> r.leadNames(getTranslation("common.listSeparator"))).setHeader(getTranslation("responsibility.leads")).setFlexGrow(2);
        grid.addColumn(r -> r.coNames(getTranslation("common.listSeparator"))).setHeader(getTranslation("responsibility.cos")).setFlexGrow(1);
        grid.addColumn(ResponsibilityRow::dutyNote).setHeader(getTranslation("responsibility.dutyNote")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.category().labelKey())).setHeader(getTranslation("responsibility.category")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("responsibility.clockValue", r.clockDays()))
                .setHeader(getTranslation("responsibility.clockDays")).setAutoWidth(true);
        grid.addColumn(r -> r.cadence() == null ? "" : getTranslation(r.cadence().labelKey()))
                .setHeader(getTranslation("responsibility.cadence")).setAutoWidth(true)
                .setTooltipGenerator(r -> r.cadenceSince() == null || r.cadence() == Cadence.ON_CHANGE
                        ? null : getTranslation("responsibility.cadenceSince.value", r.cadenceSince().toString()));
        grid.addComponentColumn(r -> RowActions.activeBadge(r.active())).setHeader(getTranslation("common.status")).setAutoWidth(true);
        if (user.is(Role.ADMIN)) {
            ResponsibilityDialog dialog = new ResponsibilityDialog(responsibilities, departments.active(),
                    areas.list(false), user, this::refresh);
            Button create = new Button(getTranslation("responsibility.create"), VaadinIcon.PLUS.create(),
                    e -> dialog.edit(ResponsibilityForm.empty(responsibilities.nextSeqNo()), getTranslation("responsibility.create")));
            create.setId("responsibility-create");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
            grid.addComponentColumn(r -> new RowActions(this::refresh)
                    .action("common.edit", () -> responsibilities.form(r.id())
                            .ifPresent(f -> dialog.edit(f, getTranslation("responsibility.edit", r.seqNo()))))
                    .activeToggle(r.active(), r.title(), active -> responsibilities.setActive(r.id(), active, user)))
                    .setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("common.empty"));
        add(toolbar, grid);
        refresh();
    }

    private void refresh() {
        Long departmentId = department.getValue() == null ? null : department.getValue().id();
        grid.setItems(responsibilities.list(includeInactive.getValue()).stream()
                .filter(r -> r.matches(search.getValue(), departmentId)).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.responsibilities");
    }
}
