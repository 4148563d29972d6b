package org.sunshine.inforequest;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.sunshine.report.ReportEngine;
import org.sunshine.report.ReportFormat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders the documents of an application as PDF from {@code reports/request-letter.jrxml}, in the look of the
 * bulletins (A4, the 版头 in red with the organ, the number, the title, 主送, body, the organ's signature and the
 * date; Noto fonts embedded through the font extension). The words are {@link RequestLetterText}'s, in Chinese.
 */
@Singleton
public class RequestLetters {

    static final String TEMPLATE = "request-letter";

    private final ReportEngine engine;
    private final RequestLetterText text;

    RequestLetters(ReportEngine engine, RequestLetterText text) {
        this.engine = engine;
        this.text = text;
    }

    byte[] render(DocumentKind kind, InfoRequest r, @Nullable Consultation consultation, String number, LocalDate date) {
        RequestLetterText.Letter letter = text.letter(kind, r, consultation, number, date);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ORGAN", letter.organ());
        parameters.put("NUMBER", letter.number());
        parameters.put("TITLE", letter.title());
        parameters.put("ADDRESSEE", letter.addressee());
        parameters.put("DATE", letter.date());
        return engine.render(TEMPLATE, ReportFormat.PDF, parameters, letter.body());
    }
}
