package org.sunshine.bulletin;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

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

    DocumentNumbers(DocumentCounterRepository counters, CounterRows rows) {
        this.counters = counters;
        this.rows = rows;
    }

    /** The next number of {@code office} in {@code year}; must run inside the transaction that uses it. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public int next(String office, int year) {
        if (counters.rows(office, year) == 0) {
            // only when missing: a second issue in one transaction would otherwise wait for its own row lock
            rows.ensure(office, year);
        }
        int next = counters.lastForUpdate(office, year) + 1;
        counters.set(office, year, next);
        return next;
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
