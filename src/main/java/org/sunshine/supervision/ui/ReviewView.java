package org.sunshine.supervision.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.ClientAddresses;
import org.sunshine.base.DomainException;
import org.sunshine.base.ui.RecordView;
import org.sunshine.base.ui.ActionDialog;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.DetailParts;
import org.sunshine.base.ui.LinkedText;
import org.sunshine.calendar.ui.DueBadge;
import org.sunshine.calendar.DeadlineKind;
import org.sunshine.base.ui.Notices;
import org.sunshine.base.ui.Timeline;
import org.sunshine.complaint.ComplaintAttachment;
import org.sunshine.complaint.ComplaintState;
import org.sunshine.complaint.PublicView;
import org.sunshine.finding.FindingQueries;
import org.sunshine.finding.ui.FindingLinks;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.supervision.ReviewDetail;
import org.sunshine.supervision.ReviewDetails;
import org.sunshine.supervision.ReviewRow;
import org.sunshine.supervision.ReviewService;
import org.sunshine.supervision.ReviewState;
import org.sunshine.supervision.ReviewWorkflow;
import org.sunshine.workflow.ui.HistoryTimeline;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One review task: the complaint as it was asked, answered and rated (the complainant masked; with their consent the
 * reviewing supervisor may see the phone number to call back, which is audited), and the review form — three scores
 * from 1 to 5 and a comment, or "could not verify" with the reason.
 */
@Prototype
@RolesAllowed({Role.SUPERVISOR_NAME, Role.INSPECTOR_NAME, Role.LEADER_NAME, Role.HANDLER_NAME})
@Route("reviews")
public class ReviewView extends RecordView implements HasDynamicTitle {

    static final List<String> DIMENSIONS = List.of("timeliness", "quality", "attitude");

    private final ReviewDetails details;
    private final ReviewService reviews;
    private final SignedInUser viewer;
    private final BusinessClock clock;
    private final ClientAddresses addresses;
    private final FindingQueries findings;
    private String title = "";

    public ReviewView(ReviewDetails details, ReviewService reviews, CurrentUser currentUser, BusinessClock clock,
                      ClientAddresses addresses, FindingQueries findings) {
        this.details = details;
        this.findings = findings;
        this.addresses = addresses;
        this.reviews = reviews;
        this.viewer = currentUser.require();
        this.clock = clock;
        addClassName("complaint-detail");
        setId("review-detail");
    }

    @Override
    protected void refresh() {
        removeAll();
        ReviewDetail d = details.detail(id, viewer);
        ReviewRow row = d.row();
        PublicView c = d.complaint();
        title = row.trackingCode();
        Anchor back = new Anchor("/reviews", getTranslation("review.backToList"));
        Span code = new Span(row.trackingCode());
        code.addClassName("code");
        HorizontalLayout header = new HorizontalLayout(back, code, ReviewsView.stateBadge(row));
        if (row.state() == ReviewState.PENDING) {
            header.add(DueBadge.of(DeadlineKind.REVIEW, row.dueOn(), row.warning(), false));
        }
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.getStyle().set("flex-wrap", "wrap");

        Div main = new Div();
        main.addClassName("detail-main");
        main.add(new H3(c.subject()));
        Paragraph content = new Paragraph(c.content());
        content.addClassName("complaint-content");
        main.add(content);
        main.add(new DetailParts.Facts()
                .fact("complaint.type", getTranslation("complaint.type." + c.type().name()))
                .fact("complaint.submittedAt", Dates.time(this, c.submittedAt(), clock.zone()))
                .fact("complaint.handledBy", c.departmentName())
                .fact("review.repliedAt", c.repliedAt() == null ? null : Dates.time(this, c.repliedAt(), clock.zone()))
                .fact("review.supervisor", getTranslation("review.supervisorWithBackground", row.supervisorName(),
                        getTranslation("supervisor.background." + row.supervisorBackground().name())))
                .fact("review.assignedOn", Dates.dateWithWeekday(this, row.assignedOn()))
                .fact("review.due", Dates.dateWithWeekday(this, row.dueOn())));
        main.add(identity(d));
        if (c.replyText() != null) {
            Div reply = DetailParts.box(getTranslation("complaint.reply"), c.replyText(), "review-reply");
            for (ComplaintAttachment.Info file : c.replyFiles()) {
                reply.add(DetailParts.download(DetailParts.fileLabel(file.fileName(), file.sizeBytes()),
                        () -> details.replyFile(id, file.id(), viewer)));
            }
            main.add(reply);
        }
        if (c.rating() != null) {
            main.add(DetailParts.box(getTranslation("complaint.rating"), getTranslation("complaint.rating." + c.rating().name())
                    + (d.ratingComment() == null ? "" : " — " + d.ratingComment()), "review-rating"));
        }

        Div side = new Div();
        side.addClassName("detail-side");
        side.add(new H3(getTranslation("review.title")));
        side.add(d.canReview() ? form(d) : result(row));
        side.add(new H3(getTranslation("review.history")), new HistoryTimeline("review-history", clock.zone(),
                ReviewWorkflow.TABLE, d.steps(), ReviewWorkflow.ENDS));
        side.add(new H3(getTranslation("complaint.history")), timeline(c));

        Div columns = new Div(main, side);
        columns.addClassName("detail-columns");
        add(header, columns);
    }

