package org.sunshine.complaint.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.base.ClientAddresses;
import org.sunshine.base.DomainException;
import org.sunshine.base.files.Attachments;
import org.sunshine.base.files.StoredFile;
import org.sunshine.base.ui.RecordView;
import org.sunshine.base.ui.ActionDialog;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.DetailParts;
import org.sunshine.base.ui.Timeline;
import org.sunshine.workflow.ui.HistoryTimeline;
import org.sunshine.base.ui.Uploads;
import org.sunshine.complaint.ComplaintAction;
import org.sunshine.complaint.ComplaintAttachment;
import org.sunshine.calendar.DeadlineKind;
import org.sunshine.complaint.ComplaintDetail;
import org.sunshine.complaint.ComplaintHandling;
import org.sunshine.complaint.ComplaintQueries;
import org.sunshine.complaint.ComplaintSettings;
import org.sunshine.complaint.Channel;
import org.sunshine.complaint.ComplaintWorkflow;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One complaint for staff: what was asked, by whom (masked; revealed only when allowed, and audited), the deadlines,
 * the reply, the full history with names and notes, and the buttons of the actions this user may take now.
 */
@Prototype
@RolesAllowed({Role.INSPECTOR_NAME, Role.LEADER_NAME, Role.HANDLER_NAME})
@Route("complaints")
public class ComplaintDetailView extends RecordView implements HasDynamicTitle {

    private final ComplaintQueries queries;
    private final ComplaintHandling handling;
    private final DepartmentService departments;
    private final ComplaintSettings settings;
    private final SignedInUser viewer;
    private final Clock clock;
    private final ClientAddresses addresses;
    private final List<ComplaintPanel> panels;
    private String title = "";

    public ComplaintDetailView(ComplaintQueries queries, ComplaintHandling handling, DepartmentService departments,
                               ComplaintSettings settings, CurrentUser currentUser, Clock clock,
                               List<ComplaintPanel> panels, ClientAddresses addresses) {
        this.panels = List.copyOf(panels);
        this.addresses = addresses;
        this.queries = queries;
        this.handling = handling;
        this.departments = departments;
        this.settings = settings;
        this.viewer = currentUser.require();
        this.clock = clock;
        addClassName("complaint-detail");
        setId("complaint-detail");
    }

    @Override
    protected void refresh() {
        removeAll();
        ComplaintDetail d = queries.detail(id, viewer);
        title = d.row().trackingCode();
        Anchor back = new Anchor("/complaints", getTranslation("complaint.backToList"));
        Span code = new Span(d.row().trackingCode());
        code.addClassName("code");
        HorizontalLayout header = new HorizontalLayout(back, code, Badges.state(d.row().state()), Badges.due(d.row()));
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.getStyle().set("flex-wrap", "wrap");

        Div main = new Div();
        main.addClassName("detail-main");
        main.add(new H3(d.row().subject()));
        Paragraph content = new Paragraph(d.content());
        content.addClassName("complaint-content");
        main.add(content);
        main.add(new DetailParts.Facts()
                .fact("complaint.type", getTranslation("complaint.type." + d.row().type().name()))
                .fact("complaint.channel", getTranslation("complaint.channel." + d.row().channel().name()))
                .fact("complaint.submittedAt", Dates.time(this, d.row().submittedAt(), clock.getZone()))
                .fact("complaint.keyArea", d.row().keyAreaName())
                .fact("complaint.requestedDepartment", d.requestedDepartmentName())
                .fact("complaint.handledBy", d.row().departmentName())
                .fact(DeadlineKind.ACCEPT.labelKey(), Dates.dateWithWeekday(this, d.acceptDue()))
                .fact(DeadlineKind.HANDLE.labelKey(), d.handleDue() == null ? null : Dates.dateWithWeekday(this, d.handleDue())
                        + (d.extensionDays() > 0 ? " " + getTranslation("complaint.extended", d.extensionDays()) : ""))
                .fact(DeadlineKind.RATE.labelKey(), d.ratingDue() == null ? null : Dates.dateWithWeekday(this, d.ratingDue())));
        main.add(identity(d));
        if (!d.attachments().isEmpty()) {
            Div files = new Div(new Span(getTranslation("complaint.attachments")));
            files.addClassName("attachments");
            d.attachments().forEach(a -> files.add(download(a)));
            main.add(files);
        }
        if (d.rejectReason() != null) {
            main.add(DetailParts.box(getTranslation("complaint.rejectReason"), d.rejectReason(), null));
        }
        if (d.replyText() != null) {
            main.add(DetailParts.box(getTranslation("complaint.reply"), d.replyText(), null));
        }
        if (d.rating() != null) {
            main.add(DetailParts.box(getTranslation("complaint.rating"), getTranslation("complaint.rating." + d.rating().name())
                    + (d.ratingComment() == null ? "" : " — " + d.ratingComment()), null));
        }
        for (ComplaintPanel panel : panels) {
            panel.panel(id, viewer).ifPresent(main::add);
        }

        Div side = new Div();
        side.addClassName("detail-side");
        side.setId("complaint-actions");
        if (!d.actions().isEmpty()) {
            side.add(new H3(getTranslation("complaint.actions")));
            for (ComplaintAction action : List.copyOf(d.actions()).stream().sorted(Comparator.comparing(Enum::ordinal)).toList()) {
                side.add(actionButton(action, d));
            }
        }
        side.add(new H3(getTranslation("complaint.history")), history(d));

        Div columns = new Div(main, side);
        columns.addClassName("detail-columns");
        add(header, columns);
    }

