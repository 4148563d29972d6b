package org.sunshine.base.cluster;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real deadlock on the database: two steps lock the same two rows in opposite orders, the database rolls one back
 * as its victim (MySQL error 1213, as a Galera node reports a certification failure), and {@link ConflictRetry} runs
 * that step again: both steps succeed, and the caller never sees the deadlock. Not rolled back: the steps commit.
 */
@MicronautTest(startApplication = false, transactional = false)
class ConflictRetryTest {

    @Inject
    NodeProbe probe;
    @Inject
    JdbcOperations jdbc;

    @BeforeEach
    void rows() {
        sql("INSERT IGNORE INTO document_counter (office, year_no, last_seq) VALUES ('test:dl-a', 2099, 0), ('test:dl-b', 2099, 0)");
    }

    @AfterEach
    void forget() {
        sql("DELETE FROM document_counter WHERE year_no = 2099");
    }

    @Test
    void aDeadlockedStepIsRunAgainAndSucceeds() throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        AtomicInteger one = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        ExecutorService users = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = users.submit(() -> {
                probe.lockBoth("test:dl-a", "test:dl-b", barrier, one);
                return null;
            });
            Future<?> second = users.submit(() -> {
                probe.lockBoth("test:dl-b", "test:dl-a", barrier, other);
                return null;
            });
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            users.shutdownNow();
        }
        // one step ran once; the deadlock's victim ran again (and only once more)
        assertThat(one.get() + other.get()).isEqualTo(3);
        assertThat(Math.max(one.get(), other.get())).isEqualTo(2);
    }

    private void sql(String statement) {
        jdbc.execute(c -> {
            try (var s = c.createStatement()) {
                return s.executeUpdate(statement);
            }
        });
    }
}
