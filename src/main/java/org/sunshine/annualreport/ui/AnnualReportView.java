package org.sunshine.annualreport.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.sunshine.annualreport.PublishedReports;
import org.sunshine.annualreport.ReportContent;
import org.sunshine.annualreport.ReportDocument;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.PublicLayout;

import java.util.List;
import java.util.Optional;

/**
 * One published annual report, readable on screen: the title and edition (a correction's reason; a note and a link
 * when an earlier edition is shown), the PDF and the Word file as frozen at publication with their SHA-256, the
 * tables as data, then the six parts — the text as the organ wrote it, the tables laid out like the printed ones —
 * and every edition with its reason. {@code ?edition=N} shows an earlier edition.
 */
@Prototype
@AnonymousAllowed
@Route(value = "disclosure/annual-reports/:year/:organ", layout = PublicLayout.class)
public class AnnualReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String OPEN_DATA = "/api/open/v1/annual-reports";

    private final PublishedReports reports;
    private String title = "";

    public AnnualReportView(PublishedReports reports) {
        this.reports = reports;
        addClassName("annual-report-view");
        setId("annual-report");
    }

    /** The page of a report. */
    static String page(int year, String organKey) {
        return "disclosure/annual-reports/" + year + "/" + organKey;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Integer> year = event.getRouteParameters().get("year").filter(y -> y.matches("\\d{4}"))
                .map(Integer::valueOf);
        String organ = event.getRouteParameters().get("organ").orElse("");
        Integer edition = event.getLocation().getQueryParameters().getSingleParameter("edition")
                .filter(e -> e.matches("\\d{1,4}")).map(Integer::valueOf).orElse(null);
        Optional<PublishedReports.Published> found = year.flatMap(y -> reports.find(y, organ, edition));
        removeAll();
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private void show(PublishedReports.Published p) {
        ReportContent c = p.content();
        PublishedReports.Edition e = p.shown();
        title = getTranslation("annualreport.doc.title", c.organName(), String.valueOf(c.year()));
        Anchor back = new Anchor("disclosure/annual-reports", getTranslation("annualreport.public.back"));
        back.setId("annual-report-back");
        add(new Paragraph(back));

        H2 heading = new H2(title);
        heading.setId("annual-report-title");
        Paragraph editionLine = new Paragraph(getTranslation("annualreport.public.editionLine",
                String.valueOf(e.edition()), Dates.date(this, e.publishedOn())));
        editionLine.setId("annual-report-edition");
        editionLine.addClassName("annual-report-edition-line");
        Div top = new Div(heading, editionLine);
        top.addClassName("form-card");
        if (e.edition() > 1 && !e.reason().isBlank()) {
            Paragraph reason = new Paragraph(getTranslation("annualreport.public.reason", e.reason()));
            reason.setId("annual-report-reason");
            top.add(reason);
        }
        if (!p.latest()) {
            Anchor latest = new Anchor(page(p.year(), p.organKey()), getTranslation("annualreport.public.toLatest"));
            latest.setId("annual-report-to-latest");
            Paragraph earlier = new Paragraph(new Span(getTranslation("annualreport.public.earlier",
                    String.valueOf(e.edition()), String.valueOf(p.latestEdition())) + " "), latest);
            earlier.addClassName("calendar-warning");
            earlier.setId("annual-report-earlier");
            top.add(earlier);
        }
        top.add(downloads(p));
        add(top);

        Div paper = new Div();
        paper.addClassName("annual-paper");
        paper.setId("annual-report-body");
        part(paper, "1", c.sectionOne());
        paper.add(partHeading("2"), AnnualTables.two(this, c));
        paper.add(partHeading("3"), AnnualTables.three(this, c));
        paper.add(partHeading("4"), AnnualTables.four(this, c));
        part(paper, "5", c.sectionFive());
        part(paper, "6", c.sectionSix());
        add(paper);
        add(editions(p));
    }

    /** The files as published, their SHA-256, and the tables as data. */
    private Div downloads(PublishedReports.Published p) {
        PublishedReports.Edition e = p.shown();
        String base = OPEN_DATA + "/" + p.year() + "/" + p.organKey();
        String query = "?edition=" + e.edition();
        Anchor pdf = file(base + ".pdf" + query, getTranslation("annualreport.public.pdf", size(e.pdfBytes())),
                VaadinIcon.FILE_TEXT_O, "annual-report-pdf", true);
        Anchor docx = file(base + ".docx" + query, getTranslation("annualreport.public.docx", size(e.docxBytes())),
                VaadinIcon.FILE_O, "annual-report-docx", false);
        Div buttons = new Div(pdf, docx);
        buttons.addClassName("annual-report-files");
        Div hashes = new Div(hash("PDF", e.pdfSha256(), "annual-report-pdf-sha256"),
                hash("Word", e.docxSha256(), "annual-report-docx-sha256"));
        hashes.addClassName("annual-report-hashes");
        Paragraph help = new Paragraph(getTranslation("annualreport.public.sha256.help"));
        help.addClassName("form-note");
        Paragraph data = new Paragraph(new Span(getTranslation("annualreport.public.tablesData") + " "),
                link(base + ".json" + query, "JSON", "annual-report-json"), new Span(" · "),
                link(base + ".csv" + query, "CSV", "annual-report-csv"));
        data.setId("annual-report-data");
        Div box = new Div(new H3(getTranslation("annualreport.public.downloads")), buttons, hashes, help, data);
        box.setId("annual-report-downloads");
        return box;
    }

    private Div hash(String kind, String sha256, String id) {
        Span label = new Span(getTranslation("annualreport.public.sha256", kind));
        label.addClassName("fact-label");
        Code value = new Code(sha256);
        value.setId(id);
        value.addClassName("annual-report-sha");
        return new Div(label, value);
    }

    private Anchor file(String url, String label, VaadinIcon icon, String id, boolean primary) {
        Anchor link = new Anchor(url, "");
        link.setRouterIgnore(true);
        link.setId(id);
        Button button = new Button(label, icon.create());
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        button.setTabIndex(-1);
        link.add(button);
        if (!primary) {
            link.getElement().setAttribute("download", "");
        }
        return link;
    }

    private static Anchor link(String url, String text, String id) {
        Anchor link = new Anchor(url, text);
        link.setRouterIgnore(true);
        link.setId(id);
        return link;
    }

    private Component partHeading(String part) {
        H3 heading = new H3(getTranslation("annualreport.doc.part." + part));
        heading.setId("annual-report-part-" + part);
        return heading;
    }

    /** A text part: its heading, then a paragraph a line (（一）… lines as headings), or 无。 */
    private void part(Div paper, String part, String text) {
        paper.add(partHeading(part));
        Div body = new Div();
        body.setId("annual-report-text-" + part);
        List<String> lines = ReportDocument.paragraphs(text);
        if (lines.isEmpty()) {
            body.add(new Paragraph(getTranslation("annualreport.doc.none")));
        }
        for (String line : lines) {
            Paragraph paragraph = new Paragraph(line);
            paragraph.addClassName(ReportDocument.subheading(line) ? "annual-subheading" : "annual-paragraph");
            body.add(paragraph);
        }
        paper.add(body);
    }

    /** Every edition, newest first: its day, its reason, a link to read it. */
    private Div editions(PublishedReports.Published p) {
        Div box = new Div(new H3(getTranslation("annualreport.public.editions")));
        box.addClassName("form-card");
        box.setId("annual-report-editions");
        for (PublishedReports.Edition e : p.editions()) {
            Span number = new Span(getTranslation("annualreport.public.edition", String.valueOf(e.edition())));
            number.addClassName("annual-report-edition");
            Span day = new Span(getTranslation("annualreport.public.publishedOn", Dates.date(this, e.publishedOn())));
            day.addClassName("annual-report-day");
            Span note = new Span(e.edition() == 1 || e.reason().isBlank() ? getTranslation("annualreport.public.firstEdition")
                    : getTranslation("annualreport.public.reason", e.reason()));
            note.addClassName("annual-report-note");
            Div line = new Div(number, day, note);
            line.addClassName("annual-report-line");
            line.setId("annual-report-edition-" + e.edition());
            if (e.edition() == p.shown().edition()) {
                Span shown = new Span(getTranslation("annualreport.public.shown"));
                shown.addClassName("annual-report-shown");
                line.add(shown);
            } else {
                Anchor view = new Anchor(page(p.year(), p.organKey()) + "?edition=" + e.edition(),
                        getTranslation("annualreport.public.view"));
                line.add(view);
            }
            box.add(line);
        }
        return box;
    }

    private static String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : Math.max(1, bytes / 1024) + " KB";
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
