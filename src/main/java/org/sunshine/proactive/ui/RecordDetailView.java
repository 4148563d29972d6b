package org.sunshine.proactive.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.base.ui.WebLinks;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.ui.ActionDialog;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.DetailParts;
import org.sunshine.base.ui.RecordView;
import org.sunshine.proactive.DisclosureRecord;
import org.sunshine.proactive.RecordCategory;
import org.sunshine.proactive.RecordQueries;
import org.sunshine.proactive.Records;
import org.sunshine.proactive.Timeliness;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

/**
 * A record's page: what was published, where and when, its clock (the working days it had, the deadline, in time or
 * late by so many working days), the state of its link; its department's handler changes or removes it here.
 */
@Prototype
@RolesAllowed({Role.HANDLER_NAME, Role.INSPECTOR_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
@Route("disclosure/records")
public class RecordDetailView extends RecordView implements HasDynamicTitle {

    private final RecordQueries queries;
    private final Records records;
    private final SignedInUser viewer;
    private final BusinessClock clock;

    public RecordDetailView(RecordQueries queries, Records records, CurrentUser currentUser, BusinessClock clock) {
        this.queries = queries;
        this.records = records;
        this.viewer = currentUser.require();
        this.clock = clock;
        addClassName("complaint-detail");
        setId("record-detail-view");
    }

    @Override
    protected void refresh() {
        RecordQueries.RecordDetail detail = queries.detail(id, viewer);
        DisclosureRecord r = detail.record();
        Timeliness t = detail.timeliness();
        removeAll();
        RouterLink back = new RouterLink(getTranslation("proactive.detail.back"), RecordsView.class);
        H2 heading = new H2(r.getTitle());
        heading.setId("record-title");
        HorizontalLayout marks = new HorizontalLayout(RecordBadges.timeliness(t), RecordBadges.link(r.getLinkState()));
        marks.setSpacing(true);
        DetailParts.Facts facts = new DetailParts.Facts()
                .fact("proactive.field.department", detail.departmentName())
                .fact("proactive.field.docNumber", r.getDocNumber())
                .fact("proactive.field.category", getTranslation(r.getCategory().labelKey()))
                .fact("proactive.field.item", detail.item() == null ? null : RecordFields.itemLabel(detail.item()))
                .fact("proactive.field.formedOn", Dates.dateWithWeekday(this, r.getFormedOn()))
                .fact("proactive.field.publishedOn", Dates.dateWithWeekday(this, r.getPublishedOn()))
                .fact("proactive.detail.clock", clockRule(r.getCategory(), t))
                .fact("proactive.list.due", Dates.dateWithWeekday(this, t.due()))
                .fact("proactive.field.channel", RecordBadges.channel(this, r.getChannel(), r.getChannelNote()))
                .fact("proactive.field.issuedOn", Dates.date(this, r.getIssuedOn()))
                .fact("proactive.field.repealedOn", Dates.date(this, r.getRepealedOn()))
                .fact("proactive.field.feeAmount", r.getFeeAmount() == null ? null : r.getFeeAmount().toPlainString())
                .fact("proactive.detail.linkCheckedAt", Dates.time(this, r.getLinkCheckedAt(), clock.zone()))
                .fact("proactive.detail.linkError", r.getLinkError())
                .fact("proactive.detail.imported", r.getImportBatch() == null ? null
                        : getTranslation("proactive.detail.importedYes"))
                .fact("proactive.detail.createdAt", Dates.time(this, r.getCreatedAt(), clock.zone()));
        facts.setId("record-facts");
        add(back, heading, marks, facts);
        if (!r.getUrl().isEmpty()) {
            Component url = WebLinks.external(r.getUrl(), r.getUrl());
            url.setId("record-url");
            add(new Div(url));
        }
        if (detail.mayEdit()) {
            Button edit = new Button(getTranslation("common.edit"), VaadinIcon.EDIT.create(),
                    e -> UI.getCurrent().navigate(RecordEditView.EDIT + "/" + id));
            edit.setId("record-edit");
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button remove = new Button(getTranslation("proactive.detail.remove"), VaadinIcon.TRASH.create(),
                    e -> remove());
            remove.setId("record-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(new HorizontalLayout(edit, remove));
        }
    }

    private String clockRule(RecordCategory category, Timeliness t) {
        if (t.byItem()) {
            return getTranslation("proactive.clock.byItem", t.days(), category.clockDays());
        }
        return getTranslation(category.clockDays() == RecordCategory.DECISION_DAYS ? "proactive.clock.decision"
                : "proactive.clock.general", t.days());
    }

    private void remove() {
        ActionDialog dialog = new ActionDialog("dialog-record-remove", getTranslation("proactive.detail.remove"),
                getTranslation("proactive.detail.removeExplained"));
        TextField reason = dialog.field("reason", new TextField(getTranslation("proactive.field.removeReason")));
        reason.setMaxLength(200);
        reason.setWidthFull();
        reason.setId("record-remove-reason");
        dialog.confirm(getTranslation("proactive.detail.remove"), "proactive.detail.removed",
                () -> records.remove(id, reason.getValue(), viewer),
                () -> UI.getCurrent().navigate(RecordsView.class));
        dialog.open();
    }

    /** The list's name: a record's title is too long for the top bar of a phone. */
    @Override
    public String getPageTitle() {
        return getTranslation("nav.disclosureRecords");
    }
}
