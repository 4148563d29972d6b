package org.sunshine.inforequest.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.sunshine.base.ui.Badge;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.DetailParts;
import org.sunshine.base.ui.Timeline;
import org.sunshine.inforequest.ApplicantKind;
import org.sunshine.inforequest.PublicRequest;
import org.sunshine.inforequest.RequestDocument;
import org.sunshine.inforequest.RequestDocuments;
import org.sunshine.inforequest.RequestState;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * An application as the applicant sees it, in parts the tracking page puts in order: the summary (the organ and the
 * state, the due date running and how it was computed, the result), the clock's events, the documents sent, and the
 * details (the facts, personal data masked, and what was asked).
 */
class TrackRequestPanel {

    private final PublicRequest r;
    private final RequestDocuments documents;
    private final ZoneId zone;
    private final Div owner = new Div();

    TrackRequestPanel(PublicRequest r, RequestDocuments documents, ZoneId zone) {
        this.r = r;
        this.documents = documents;
        this.zone = zone;
    }

    Div summary() {
        Span state = new Span(getTranslation("inforequest.state." + r.state().name()));
        state.setId("track-request-state");
        Badge.tone(state, r.state().open() ? Badge.Tone.INFO : Badge.Tone.SUCCESS);
        Div header = new Div(new H3(r.organName()), state);
        header.addClassName("track-header");
        Paragraph number = new Paragraph(getTranslation("apply.requestNo") + getTranslation("trackRequest.colon") + r.requestNo());
        number.addClassName("form-note");
        Div card = new Div(header, number, due(r));
        card.addClassName("form-card");
        card.setId("track-request-summary");
        if (r.result() != null) {
            card.add(result(r));
        }
        return card;
    }

    Div details() {
        boolean person = r.applicantKind() == ApplicantKind.PERSON;
        DetailParts.Facts facts = new DetailParts.Facts()
                .fact("apply.requestNo", r.requestNo())
                .fact("inforequest.field.organ", r.organName())
                .fact("inforequest.field.applicantKind", getTranslation("inforequest.applicant." + r.applicantKind().name()))
                .fact(person ? "inforequest.field.personName" : "inforequest.field.orgName", r.applicantName())
                .fact("inforequest.field.idNumber", r.idNumber())
                .fact("inforequest.field.creditCode", r.creditCode())
                .fact("inforequest.field.contactPerson", r.contactPerson())
                .fact("inforequest.field.phone", r.phone())
                .fact("inforequest.field.email", r.email())
                .fact("inforequest.field.address", r.address())
                .fact("trackRequest.arrivedAt", Dates.time(owner, r.arrivedAt(), zone))
                .fact("trackRequest.receivedOn", date(r.receivedOn()))
                .fact("inforequest.field.docNumber", r.docNumber())
                .fact("inforequest.field.formWanted", getTranslation("inforequest.form." + r.formWanted().name()))
                .fact("inforequest.field.delivery", getTranslation("inforequest.delivery." + r.delivery().name()));
        facts.setId("track-request-facts");
        Div card = new Div(new H3(getTranslation("trackRequest.details")), facts,
                DetailParts.box(getTranslation("trackRequest.asked"), r.description(), "track-request-description"));
        card.addClassName("form-card");
        card.setId("track-request-details");
        return card;
    }

    /** The documents sent, one link a line; nothing when none was sent. */
    Div documents() {
        Div box = new Div();
        List<RequestDocument.Info> sent = documents.of(r.id());
        if (sent.isEmpty()) {
            box.setVisible(false);
            return box;
        }
        // one link a line, as on the staff's page (a list's bullet lands beside a wrapped link's last line)
        Div list = new Div();
        list.setId("track-request-documents");
        for (RequestDocument.Info d : sent) {
            list.add(new Div(DetailParts.download(getTranslation("inforequest.document." + d.kind().name())
                    + " " + d.docNumber(), () -> documents.file(r.id(), d.id()))));
        }
        box.add(new H3(getTranslation("trackRequest.documents")), list);
        box.addClassName("form-card");
        return box;
    }

    /** The clock's events under their title. */
    Div timeline() {
        H3 title = new H3(getTranslation("trackRequest.timeline"));
        title.addClassName("track-section-title");
        return new Div(title, timeline(r, zone));
    }

    private String getTranslation(String key, Object... args) {
        return owner.getTranslation(key, args);
    }

