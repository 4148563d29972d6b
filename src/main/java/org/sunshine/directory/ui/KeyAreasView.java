package org.sunshine.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.KeyAreaForm;
import org.sunshine.directory.KeyAreaRow;
import org.sunshine.directory.KeyAreaService;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

/** 重点领域: the key areas of disclosure and the departments that lead them. */
@Prototype
@PermitAll
@Menu(title = "nav.keyAreas", order = MenuGroup.DIRECTORY + 2, icon = "vaadin:grid-big-o")
@Route("directory/areas")
public class KeyAreasView extends VerticalLayout implements HasDynamicTitle {

    private final KeyAreaService areas;
    private final Grid<KeyAreaRow> grid = new Grid<>();
    private final Checkbox includeInactive = new Checkbox();
    private final SearchField search = new SearchField("key-area-search", "keyArea.search", this::refresh);

    public KeyAreasView(KeyAreaService areas, DepartmentService departments, CurrentUser currentUser, DirectoryCounts counts) {
        this.areas = areas;
        SignedInUser user = currentUser.require();
        setSizeFull();
        add(counts.bar(DirectoryCounts.Screen.AREAS));
        includeInactive.setLabel(getTranslation("common.includeInactive"));
        includeInactive.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(search, includeInactive);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("key-areas");
        grid.addColumn(KeyAreaRow::code).setHeader(getTranslation("keyArea.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(KeyAreaRow::name).setHeader(getTranslation("keyArea.name")).setAutoWidth(true);
        grid.addColumn(a -> a.leadDepartmentName() == null ? "" : a.leadDepartmentName())
                .setHeader(getTranslation("keyArea.lead")).setAutoWidth(true);
        grid.addColumn(KeyAreaRow::description).setHeader(getTranslation("keyArea.description")).setFlexGrow(3);
        grid.addComponentColumn(a -> RowActions.activeBadge(a.active())).setHeader(getTranslation("common.status")).setAutoWidth(true);
        if (user.is(Role.ADMIN)) {
            KeyAreaDialog dialog = new KeyAreaDialog(areas, departments.active(), user, this::refresh);
            Button create = new Button(getTranslation("keyArea.create"), VaadinIcon.PLUS.create(),
                    e -> dialog.edit(KeyAreaForm.empty(), getTranslation("keyArea.create")));
            create.setId("key-area-create");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
            grid.addComponentColumn(a -> new RowActions(this::refresh)
                    .action("common.edit", () -> areas.form(a.id()).ifPresent(f -> dialog.edit(f, getTranslation("keyArea.edit", a.name()))))
                    .activeToggle(a.active(), a.name(), active -> areas.setActive(a.id(), active, user)))
                    .setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("common.empty"));
        add(toolbar, grid);
        refresh();
    }

    private void refresh() {
        String needle = search.getValue().strip();
        grid.setItems(areas.list(includeInactive.getValue()).stream()
                .filter(a -> needle.isEmpty() || a.name().contains(needle) || a.code().contains(needle.toUpperCase(java.util.Locale.ROOT))
                        || a.description().contains(needle) || (a.leadDepartmentName() != null && a.leadDepartmentName().contains(needle)))
                .toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.keyAreas");
    }
}
