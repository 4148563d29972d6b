package org.sunshine.assessment;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.base.DomainException;
import org.sunshine.security.SignedInUser;
import org.sunshine.testing.AssessmentFixture;
import org.sunshine.testing.MutableClock;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Taking a sheet back and publishing at the same moment: both lock the period's row first, so one waits for the
 * other and never publishes, or keeps, a result with a sheet missing. Real transactions on two threads, so nothing
 * is rolled back by the test: the period and its system (the fourth quarter of 2021, used by no other test) are
 * deleted afterwards.
 */
@MicronautTest(startApplication = false, transactional = false)
class PeriodLockTest {

    /** Monday 10 January 2022, 10:00 in Beijing: the fourth quarter of 2021 is over. */
    private final MutableClock clock = MutableClock.shanghai("2022-01-10T02:00:00Z");

    @Inject
    io.micronaut.context.ApplicationContext context;
    @Inject
    IndicatorSystemService systems;
    @Inject
    PeriodSetup setup;
    @Inject
    PeriodAssignments assignments;
    @Inject
    PeriodPublication publication;
    @Inject
    ScoreSheetService sheets;
    @Inject
    PeriodRepository periodRows;
    @Inject
    ScoreSheetRepository sheetRows;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    DataSource dataSource;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private SignedInUser lead;
    private long department;
    private long system;
    private long period;

    /** One indicator of 100 points, one department, the lead inspector its only scorer, the sheet submitted. */
    @BeforeEach
    void aPeriodReadyToPublish() {
        AssessmentFixture fixture = new AssessmentFixture(context);
        SignedInUser admin = fixture.user("admin");
        lead = fixture.user("inspector");
        department = fixture.department("JYJ");
        system = systems.create("并发锁测试体系", "", admin);
        long category = systems.saveCategory(system, new CategoryForm(null, "公开", new BigDecimal("100")), admin);
        long indicator = systems.saveIndicator(system, new IndicatorForm(null, category, "主动公开", IndicatorKind.MANUAL,
                new BigDecimal("100"), null, null, "按清单逐项评分"), admin);
        systems.publish(system, admin);
        period = setup.create(new PeriodForm("", PeriodKind.QUARTER, 2021, 4, system, lead.id(), Set.of(department),
                null), lead);
        assignments.assignAll(period, Set.of(lead.id()), lead);
        sheets.submit(period, department, List.of(new ScoreSheetService.Entry(indicator, new BigDecimal("100"), "", "")),
                lead);
    }

    @Test
    void aSheetIsNotTakenBackWhileTheLeadInspectorPublishes() throws Exception {
        CountDownLatch published = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Future<?> publishing = pool.submit(() -> transactions.executeWrite(status -> {
            publication.publish(period, lead);
            published.countDown();
            await(commit);
            return null;
        }));
        assertThat(published.await(30, TimeUnit.SECONDS)).isTrue();
        Future<?> withdrawing = pool.submit(() -> sheets.withdraw(period, department, lead));
        assertThatThrownBy(() -> withdrawing.get(1, TimeUnit.SECONDS)).as("waits for the publication")
                .isInstanceOf(TimeoutException.class);
        commit.countDown();
        publishing.get(30, TimeUnit.SECONDS);
        assertThatThrownBy(() -> withdrawing.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("assessment.period.error.notScoring"));
        assertThat(periodRows.findById(period).orElseThrow().getState()).isEqualTo(PeriodState.PUBLISHED);
        assertThat(sheetRows.findByPeriodIdAndDepartmentIdAndInspectorId(period, department, lead.id()).orElseThrow()
                .submitted()).as("published as submitted").isTrue();
    }

    @Test
    void theResultsAreNotPublishedWhileASheetIsTakenBack() throws Exception {
        CountDownLatch withdrawn = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Future<?> withdrawing = pool.submit(() -> transactions.executeWrite(status -> {
            sheets.withdraw(period, department, lead);
            withdrawn.countDown();
            await(commit);
            return null;
        }));
        assertThat(withdrawn.await(30, TimeUnit.SECONDS)).isTrue();
        Future<?> publishing = pool.submit(() -> publication.publish(period, lead));
        assertThatThrownBy(() -> publishing.get(1, TimeUnit.SECONDS)).as("waits for the sheet to be taken back")
                .isInstanceOf(TimeoutException.class);
        commit.countDown();
        withdrawing.get(30, TimeUnit.SECONDS);
        assertThatThrownBy(() -> publishing.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("assessment.blocker.sheetsMissing"));
        assertThat(periodRows.findById(period).orElseThrow().getState()).isEqualTo(PeriodState.SCORING);
    }

    @AfterEach
    void deleteThePeriodAndItsSystem() throws Exception {
        pool.shutdownNow();
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            for (String sql : List.of(
                    "DELETE v FROM score v JOIN score_sheet s ON s.id = v.sheet_id WHERE s.period_id = ?",
                    "DELETE FROM score_sheet WHERE period_id = ?",
                    "DELETE FROM period_assignment WHERE period_id = ?",
                    "DELETE FROM period_department WHERE period_id = ?",
                    "DELETE FROM workflow_event WHERE machine = 'period' AND record_id = ?",
                    "DELETE FROM assessment_period WHERE id = ?")) {
                execute(c, sql, period);
            }
            execute(c, "DELETE FROM indicator WHERE system_id = ? AND parent_id IS NOT NULL", system);
            execute(c, "DELETE FROM indicator WHERE system_id = ?", system);
            execute(c, "DELETE FROM indicator_system WHERE id = ?", system);
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }

    private static void execute(Connection c, String sql, long id) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test did not let the transaction end");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
