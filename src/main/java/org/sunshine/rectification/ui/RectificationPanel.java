package org.sunshine.rectification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.sunshine.base.files.Attachments;
import org.sunshine.base.ui.ActionDialog;
import org.sunshine.base.ui.Badge;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.DetailParts;
import org.sunshine.base.ui.LinkedText;
import org.sunshine.calendar.DeadlineKind;
import org.sunshine.calendar.ui.DueBadge;
import org.sunshine.base.ui.Uploads;
import org.sunshine.rectification.FileInfo;
import org.sunshine.rectification.RectificationAction;
import org.sunshine.rectification.RectificationDetail;
import org.sunshine.rectification.RectificationQueries;
import org.sunshine.rectification.RectificationState;
import org.sunshine.rectification.RectificationView;
import org.sunshine.rectification.Rectifications;
import org.sunshine.rectification.Report;
import org.sunshine.rectification.Subject;
import org.sunshine.security.SignedInUser;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A rectification on its record's page, the same for a finding and for a problem-list item: where it stands and by
 * when, the repeat mark, every report with its files and verdict, and the buttons of the steps this viewer may take
 * (report, accept, return), each in a dialog. Element ids start with the prefix given (e.g. {@code finding}:
 * {@code finding-action-report}, {@code finding-report-1}).
 */
public class RectificationPanel extends Div {

    private final String prefix;
    private final long id;
    private final Rectifications service;
    private final RectificationQueries queries;
    private final SignedInUser viewer;
    private final ZoneId zone;
    private final Runnable refresh;

    /**
     * @param linkOf where a record asking for a rectification is shown (for the repeat mark's link)
     * @param refresh what the page does after a step was taken
     */
    public RectificationPanel(String prefix, RectificationDetail detail, Rectifications service,
                              RectificationQueries queries, SignedInUser viewer, ZoneId zone,
                              Function<Subject, String> linkOf, Runnable refresh) {
        this.prefix = prefix;
        this.id = detail.view().id();
        this.service = service;
        this.queries = queries;
        this.viewer = viewer;
        this.zone = zone;
        this.refresh = refresh;
        addClassName("rectification");
        setId(prefix + "-rectification");
        RectificationView v = detail.view();
        Span due = DueBadge.of(DeadlineKind.RECTIFY, v.dueOn(), v.warning(), v.calendarFallback());
        due.setId(prefix + "-due");
        HorizontalLayout top = new HorizontalLayout(stateBadge(this, v.state()), due);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.getStyle().set("flex-wrap", "wrap");
        add(top);
        if (v.repeatOf() != null) {
            // the earlier record by its reference, linked to its page; a row numbered before references had none
            String cited = v.repeatOfReference() == null ? String.valueOf(v.repeatOf().id()) : v.repeatOfReference();
            Anchor earlier = new Anchor(linkOf.apply(v.repeatOf()), getTranslation("reference.cited",
                    getTranslation("rectification.subject." + v.repeatOf().kind()), cited));
            earlier.setId(prefix + "-repeat-link");
            Paragraph repeat = new Paragraph(LinkedText.of(getTranslation("rectification.repeat", LinkedText.SLOT), earlier));
            repeat.addClassName("calendar-warning");
            repeat.setId(prefix + "-repeat");
            add(repeat);
        }
        for (int i = 0; i < detail.reports().size(); i++) {
            add(report(i + 1, detail.reports().get(i)));
        }
        Div buttons = new Div();
        buttons.addClassName("rectification-actions");
        for (RectificationAction action : List.of(RectificationAction.REPORT, RectificationAction.ACCEPT,
                RectificationAction.RETURN)) {
            if (detail.actions().contains(action)) {
                buttons.add(button(action, v));
            }
        }
        if (buttons.getComponentCount() > 0) {
            add(buttons);
        }
    }

