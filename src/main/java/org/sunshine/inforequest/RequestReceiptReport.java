package org.sunshine.inforequest;

import jakarta.inject.Singleton;
import net.sf.jasperreports.engine.JRParameter;
import org.sunshine.base.i18n.Messages;
import org.sunshine.report.ReportEngine;
import org.sunshine.report.ReportFormat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The filing receipt the applicant downloads right after filing (not one of the organ's numbered documents): the
 * application number and the query code (shown this once, never stored in plain), the organ, what was asked, when it
 * arrived, and the deadline running — the organ's confirmation for an online application, the reply for one recorded
 * by staff. Made from the {@link RequestReceipt} the filing returned, in the reader's language
 * ({@code reports/request-receipt.jrxml}).
 */
@Singleton
public class RequestReceiptReport {

    private final ReportEngine engine;
    private final Messages messages;
    private final RequestSettings settings;
    private final Clock clock;

    RequestReceiptReport(ReportEngine engine, Messages messages, RequestSettings settings, Clock clock) {
        this.engine = engine;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
    }

    public byte[] pdf(RequestReceipt receipt, Locale locale) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern(messages.getTranslation("date.patternTime", locale));
        DateTimeFormatter date = DateTimeFormatter.ofPattern(messages.getTranslation("date.patternWeekday", locale),
                Messages.supported(locale));
        boolean confirmed = receipt.receivedOn() != null;
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("TITLE", messages.getTranslation("inforequest.receipt.title", locale));
        parameters.put("NUMBER", receipt.requestNo());
        parameters.put("QUERY_CODE", receipt.queryCode());
        parameters.put("ORGAN", receipt.organ());
        parameters.put("ASKED", receipt.description());
        parameters.put("ARRIVED", receipt.arrivedAt().atZone(clock.getZone()).format(time));
        parameters.put("DUE_LABEL", messages.getTranslation(confirmed ? "inforequest.receipt.received"
                : "inforequest.receipt.registerDue", locale));
        parameters.put("DUE", format(confirmed ? receipt.receivedOn() : receipt.registerDue(), date));
        parameters.put("REPLY_DUE", confirmed ? format(receipt.replyDue(), date) : null);
        parameters.put("NOTE", messages.getTranslation(confirmed ? "inforequest.receipt.noteStaff"
                : "inforequest.receipt.noteOnline", locale, String.valueOf(settings.replyDays()),
                String.valueOf(settings.maxExtensionDays())));
        parameters.put("KEEP", messages.getTranslation("inforequest.receipt.keep", locale));
        parameters.put("PRINTED", messages.getTranslation("inforequest.receipt.printed", locale,
                LocalDateTime.now(clock).format(time)));
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, Messages.bundleFor(locale));
        parameters.put(JRParameter.REPORT_LOCALE, Messages.supported(locale));
        return engine.render("request-receipt", ReportFormat.PDF, parameters, List.of());
    }

    /** E.g. 政府信息公开申请回执-YS20260302-123456.pdf. */
    public String fileName(RequestReceipt receipt, Locale locale) {
        return ReportFormat.PDF.fileName(messages.getTranslation("inforequest.receipt.file", locale,
                receipt.requestNo()));
    }

    private static String format(LocalDate day, DateTimeFormatter format) {
        return day == null ? "" : day.format(format);
    }
}