    private Div identity(ComplaintDetail d) {
        Div box = new Div();
        box.addClassName("identity");
        box.setId("complaint-identity");
        if (d.anonymous()) {
            box.add(new Span(getTranslation("complaint.anonymous")));
            return box;
        }
        Span shown = new Span(getTranslation("complaint.identity", d.maskedName(), d.maskedPhone()));
        shown.setId("complaint-identity-text");
        box.add(shown);
        Span email = new Span(getTranslation("complaint.identity.email", d.maskedEmail()));
        email.setId("complaint-identity-email");
        email.setVisible(!d.maskedEmail().isEmpty());
        box.add(email);
        box.add(new Span(getTranslation(d.consent() ? "complaint.consent.yes" : "complaint.consent.no")));
        if (d.canReveal()) {
            Button reveal = new Button(getTranslation("complaint.reveal"), VaadinIcon.EYE.create(), e -> {
                ComplaintQueries.Identity identity = queries.revealIdentity(id, viewer, addresses.current());
                shown.setText(getTranslation("complaint.identity", identity.name(), identity.phone()));
                email.setText(getTranslation("complaint.identity.email", identity.email()));
                e.getSource().setEnabled(false);
            });
            reveal.setId("complaint-reveal");
            reveal.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            reveal.getElement().setAttribute("title", getTranslation("complaint.reveal.audited"));
            box.add(reveal);
        }
        return box;
    }

