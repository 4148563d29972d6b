package org.sunshine.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.assessment.CategoryForm;
import org.sunshine.assessment.Indicator;
import org.sunshine.assessment.IndicatorForm;
import org.sunshine.assessment.IndicatorKind;
import org.sunshine.assessment.IndicatorSystem;
import org.sunshine.assessment.IndicatorSystemService;
import org.sunshine.assessment.Blocker;
import org.sunshine.assessment.SystemTree;
import org.sunshine.base.ui.ActionDialog;
import org.sunshine.base.ui.RecordView;
import org.sunshine.base.ui.RowActions;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.math.BigDecimal;
import java.util.List;

/**
 * One version of an indicator system: its categories and indicators with their scoring guidance. A draft is edited
 * here (add, change, reorder, remove), shows what still stops it from being published, and is published; a
 * published version is read-only and can be copied into the next version.
 */
@Prototype
@RolesAllowed({Role.ADMIN_NAME, Role.INSPECTOR_NAME, Role.LEADER_NAME})
@Route("assessment/systems")
public class IndicatorSystemView extends RecordView implements HasDynamicTitle {

    private final IndicatorSystemService service;
    private final SignedInUser viewer;
    private String title = "";

    public IndicatorSystemView(IndicatorSystemService service, CurrentUser currentUser) {
        this.service = service;
        this.viewer = currentUser.require();
        addClassName("system-editor");
        setId("system-editor");
    }

    @Override
    protected void refresh() {
        removeAll();
        SystemTree tree = service.tree(id, viewer);
        IndicatorSystem system = tree.system();
        title = system.getName() + " " + getTranslation("assessment.system.versionNo", system.getVersionNo());
        boolean edit = tree.editable() && writer();

        HorizontalLayout header = new HorizontalLayout(new Anchor("/assessment/systems", getTranslation("assessment.systems.back")),
                new H3(title), IndicatorSystemsView.stateBadge(system));
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.getStyle().set("flex-wrap", "wrap");
        add(header);
        if (!system.getNote().isBlank()) {
            add(new Paragraph(system.getNote()));
        }
        add(actions(tree));

        Span sum = new Span(getTranslation("assessment.system.weightSum", tree.weightSum().stripTrailingZeros().toPlainString()));
        sum.setId("system-weight-sum");
        add(sum);
        if (tree.editable()) {
            add(blockers(service.blockers(id, viewer)));
        }
        for (SystemTree.Branch branch : tree.categories()) {
            add(category(branch, edit));
        }
        if (edit) {
            Button addCategory = new Button(getTranslation("assessment.category.add"), VaadinIcon.PLUS.create(),
                    e -> categoryDialog().edit(new CategoryForm(null, "", null), getTranslation("assessment.category.add")));
            addCategory.setId("category-add");
            add(addCategory);
        }
    }

