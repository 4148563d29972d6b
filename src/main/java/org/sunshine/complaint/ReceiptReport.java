package org.sunshine.complaint;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import net.sf.jasperreports.engine.JRParameter;
import org.sunshine.base.OfficeSettings;
import org.sunshine.base.i18n.Messages;
import org.sunshine.report.ReportEngine;
import org.sunshine.report.ReportFormat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** 诉求受理回执: the printable receipt with both codes, made once, when the complaint is submitted. */
@Singleton
public class ReceiptReport {

    private final ReportEngine engine;
    private final Messages messages;
    private final OfficeSettings office;
    private final Clock clock;
    private final String publicUrl;

    public ReceiptReport(ReportEngine engine, Messages messages, OfficeSettings office, Clock clock,
                         @Value("${sunshine.public-url:`http://localhost:8080`}") String publicUrl) {
        this.engine = engine;
        this.messages = messages;
        this.office = office;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String trackUrl(String trackingCode) {
        return publicUrl + "/track?code=" + trackingCode;
    }

    public byte[] pdf(Receipt receipt, Locale locale) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern(messages.getTranslation("date.patternTime", locale));
        DateTimeFormatter date = DateTimeFormatter.ofPattern(messages.getTranslation("date.patternWeekday", locale),
                Messages.supported(locale));
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("OFFICE", office.name());
        parameters.put("TRACKING_CODE", receipt.trackingCode());
        parameters.put("QUERY_CODE", receipt.queryCode());
        parameters.put("TYPE", messages.getTranslation("complaint.type." + receipt.type().name(), locale));
        parameters.put("SUBJECT", receipt.subject());
        parameters.put("SUBMITTED", receipt.submittedAt().atZone(clock.getZone()).format(time));
        parameters.put("ACCEPT_DUE", receipt.acceptDue().format(date));
        parameters.put("TRACK_URL", trackUrl(receipt.trackingCode()));
        parameters.put("NOTE", messages.getTranslation("receipt.note", locale));
        parameters.put("PRINTED", messages.getTranslation("receipt.printed", locale, LocalDateTime.now(clock).format(time)));
        parameters.put("TITLE", messages.getTranslation("receipt.title", locale));
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, Messages.bundleFor(locale));
        parameters.put(JRParameter.REPORT_LOCALE, Messages.supported(locale));
        return engine.render("complaint-receipt", ReportFormat.PDF, parameters, List.of());
    }

    public String fileName(Receipt receipt, Locale locale) {
        return ReportFormat.PDF.fileName(messages.getTranslation("receipt.file", locale, receipt.trackingCode()));
    }
}
