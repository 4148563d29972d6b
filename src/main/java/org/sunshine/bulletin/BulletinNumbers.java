package org.sunshine.bulletin;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.OfficeSettings;
import org.sunshine.base.i18n.Messages;
import org.sunshine.base.numbers.DocumentNumbers;

/** A bulletin's document number: the office's next in the year (gapless, {@link DocumentNumbers}), as written. */
@Singleton
class BulletinNumbers {

    private final DocumentNumbers numbers;
    private final OfficeSettings office;
    private final Messages messages;

    BulletinNumbers(DocumentNumbers numbers, OfficeSettings office, Messages messages) {
        this.numbers = numbers;
        this.office = office;
        this.messages = messages;
    }

    /** A document number: the office's abbreviation, the year, the sequence, and as written (盘政办通〔2026〕3号). */
    record Number(String office, int year, int seq, String text) {
    }

    /** The office's next number in {@code year}; must run inside the transaction that uses it. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Number next(int year) {
        String abbreviation = office.abbreviation();
        int seq = numbers.next(abbreviation, year);
        return new Number(abbreviation, year, seq, messages.chinese("bulletin.number", abbreviation,
                String.valueOf(year), String.valueOf(seq)));
    }
}