    /** A rectification's state as a badge: blue while open, violet when returned, green once accepted. */
    public static Span stateBadge(com.vaadin.flow.component.Component in, RectificationState state) {
        return Badge.of(in.getTranslation("rectification.state." + state.name()), switch (state) {
            case ACCEPTED -> Badge.Tone.SUCCESS;
            case RETURNED -> Badge.Tone.ATTENTION;
            case CANCELLED -> Badge.Tone.NEUTRAL;
            case RECTIFYING, REPORTED -> Badge.Tone.INFO;
        });
    }

    private Div report(int number, RectificationDetail.ReportRow row) {
        Report r = row.report();
        Div box = DetailParts.box(getTranslation("rectification.report.title", number), r.text(), prefix + "-report-" + number);
        Span meta = new Span(getTranslation("rectification.report.by", r.submittedByName(), Dates.time(this, r.submittedAt(), zone)));
        Span timing = Badge.of(getTranslation(r.onTime() ? "rectification.report.onTime" : "rectification.report.late"),
                r.onTime() ? Badge.Tone.SUCCESS : Badge.Tone.DANGER);
        box.add(new Paragraph(meta, new Span(" "), timing));
        for (FileInfo file : row.files()) {
            box.add(DetailParts.download(DetailParts.fileLabel(file.fileName(), file.sizeBytes()),
                    () -> queries.file(id, file.id())));
        }
        if (r.verdict() != null) {
            String note = r.verdictNote() == null || r.verdictNote().isBlank() ? "" : " — " + r.verdictNote();
            Paragraph verdict = new Paragraph(getTranslation("rectification.verdict.line",
                    getTranslation("rectification.verdict." + r.verdict().name()), r.verdictByName(),
                    Dates.time(this, r.verdictAt(), zone)) + note);
            verdict.addClassName(r.verdict() == Report.Verdict.ACCEPTED ? "verdict-accepted" : "verdict-returned");
            box.add(verdict);
        }
        return box;
    }

    private Button button(RectificationAction action, RectificationView v) {
        String name = action.name().toLowerCase(Locale.ROOT);
        Button button = new Button(getTranslation("rectification.action." + action.name()), e -> dialog(action, v).open());
        button.setId(prefix + "-action-" + name);
        button.addThemeVariants(action == RectificationAction.RETURN ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private ActionDialog dialog(RectificationAction action, RectificationView v) {
        String name = action.name().toLowerCase(Locale.ROOT);
        String label = getTranslation("rectification.action." + action.name());
        String help = getTranslation("rectification.action." + action.name() + ".help", Dates.dateWithWeekday(this, v.dueOn()));
        ActionDialog dialog = new ActionDialog("dialog-" + prefix + "-" + name, label, help);
        String done = "rectification.done." + action.name();
        switch (action) {
            case REPORT -> {
                TextArea text = dialog.field("report", text("rectification.report", Rectifications.MAX_REPORT));
                text.setMinHeight("12em");
                List<Attachments.Upload> files = Collections.synchronizedList(new ArrayList<>());
                dialog.addContent(Uploads.attachments(prefix + "-report-files", files));
                dialog.confirm(label, done, () -> service.report(id, text.getValue(), List.copyOf(files), viewer), refresh);
            }
            case ACCEPT -> {
                TextArea note = dialog.field("note", text("rectification.note", Rectifications.MAX_REASON));
                dialog.confirm(label, done, () -> service.accept(id, note.getValue(), viewer), refresh);
            }
            case RETURN -> {
                TextArea reason = dialog.field("reason", text("rectification.returnReason", Rectifications.MAX_REASON));
                dialog.confirm(label, done, () -> service.returnReport(id, reason.getValue(), viewer), refresh);
            }
            default -> throw new IllegalStateException("No dialog for " + action);
        }
        return dialog;
    }

    private TextArea text(String labelKey, int max) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setWidthFull();
        area.setMaxLength(max);
        area.setId(prefix + "-action-text");
        return area;
    }
}
