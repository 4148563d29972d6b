package org.sunshine.annualreport.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.sunshine.annualreport.AnnualReport;
import org.sunshine.annualreport.AnnualReports;
import org.sunshine.annualreport.EditionInfo;
import org.sunshine.annualreport.ReportContent;
import org.sunshine.annualreport.ReportDetail;
import org.sunshine.annualreport.ReportEditions;
import org.sunshine.annualreport.ReportSection;
import org.sunshine.annualreport.ReportState;
import org.sunshine.annualreport.ReportSteps;
import org.sunshine.annualreport.ReportWorkflow;
import org.sunshine.base.BusinessClock;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.DetailParts;
import org.sunshine.base.ui.RecordView;
import org.sunshine.calendar.ui.DueBadge;
import org.sunshine.calendar.DeadlineKind;
import org.sunshine.report.ReportFormat;
import org.sunshine.security.CurrentUser;
import org.sunshine.security.Role;
import org.sunshine.security.SignedInUser;
import org.sunshine.workflow.ui.HistoryTimeline;

import java.util.Comparator;
import java.util.Locale;
import java.util.Set;

/**
 * One annual report: its title, state and due date; the note that its tables come from the data (a figure believed
 * wrong is corrected in the records or applications, never typed into the table); the six parts in print order —
 * the text sections with their editors while the organ may edit them, the tables as the national format lays them
 * out with table 三's balance — then the steps the viewer may take, the published editions with their SHA-256 and
 * files, and the history.
 */
@Prototype
@RolesAllowed({Role.HANDLER_NAME, Role.INSPECTOR_NAME})
@Route("disclosure/reports")
public class ReportDetailView extends RecordView implements HasDynamicTitle {

    private final AnnualReports reports;
    private final ReportEditions editions;
    private final ReportStepDialogs dialogs;
    private final BusinessClock clock;
    private final SignedInUser viewer;
    private String title = "";
    private String pageTitle = "";

    public ReportDetailView(AnnualReports reports, ReportSteps steps, ReportEditions editions,
                            CurrentUser currentUser, BusinessClock clock) {
        this.reports = reports;
        this.editions = editions;
        this.clock = clock;
        this.viewer = currentUser.require();
        this.dialogs = new ReportStepDialogs(reports, steps, viewer);
        addClassName("complaint-detail");
        addClassName("annual-report");
        setId("report-detail");
    }

    @Override
    protected void refresh() {
        removeAll();
        ReportDetail d = reports.detail(id, viewer);
        AnnualReport r = d.report();
        ReportContent c = d.content();
        title = getTranslation("annualreport.title", c.organName(), String.valueOf(c.year()));
        pageTitle = getTranslation("annualreport.pageTitle", c.organName(), String.valueOf(c.year()));

        HorizontalLayout header = new HorizontalLayout(new Anchor("/disclosure/reports?year=" + r.getYear(),
                getTranslation("annualreport.backToList")), ReportBadges.state(r.getState(),
                r.everPublished() && r.getState() != ReportState.PUBLISHED),
                due(d));
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.getStyle().set("flex-wrap", "wrap");

        Div main = new Div();
        main.addClassName("detail-main");
        H2 heading = new H2(title);
        heading.setId("report-title");
        main.add(heading);
        notes(main, d);
        main.add(section(d, ReportSection.ONE, c.sectionOne(), "annualreport.part.one"));
        ReportTablesPanel tables = new ReportTablesPanel(c, true);
        main.add(tables);
        main.add(ReportTablesPanel.balance(tables, c.threeRows()));
        main.add(section(d, ReportSection.FIVE, c.sectionFive(), "annualreport.part.five"));
        main.add(section(d, ReportSection.SIX, c.sectionSix(), "annualreport.part.six"));

        Div side = new Div();
        side.addClassName("detail-side");
        side.setId("report-actions");
        if (!d.actions().isEmpty()) {
            side.add(new H3(getTranslation("annualreport.actions")));
            d.actions().stream().sorted(Comparator.comparing(Enum::ordinal))
                    .forEach(a -> side.add(dialogs.button(this, a, id, this::refresh)));
        }
        if (!d.editions().isEmpty()) {
            side.add(new H3(getTranslation("annualreport.editions")), editions(d));
        }
        side.add(new H3(getTranslation("annualreport.history")), new HistoryTimeline("report-history",
                clock.zone(), ReportWorkflow.TABLE, d.steps(), Set.of(ReportState.PUBLISHED)));
        Div columns = new Div(main, side);
        columns.addClassName("detail-columns");
        add(header, columns);
    }

