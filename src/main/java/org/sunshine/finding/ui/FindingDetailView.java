package org.sunshine.finding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
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
import org.sunshine.base.ui.WebLinks;
import org.sunshine.base.ui.ActionDialog;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.DetailParts;
import org.sunshine.base.ui.LinkedText;
import org.sunshine.base.ui.RecordView;
import org.sunshine.finding.FindingAction;
import org.sunshine.finding.FindingAttachment;
import org.sunshine.finding.FindingDecisions;
import org.sunshine.finding.FindingDetail;
import org.sunshine.finding.FindingQueries;
import org.sunshine.finding.FindingRow;
import org.sunshine.finding.FindingSettings;
import org.sunshine.finding.FindingState;
import org.sunshine.finding.FindingWorkflow;
import org.sunshine.rectification.RectificationDeadlines;
import org.sunshine.rectification.RectificationQueries;
import org.sunshine.rectification.RectificationState;
import org.sunshine.rectification.RectificationWorkflow;
import org.sunshine.rectification.Rectifications;
import org.sunshine.rectification.Subject;
import org.sunshine.rectification.ui.RectificationPanel;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.workflow.ui.HistoryTimeline;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;

/**
 * One finding: what was found, where and with what evidence; once confirmed, its rectification (deadline, reports,
 * verdicts) as every rectification is shown; the whole history; and the buttons of the steps this user may take now.
 */
@Prototype
@RolesAllowed({Role.INSPECTOR_NAME, Role.LEADER_NAME, Role.HANDLER_NAME, Role.SUPERVISOR_NAME})
@Route("findings")
public class FindingDetailView extends RecordView implements HasDynamicTitle {

    private final FindingQueries queries;
    private final FindingDecisions decisions;
    private final Rectifications rectifications;
    private final RectificationQueries rectificationQueries;
    private final RectificationDeadlines deadlines;
    private final FindingSettings settings;
    private final SignedInUser viewer;
    private final Clock clock;
    private String reference = "";

    public FindingDetailView(FindingQueries queries, FindingDecisions decisions, Rectifications rectifications,
                             RectificationQueries rectificationQueries, RectificationDeadlines deadlines,
                             FindingSettings settings, CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.decisions = decisions;
        this.rectifications = rectifications;
        this.rectificationQueries = rectificationQueries;
        this.deadlines = deadlines;
        this.settings = settings;
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
        reference = row.reference();
        Anchor back = new Anchor("/findings", getTranslation("finding.backToList"));
        Span number = new Span(row.reference());
        number.addClassName("code");
        number.setId("finding-reference");
        Span state = FindingsView.stateBadge(row.stage());
        state.setId("finding-state");
        HorizontalLayout header = new HorizontalLayout(back, number, state,
                FindingsView.due(row), FindingsView.marks(row));
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
                .fact("finding.confirmedOn", d.rectification() == null ? null
                        : Dates.dateWithWeekday(this, d.rectification().view().startedOn()))
                .fact("finding.rectifyDue", row.rectifyDue() == null ? null : Dates.dateWithWeekday(this, row.rectifyDue())));
        if (row.duplicateOf() != null) {
            Paragraph note = new Paragraph(LinkedText.of(getTranslation("finding.mark.duplicate.text", LinkedText.SLOT),
                    FindingLinks.cited(this, row.duplicateOf(), FindingsView.cited(row.duplicateOf(), row.duplicateOfReference()))));
            note.addClassName("calendar-warning");
            note.setId("finding-duplicate-note");
            main.add(note);
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
        if (d.rectification() != null) {
            main.add(new RectificationPanel("finding", d.rectification(), rectifications, rectificationQueries, viewer,
                    clock.getZone(), FindingDetailView::link, this::refresh));
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

    private Div evidence(FindingDetail d) {
        Div box = new Div(new H3(getTranslation("finding.evidence")));
        box.addClassName("reply-box");
        box.setId("finding-evidence");
        if (d.evidenceUrl() != null) {
            box.add(new Paragraph(WebLinks.external(d.evidenceUrl(), d.evidenceUrl())));
        }
        for (FindingAttachment.Info file : d.evidence()) {
            box.add(download(file));
        }
        if (d.record() != null) {
            box.add(RecordEvidence.of(this, d.record()));
        }
        if (d.evidenceUrl() == null && d.evidence().isEmpty() && d.record() == null) {
            box.add(new Paragraph(getTranslation(d.complaintId() != null ? "finding.evidence.review" : "finding.evidence.none")));
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
        button.addThemeVariants(action == FindingAction.CONFIRM ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        button.setWidthFull();
        return button;
    }

    private ActionDialog dialog(FindingAction action) {
        String name = action.name().toLowerCase(Locale.ROOT);
        String help = action == FindingAction.CONFIRM
                ? getTranslation("finding.action.CONFIRM.help",
                        Dates.dateWithWeekday(this, deadlines.dueIfOpenedToday(settings.rectifyDays())))
                : getTranslation("finding.action." + action.name() + ".help");
        ActionDialog dialog = new ActionDialog("dialog-finding-" + name, getTranslation("finding.action." + action.name()), help);
        String confirm = getTranslation("finding.action." + action.name());
        String done = "finding.done." + action.name();
        switch (action) {
            case CONFIRM -> {
                TextArea note = dialog.field("note", text("finding.note", FindingDecisions.MAX_REASON));
                dialog.confirm(confirm, done, () -> decisions.confirm(id, note.getValue(), viewer), this::refresh);
            }
            case DISMISS -> {
                TextArea reason = dialog.field("reason", text("finding.dismissReason", FindingDecisions.MAX_REASON));
                dialog.confirm(confirm, done, () -> decisions.dismiss(id, reason.getValue(), viewer), this::refresh);
            }
            default -> throw new IllegalStateException("No dialog for " + action);
        }
        return dialog;
    }

    /** Where a record that asked for a rectification is shown: a finding's page, a problem-list item's place. */
    static String link(Subject subject) {
        return Subject.FINDING.equals(subject.kind()) ? "/findings/" + subject.id()
                : "/bulletins/problems/" + subject.id();
    }

    private TextArea text(String labelKey, int max) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setWidthFull();
        area.setMaxLength(max);
        area.setId("finding-action-text");
        return area;
    }

    private HistoryTimeline history(FindingDetail d) {
        HistoryTimeline timeline = new HistoryTimeline("finding-history", clock.getZone())
                .with(FindingWorkflow.TABLE, d.steps(), Set.of(FindingState.CLOSED));
        if (d.rectification() != null) {
            timeline.with(RectificationWorkflow.TABLE, d.rectification().steps(), Set.of(RectificationState.ACCEPTED));
        }
        return timeline;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("finding.detail.title", reference);
    }
}