    /** The deadline running now, and for the reply clock how it was computed. */
    private Div due(PublicRequest r) {
        Div due = new Div();
        due.setId("track-request-due");
        due.addClassName("reply-box");
        if (r.state() == RequestState.SUBMITTED && r.registerDue() != null) {
            due.add(new Paragraph(getTranslation("trackRequest.due.register", date(r.registerDue()))));
        } else if (r.state() == RequestState.CORRECTION_REQUESTED) {
            due.add(new Paragraph(getTranslation("trackRequest.due.correction", date(r.correctionDue()))));
        } else if (r.state().open() && r.replyDue() != null) {
            Paragraph when = new Paragraph(getTranslation("trackRequest.due.reply", date(r.replyDue())));
            when.addClassName("due-date");
            Paragraph how = new Paragraph(getTranslation("trackRequest.due.how", date(r.replyStart()), r.baseDays(),
                    r.extensionDays(), r.pausedDays(), date(r.replyDue())));
            how.setId("track-request-due-how");
            due.add(when, how);
            if (r.dueFallback()) {
                Paragraph fallback = new Paragraph(getTranslation("calendar.notLoaded",
                        String.valueOf(r.replyDue().getYear())));
                fallback.addClassName("calendar-warning");
                due.add(fallback);
            }
        } else if (r.repliedOn() != null && r.replyDue() != null) {
            due.add(new Paragraph(getTranslation(r.repliedOn().isAfter(r.replyDue()) ? "trackRequest.due.repliedLate"
                    : "trackRequest.due.repliedInTime", date(r.repliedOn()), date(r.replyDue()))));
            due.add(new Paragraph(getTranslation("trackRequest.due.how", date(r.replyStart()), r.baseDays(),
                    r.extensionDays(), r.pausedDays(), date(r.replyDue()))));
        } else {
            due.setVisible(false);
        }
        return due;
    }

    private Div result(PublicRequest r) {
        StringBuilder text = new StringBuilder(getTranslation("inforequest.result." + r.result().name()));
        line(text, "inforequest.field.basis", r.resultBasis());
        line(text, "inforequest.field.reason", r.resultReason());
        line(text, "inforequest.field.withheld", r.withheld());
        line(text, "inforequest.field.otherOrgan", r.otherOrgan());
        line(text, "inforequest.field.otherOrganContact", r.otherOrganContact());
        line(text, "inforequest.field.provision", r.provision());
        return DetailParts.box(getTranslation("trackRequest.result"), text.toString(), "track-request-reply");
    }

    private void line(StringBuilder text, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            text.append('\n').append(getTranslation(labelKey)).append(getTranslation("trackRequest.colon")).append(value);
        }
    }

    private Timeline timeline(PublicRequest r, ZoneId zone) {
        Timeline timeline = new Timeline("track-request-timeline", zone);
        for (PublicRequest.Event e : r.events()) {
            List<String> details = new ArrayList<>();
            String text = switch (e.action()) {
                case FILE -> getTranslation(e.date() == null ? "trackRequest.step.FILE" : "trackRequest.step.FILE_STAFF",
                        date(e.date()));
                case REGISTER -> getTranslation(e.late() ? "trackRequest.step.REGISTER_LATE" : "trackRequest.step.REGISTER",
                        r.organName(), date(e.date()));
                case REQUEST_CORRECTION -> {
                    details.add(getTranslation("trackRequest.step.items", e.detail()));
                    yield getTranslation("trackRequest.step.REQUEST_CORRECTION", r.organName(), date(e.until()));
                }
                case CORRECT -> getTranslation("trackRequest.step.CORRECT", date(e.date()));
                case CONSULT -> {
                    details.add(getTranslation("trackRequest.consult." + e.detail()));
                    yield getTranslation("trackRequest.step.CONSULT", date(e.date()), date(e.until()));
                }
                case CONSULTATION_ANSWERED -> getTranslation("trackRequest.step.CONSULTATION_ANSWERED", date(e.date()));
                case APPROVE_EXTENSION -> getTranslation("trackRequest.step.APPROVE_EXTENSION", e.detail());
                case REPLY, TERMINATE -> getTranslation("trackRequest.step." + e.action().name(), r.organName(),
                        e.detail().isEmpty() ? "" : getTranslation("inforequest.result." + e.detail()));
                case WITHDRAW -> {
                    if (!e.detail().isBlank()) {
                        details.add(e.detail());
                    }
                    yield getTranslation("trackRequest.step.WITHDRAW");
                }
                default -> getTranslation("trackRequest.step." + e.action().name());
            };
            if (e.dueAfter() != null) {
                details.add(getTranslation("trackRequest.step.dueAfter", date(e.dueAfter())));
            }
            boolean end = e.action() == org.sunshine.inforequest.RequestAction.REPLY;
            timeline.step(e.at(), text, String.join(getTranslation("trackRequest.separator"), details), end ? "done" : "");
        }
        return timeline;
    }

    private String date(LocalDate date) {
        return date == null ? "" : Dates.dateWithWeekday(owner, date);
    }
}
