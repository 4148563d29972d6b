package org.sunshine.finding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.base.files.Attachments;
import org.sunshine.base.ui.RecordView;
import org.sunshine.base.ui.ActionDialog;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.DetailParts;
import org.sunshine.calendar.ui.DueBadge;
import org.sunshine.base.ui.Timeline;
import org.sunshine.base.ui.Uploads;
import org.sunshine.finding.FindingAction;
import org.sunshine.finding.FindingAttachment;
import org.sunshine.finding.FindingDeadlines;
import org.sunshine.finding.FindingDetail;
import org.sunshine.finding.FindingQueries;
import org.sunshine.finding.FindingRow;
import org.sunshine.finding.FindingService;
import org.sunshine.finding.FindingState;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One finding: what was found, where and with what evidence; the rectification deadline; every rectification report
 * with its verdict; the whole history; and the buttons of the steps this user may take now.
 */
@Prototype
@RolesAllowed({Role.INSPECTOR_NAME, Role.LEADER_NAME, Role.HANDLER_NAME, Role.SUPERVISOR_NAME})
@Route("findings")
public class FindingDetailView extends RecordView implements HasDynamicTitle {

    private final FindingQueries queries;
    private final FindingService findings;
    private final FindingDeadlines deadlines;
    private final SignedInUser viewer;
    private final Clock clock;

    public FindingDetailView(FindingQueries queries, FindingService findings, FindingDeadlines deadlines,
                             CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.findings = findings;
        this.deadlines = deadlines;
        this.viewer = currentUser.require();
        this.clock = clock;
        addClassName("complaint-detail");
        setId("finding-detail");
    }

    @Override
    protected void refresh() {
        removeAll();
        FindingDetail d = queries.detail(id, viewer);
        FindingRow row = d.row();
        Anchor back = new Anchor("/findings", getTranslation("finding.backToList"));
        Span number = new Span("#" + row.id());
        number.addClassName("code");
        Span state = FindingsView.stateBadge(row.state());
        state.setId("finding-state");
        HorizontalLayout header = new HorizontalLayout(back, number, state,
                DueBadge.of(row.rectifyDue(), row.warning(), row.calendarFallback()), FindingsView.marks(row));
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.getStyle().set("flex-wrap", "wrap");

        Div main = new Div();
        main.addClassName("detail-main");
        main.add(new H3(getTranslation("finding.headline", row.departmentName(),
                getTranslation("finding.issue." + row.issueType().name()))));
        Paragraph description = new Paragraph(row.description());
        description.addClassName("complaint-content");
        description.setId("finding-description-text");
        main.add(description);
        main.add(new DetailParts.Facts()
                .fact("finding.department", row.departmentName())
                .fact("finding.issueType", getTranslation("finding.issue." + row.issueType().name()))
                .fact("finding.severity", getTranslation("finding.severity." + row.severity().name()))
                .fact("finding.source", getTranslation("finding.source." + row.source().name()))
                .fact("finding.keyArea", row.keyAreaName())
                .fact("finding.item", row.itemName())
                .fact("finding.filedBy", row.filedByName())
                .fact("finding.filedAt", Dates.time(this, row.filedAt(), clock.getZone()))
                .fact("finding.confirmedOn", d.confirmedOn() == null ? null : Dates.dateWithWeekday(this, d.confirmedOn()))
                .fact("finding.rectifyDue", row.rectifyDue() == null ? null : Dates.dateWithWeekday(this, row.rectifyDue())));
        if (row.repeatOf() != null) {
            main.add(note(getTranslation("finding.mark.repeat.text", row.repeatOf()), "/findings/" + row.repeatOf()));
        }
        if (row.duplicateOf() != null) {
            main.add(note(getTranslation("finding.mark.duplicate.text", row.duplicateOf()), "/findings/" + row.duplicateOf()));
        }
        if (d.complaintId() != null) {
            String complaint = getTranslation("finding.fromComplaint", d.complaintTrackingCode());
            main.add(viewer.is(Role.INSPECTOR) || viewer.is(Role.LEADER) || viewer.is(Role.HANDLER)
                    ? new Paragraph(new Anchor("/complaints/" + d.complaintId(), complaint)) : new Paragraph(complaint));
        }
        main.add(evidence(d));
        if (d.dismissReason() != null) {
            main.add(DetailParts.box(getTranslation("finding.dismissReason"), d.dismissReason(), "finding-dismiss-reason"));
        }
        for (int i = 0; i < d.reports().size(); i++) {
            main.add(report(i + 1, d.reports().get(i)));
        }

        Div side = new Div();
        side.addClassName("detail-side");
        side.setId("finding-actions");
        if (!d.actions().isEmpty()) {
            side.add(new H3(getTranslation("complaint.actions")));
            d.actions().stream().sorted().forEach(action -> side.add(actionButton(action)));
        }
        side.add(new H3(getTranslation("complaint.history")), history(d));

        Div columns = new Div(main, side);
        columns.addClassName("detail-columns");
        add(header, columns);
    }

    private Paragraph note(String text, String href) {
        Paragraph note = new Paragraph(new Anchor(href, text));
        note.addClassName("calendar-warning");
        return note;
    }

