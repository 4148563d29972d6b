package org.sunshine.assessment;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sunshine.directory.DepartmentService;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * 主动公开及时率 measured for departments with hand-built disclosure records in March 2019 (a month no other data
 * reaches): the records whose deadline fell in the period, the share published by it. Rolled back.
 */
@MicronautTest(startApplication = false)
class ProactiveMetricTest {

    private static final LocalDate START = LocalDate.of(2019, 3, 1);
    private static final LocalDate END = LocalDate.of(2019, 3, 31);

    @Inject
    MetricQueries metrics;
    @Inject
    JdbcOperations jdbc;
    @Inject
    DepartmentService departments;
    @Inject
    DefaultIndicatorSystem defaults;
    @Inject
    IndicatorSystemService systems;
    @Inject
    UserRepository users;

    @Test
    void theShareOfTheRecordsDueInThePeriodPublishedByTheirDeadline() throws Exception {
        long mzj = departments.byCode("MZJ").orElseThrow().id();
        long czj = departments.byCode("CZJ").orElseThrow().id();
        record(mzj, "2019-03-01", "2019-02-20", "2019-02-01", false);  // due on the period's first day
        record(mzj, "2019-03-10", "2019-03-12", "2019-03-08", true);   // published after its deadline
        record(mzj, "2019-03-31", "2019-03-20", "2019-03-20", false);  // due on the last day
        record(mzj, "2019-02-28", "2019-03-10", "2019-02-01", true);   // due before the period: not counted
        record(mzj, "2019-04-01", "2019-03-25", "2019-03-25", false);  // due after it: not counted
        record(czj, "2019-03-15", "2019-03-20", "2019-03-14", true);

        Map<Long, Map<Metric, Marks.Measure>> measured = metrics.measure(START, END, 0.9);
        Marks.Measure rate = measured.get(mzj).get(Metric.PROACTIVE_ON_TIME);
        assertThat(rate.volume()).isEqualTo(3);
        assertThat(rate.value()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(measured.get(czj).get(Metric.PROACTIVE_ON_TIME).value()).isZero();
        assertThat(Metric.PROACTIVE_ON_TIME.isCount()).as("a rate, for an AUTO indicator").isFalse();
    }

    @Test
    void theShippedSystemMeasuresIt() {
        defaults.load();
        IndicatorSystem shipped = systems.published().get(0);
        var u = users.findByUsername("inspector").orElseThrow();
        SignedInUser inspector = new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(),
                u.getDepartmentId());
        assertThat(systems.tree(shipped.getId(), inspector).categories().stream().flatMap(b -> b.indicators().stream())
                .filter(i -> i.metric() == Metric.PROACTIVE_ON_TIME))
                .singleElement().satisfies(i -> {
                    assertThat(i.name()).isEqualTo("主动公开及时率");
                    assertThat(i.kind()).isEqualTo(IndicatorKind.AUTO);
                });
    }

    private void record(long department, String dueOn, String publishedOn, String formedOn, boolean late) throws Exception {
        String sql = "INSERT INTO disclosure_record (department_id, title, category, formed_on, published_on, clock_days, "
                + "due_on, late, channel, created_at, updated_at) VALUES (?, '测试记录', 'STATISTICS', ?, ?, 20, ?, ?, "
                + "'WEBSITE', '2019-03-01 02:00:00', '2019-03-01 02:00:00')";
        try (PreparedStatement s = jdbc.getConnection().prepareStatement(sql)) {
            s.setLong(1, department);
            s.setObject(2, LocalDate.parse(formedOn));
            s.setObject(3, LocalDate.parse(publishedOn));
            s.setObject(4, LocalDate.parse(dueOn));
            s.setBoolean(5, late);
            s.executeUpdate();
        }
    }
}
