package org.sunshine.inforequest.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.sunshine.base.ui.Dates;
import org.sunshine.inforequest.RequestReceipt;
import org.sunshine.inforequest.RequestReceiptReport;
import org.sunshine.inforequest.RequestSettings;

import java.io.ByteArrayInputStream;
import java.util.Locale;

/**
 * Shown once after an application is filed online: the application number and the secret query code (stored only
 * as a hash: never shown again), what happens next on the statutory clock, and the filing receipt (PDF).
 */
class ApplyReceiptPanel extends Div {

    ApplyReceiptPanel(RequestReceipt receipt, RequestReceiptReport report, RequestSettings settings) {
        setId("apply-receipt");
        addClassNames("receipt", "form-card");
        Span number = new Span(receipt.requestNo());
        number.setId("apply-receipt-number");
        number.addClassName("code");
        Span query = new Span(receipt.queryCode());
        query.setId("apply-receipt-query-code");
        query.addClassNames("code", "secret");
        Div codes = new Div(new Div(new Span(getTranslation("apply.requestNo")), number),
                new Div(new Span(getTranslation("apply.queryCode")), query));
        codes.addClassName("receipt-codes");

        Paragraph keep = new Paragraph(getTranslation("apply.receipt.keep"));
        keep.addClassName("calendar-warning");

        UnorderedList next = new UnorderedList(
                new ListItem(getTranslation("apply.next.confirm", receipt.organ(), settings.registerDays(),
                        receipt.registerDue() == null ? "" : Dates.dateWithWeekday(this, receipt.registerDue()))),
                new ListItem(getTranslation("apply.next.reply", settings.replyDays())),
                new ListItem(getTranslation("apply.next.correction")),
                new ListItem(getTranslation("apply.next.track")));
        next.setId("apply-next");

        Locale locale = UI.getCurrent().getLocale();
        Anchor print = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = report.pdf(receipt, locale);
            return new DownloadResponse(new ByteArrayInputStream(pdf),
                    getTranslation("apply.receipt.file", receipt.requestNo()) + ".pdf", "application/pdf", pdf.length);
        }), "");
        print.setId("apply-receipt-print");
        print.setDownload(true);
        Button printButton = new Button(getTranslation("apply.receipt.print"), VaadinIcon.PRINT.create());
        printButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        printButton.setTabIndex(-1);
        print.add(printButton);
        Anchor track = new Anchor("/disclosure/track?no=" + receipt.requestNo(), getTranslation("apply.receipt.track"));
        track.setId("apply-receipt-track");
        HorizontalLayout links = new HorizontalLayout(print, track);
        links.getStyle().set("flex-wrap", "wrap");

        add(new H2(getTranslation("apply.receipt.done")),
                new Paragraph(getTranslation("apply.receipt.intro", receipt.organ())),
                codes, keep, new Paragraph(getTranslation("apply.next.title")), next, links);
    }
}
