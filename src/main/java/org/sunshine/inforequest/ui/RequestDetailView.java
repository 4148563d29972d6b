package org.sunshine.inforequest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.ClientAddresses;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.DetailParts;
import org.sunshine.base.ui.RecordView;
import org.sunshine.calendar.DeadlineKind;
import org.sunshine.calendar.Warning;
import org.sunshine.calendar.ui.DueBadge;
import org.sunshine.inforequest.AttachmentPurpose;
import org.sunshine.inforequest.Consultation;
import org.sunshine.inforequest.InfoRequest;
import org.sunshine.inforequest.RequestAction;
import org.sunshine.inforequest.RequestDetail;
import org.sunshine.inforequest.RequestDetails;
import org.sunshine.inforequest.RequestHandling;
import org.sunshine.inforequest.RequestPauses;
import org.sunshine.inforequest.RequestQueries;
import org.sunshine.inforequest.RequestState;
import org.sunshine.inforequest.RequestSettings;
import org.sunshine.inforequest.RequestChannel;
import org.sunshine.inforequest.ReplyResult;
import org.sunshine.inforequest.RequestWorkflow;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.workflow.ui.HistoryTimeline;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Set;

/**
 * One application for staff: what was asked and by whom (the identity number and contact masked; revealed, audited,
 * only to the handling organ's handlers), its clock (receipt, reply start, pauses, extension, due date), the
 * consultations, the documents sent, the files, the history, and the buttons of the steps this user may take now.
 */
@Prototype
@RolesAllowed({Role.HANDLER_NAME, Role.INSPECTOR_NAME})
@Route("disclosure/requests")
public class RequestDetailView extends RecordView implements HasDynamicTitle {

    private final RequestDetails details;
    private final RequestSideParts parts;
    private final RequestStepDialogs dialogs;
    private final SignedInUser viewer;
    private final BusinessClock clock;
    private final ClientAddresses addresses;
    private String title = "";

    public RequestDetailView(RequestDetails details, RequestSideParts parts, RequestHandling handling,
                             RequestPauses pauses, RequestSettings settings, CurrentUser currentUser,
                             BusinessClock clock, ClientAddresses addresses) {
        this.details = details;
        this.parts = parts;
        this.viewer = currentUser.require();
        this.clock = clock;
        this.addresses = addresses;
        this.dialogs = new RequestStepDialogs(handling, pauses, settings, viewer, this, clock.today());
        addClassName("complaint-detail");
        setId("request-detail");
    }

    @Override
    protected void refresh() {
        removeAll();
        RequestDetail d = details.detail(id, viewer);
        InfoRequest r = d.request();
        title = r.getRequestNo();
        Span number = new Span(r.getRequestNo());
        number.addClassName("code");
        HorizontalLayout header = new HorizontalLayout(new Anchor("/disclosure/requests",
                getTranslation("inforequest.staff.backToList")), number, RequestBadges.state(r.getState()),
                RequestBadges.due(d.row()));
        if (r.isLateRegistration()) {
            header.add(RequestBadges.late());
        }
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.getStyle().set("flex-wrap", "wrap");

        Div main = new Div();
        main.addClassName("detail-main");
        main.add(new H3(r.getDescription()));
        main.add(new DetailParts.Facts()
                .fact("inforequest.field.organ", d.organName())
                .fact("inforequest.staff.channel", getTranslation("inforequest.channel." + r.getChannel().name())
                        + (r.isWrittenFor() ? " " + getTranslation("inforequest.staff.writtenFor") : ""))
                .fact("inforequest.field.docNumber", r.getDocNumber())
                .fact("inforequest.field.formWanted", getTranslation("inforequest.form." + r.getFormWanted().name()))
                .fact("inforequest.field.delivery", getTranslation("inforequest.delivery." + r.getDelivery().name())));
        main.add(applicant(d));
        main.add(clockFacts(d));
        if (!d.consultations().isEmpty()) {
            main.add(consultations(d));
        }
        if (r.getCorrectionItems() != null) {
            main.add(DetailParts.box(getTranslation("inforequest.field.correctionItems"), r.getCorrectionItems(), null));
        }
        if (r.getResult() != null) {
            main.add(result(r));
            if (r.getFindingId() != null && !viewer.is(Role.HANDLER)) {
                main.add(parts.finding(this, r.getFindingId()));
            }
        }
        main.add(files(d));
        if (r.getState() == RequestState.REPLIED) {
            main.add(new H3(getTranslation("inforequest.action.RECORD_REMEDY")), parts.remedies(id, viewer));
        }

        Div side = new Div();
        side.addClassName("detail-side");
        side.setId("request-actions");
        if (!d.actions().isEmpty()) {
            side.add(new H3(getTranslation("inforequest.staff.actions")));
            d.actions().stream().sorted(Comparator.comparing(Enum::ordinal)).forEach(a -> side.add(button(a, d)));
        }
        if (viewer.is(Role.INSPECTOR) && (r.getState() == RequestState.REPLIED || r.getState() == RequestState.TERMINATED)
                && r.getFindingId() == null) {
            if (d.actions().isEmpty()) {
                side.add(new H3(getTranslation("inforequest.staff.actions")));
            }
            Button review = new Button(getTranslation("inforequest.review.title"),
                    e -> parts.review(id, viewer, this::refresh).start());
            review.setId("action-review");
            review.setWidthFull();
            side.add(review);
        }
        // the filing's note is its channel, a reply's its result: recorded in Chinese, shown in the viewer's language
        side.add(new H3(getTranslation("inforequest.staff.history")), new HistoryTimeline("request-history", clock.zone())
                .noteLabels("inforequest.channel.", RequestChannel.values())
                .noteLabels("inforequest.result.", ReplyResult.values())
                .with(RequestWorkflow.TABLE, d.steps(), Set.of()));
        Div columns = new Div(main, side);
        columns.addClassName("detail-columns");
        add(header, columns);
    }

