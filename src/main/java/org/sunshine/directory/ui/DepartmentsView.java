package org.sunshine.directory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import org.sunshine.base.ui.MenuGroup;
import org.sunshine.report.ui.ReportLink;
import org.sunshine.base.ui.NarrowColumns;
import org.sunshine.base.ui.RowActions;
import org.sunshine.base.ui.SearchField;
import org.sunshine.directory.DepartmentFilter;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.DepartmentType;
import org.sunshine.directory.DirectoryReport;
import org.sunshine.report.ReportFormat;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;


/**
 * 部门名录: every staff member can search it and print it (PDF, XLSX) as filtered; administrators also create,
 * edit, deactivate and reactivate departments.
 */
@Prototype
@PermitAll
@Menu(title = "nav.departments", order = MenuGroup.DIRECTORY + 1, icon = "vaadin:building-o")
@Route("directory/departments")
public class DepartmentsView extends VerticalLayout implements HasDynamicTitle {

    private final DepartmentService departments;
    private final SignedInUser user;
    private final Grid<DepartmentRow> grid = new Grid<>();
    private final SearchField search = new SearchField("department-search", "department.search", this::refresh);
    private final Select<DepartmentType> type = new Select<>();
    private final Checkbox includeInactive = new Checkbox();
    private final DepartmentDialog dialog;
    /** The filter on screen, read by downloads, which run outside the UI's lock. */
    private volatile DepartmentFilter shown = DepartmentFilter.ACTIVE;

    public DepartmentsView(DepartmentService departments, DirectoryReport report, CurrentUser currentUser, DirectoryCounts counts) {
        this.departments = departments;
        this.user = currentUser.require();
        this.dialog = new DepartmentDialog(departments, user, this::refresh);
        setSizeFull();
        add(counts.bar(DirectoryCounts.Screen.DEPARTMENTS));

        type.setPlaceholder(getTranslation("department.allTypes"));
        type.setItems(DepartmentType.values());
        type.setItemLabelGenerator(t -> t == null ? getTranslation("department.allTypes") : getTranslation(t.labelKey()));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("department.allTypes"));
        type.setId("department-type-filter");
        type.addValueChangeListener(e -> refresh());
        includeInactive.setLabel(getTranslation("common.includeInactive"));
        includeInactive.setId("include-inactive");
        includeInactive.addValueChangeListener(e -> refresh());

        Anchor pdf = ReportLink.of(ReportFormat.PDF, "department-pdf", locale -> report.render(shown, ReportFormat.PDF, locale),
                locale -> report.fileName(ReportFormat.PDF, locale));
        Anchor xlsx = ReportLink.of(ReportFormat.XLSX, "department-xlsx", locale -> report.render(shown, ReportFormat.XLSX, locale),
                locale -> report.fileName(ReportFormat.XLSX, locale));
        HorizontalLayout toolbar = new HorizontalLayout(search, type, includeInactive, pdf, xlsx);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.getStyle().set("flex-wrap", "wrap");
        if (user.is(Role.ADMIN)) {
            Button create = new Button(getTranslation("department.create"), VaadinIcon.PLUS.create(),
                    e -> dialog.edit(org.sunshine.directory.DepartmentForm.empty(), getTranslation("department.create")));
            create.setId("department-create");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
        }

        grid.setId("departments");
        grid.addColumn(DepartmentRow::code).setHeader(getTranslation("department.code")).setAutoWidth(true).setSortable(true);
        grid.addColumn(DepartmentRow::name).setHeader(getTranslation("department.name")).setAutoWidth(true).setSortable(true);
        grid.addColumn(DepartmentRow::shortName).setHeader(getTranslation("department.shortName")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation(d.type().labelKey())).setHeader(getTranslation("department.type")).setAutoWidth(true);
        grid.addColumn(d -> d.parentName() == null ? "" : d.parentName()).setHeader(getTranslation("department.parent")).setAutoWidth(true);
        grid.addComponentColumn(d -> RowActions.activeBadge(d.active())).setHeader(getTranslation("common.status")).setAutoWidth(true);
        if (user.is(Role.ADMIN)) {
            grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("common.empty"));
        NarrowColumns.secondary(grid, "department.shortName", "department.parent");
        add(toolbar, grid);
        refresh();
    }

    private DepartmentFilter filter() {
        return new DepartmentFilter(search.getValue(), type.getValue(), includeInactive.getValue());
    }

    private RowActions actions(DepartmentRow row) {
        return new RowActions(this::refresh)
                .action("common.edit", () -> departments.form(row.id())
                        .ifPresent(f -> dialog.edit(f, getTranslation("department.edit", row.name()))))
                .activeToggle(row.active(), row.name(), active -> {
                    if (active) {
                        departments.reactivate(row.id(), user);
                    } else {
                        departments.deactivate(row.id(), user);
                    }
                });
    }

    private void refresh() {
        shown = filter();
        grid.setItems(departments.search(shown));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.departments");
    }
}
