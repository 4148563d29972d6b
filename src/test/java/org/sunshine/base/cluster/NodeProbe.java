package org.sunshine.base.cluster;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;
import org.sunshine.base.numbers.DocumentNumbers;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** What the tests of several nodes do on a node: a step that issues a number, one that locks rows, a locked job. */
@Singleton
public class NodeProbe {

    /** Runs of {@link #job()} on every node of this JVM. */
    static final AtomicInteger JOB_RUNS = new AtomicInteger();

    private final JdbcOperations jdbc;
    private final DocumentNumbers numbers;

    NodeProbe(JdbcOperations jdbc, DocumentNumbers numbers) {
        this.jdbc = jdbc;
        this.numbers = numbers;
    }

    /** A job that must run on one node at a time; it takes a while, as a real one does. */
    @SchedulerLock(name = "test-probe", lockAtMostFor = "2s")
    public void job() {
        JOB_RUNS.incrementAndGet();
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A step that issues the next number of {@code office}, as issuing a bulletin or a letter does. */
    @Transactional
    public int issue(String office, int year) {
        return numbers.next(office, year);
    }

    /**
     * A step that locks two counter rows, {@code first} then {@code second}; on its first attempt it waits at the
     * barrier between the two, so that two such steps in opposite orders deadlock.
     */
    @Transactional
    public void lockBoth(String first, String second, CyclicBarrier barrier, AtomicInteger attempts) throws Exception {
        lock(first);
        if (attempts.incrementAndGet() == 1) {
            barrier.await(10, TimeUnit.SECONDS);
        }
        lock(second);
    }

    private void lock(String office) {
        jdbc.prepareStatement("SELECT last_seq FROM document_counter WHERE office = ? AND year_no = 2099 FOR UPDATE", s -> {
            s.setString(1, office);
            s.executeQuery().close();
            return null;
        });
    }
}