    private Div applicant(RequestDetail d) {
        InfoRequest r = d.request();
        Span name = new Span(d.maskedName());
        name.setId("request-applicant-name");
        Span idNumber = new Span(d.maskedId());
        idNumber.setId("request-id-number");
        Span contact = new Span(d.maskedContact());
        contact.setId("request-contact");
        Div facts = new Div(line("inforequest.field.applicantKind",
                        new Span(getTranslation("inforequest.applicant." + r.getApplicantKind().name()))),
                line("inforequest.field.personName", name));
        facts.addClassName("facts");
        if (r.getIdType() != null) {
            facts.add(line("inforequest.field.idType", new Span(getTranslation("inforequest.idType." + r.getIdType().name()))),
                    line("inforequest.field.idNumber", idNumber));
        }
        if (r.getCreditCode() != null) {
            facts.add(line("inforequest.field.creditCode", new Span(r.getCreditCode())));
        }
        facts.add(line("inforequest.staff.contact", contact));
        Div box = new Div(new H3(getTranslation("inforequest.staff.applicant")), facts);
        box.setId("request-identity");
        if (d.canReveal()) {
            Button reveal = new Button(getTranslation("inforequest.staff.reveal"), VaadinIcon.EYE.create(), e -> {
                RequestQueries.Personal p = parts.reveal(id, viewer, addresses.current());
                name.setText(p.name());
                idNumber.setText(p.idNumber());
                contact.setText(p.contactPerson().isEmpty() ? p.contact() : p.contactPerson() + " / " + p.contact());
                e.getSource().setEnabled(false);
            });
            reveal.setId("request-reveal");
            reveal.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            reveal.getElement().setAttribute("title", getTranslation("inforequest.staff.reveal.audited"));
            box.add(reveal);
        }
        return box;
    }

    private Div line(String labelKey, com.vaadin.flow.component.Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        value.getElement().getClassList().add("fact-value");
        return new Div(label, value);
    }

    private Div clockFacts(RequestDetail d) {
        InfoRequest r = d.request();
        Div box = new Div(new H3(getTranslation("inforequest.staff.clock")));
        box.setId("request-clock");
        box.add(new DetailParts.Facts()
                .fact("inforequest.staff.arrivedOn", date(r.getArrivedOn()))
                .fact("inforequest.field.signedForOn", date(r.getSignedForOn()))
                .fact("inforequest.staff.registerDue", r.getState().name().equals("SUBMITTED") ? date(r.getRegisterDue()) : null)
                .fact("inforequest.staff.receivedOn", r.getReceivedOn() == null ? null : date(r.getReceivedOn())
                        + (r.isLateRegistration() ? " " + getTranslation("inforequest.staff.lateCapped") : ""))
                .fact("inforequest.staff.replyStart", date(r.getReplyStart()))
                .fact("inforequest.staff.correctionDue", date(r.getCorrectionDue()))
                .fact("inforequest.staff.correctedOn", date(r.getCorrectedOn()))
                .fact("inforequest.staff.pausedDays", r.getPausedDays() > 0
                        ? getTranslation("inforequest.staff.days", r.getPausedDays()) : null)
                .fact("inforequest.staff.extension", extension(r))
                .fact("inforequest.staff.fee", r.getFeeAmount() == null ? null : r.getFeeAmount().toPlainString()
                        + (r.getFeePaidOn() == null ? "" : " " + getTranslation("inforequest.staff.paidOnShort", date(r.getFeePaidOn()))))
                .fact("inforequest.staff.repliedOn", date(r.getRepliedOn())));
        if (r.getReplyDue() != null) {
            // the chip names itself (答复期限); red or yellow only while the reply clock is the one running
            Span chip = DueBadge.of(DeadlineKind.REPLY, r.getReplyDue(), r.getState().onReplyClock()
                    ? d.row().warning() : Warning.NONE, d.row().calendarFallback());
            chip.addClassName("fact-value");
            Div due = new Div(chip);
            due.setId("request-reply-due");
            Div facts = new Div(due);
            facts.addClassName("facts");
            box.add(facts);
        }
        return box;
    }