    private Span due(ReportDetail d) {
        Span due = DueBadge.of(DeadlineKind.REPORT, d.due(), d.warning(), false);
        due.setId("report-due");
        return due;
    }

    private void notes(Div main, ReportDetail d) {
        AnnualReport r = d.report();
        Paragraph source = new Paragraph(getTranslation(d.frozen() ? "annualreport.note.frozen"
                : "annualreport.note.live", r.getEdition()));
        source.setId("report-data-note");
        source.addClassName("report-note");
        main.add(source);
        if (r.getState() == ReportState.RETURNED && r.getReturnReason() != null) {
            main.add(DetailParts.box(getTranslation("annualreport.field.returnReason"), r.getReturnReason(),
                    "report-return-reason"));
        }
        if (r.getCorrectionReason() != null) {
            main.add(DetailParts.box(getTranslation("annualreport.correctionOf", r.getEdition()),
                    r.getCorrectionReason(), "report-correction-reason"));
        }
    }

    private Div section(ReportDetail d, ReportSection section, String text, String headingKey) {
        Div box = new Div();
        box.addClassName("report-section");
        box.setId("report-section-" + section.name().toLowerCase(Locale.ROOT));
        HorizontalLayout head = new HorizontalLayout(new H3(getTranslation(headingKey)));
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.getStyle().set("flex-wrap", "wrap");
        if (d.editable()) {
            Button edit = new Button(getTranslation("common.edit"), VaadinIcon.EDIT.create(),
                    e -> dialogs.edit(this, id, section, text, d.report().getVersion(), this::refresh).open());
            edit.setId("edit-" + section.name().toLowerCase(Locale.ROOT));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Button redraft = new Button(getTranslation("annualreport.redraft"), VaadinIcon.REFRESH.create(),
                    e -> dialogs.redraft(this, id, section, d.report().getVersion(), this::refresh).open());
            redraft.setId("redraft-" + section.name().toLowerCase(Locale.ROOT));
            redraft.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            head.add(edit, redraft);
        }
        Paragraph body = new Paragraph(text.isBlank() ? getTranslation("annualreport.section.empty") : text);
        body.addClassName("complaint-content");
        body.addClassName("report-text");
        box.add(head, body);
        return box;
    }

    private Div editions(ReportDetail d) {
        Div list = new Div();
        list.setId("report-editions");
        for (EditionInfo e : d.editions()) {
            Div edition = new Div();
            edition.addClassName("report-edition");
            edition.setId("report-edition-" + e.edition());
            Span head = new Span(getTranslation("annualreport.editionLine", e.edition(),
                    Dates.time(this, e.publishedAt(), clock.zone())));
            head.addClassName("report-edition-head");
            edition.add(head);
            if (!e.reason().isBlank()) {
                edition.add(new Div(new Span(getTranslation("annualreport.field.correctionReason") + ": " + e.reason())));
            }
            edition.add(file(e, ReportFormat.PDF, e.pdfSha256()), file(e, ReportFormat.DOCX, e.docxSha256()));
            list.add(edition);
        }
        return list;
    }

    private Component file(EditionInfo e, ReportFormat format, String sha256) {
        Anchor link = DetailParts.download(getTranslation("annualreport.download." + format.name()),
                () -> editions.file(id, e.edition(), format));
        link.setId("report-download-" + e.edition() + "-" + format.name().toLowerCase(Locale.ROOT));
        Span hash = new Span("SHA-256 " + sha256);
        hash.addClassName("report-sha");
        return new Div(link, hash);
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
