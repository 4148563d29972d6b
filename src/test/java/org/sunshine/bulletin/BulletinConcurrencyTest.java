package org.sunshine.bulletin;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sunshine.base.DomainException;
import org.sunshine.rectification.RectificationState;
import org.sunshine.security.SignedInUser;
import org.sunshine.testing.AssessmentFixture;
import org.sunshine.testing.MutableClock;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A department acting on a bulletin while someone else's change to it is in flight, committed, in threads of their
 * own: the other change is a transaction held open on a connection of the test's (its row locks taken, not committed
 * yet), the department's step runs meanwhile and the other transaction commits once the step waits for its lock (or
 * the step has finished without waiting, which is the bug). Its own years (2020 and 2021) keep it apart.
 */
@MicronautTest(transactional = false)
class BulletinConcurrencyTest {

    /** Monday 12 April 2021, 10:00 in Beijing. */
    private final MutableClock clock = MutableClock.shanghai("2021-04-12T02:00:00Z");
    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    @Inject
    ApplicationContext context;
    @Inject
    BulletinDrafts drafts;
    @Inject
    BulletinSteps bulletins;
    @Inject
    BulletinPage page;
    @Inject
    BulletinFiles files;
    @Inject
    BulletinQueries queries;
    @Inject
    BulletinRepository repository;
    @Inject
    DataSource dataSource;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void aReportWaitsForARevocationInFlightAndIsThenRefused() throws Exception {
        AssessmentFixture fixture = new AssessmentFixture(context);
        long id = issuedCriticism(fixture, "并发撤销测试体系", 2020, 4);
        SignedInUser gtj = fixture.user("h.gtj");
        long item = page.detail(id, gtj).problems().get(0).problem().getId();

        try (Connection revocation = connection()) {
            revocation.setAutoCommit(false);
            // what a revocation writes: the bulletin, and its problem list's rectifications withdrawn
            execute(revocation, "UPDATE bulletin SET state = 'REVOKED', version = version + 1 WHERE id = ?", id);
            execute(revocation, "UPDATE rectification SET state = 'CANCELLED', version = version + 1 "
                    + "WHERE subject_kind = 'problem' AND subject_id = ?", item);
            Future<?> report = pool.submit(() -> bulletins.report(item, "已逐项补齐主动公开清单。", List.of(), gtj));
            awaitLockWaitOrDone(report);
            revocation.commit();
            assertRefusedWith(report, "workflow.error.refused");
        }
        ProblemRow after = page.detail(id, fixture.user("inspector")).problems().stream()
                .filter(p -> p.problem().getId() == item).findFirst().orElseThrow();
        assertThat(state(after)).isEqualTo(RectificationState.CANCELLED);
        assertThat(after.rectification().reports()).isEmpty();
    }

    @Test
    void aColleaguesReceiptInFlightIsNeitherOverwrittenNorDoubled() throws Exception {
        AssessmentFixture fixture = new AssessmentFixture(context);
        long id = issuedCriticism(fixture, "并发签收测试体系", 2021, 1);
        SignedInUser gtj = fixture.user("h.gtj");

        try (Connection colleague = connection()) {
            colleague.setAutoCommit(false);
            execute(colleague, "UPDATE bulletin_addressee SET signed_at = '2021-04-12 02:00:00', signed_by_name = '同事甲' "
                    + "WHERE bulletin_id = ? AND department_id = " + fixture.department("GTJ"), id);
            Future<?> signing = pool.submit(() -> bulletins.signFor(id, gtj));
            awaitLockWaitOrDone(signing);
            colleague.commit();
            assertRefusedWith(signing, "bulletin.error.signedAlready");
        }
        assertThat(page.detail(id, gtj).ownReceipt().signedByName()).as("the first receipt stands").isEqualTo("同事甲");
        assertThatThrownBy(() -> bulletins.signFor(id, gtj)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("bulletin.error.signedAlready"));
        bulletins.revoke(id, "测试完毕，撤销。", fixture.user("leader")); // nothing left running for other tests
    }

    /** 通报批评 of 市国土局 (55, 不合格) in a locked quarter, issued; returns its id. */
    private long issuedCriticism(AssessmentFixture fixture, String system, int year, int quarter) {
        Map<String, Double> totals = new LinkedHashMap<>();
        totals.put("JYJ", 95.0);
        totals.put("GTJ", 55.0);
        long period = fixture.lockedQuarter(system, year, quarter, totals);
        SignedInUser inspector = fixture.user("inspector");
        long id = drafts.draft(new DraftForm(period, BulletinKind.CRITICISM, null, 0, DraftForm.CriticizeBy.GRADE, 0, 0,
                false), inspector);
        bulletins.submit(id, repository.findById(id).orElseThrow().getVersion(), "", inspector);
        bulletins.sign(id, repository.findById(id).orElseThrow().getVersion(), "", fixture.user("leader"));
        bulletins.issue(id, inspector);
        return id;
    }

    /** Returns once {@code step} waits for a row lock, or has finished without waiting. */
    private void awaitLockWaitOrDone(Future<?> step) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try (Connection c = connection(); PreparedStatement waiting = c.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT'")) {
            while (!step.isDone() && System.nanoTime() < until) {
                try (ResultSet r = waiting.executeQuery()) {
                    if (r.next() && r.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(200); // InnoDB refreshes INNODB_TRX only when it was last read more than 0.1 s ago
            }
        }
    }

    private static void assertRefusedWith(Future<?> step, String key) {
        assertThatThrownBy(step::get).isInstanceOf(ExecutionException.class).satisfies(e -> assertThat(e.getCause())
                .isInstanceOfSatisfying(DomainException.class, d -> assertThat(d.messageKey()).isEqualTo(key)));
    }

    private Connection connection() throws Exception {
        return DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
    }

    private static void execute(Connection c, String sql, long id) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    /** Where an item's rectification stands. */
    private static RectificationState state(ProblemRow p) {
        return p.rectification().view().state();
    }
}