    private String extension(InfoRequest r) {
        if (r.getRequestedExtensionDays() == null) {
            return null;
        }
        String basis = r.getExtensionBasis() == null ? "" : getTranslation("inforequest.extension." + r.getExtensionBasis().name());
        String decision = r.getExtensionDays() > 0 ? getTranslation("inforequest.staff.extensionApproved")
                : r.getState().name().equals("EXTENSION_REQUESTED") ? getTranslation("inforequest.staff.extensionPending")
                : getTranslation("inforequest.staff.extensionRefused");
        return getTranslation("inforequest.staff.extensionText", basis, r.getRequestedExtensionDays(), decision);
    }

    private Div consultations(RequestDetail d) {
        Div box = new Div(new H3(getTranslation("inforequest.staff.consultations")));
        box.setId("request-consultations");
        for (Consultation c : d.consultations()) {
            String answer = c.answered() ? getTranslation("inforequest.staff.answered", date(c.answeredOn()))
                    + (c.answer() == null ? "" : " — " + c.answer())
                    : getTranslation("inforequest.staff.awaiting", date(c.answerDue()));
            box.add(DetailParts.box(getTranslation("inforequest.consultation." + c.kind().name()) + " · " + c.party(),
                    getTranslation("inforequest.staff.consultationLine", date(c.sentOn()), c.question(), answer,
                            date(c.pause().from()), date(c.pause().to())), null));
        }
        return box;
    }

    private Div result(InfoRequest r) {
        StringBuilder text = new StringBuilder(getTranslation("inforequest.result." + r.getResult().name()));
        append(text, "inforequest.field.basis", r.getResultBasis());
        append(text, "inforequest.field.reason", r.getResultReason());
        append(text, "inforequest.field.withheld", r.getWithheld());
        append(text, "inforequest.field.otherOrgan", r.getOtherOrgan());
        append(text, "inforequest.field.otherOrganContact", r.getOtherOrganContact());
        append(text, "inforequest.field.provision", r.getProvision());
        if (r.getQuality() != null) {
            text.append('\n').append(getTranslation("inforequest.review.title")).append(": ")
                    .append(getTranslation("inforequest.quality." + r.getQuality().name()))
                    .append(r.getQualityReason() == null ? "" : " (" + r.getQualityReason() + ")");
        }
        if (r.getRepliedInTime() != null) {
            text.append('\n').append(getTranslation(r.getRepliedInTime() ? "inforequest.staff.inTime" : "inforequest.staff.late"));
        }
        return DetailParts.box(getTranslation("inforequest.staff.result"), text.toString(), "request-result");
    }

    private void append(StringBuilder text, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            text.append('\n').append(getTranslation(labelKey)).append(": ").append(value);
        }
    }

    private Div files(RequestDetail d) {
        Div box = new Div();
        box.setId("request-documents");
        if (!d.documents().isEmpty()) {
            box.add(new H3(getTranslation("inforequest.staff.documents")));
            d.documents().forEach(doc -> box.add(new Div(DetailParts.download(doc.docNumber() + " "
                    + getTranslation("inforequest.document." + doc.kind().name()) + " · "
                    + Dates.time(this, doc.issuedAt(), clock.zone()), () -> details.document(id, doc.id(), viewer)))));
        }
        var visible = d.files().stream().filter(f -> f.purpose() != AttachmentPurpose.ID_SCAN || d.canReveal()).toList();
        if (!visible.isEmpty()) {
            box.add(new H3(getTranslation("inforequest.staff.files")));
            visible.forEach(f -> box.add(new Div(DetailParts.download(
                    getTranslation("inforequest.staff.purpose." + f.purpose().name()) + " · "
                            + DetailParts.fileLabel(f.fileName(), f.sizeBytes()), () -> details.file(id, f.id(), viewer)))));
        }
        return box;
    }

    private Button button(RequestAction action, RequestDetail d) {
        Button button = new Button(getTranslation("inforequest.action." + action.name()),
                e -> dialogs.dialog(action, d, this::refresh).open());
        button.setId("action-" + RequestStepDialogs.idOf(action));
        button.addThemeVariants(action == RequestAction.REPLY || action == RequestAction.REGISTER
                || action == RequestAction.APPROVE_EXTENSION ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        button.setWidthFull();
        return button;
    }

    private String date(LocalDate date) {
        return date == null ? null : Dates.dateWithWeekday(this, date);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inforequest.staff.detailTitle", title);
    }
}
