package org.sunshine.inforequest;

import io.micronaut.core.annotation.Nullable;
import org.sunshine.base.DomainException;
import org.sunshine.base.text.TextRules;

import java.time.LocalDate;

/**
 * A corrected application (补正, Art. 30): the information sought, restated, and its document number if known. Its
 * receipt restarts the 20 working days.
 */
record Correction(String description, @Nullable String docNumber) {

    static Correction check(@Nullable String description, @Nullable String docNumber) {
        String text = TextRules.lines("description", "inforequest.field.description", description,
                RequestChecks.MAX_DESCRIPTION);
        if (text.length() < 4) {
            throw DomainException.on("description", "inforequest.error.description");
        }
        String number = TextRules.line("docNumber", "inforequest.field.docNumber", docNumber, 100);
        return new Correction(text, number.isEmpty() ? null : number);
    }

    void applyTo(InfoRequest r, LocalDate receivedOn) {
        r.setDescription(description);
        r.setDocNumber(docNumber);
        r.setCorrectedOn(receivedOn);
        r.setReplyStart(receivedOn);
    }
}
