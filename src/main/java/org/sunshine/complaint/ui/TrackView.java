package org.sunshine.complaint.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
 * language (the timeline first), reads the reply, rates it or asks once for it to be handled again ({@link
 * TrackChoices}), or withdraws the item before it is answered. The codes stay on the server; they never go into the
 * address.
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
                .fact("complaint.submittedAt", Dates.time(this, view.submittedAt(), clock.getZone()));
        departments(facts, view);
        facts.fact(dueLabel(view.state()), view.due() == null ? null : Dates.dateWithWeekday(this, view.due()));
        facts.setId("track-facts");
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
        if (view.rejectReason() != null) {
            card.add(DetailParts.box(getTranslation("track.rejected"), view.rejectReason(), "track-reject"));
        }
        card.setId("track-summary");
        result.add(card);
        // what happened first; then the reply, what can be done about it, what was asked; withdrawing last
        H3 timelineTitle = new H3(getTranslation("track.timeline"));
        timelineTitle.addClassName("track-section-title");
        result.add(timelineTitle, timeline(view));
        if (view.replyText() != null) {
            Div reply = DetailParts.box(getTranslation("track.reply"), view.replyText(), "track-reply");
            for (ComplaintAttachment.Info file : view.replyFiles()) {
                reply.add(download(complaint, file));
            }
            reply.addClassName("track-reply");
            result.add(reply);
        }
        actions(view);
    }

    /**
     * The department the complainant chose, and the one handling the item when it is another: a complainant who chose
     * none reads, until it is routed, that the inspectors route it.
     */
    private void departments(DetailParts.Facts facts, PublicView view) {
        String chosen = view.requestedDepartmentName();
        String handling = view.departmentName();
        if (chosen == null) {
            boolean waiting = handling == null && view.state().open() && view.state().beforeRouting();
            facts.fact("track.department.chosen", waiting ? getTranslation("track.department.notChosen") : null);
            facts.fact("complaint.handledBy", handling);
        } else if (chosen.equals(handling)) {
            facts.fact("track.department.chosen", getTranslation("track.department.chosenHandling", chosen));
        } else {
            facts.fact("track.department.chosen", chosen);
            facts.fact("complaint.handledBy", handling);
        }
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
            result.add(content(view));
            return;
        }
        TrackChoices choices = new TrackChoices(view.actions(), new TrackChoices.Steps() {
            @Override
            public void rate(Rating rating, String comment) {
                tracking.rate(trackingCode, queryCode, ip(), rating, comment);
            }

            @Override
            public void reopen(String reason) {
                tracking.reopen(trackingCode, queryCode, ip(), reason);
            }

            @Override
            public void withdraw(String reason) {
                tracking.withdraw(trackingCode, queryCode, ip(), reason);
            }
        }, this::refresh);
        result.add(choices.choices(), content(view), choices.withdrawal());
    }

    /** What the complainant wrote. */
    private Div content(PublicView view) {
        Paragraph content = new Paragraph(view.content());
        content.addClassName("complaint-content");
        Div card = new Div(new H3(getTranslation("track.content")), content);
        card.setId("track-content");
        card.addClassName("form-card");
        return card;
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