    private Button actionButton(ComplaintAction action, ComplaintDetail d) {
        Button button = new Button(getTranslation("complaint.action." + action.name()), e -> dialog(action, d).open());
        button.setId("action-" + action.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        button.addThemeVariants(action == ComplaintAction.REPLY || action == ComplaintAction.ASSIGN || action == ComplaintAction.ACCEPT
                || action == ComplaintAction.RECEIVE ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        button.setWidthFull();
        return button;
    }

    private ActionDialog dialog(ComplaintAction action, ComplaintDetail d) {
        String id = "dialog-" + action.name().toLowerCase(Locale.ROOT).replace('_', '-');
        ActionDialog dialog = new ActionDialog(id, getTranslation("complaint.action." + action.name()),
                getTranslation("complaint.action." + action.name() + ".help"));
        String confirm = getTranslation("complaint.action." + action.name());
        String done = "complaint.done." + action.name();
        switch (action) {
            case ACCEPT -> {
                TextArea note = dialog.field("note", note("complaint.note"));
                dialog.confirm(confirm, done, () -> handling.accept(this.id, note.getValue(), viewer), this::refresh);
            }
            case REJECT -> {
                TextArea reason = dialog.field("reason", note("complaint.rejectReason.public"));
                dialog.confirm(confirm, done, () -> handling.reject(this.id, reason.getValue(), viewer), this::refresh);
            }
            case ASSIGN -> {
                List<DepartmentRow> active = departments.active();
                List<Long> suggested = queries.suggestedDepartments(this.id);
                List<DepartmentRow> ordered = new ArrayList<>(active);
                ordered.sort(Comparator.comparingInt(r -> suggested.contains(r.id()) ? suggested.indexOf(r.id()) : Integer.MAX_VALUE));
                ComboBox<DepartmentRow> department = dialog.field("departmentId", new ComboBox<>(getTranslation("complaint.assignTo"), ordered));
                department.setItemLabelGenerator(r -> suggested.contains(r.id()) ? getTranslation("complaint.suggested", r.name()) : r.name());
                department.setId("assign-department");
                department.setWidthFull();
                if (!suggested.isEmpty()) {
                    ordered.stream().filter(r -> r.id() == suggested.get(0)).findFirst().ifPresent(department::setValue);
                }
                TextArea note = dialog.field("note", note("complaint.note"));
                dialog.confirm(confirm, done, () -> {
                    if (department.getValue() == null) {
                        throw DomainException.on("departmentId", "complaint.error.department");
                    }
                    handling.assign(this.id, department.getValue().id(), note.getValue(), viewer);
                }, this::refresh);
            }
            case RECEIVE -> dialog.confirm(confirm, done, () -> handling.receive(this.id, viewer), this::refresh);
            case REQUEST_RETURN -> {
                TextArea reason = dialog.field("reason", note("complaint.returnReason"));
                dialog.confirm(confirm, done, () -> handling.requestReturn(this.id, reason.getValue(), viewer), this::refresh);
            }
            case APPROVE_RETURN, APPROVE_EXTENSION -> {
                TextArea note = dialog.field("reason", note("complaint.note"));
                boolean ret = action == ComplaintAction.APPROVE_RETURN;
                dialog.confirm(confirm, done, () -> {
                    if (ret) {
                        handling.decideReturn(this.id, true, note.getValue(), viewer);
                    } else {
                        handling.decideExtension(this.id, true, note.getValue(), viewer);
                    }
                }, this::refresh);
            }
            case REFUSE_RETURN, REFUSE_EXTENSION -> {
                TextArea reason = dialog.field("reason", note("complaint.refuseReason"));
                boolean ret = action == ComplaintAction.REFUSE_RETURN;
                dialog.confirm(confirm, done, () -> {
                    if (ret) {
                        handling.decideReturn(this.id, false, reason.getValue(), viewer);
                    } else {
                        handling.decideExtension(this.id, false, reason.getValue(), viewer);
                    }
                }, this::refresh);
            }
            case REQUEST_EXTENSION -> {
                IntegerField days = dialog.field("days", new IntegerField(getTranslation("complaint.extensionDays", settings.maxExtensionDays())));
                days.setMin(1);
                days.setMax(settings.maxExtensionDays());
                days.setValue(settings.maxExtensionDays());
                days.setStepButtonsVisible(true);
                days.setId("extension-days");
                TextArea reason = dialog.field("reason", note("complaint.extensionReason"));
                dialog.confirm(confirm, done, () -> handling.requestExtension(this.id, days.getValue() == null ? 0 : days.getValue(),
                        reason.getValue(), viewer), this::refresh);
            }
            case REPLY -> {
                TextArea reply = dialog.field("reply", note("complaint.replyText"));
                reply.setMinHeight("12em");
                reply.setMaxLength(5000);
                List<Attachments.Upload> files = Collections.synchronizedList(new ArrayList<>());
                dialog.addContent(Uploads.attachments("reply-files", files));
                dialog.confirm(confirm, done, () -> handling.reply(this.id, reply.getValue(), List.copyOf(files), viewer), this::refresh);
            }
            case REMIND -> {
                TextArea note = dialog.field("note", note("complaint.remindNote"));
                dialog.confirm(confirm, done, () -> handling.remind(this.id, note.getValue(), viewer), this::refresh);
            }
            default -> throw new IllegalStateException("No staff dialog for " + action);
        }
        return dialog;
    }

    private TextArea note(String labelKey) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setWidthFull();
        area.setMaxLength(500);
        area.setId("action-note");
        return area;
    }

    private Timeline history(ComplaintDetail d) {
        // the submission's note is the channel it came by (WEB, PHONE …)
        return new HistoryTimeline("complaint-history", clock.getZone()).noteLabels("complaint.channel.", Channel.values())
                .with(ComplaintWorkflow.TABLE, d.steps(), Set.of());
    }

    private Anchor download(ComplaintAttachment.Info file) {
        return DetailParts.download(DetailParts.fileLabel(file.fileName(), file.sizeBytes()), () -> {
            ComplaintAttachment attachment = queries.attachment(id, file.id(), viewer);
            return new StoredFile(attachment.fileName(), attachment.contentType(), attachment.content());
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("complaint.detail.title", title);
    }
}
