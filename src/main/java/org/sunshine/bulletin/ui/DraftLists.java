package org.sunshine.bulletin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.inject.Singleton;
import org.sunshine.assessment.PeriodResults;
import org.sunshine.assessment.ResultTable;
import org.sunshine.base.DomainException;
import org.sunshine.base.ui.ActionDialog;
import org.sunshine.base.ui.Notices;
import org.sunshine.bulletin.BulletinDepartment;
import org.sunshine.bulletin.BulletinPage;
import org.sunshine.bulletin.DepartmentRole;
import org.sunshine.bulletin.DraftEditing;
import org.sunshine.bulletin.ProblemForm;
import org.sunshine.bulletin.ProblemRow;
import org.sunshine.finding.ui.FindingLinks;
import org.sunshine.security.SignedInUser;

import java.util.List;
import java.util.Locale;

/**
 * A bulletin's lists — who is commended and criticized, and the criticized departments' problem lists — edited here
 * while it is a draft, read only afterwards.
 */
class DraftLists extends Div {

    private final long id;
    private final DraftEditing editing;
    private final PeriodResults results;
    private final SignedInUser viewer;
    private final Runnable refresh;

    /** Makes the lists for a page, with the services they act through. */
    @Singleton
    record Factory(DraftEditing editing, PeriodResults results) {

        DraftLists create(BulletinPage.Detail d, SignedInUser viewer, Runnable refresh) {
            return new DraftLists(d, editing, results, viewer, refresh);
        }
    }

    private DraftLists(BulletinPage.Detail d, DraftEditing editing, PeriodResults results, SignedInUser viewer,
                       Runnable refresh) {
        this.id = d.bulletin().getId();
        this.editing = editing;
        this.results = results;
        this.viewer = viewer;
        this.refresh = refresh;
        build(d);
    }

    private void build(BulletinPage.Detail d) {
        Div box = this;
        box.setId("bulletin-lists");
        boolean edit = d.editable();
        for (DepartmentRole role : DepartmentRole.values()) {
            List<BulletinDepartment> rows = d.listed().stream().filter(x -> x.role() == role).toList();
            boolean kindHasIt = role == DepartmentRole.COMMENDED ? d.bulletin().getKind().commends() : d.bulletin().getKind().criticizes();
            if (!kindHasIt) {
                continue;
            }
            box.add(new H4(getTranslation("bulletin.role." + role.name()) + " " + getTranslation("bulletin.list.count", rows.size())));
            Grid<BulletinDepartment> grid = new Grid<>();
            grid.setId("list-" + role.name().toLowerCase(Locale.ROOT));
            grid.addColumn(x -> d.departmentNames().get(x.departmentId())).setHeader(getTranslation("assessment.department")).setFlexGrow(2);
            grid.addColumn(x -> x.rankNo() == null ? "" : x.rankNo()).setHeader(getTranslation("assessment.rank")).setAutoWidth(true);
            grid.addColumn(x -> x.total() == null ? "" : x.total().stripTrailingZeros().toPlainString())
                    .setHeader(getTranslation("assessment.total")).setAutoWidth(true);
            grid.addColumn(x -> x.grade() == null ? "" : getTranslation("assessment.grade." + x.grade().name()))
                    .setHeader(getTranslation("assessment.grade")).setAutoWidth(true);
            grid.addColumn(BulletinDepartment::reason).setHeader(getTranslation("bulletin.reason")).setFlexGrow(2);
            if (edit) {
                grid.addComponentColumn(x -> small("bulletin.remove", () -> editing.removeDepartment(id, x.departmentId(), role, viewer)))
                        .setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
            }
            grid.setItems(rows);
            grid.setAllRowsVisible(true);
            grid.addThemeVariants(GridVariant.LUMO_COMPACT);
            box.add(grid);
            if (edit) {
                Button add = new Button(getTranslation("bulletin.addDepartment"), VaadinIcon.PLUS.create(), e -> addDialog(d, role).open());
                add.addThemeVariants(ButtonVariant.LUMO_SMALL);
                add.setId("add-" + role.name().toLowerCase(Locale.ROOT));
                box.add(add);
            }
        }
        if (d.bulletin().getKind().criticizes()) {
            box.add(new H4(getTranslation("bulletin.problems")));
            Grid<ProblemRow> grid = new Grid<>();
            grid.setId("problem-list");
            if (d.bulletin().issued()) {
                grid.addColumn(p -> p.problem().getReference() == null ? "" : p.problem().getReference())
                        .setHeader(getTranslation("bulletin.problem.number")).setAutoWidth(true).setFlexGrow(0);
            }
            grid.addColumn(ProblemRow::departmentName).setHeader(getTranslation("bulletin.paper.responsible")).setAutoWidth(true);
            grid.addComponentColumn(this::source).setHeader(getTranslation("bulletin.problem.source")).setAutoWidth(true);
            grid.addColumn(p -> p.problem().getText()).setHeader(getTranslation("bulletin.paper.problem")).setFlexGrow(4);
            grid.addColumn(p -> getTranslation("bulletin.text.days", p.problem().getRectifyDays()))
                    .setHeader(getTranslation("bulletin.rectifyDays")).setAutoWidth(true);
            if (edit) {
                grid.addComponentColumn(p -> {
                    HorizontalLayout cell = new HorizontalLayout();
                    cell.setSpacing(false);
                    cell.add(small("common.edit", () -> problemDialog(d, p).open()),
                            small("bulletin.remove", () -> editing.deleteProblem(id, p.problem().getId(), viewer)));
                    return cell;
                }).setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
            }
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setItems(d.problems());
            grid.setAllRowsVisible(true);
            box.add(grid);
            if (edit) {
                Button add = new Button(getTranslation("bulletin.addProblem"), VaadinIcon.PLUS.create(), e -> problemDialog(d, null).open());
                add.addThemeVariants(ButtonVariant.LUMO_SMALL);
                add.setId("add-problem");
                box.add(add);
            }
        }
    }