    private HorizontalLayout actions(SystemTree tree) {
        HorizontalLayout actions = new HorizontalLayout();
        if (!writer()) {
            return actions;
        }
        if (tree.editable()) {
            Button publish = new Button(getTranslation("assessment.system.publish"), VaadinIcon.CHECK.create(),
                    e -> confirm("publish", "assessment.system.publish.help", () -> service.publish(id, viewer)).open());
            publish.setId("system-publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(publish);
        } else if (tree.periods() == 0) {
            Button withdraw = new Button(getTranslation("assessment.system.withdraw"),
                    e -> confirm("withdraw", "assessment.system.withdraw.help", () -> service.withdraw(id, viewer)).open());
            withdraw.setId("system-withdraw");
            actions.add(withdraw);
        }
        Button copy = new Button(getTranslation("assessment.system.copy"), VaadinIcon.COPY_O.create(), e -> {
            long next = service.copy(id, viewer);
            UI.getCurrent().navigate(IndicatorSystemView.class, next);
        });
        copy.setId("system-copy");
        actions.add(copy);
        return actions;
    }

    private ActionDialog confirm(String name, String helpKey, ActionDialog.Run action) {
        ActionDialog dialog = new ActionDialog("dialog-system-" + name, getTranslation("assessment.system." + name),
                getTranslation(helpKey));
        return dialog.confirm(getTranslation("assessment.system." + name), "assessment.system.done." + name, action, this::refresh);
    }

    private Div blockers(List<Blocker> blockers) {
        Div box = new Div();
        box.setId("system-problems");
        box.addClassName(blockers.isEmpty() ? "check-passed" : "check-failed");
        if (blockers.isEmpty()) {
            box.add(new Paragraph(getTranslation("assessment.system.ready")));
            return box;
        }
        box.add(new Paragraph(getTranslation("assessment.system.notReady")));
        UnorderedList list = new UnorderedList();
        blockers.forEach(p -> list.add(new ListItem(getTranslation(p.key(), p.args().toArray()))));
        box.add(list);
        return box;
    }

    private Div category(SystemTree.Branch branch, boolean edit) {
        Indicator category = branch.category();
        Div card = new Div();
        card.addClassName("category-card");
        card.setId("category-" + category.seq());
        H4 heading = new H4(getTranslation("assessment.category.heading", category.seq(), category.name(),
                plain(category.weight())));
        HorizontalLayout top = new HorizontalLayout(heading);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        if (edit) {
            RowActions actions = new RowActions(this::refresh)
                    .action("common.edit", () -> categoryDialog().edit(new CategoryForm(category.id(), category.name(),
                            category.weight()), getTranslation("assessment.category.edit")))
                    .action("assessment.moveUp", () -> service.move(id, category.id(), -1, viewer))
                    .action("assessment.moveDown", () -> service.move(id, category.id(), 1, viewer))
                    .action("assessment.delete", () -> deleteDialog(category).open());
            top.add(actions);
        }
        card.add(top);

        Grid<Indicator> grid = new Grid<>();
        grid.addColumn(Indicator::seq).setHeader(getTranslation("common.no")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Indicator::name).setHeader(getTranslation("assessment.indicator.name")).setFlexGrow(2);
        grid.addColumn(i -> getTranslation("assessment.kind." + i.kind().name()))
                .setHeader(getTranslation("assessment.indicator.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::points).setHeader(getTranslation("assessment.indicator.points")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Indicator::guidance).setHeader(getTranslation("assessment.indicator.guidance")).setFlexGrow(5);
        if (edit) {
            grid.addComponentColumn(i -> new RowActions(this::refresh)
                    .action("common.edit", () -> indicatorDialog().edit(new IndicatorForm(i.id(), i.parentId(), i.name(),
                            i.kind(), i.maxPoints(), i.perOccurrence(), i.metric(), i.guidance()), getTranslation("assessment.indicator.edit")))
                    .action("assessment.moveUp", () -> service.move(id, i.id(), -1, viewer))
                    .action("assessment.moveDown", () -> service.move(id, i.id(), 1, viewer))
                    .action("assessment.delete", () -> deleteDialog(i).open()))
                    .setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(branch.indicators());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("assessment.category.empty"));
        card.add(grid);
        if (edit) {
            Button add = new Button(getTranslation("assessment.indicator.add"), VaadinIcon.PLUS.create(),
                    e -> indicatorDialog().edit(new IndicatorForm(null, category.id(), "", IndicatorKind.MANUAL, null, null,
                            null, ""), getTranslation("assessment.indicator.add")));
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add.setId("indicator-add-" + category.seq());
            card.add(add);
        }
        return card;
    }

    private String points(Indicator i) {
        return Points.label(this, i);
    }

    private ActionDialog deleteDialog(Indicator node) {
        ActionDialog dialog = new ActionDialog("dialog-indicator-delete", getTranslation("assessment.delete.title", node.name()),
                getTranslation(node.isCategory() ? "assessment.delete.category.help" : "assessment.delete.indicator.help"));
        return dialog.confirm(getTranslation("assessment.delete"), "assessment.deleted",
                () -> service.delete(id, node.id(), viewer), this::refresh);
    }

    private CategoryDialog categoryDialog() {
        return new CategoryDialog(service, viewer, id, this::refresh);
    }

    private IndicatorDialog indicatorDialog() {
        return new IndicatorDialog(service, viewer, id, this::refresh);
    }

    private boolean writer() {
        return viewer.is(Role.ADMIN) || viewer.is(Role.INSPECTOR);
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
