package org.sunshine.base.numbers;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Locale;

/**
 * Readable references of the items staff cite (监督意见 JD-2026-0841, 问题 WT-2026-0012): a prefix naming the kind,
 * the year, and the kind's next number in that year. The numbers come from the document counters
 * ({@link DocumentNumbers}, counter {@code ref:<prefix>}), taken under the counter row's lock in the transaction that
 * creates the item, so two application nodes never give the same reference (the unique keys on the items' columns
 * would refuse it anyway). The layout is fixed here, so that the migration that numbered the older items (V36) and
 * the demo's bulk writer make the same references.
 */
@Singleton
public class References {

    private final DocumentNumbers numbers;

    References(DocumentNumbers numbers) {
        this.numbers = numbers;
    }

    /** The next reference of a kind in a year; must run inside the transaction that creates the item. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public String next(String prefix, int year) {
        return format(prefix, year, numbers.next(counter(prefix), year));
    }

    /** The document counter a kind's references are taken from. */
    public static String counter(String prefix) {
        return "ref:" + prefix;
    }

    /** {@code JD-2026-0841}: at least four digits, more once a year passes 9,999 items. */
    public static String format(String prefix, int year, int seq) {
        return prefix + "-" + year + "-" + String.format(Locale.ROOT, "%04d", seq);
    }
}
