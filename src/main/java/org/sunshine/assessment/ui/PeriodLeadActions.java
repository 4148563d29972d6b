package org.sunshine.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.context.annotation.Prototype;
import org.sunshine.assessment.DepartmentProgress;
import org.sunshine.assessment.Period;
import org.sunshine.assessment.PeriodAssignments;
import org.sunshine.assessment.PeriodDetails;
import org.sunshine.assessment.PeriodLocking;
import org.sunshine.assessment.PeriodPublication;
import org.sunshine.assessment.PeriodQueries;
import org.sunshine.assessment.PeriodState;
import org.sunshine.assessment.Blocker;
import org.sunshine.base.ui.ActionDialog;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRow;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The lead inspector's steps on a period's page, with what still stops them: assigning the inspectors (every
 * department, or one from the progress tab) and publishing while scoring, locking once published, a hint on
 * corrections once locked. Empty for anyone else.
 */
@Prototype
class PeriodLeadActions extends Div {

    private final PeriodAssignments assignments;
    private final PeriodPublication publication;
    private final PeriodLocking locking;
    private final PeriodQueries queries;
    private long periodId;
    private SignedInUser viewer;
    private Runnable refresh = () -> { };

    PeriodLeadActions(PeriodAssignments assignments, PeriodPublication publication, PeriodLocking locking,
                      PeriodQueries queries) {
        this.assignments = assignments;
        this.publication = publication;
        this.locking = locking;
        this.queries = queries;
        setId("period-actions");
    }

    /** Shows the steps of the period as it is now; {@code refresh} reads it again after one is taken. */
    PeriodLeadActions show(PeriodDetails.Detail d, SignedInUser viewer, Runnable refresh) {
        removeAll();
        this.periodId = d.period().getId();
        this.viewer = viewer;
        this.refresh = refresh;
        if (!d.lead()) {
            return this;
        }
        Period p = d.period();
        if (p.getState() == PeriodState.SCORING) {
            Button assignAll = new Button(getTranslation("assessment.assign.all"), VaadinIcon.USERS.create(),
                    e -> assignDialog(null).open());
            assignAll.setId("period-assign-all");
            Button publish = new Button(getTranslation("assessment.publish"), VaadinIcon.MEGAPHONE.create(),
                    e -> confirm("publish", getTranslation("assessment.publish.help"),
                            () -> publication.publish(periodId, viewer)).open());
            publish.setId("period-publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            publish.setEnabled(d.publishBlockers().isEmpty());
            add(new HorizontalLayout(assignAll, publish), blockers(d.publishBlockers(), "assessment.publish.ready",
                    "assessment.publish.notReady"));
        } else if (p.getState() == PeriodState.PUBLISHED) {
            Button lock = new Button(getTranslation("assessment.lock"), VaadinIcon.LOCK.create(),
                    e -> confirm("lock", getTranslation("assessment.lock.help"), () -> locking.lock(periodId, viewer)).open());
            lock.setId("period-lock");
            lock.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            lock.setEnabled(d.lockBlockers().isEmpty());
            add(lock, blockers(d.lockBlockers(), "assessment.lock.ready", "assessment.lock.notReady"));
        } else {
            add(new Paragraph(getTranslation("assessment.correct.hint")));
        }
        return this;
    }

    private Div blockers(List<Blocker> blockers, String readyKey, String notReadyKey) {
        Div box = new Div();
        box.setId("period-problems");
        box.addClassName(blockers.isEmpty() ? "check-passed" : "check-failed");
        box.add(new Paragraph(getTranslation(blockers.isEmpty() ? readyKey : notReadyKey)));
        if (!blockers.isEmpty()) {
            UnorderedList list = new UnorderedList();
            blockers.forEach(pr -> list.add(new ListItem(getTranslation(pr.key(), pr.args().toArray()))));
            box.add(list);
        }
        return box;
    }

    /** Who scores one department ({@code row}), or every department ({@code null}). */
    ActionDialog assignDialog(@Nullable DepartmentProgress row) {
        String title = row == null ? getTranslation("assessment.assign.all")
                : getTranslation("assessment.assign.title", row.departmentName());
        ActionDialog dialog = new ActionDialog("dialog-assign", title,
                getTranslation(row == null ? "assessment.assign.all.help" : "assessment.assign.help"));
        List<UserRow> inspectors = queries.inspectors();
        Map<Long, UserRow> byId = inspectors.stream().collect(Collectors.toMap(UserRow::id, Function.identity()));
        MultiSelectComboBox<Long> who = dialog.field("inspectorIds",
                new MultiSelectComboBox<>(getTranslation("assessment.assign.inspectors")));
        who.setItems(inspectors.stream().map(UserRow::id).toList());
        who.setItemLabelGenerator(uid -> byId.containsKey(uid) ? byId.get(uid).displayName() : "");
        who.setValue(row == null ? Set.of() : row.inspectorIds());
        who.setWidthFull();
        who.setId("assign-inspectors");
        return dialog.confirm(getTranslation("common.save"), "common.saved", () -> {
            if (row == null) {
                assignments.assignAll(periodId, who.getValue(), viewer);
            } else {
                assignments.assign(periodId, row.departmentId(), who.getValue(), viewer);
            }
        }, refresh);
    }

    private ActionDialog confirm(String name, String help, ActionDialog.Run action) {
        ActionDialog dialog = new ActionDialog("dialog-period-" + name, getTranslation("assessment." + name), help);
        return dialog.confirm(getTranslation("assessment." + name), "assessment.done." + name, action, refresh);
    }
}
