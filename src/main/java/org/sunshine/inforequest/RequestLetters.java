package org.sunshine.inforequest;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Renders the documents of an application (JasperReports templates: being written). */
@Singleton
public class RequestLetters {

    byte[] render(DocumentKind kind, InfoRequest r, @Nullable Consultation consultation, String number, LocalDate date) {
        return ("%PDF-1.4 " + kind + " " + number).getBytes(StandardCharsets.UTF_8);
    }
}
