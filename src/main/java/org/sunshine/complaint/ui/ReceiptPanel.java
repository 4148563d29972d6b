package org.sunshine.complaint.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.sunshine.base.ui.Dates;
import org.sunshine.complaint.Receipt;
import org.sunshine.complaint.ReceiptReport;

import java.io.ByteArrayInputStream;
import java.util.Locale;

/**
 * Shown once after a complaint is filed: the tracking code and the secret query code, the acceptance deadline, and
 * the printable receipt (PDF). The query code is not stored anywhere it could be shown again.
 */
class ReceiptPanel extends Div {

    ReceiptPanel(Receipt receipt, ReceiptReport report) {
        setId("receipt");
        addClassName("receipt");
        Span tracking = new Span(receipt.trackingCode());
        tracking.setId("receipt-tracking-code");
        tracking.addClassName("code");
        Span query = new Span(receipt.queryCode());
        query.setId("receipt-query-code");
        query.addClassNames("code", "secret");
        Div codes = new Div(new Div(new Span(getTranslation("complaint.trackingCode")), tracking),
                new Div(new Span(getTranslation("complaint.queryCode")), query));
        codes.addClassName("receipt-codes");

        Locale locale = UI.getCurrent().getLocale();
        Anchor print = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = report.pdf(receipt, locale);
            return new DownloadResponse(new ByteArrayInputStream(pdf), report.fileName(receipt, locale), "application/pdf", pdf.length);
        }), "");
        print.setId("receipt-print");
        print.setDownload(true);
        Button printButton = new Button(getTranslation("receipt.print"), VaadinIcon.PRINT.create());
        printButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        printButton.setTabIndex(-1);
        print.add(printButton);
        Anchor track = new Anchor("/track?code=" + receipt.trackingCode(), getTranslation("receipt.track"));
        track.setId("receipt-track");

        add(new H2(getTranslation("receipt.done")),
                new Paragraph(getTranslation("receipt.intro", Dates.dateWithWeekday(this, receipt.acceptDue()))),
                codes,
                warning(),
                new HorizontalLayout(print, track));
    }

    private Paragraph warning() {
        Paragraph keep = new Paragraph(getTranslation("receipt.keep"));
        keep.addClassName("calendar-warning");
        return keep;
    }
}
