package org.sunshine.annualreport.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.sunshine.annualreport.PublishedReports;
import org.sunshine.base.ui.Dates;
import org.sunshine.base.ui.PublicLayout;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * 政府信息公开工作年度报告, for anyone: the published reports by year, newest first, and in a year the city
 * government's first, then the departments'; each with its newest edition (marked when it is a correction) and the
 * day it was published, linking to the report's page. The open data's index at the foot.
 */
@Prototype
@AnonymousAllowed
@Route(value = "disclosure/annual-reports", layout = PublicLayout.class)
public class AnnualReportsView extends Div implements HasDynamicTitle {

    public AnnualReportsView(PublishedReports reports) {
        addClassName("annual-reports");
        setId("annual-reports");
        Div top = new Div(new H2(getTranslation("annualreport.public.title")),
                new Paragraph(getTranslation("annualreport.public.intro")));
        top.addClassName("form-card");
        add(top);
        List<PublishedReports.Listed> all = reports.all();
        if (all.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("annualreport.public.none"));
            none.setId("annual-reports-none");
            add(none);
        }
        Map<Integer, List<PublishedReports.Listed>> byYear = all.stream().collect(Collectors.groupingBy(
                PublishedReports.Listed::year, () -> new TreeMap<>(java.util.Comparator.reverseOrder()), Collectors.toList()));
        byYear.forEach((year, listed) -> {
            Div card = new Div(new H3(getTranslation("annualreport.public.year", String.valueOf(year))));
            card.addClassName("form-card");
            card.setId("annual-reports-" + year);
            for (PublishedReports.Listed l : listed) {
                card.add(line(l));
            }
            add(card);
        });
        Anchor index = new Anchor(AnnualReportView.OPEN_DATA, new Code(AnnualReportView.OPEN_DATA));
        index.setRouterIgnore(true);
        index.setId("annual-reports-index");
        Div open = new Div(new H3(getTranslation("annualreport.public.openData")),
                new Paragraph(getTranslation("annualreport.public.openData.help")), new Paragraph(index));
        open.addClassName("form-card");
        open.setId("annual-reports-open-data");
        add(open);
    }

    private Div line(PublishedReports.Listed l) {
        Anchor organ = new Anchor(AnnualReportView.page(l.year(), l.organKey()), l.organName());
        organ.setId("annual-report-" + l.year() + "-" + l.organKey());
        organ.addClassName("annual-report-organ");
        Span edition = new Span(getTranslation("annualreport.public.edition", String.valueOf(l.edition())));
        edition.addClassName("annual-report-edition");
        Div line = new Div(organ, edition);
        if (l.edition() > 1) {
            Span corrected = new Span(getTranslation("annualreport.public.corrected"));
            corrected.addClassName("annual-report-corrected");
            line.add(corrected);
        }
        Span day = new Span(getTranslation("annualreport.public.publishedOn", Dates.date(this, l.publishedOn())));
        day.addClassName("annual-report-day");
        line.add(day);
        line.addClassName("annual-report-line");
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("annualreport.public.title");
    }
}
