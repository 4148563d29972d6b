package org.sunshine.base.numbers;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Readable references: the layout, and that references taken at the same moment by separate transactions — as two
 * application nodes would, each with its own connection — are all different, on a counter of a made-up kind.
 */
@MicronautTest(startApplication = false, transactional = false)
class ReferencesTest {

    private static final String KIND = "ZZ";

    @Inject
    References references;
    @Inject
    TransactionOperations<Connection> transactions;

    @AfterEach
    void forgetTheCounter() {
        transactions.executeWrite(status -> {
            try (var delete = status.getConnection().prepareStatement("DELETE FROM document_counter WHERE office = ?")) {
                delete.setString(1, References.counter(KIND));
                return delete.executeUpdate();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aReferenceIsTheKindTheYearAndAtLeastFourDigits() {
        assertThat(References.format("JD", 2026, 841)).isEqualTo("JD-2026-0841");
        assertThat(References.format("WT", 2027, 12)).isEqualTo("WT-2027-0012");
        assertThat(References.format("JD", 2026, 12345)).isEqualTo("JD-2026-12345");
    }

    @Test
    void referencesTakenAtOnceInSeparateTransactionsNeverRepeat() throws Exception {
        int writers = 4;
        int each = 10;
        Set<String> given = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        given.add(transactions.executeWrite(status -> references.next(KIND, 2099)));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(given).hasSize(writers * each);
        assertThat(given).isEqualTo(IntStream.rangeClosed(1, writers * each)
                .mapToObj(n -> References.format(KIND, 2099, n)).collect(Collectors.toSet()));
    }

    @Test
    void aReferenceIsTakenOnlyInsideTheTransactionThatMakesTheItem() {
        assertThatThrownBy(() -> references.next(KIND, 2099)).isInstanceOf(RuntimeException.class);
    }
}
