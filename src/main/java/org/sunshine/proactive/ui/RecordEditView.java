package org.sunshine.proactive.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.base.DomainException;
import org.sunshine.base.ui.Notices;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.ResponsibilityService;
import org.sunshine.proactive.RecordClock;
import org.sunshine.proactive.RecordForm;
import org.sunshine.proactive.RecordQueries;
import org.sunshine.proactive.Records;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.util.List;

/**
 * 新增公开记录 ({@code /disclosure/records/new}) and 修改公开记录 ({@code /disclosure/records/edit/<id>}): a handler
 * records what their department published, an administrator for any department. Saved, the record's page opens.
 */
@Prototype
@RolesAllowed({Role.HANDLER_NAME, Role.ADMIN_NAME})
@Route(RecordEditView.NEW)
@RouteAlias(RecordEditView.EDIT + "/:id(\\d+)")
public class RecordEditView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    static final String NEW = "disclosure/records/new";
    static final String EDIT = "disclosure/records/edit";

    private final Records records;
    private final RecordQueries queries;
    private final SignedInUser user;
    private final RecordFields fields;
    private final H2 heading = new H2();
    private Long id;

    public RecordEditView(Records records, RecordQueries queries, RecordClock clock, DepartmentService departments,
                          ResponsibilityService items, CurrentUser currentUser) {
        this.records = records;
        this.queries = queries;
        this.user = currentUser.require();
        addClassName("complaint-detail");
        setId("record-edit-view");
        setMaxWidth("64em");
        List<DepartmentRow> own = departments.active().stream()
                .filter(d -> Records.mayRecord(user, d.id())).toList();
        fields = new RecordFields(own, items.list(false), clock);
        Button save = new Button(getTranslation("common.save"), e -> save());
        save.setId("record-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> leave());
        cancel.setId("record-cancel");
        Div card = new Div(heading, fields, new HorizontalLayout(save, cancel));
        card.addClassName("form-card");
        add(card);
        heading.setText(getTranslation("proactive.form.new"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(null);
        if (id == null) {
            return;
        }
        try {
            RecordQueries.RecordDetail detail = queries.detail(id, user);
            if (!detail.mayEdit()) {
                throw new DomainException("error.notAllowed");
            }
            heading.setText(getTranslation("proactive.form.edit"));
            fields.fill(RecordForm.of(detail.record()), detail.item());
        } catch (DomainException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void save() {
        try {
            long saved;
            if (id == null) {
                saved = records.add(fields.read(), user);
            } else {
                records.update(id, fields.read(), user);
                saved = id;
            }
            Notices.success(getTranslation("common.saved"));
            UI.getCurrent().navigate(RecordDetailView.class, saved);
        } catch (DomainException e) {
            fields.show(e);
        }
    }

    private void leave() {
        if (id == null) {
            UI.getCurrent().navigate(RecordsView.class);
        } else {
            UI.getCurrent().navigate(RecordDetailView.class, id);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(id == null ? "proactive.form.new" : "proactive.form.edit");
    }
}
