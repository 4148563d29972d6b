package org.sunshine.complaint.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.sunshine.base.ClientAddresses;
import org.sunshine.base.DomainException;
import org.sunshine.base.files.StoredFile;
import org.sunshine.base.ui.Badge;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.DetailParts;
import org.sunshine.base.ui.Notices;
import org.sunshine.base.ui.PublicLayout;
import org.sunshine.base.ui.RecoveredCodes;
import org.sunshine.base.ui.Timeline;
import org.sunshine.complaint.ComplaintAction;
import org.sunshine.complaint.Complaint;
import org.sunshine.complaint.ComplaintAttachment;
import org.sunshine.complaint.ComplaintState;
import org.sunshine.complaint.ComplaintTracking;
import org.sunshine.complaint.PublicView;
import org.sunshine.complaint.Rating;

import java.time.Clock;
import java.util.Optional;

/**
 * 办理进度查询: with the tracking code and the secret query code, the complainant follows every step in plain
 * language, reads the reply, rates it (or asks once for it to be handled again), or withdraws the item before it
 * is answered. The codes stay on the server; they never go into the address.
 */
@Prototype
@AnonymousAllowed
@Route(value = "track", layout = PublicLayout.class)
public class TrackView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ComplaintTracking tracking;
    private final ClientAddresses addresses;
    private final Clock clock;
    private final TextField code = new TextField();
    private final TextField query = new TextField();
    private final Div result = new Div();
    private String trackingCode;
    private String queryCode;

    public TrackView(ComplaintTracking tracking, ClientAddresses addresses, Clock clock) {
        this.tracking = tracking;
        this.addresses = addresses;
        this.clock = clock;
        addClassName("track-view");
        code.setLabel(getTranslation("complaint.trackingCode"));
        code.setId("track-code");
        code.setMaxLength(20);
        code.setPlaceholder("20260212-123456");
        query.setLabel(getTranslation("complaint.queryCode"));
        query.setId("track-query");
        query.setMaxLength(12);
        Button find = new Button(getTranslation("track.find"), e -> find());
        find.setId("track-find");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        HorizontalLayout form = new HorizontalLayout(code, query, find);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        Anchor recover = new Anchor(RecoveredCodes.ROUTE, getTranslation("recovery.link"));
        recover.setId("track-recover");
        Div card = new Div(new H2(getTranslation("track.title")), new Paragraph(getTranslation("track.intro")), form,
                new Paragraph(recover));
        card.addClassName("form-card");
        result.setId("track-result");
        add(card, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(c -> {
            code.setValue(c);
            // opened from 找回查询码's list: the code issued there in this session
            RecoveredCodes.of(RecoveredCodes.COMPLAINT, c).ifPresent(q -> {
                query.setValue(q);
                find();
            });
        });
    }

    private void find() {
        trackingCode = code.getValue();
        queryCode = query.getValue();
        refresh();
    }

    private void refresh() {
        result.removeAll();
        Optional<Complaint> found;
        try {
            found = tracking.find(trackingCode, queryCode, ip());
        } catch (DomainException e) {
            Notices.error(getTranslation(e.messageKey(), e.args()));
            return;
        }
        if (found.isEmpty()) {
            Paragraph notFound = new Paragraph(getTranslation("track.notFound"));
            notFound.setId("track-not-found");
            notFound.addClassName("calendar-warning");
            result.add(notFound);
            return;
        }
        Complaint complaint = found.get();
        show(complaint, tracking.view(complaint));
    }

    private void show(Complaint complaint, PublicView view) {
        Span state = new Span(getTranslation("complaint.state." + view.state().name()));
        state.setId("track-state");
        Badge.tone(state, view.state().open() ? Badge.Tone.INFO : Badge.Tone.SUCCESS);
        Div header = new Div(new H3(view.subject()), state);
        header.addClassName("track-header");
        DetailParts.Facts facts = new DetailParts.Facts()
                .fact("complaint.trackingCode", view.trackingCode())
                .fact("complaint.type", getTranslation("complaint.type." + view.type().name()))
                .fact("complaint.submittedAt", Dates.time(this, view.submittedAt(), clock.getZone()))
                .fact("complaint.handledBy", view.departmentName())
                .fact(dueLabel(view.state()), view.due() == null ? null : Dates.dateWithWeekday(this, view.due()));
        Div card = new Div(header, facts);
        card.addClassName("form-card");
        if (!view.noticesTo().isEmpty()) {
            card.add(noticesTo(view));
        }
        if (view.dueFallback()) {
            Paragraph fallback = new Paragraph(getTranslation("calendar.notLoaded", String.valueOf(view.due().getYear())));
            fallback.addClassName("calendar-warning");
            card.add(fallback);
        }
        Paragraph content = new Paragraph(view.content());
        content.addClassName("complaint-content");
        card.add(content);
        if (view.rejectReason() != null) {
            card.add(DetailParts.box(getTranslation("track.rejected"), view.rejectReason(), "track-reject"));
        }
        if (view.replyText() != null) {
            Div reply = DetailParts.box(getTranslation("track.reply"), view.replyText(), "track-reply");
            for (ComplaintAttachment.Info file : view.replyFiles()) {
                reply.add(download(complaint, file));
            }
            card.add(reply);
        }
        result.add(card);
        actions(view);
        result.add(new H3(getTranslation("track.timeline")), timeline(view));
    }

    /** Where the notices of each step go, masked: only the complainant, with both codes, sees even that. */
    private Paragraph noticesTo(PublicView view) {
        Paragraph line = new Paragraph(view.noticesTo().size() == 1
                ? getTranslation("track.noticesTo", view.noticesTo().get(0))
                : getTranslation("track.noticesTo.both", view.noticesTo().get(0), view.noticesTo().get(1)));
        line.setId("track-notices-to");
        line.addClassName("form-note");
        return line;
    }

    private void actions(PublicView view) {
        if (view.actions().isEmpty()) {
            return;
        }
        Div actions = new Div();
        actions.addClassName("form-card");
        actions.setId("track-actions");
        if (view.actions().contains(ComplaintAction.RATE)) {
            RadioButtonGroup<Rating> rating = new RadioButtonGroup<>(getTranslation("track.rate"));
            rating.setId("track-rating");
            rating.setItems(Rating.SATISFIED, Rating.BASICALLY_SATISFIED, Rating.DISSATISFIED);
            rating.setItemLabelGenerator(r -> getTranslation("complaint.rating." + r.name()));
            TextArea comment = new TextArea(getTranslation("track.comment"));
            comment.setId("track-comment");
            comment.setMaxLength(500);
            comment.setWidthFull();
            Button rate = new Button(getTranslation("track.rate.submit"), e -> act(() -> tracking.rate(trackingCode, queryCode, ip(),
                    rating.getValue(), comment.getValue()), "track.rated"));
            rate.setId("track-rate");
            rate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(new H3(getTranslation("track.rate.title")), new Paragraph(getTranslation("track.rate.help")), rating, comment, rate);
        }
        if (view.actions().contains(ComplaintAction.REOPEN)) {
            TextArea reason = new TextArea(getTranslation("track.reopen.reason"));
            reason.setId("track-reopen-reason");
            reason.setMaxLength(500);
            reason.setWidthFull();
            Button reopen = new Button(getTranslation("track.reopen"), e -> act(() -> tracking.reopen(trackingCode, queryCode, ip(),
                    reason.getValue()), "track.reopened"));
            reopen.setId("track-reopen");
            actions.add(new H3(getTranslation("track.reopen.title")), new Paragraph(getTranslation("track.reopen.help")), reason, reopen);
        }
        if (view.actions().contains(ComplaintAction.WITHDRAW)) {
            TextArea reason = new TextArea(getTranslation("track.withdraw.reason"));
            reason.setId("track-withdraw-reason");
            reason.setMaxLength(500);
            reason.setWidthFull();
            Button withdraw = new Button(getTranslation("track.withdraw"), e -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("track.withdraw"), getTranslation("track.withdraw.confirm"),
                        getTranslation("track.withdraw"), c -> act(() -> tracking.withdraw(trackingCode, queryCode, ip(), reason.getValue()),
                        "track.withdrawn"));
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("common.cancel"));
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            });
            withdraw.setId("track-withdraw");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(new H3(getTranslation("track.withdraw.title")), reason, withdraw);
        }
        result.add(actions);
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notices.success(getTranslation(doneKey));
        } catch (DomainException e) {
            Notices.error(getTranslation(e.messageKey(), e.args()));
        }
        refresh();
    }

    private Timeline timeline(PublicView view) {
        Timeline timeline = new Timeline("track-timeline", clock.getZone());
        for (PublicView.Step step : view.steps()) {
            String department = step.departmentName() == null ? getTranslation("track.theDepartment") : step.departmentName();
            String text = step.action() == ComplaintAction.RATE && view.rating() != null
                    ? getTranslation("track.step.RATE", getTranslation("complaint.rating." + view.rating().name()))
                    : step.action() == ComplaintAction.APPROVE_EXTENSION
                    ? getTranslation("track.step.APPROVE_EXTENSION", view.extensionDays())
                    : getTranslation("track.step." + step.action().name(), department, step.detail());
            String detail = switch (step.action()) {
                case REJECT, RATE, REOPEN, WITHDRAW -> step.detail();
                default -> "";
            };
            timeline.step(step.at(), text, detail, step.to() == ComplaintState.CLOSED ? "done" : "");
        }
        return timeline;
    }

    private Anchor download(Complaint complaint, ComplaintAttachment.Info file) {
        return DetailParts.download(file.fileName(), () -> {
            ComplaintAttachment attachment = tracking.replyFile(complaint, file.id());
            return new StoredFile(attachment.fileName(), attachment.contentType(), attachment.content());
        });
    }

    /** The running deadline's name (受理, 办理 or 评价期限), as on the staff's screens. */
    static String dueLabel(ComplaintState state) {
        return state.deadlineKind() == null ? "complaint.due" : state.deadlineKind().labelKey();
    }

    private String ip() {
        return addresses.current();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("track.title");
    }
}
