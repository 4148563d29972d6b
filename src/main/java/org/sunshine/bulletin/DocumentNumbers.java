package org.sunshine.bulletin;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.sunshine.base.OfficeSettings;
import org.sunshine.base.i18n.Messages;

/**
 * Document numbers (发文字号), gapless per issuing office and year. The counter's row is made, if it is missing, in a
 * transaction of its own that commits at once; the next number is then taken under the row's lock in the issuing
 * transaction, so concurrent issues wait for each other, and a number whose issue fails is given back by the
 * rollback. (Making the row inside the issuing transaction deadlocks two first issues of a year: each holds the
 * shared lock of the duplicate-key check and waits for the other's.)
 */
@Singleton
public class DocumentNumbers {

    private final DocumentCounterRepository counters;
    private final CounterRows rows;
    private final OfficeSettings office;
    private final Messages messages;

    DocumentNumbers(DocumentCounterRepository counters, CounterRows rows, OfficeSettings office, Messages messages) {
        this.counters = counters;
        this.rows = rows;
        this.office = office;
        this.messages = messages;
    }

    /** A document number: the office's abbreviation, the year, the sequence, and as written (盘政办通〔2026〕3号). */
    public record Number(String office, int year, int seq, String text) {
    }

    /** The office's next number in {@code year}; must run inside the transaction that uses it. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Number next(int year) {
        String abbreviation = office.abbreviation();
        int seq = next(abbreviation, year);
        return new Number(abbreviation, year, seq, messages.chinese("bulletin.number", abbreviation,
                String.valueOf(year), String.valueOf(seq)));
    }

    /** The next number of {@code office} in {@code year}; must run inside the transaction that uses it. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public int next(String office, int year) {
        DocumentCounter.Key key = new DocumentCounter.Key(office, year);
        if (!counters.existsById(key)) {
            // only when missing: a second issue in one transaction would otherwise wait for its own row lock
            rows.ensure(office, year);
        }
        DocumentCounter next = counters.findByIdForUpdate(key).orElseThrow().next();
        counters.update(next);
        return next.lastSeq();
    }

    /** Makes a counter's row in a transaction of its own. */
    @Singleton
    static class CounterRows {

        private final DocumentCounterRepository counters;

        CounterRows(DocumentCounterRepository counters) {
            this.counters = counters;
        }

        @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
        void ensure(String office, int year) {
            counters.ensure(office, year);
        }
    }
}