    private Button small(String labelKey, Runnable action) {
        Button button = new Button(getTranslation(labelKey), e -> {
            try {
                action.run();
                refresh.run();
            } catch (DomainException ex) {
                Notices.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private ActionDialog addDialog(BulletinPage.Detail d, DepartmentRole role) {
        ActionDialog dialog = new ActionDialog("dialog-add-department", getTranslation("bulletin.addDepartment"),
                getTranslation("bulletin.addDepartment.help"));
        ResultTable table = results.locked(d.period(), d.bulletin().getRevisionNo());
        ComboBox<ResultTable.Row> department = dialog.field("departmentId", new ComboBox<>(getTranslation("assessment.department")));
        department.setItems(table.rows());
        department.setItemLabelGenerator(r -> getTranslation("bulletin.addDepartment.item", r.departmentName(), r.rank(),
                r.score().total()));
        department.setWidthFull();
        department.setId("add-department");
        TextField reason = dialog.field("reason", new TextField(getTranslation("bulletin.reason")));
        reason.setWidthFull();
        reason.setMaxLength(200);
        reason.setId("add-reason");
        return dialog.confirm(getTranslation("bulletin.addDepartment"), "common.saved", () -> editing.addDepartment(id,
                department.getValue() == null ? null : department.getValue().departmentId(), role, reason.getValue(), viewer),
                refresh);
    }

    /** Where an item comes from; one copied from a finding names it, linked. */
    private Component source(ProblemRow p) {
        Span source = new Span(getTranslation("bulletin.problem.source." + p.problem().getSource().name()));
        if (p.findingId() != null && p.findingReference() != null) {
            source.add(new Text(" "), FindingLinks.reference(p.findingId(), p.findingReference()));
        }
        return source;
    }

    private ActionDialog problemDialog(BulletinPage.Detail d, ProblemRow existing) {
        ActionDialog dialog = new ActionDialog("dialog-problem", getTranslation(existing == null ? "bulletin.addProblem" : "bulletin.editProblem"), "");
        List<BulletinDepartment> criticized = d.listed().stream().filter(x -> x.role() == DepartmentRole.CRITICIZED).toList();
        ComboBox<Long> department = dialog.field("departmentId", new ComboBox<>(getTranslation("bulletin.paper.responsible")));
        department.setItems(criticized.stream().map(BulletinDepartment::departmentId).toList());
        department.setItemLabelGenerator(x -> d.departmentNames().getOrDefault(x, ""));
        department.setWidthFull();
        department.setId("problem-department");
        TextArea text = dialog.field("text", new TextArea(getTranslation("bulletin.paper.problem")));
        text.setWidthFull();
        text.setMaxLength(500);
        text.setId("problem-text");
        IntegerField days = dialog.field("rectifyDays", new IntegerField(getTranslation("bulletin.rectifyDays")));
        days.setMin(1);
        days.setMax(60);
        days.setStepButtonsVisible(true);
        days.setId("problem-days");
        if (existing != null) {
            department.setValue(existing.problem().getDepartmentId());
            text.setValue(existing.problem().getText());
            days.setValue(existing.problem().getRectifyDays());
        } else {
            days.setValue(15);
            if (criticized.size() == 1) {
                department.setValue(criticized.get(0).departmentId());
            }
        }
        return dialog.confirm(getTranslation("common.save"), "common.saved", () -> editing.saveProblem(id, new ProblemForm(
                existing == null ? null : existing.problem().getId(), department.getValue(), text.getValue(), days.getValue()),
                viewer), refresh);
    }

}