    private Div identity(ReviewDetail d) {
        Div box = new Div();
        box.addClassName("identity");
        box.setId("review-identity");
        if (d.anonymous()) {
            box.add(new Span(getTranslation("complaint.anonymous")));
            return box;
        }
        Span shown = new Span(getTranslation("complaint.identity", d.maskedName(), d.maskedPhone()));
        box.add(shown, new Span(getTranslation(d.consent() ? "complaint.consent.yes" : "complaint.consent.no")));
        if (d.canReveal()) {
            Button reveal = new Button(getTranslation("review.reveal"), VaadinIcon.PHONE.create(), e -> {
                ReviewDetails.Identity identity = details.revealIdentity(id, viewer, addresses.current());
                shown.setText(getTranslation("complaint.identity", identity.name(), identity.phone()));
                e.getSource().setEnabled(false);
            });
            reveal.setId("review-reveal");
            reveal.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            reveal.getElement().setAttribute("title", getTranslation("complaint.reveal.audited"));
            box.add(reveal);
        }
        return box;
    }

    /** The review form: a 1–5 choice per dimension and a comment. */
    private Div form(ReviewDetail d) {
        Div form = new Div();
        form.addClassName("review-form");
        form.setId("review-form");
        form.add(new Paragraph(getTranslation("review.help", d.lowScore())));
        Map<String, RadioButtonGroup<Integer>> scores = new LinkedHashMap<>();
        for (String dimension : DIMENSIONS) {
            RadioButtonGroup<Integer> group = new RadioButtonGroup<>(getTranslation("review." + dimension));
            group.setItems(5, 4, 3, 2, 1);
            group.setItemLabelGenerator(score -> getTranslation("review.score." + score));
            group.setId("review-" + dimension);
            group.addClassName("score-group");
            scores.put(dimension, group);
            form.add(group);
        }
        TextArea comment = new TextArea(getTranslation("review.comment"));
        comment.setId("review-comment");
        comment.setWidthFull();
        comment.setMaxLength(ReviewService.MAX_COMMENT);
        comment.setMinHeight("8em");
        form.add(comment);
        Map<String, HasValidation> fields = new HashMap<>(scores);
        fields.put("comment", comment);

        Button submit = new Button(getTranslation("review.submit"), e -> {
            try {
                Optional<Long> finding = reviews.review(id, scores.get("timeliness").getValue(), scores.get("quality").getValue(),
                        scores.get("attitude").getValue(), comment.getValue(), viewer);
                Notices.success(finding.isEmpty() ? getTranslation("review.done") : getTranslation("review.done.withFinding",
                        findings.reference(finding.get()).orElse(String.valueOf(finding.get()))));
                refresh();
            } catch (DomainException ex) {
                Notices.refused(this, ex, fields);
            }
        });
        submit.setId("review-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cannot = new Button(getTranslation("review.unverifiable"), e -> unverifiableDialog().open());
        cannot.setId("review-unverifiable");
        cannot.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        HorizontalLayout buttons = new HorizontalLayout(submit, cannot);
        buttons.getStyle().set("flex-wrap", "wrap");
        form.add(buttons);
        return form;
    }

    private ActionDialog unverifiableDialog() {
        ActionDialog dialog = new ActionDialog("dialog-unverifiable", getTranslation("review.unverifiable"),
                getTranslation("review.unverifiable.help"));
        TextArea reason = dialog.field("comment", new TextArea(getTranslation("review.unverifiableReason")));
        reason.setWidthFull();
        reason.setMaxLength(ReviewService.MAX_COMMENT);
        reason.setId("review-unverifiable-reason");
        return dialog.confirm(getTranslation("review.unverifiable"), "review.done.unverifiable",
                () -> reviews.unverifiable(id, reason.getValue(), viewer), this::refresh);
    }

    private Div result(ReviewRow row) {
        Div result = new Div();
        result.setId("review-result");
        result.addClassName("review-result");
        if (row.state() == ReviewState.PENDING) {
            result.add(new Paragraph(getTranslation("review.waiting", row.supervisorName())));
            return result;
        }
        DetailParts.Facts facts = new DetailParts.Facts();
        if (row.timeliness() != null) {
            for (String dimension : DIMENSIONS) {
                Integer score = switch (dimension) {
                    case "timeliness" -> row.timeliness();
                    case "quality" -> row.quality();
                    default -> row.attitude();
                };
                facts.fact("review." + dimension, getTranslation("review.score." + score));
            }
        }
        facts.fact("review.comment", row.comment());
        facts.fact("review.reviewedAt", row.reviewedAt() == null ? null : Dates.time(this, row.reviewedAt(), clock.zone()));
        result.add(facts);
        if (row.findingId() != null) {
            RouterLink finding = FindingLinks.cited(this, row.findingId(),
                    row.findingReference() == null ? String.valueOf(row.findingId()) : row.findingReference());
            finding.setId("review-finding-link");
            result.add(new Paragraph(LinkedText.of(getTranslation("review.findingOpened", LinkedText.SLOT), finding)));
        }
        return result;
    }

    private Timeline timeline(PublicView c) {
        Timeline timeline = new Timeline("review-complaint-history", clock.zone());
        for (PublicView.Step step : c.steps()) {
            String text = getTranslation("review.step", getTranslation("complaint.action." + step.action().name()),
                    getTranslation("complaint.state." + step.to().name()))
                    + (step.departmentName() == null ? "" : " · " + step.departmentName());
            timeline.step(step.at(), text, step.detail(), step.to() == ComplaintState.CLOSED ? "done" : "");
        }
        return timeline;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.detail.title", title);
    }
}