    private Div evidence(FindingDetail d) {
        Div box = new Div(new H3(getTranslation("finding.evidence")));
        box.addClassName("reply-box");
        box.setId("finding-evidence");
        if (d.evidenceUrl() != null) {
            Anchor url = new Anchor(d.evidenceUrl(), d.evidenceUrl());
            url.setTarget(AnchorTarget.BLANK);
            url.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            box.add(new Paragraph(url));
        }
        for (FindingAttachment.Info file : d.evidence()) {
            box.add(download(file));
        }
        if (d.evidenceUrl() == null && d.evidence().isEmpty()) {
            box.add(new Paragraph(getTranslation(d.complaintId() != null ? "finding.evidence.review" : "finding.evidence.none")));
        }
        return box;
    }

    private Div report(int number, FindingDetail.Report r) {
        Div box = DetailParts.box(getTranslation("finding.report.title", number), r.text(), "finding-report-" + number);
        Span meta = new Span(getTranslation("finding.report.by", r.submittedByName(), Dates.time(this, r.submittedAt(), clock.getZone())));
        Span timing = new Span(getTranslation(r.onTime() ? "finding.report.onTime" : "finding.report.late"));
        timing.getElement().getThemeList().add(r.onTime() ? "badge success" : "badge error");
        box.add(new Paragraph(meta, new Span(" "), timing));
        for (FindingAttachment.Info file : r.files()) {
            box.add(download(file));
        }
        if (r.verdict() != null) {
            Paragraph verdict = new Paragraph(getTranslation("finding.verdict.line",
                    getTranslation("finding.verdict." + r.verdict().name()), r.verdictByName(),
                    Dates.time(this, r.verdictAt(), clock.getZone()))
                    + (r.verdictNote() == null || r.verdictNote().isBlank() ? "" : " — " + r.verdictNote()));
            verdict.addClassName(r.verdict() == org.sunshine.finding.RectificationReport.Verdict.ACCEPTED ? "verdict-accepted" : "verdict-returned");
            box.add(verdict);
        }
        return box;
    }

    private Anchor download(FindingAttachment.Info file) {
        return DetailParts.download(DetailParts.fileLabel(file.fileName(), file.sizeBytes()),
                () -> queries.attachment(id, file.id(), viewer));
    }

    private Button actionButton(FindingAction action) {
        Button button = new Button(getTranslation("finding.action." + action.name()), e -> dialog(action).open());
        button.setId("finding-action-" + action.name().toLowerCase(Locale.ROOT));
        button.addThemeVariants(action == FindingAction.CONFIRM || action == FindingAction.REPORT
                || action == FindingAction.ACCEPT ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        button.setWidthFull();
        return button;
    }

    private ActionDialog dialog(FindingAction action) {
        String name = action.name().toLowerCase(Locale.ROOT);
        String help = action == FindingAction.CONFIRM
                ? getTranslation("finding.action.CONFIRM.help", Dates.dateWithWeekday(this, deadlines.rectifyDueIfConfirmedToday()))
                : getTranslation("finding.action." + action.name() + ".help");
        ActionDialog dialog = new ActionDialog("dialog-finding-" + name, getTranslation("finding.action." + action.name()), help);
        String confirm = getTranslation("finding.action." + action.name());
        String done = "finding.done." + action.name();
        switch (action) {
            case CONFIRM -> {
                TextArea note = dialog.field("note", text("finding.note", 500));
                dialog.confirm(confirm, done, () -> findings.confirm(id, note.getValue(), viewer), this::refresh);
            }
            case DISMISS -> {
                TextArea reason = dialog.field("reason", text("finding.dismissReason", 500));
                dialog.confirm(confirm, done, () -> findings.dismiss(id, reason.getValue(), viewer), this::refresh);
            }
            case REPORT -> {
                TextArea report = dialog.field("report", text("finding.report", FindingService.MAX_REPORT));
                report.setMinHeight("12em");
                List<Attachments.Upload> files = Collections.synchronizedList(new ArrayList<>());
                dialog.addContent(Uploads.attachments("finding-report-files", files));
                dialog.confirm(confirm, done, () -> findings.report(id, report.getValue(), List.copyOf(files), viewer), this::refresh);
            }
            case RETURN -> {
                TextArea reason = dialog.field("reason", text("finding.returnReason", 500));
                dialog.confirm(confirm, done, () -> findings.returnReport(id, reason.getValue(), viewer), this::refresh);
            }
            case ACCEPT -> {
                TextArea note = dialog.field("note", text("finding.note", 500));
                dialog.confirm(confirm, done, () -> findings.accept(id, note.getValue(), viewer), this::refresh);
            }
            default -> throw new IllegalStateException("No dialog for " + action);
        }
        return dialog;
    }

    private TextArea text(String labelKey, int max) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setWidthFull();
        area.setMaxLength(max);
        area.setId("finding-action-text");
        return area;
    }

    private Timeline history(FindingDetail d) {
        Timeline timeline = new Timeline("finding-history", clock.getZone());
        for (FindingDetail.EventRow e : d.events()) {
            String who = e.actorName().isEmpty() ? getTranslation("finding.actor." + e.actorKind().name()) : e.actorName();
            String text = getTranslation("complaint.history.line", who, getTranslation("finding.action." + e.action().name()),
                    getTranslation("finding.state." + e.to().name()));
            timeline.step(e.at(), text, e.note(), e.to() == FindingState.CLOSED ? "done" : "");
        }
        return timeline;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("finding.detail.title", id);
    }
}
