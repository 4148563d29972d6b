package org.sunshine.base.numbers;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Document numbers (发文字号), gapless per issuing office (any key of at most 20 characters: an office's
 * abbreviation, a disclosure organ's counter) and year. The counter's row is made, if it is missing, in a
 * transaction of its own that commits at once; the next number is then taken under the row's lock in the issuing
 * transaction, so concurrent issues wait for each other, and a number whose issue fails is given back by the
 * rollback. (Making the row inside the issuing transaction deadlocks two first issues of a year: each holds the
 * shared lock of the duplicate-key check and waits for the other's.)
 */
@Singleton
public class DocumentNumbers {

    private final DocumentCounterRepository counters;
    private final CounterRows rows;

    DocumentNumbers(DocumentCounterRepository counters, CounterRows rows) {
        this.counters = counters;
        this.rows = rows;
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
