package org.sunshine.assessment;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.sunshine.directory.DepartmentService;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * 依申请公开按期答复率 and 被纠错 measured for a department with known applications and remedies, in March 2019 (a month
 * no other data reaches). Rolled back.
 */
@MicronautTest(startApplication = false)
class DisclosureMetricsTest {

    private static final LocalDate START = LocalDate.of(2019, 3, 1);
    private static final LocalDate END = LocalDate.of(2019, 3, 31);

    @Inject
    MetricQueries metrics;
    @Inject
    JdbcOperations jdbc;
    @Inject
    DepartmentService departments;

    private int seq;

    @Test
    void theOnTimeRateAndTheCorrectionsAreMeasuredPerDepartment() throws Exception {
        long mzj = departments.byCode("MZJ").orElseThrow().id();
        long other = departments.active().stream().filter(d -> d.id() != mzj).findFirst().orElseThrow().id();
        long inTime = request(mzj, "REPLIED", "2019-03-10", true);
        long late = request(mzj, "REPLIED", "2019-03-20", false);
        request(mzj, "REGISTERED", "2019-03-25", null);           // due, passed, not replied: counts, late
        request(mzj, "REPLIED", "2019-04-05", true);              // due after the period
        request(mzj, "WITHDRAWN", "2019-03-15", null);            // withdrawn: not counted
        request(mzj, "CORRECTION_REQUESTED", "2019-03-12", null); // clock stopped: not counted
        long elsewhere = request(other, "REPLIED", "2019-03-11", true);

        remedy(inTime, "CORRECTED", "2019-03-20");
        remedy(late, "CORRECTED", "2019-04-02");                   // decided after the period
        remedy(late, "MAINTAINED", "2019-03-05");
        remedy(inTime, "PENDING", null);
        remedy(elsewhere, "CORRECTED", "2019-03-28");
        remedy(elsewhere, "CORRECTED", "2019-03-29");

        Map<Long, Map<Metric, Marks.Measure>> measured = metrics.measure(START, END, 0.9);
        Marks.Measure rate = measured.get(mzj).get(Metric.DISCLOSURE_ON_TIME);
        assertThat(rate.volume()).isEqualTo(3);
        assertThat(rate.value()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(measured.get(mzj).get(Metric.REMEDY_CORRECTED).value()).isEqualTo(1.0);
        assertThat(measured.get(other).get(Metric.DISCLOSURE_ON_TIME).value()).isEqualTo(1.0);
        assertThat(measured.get(other).get(Metric.REMEDY_CORRECTED).value()).isEqualTo(2.0);
        assertThat(Metric.DISCLOSURE_ON_TIME.isCount()).isFalse();
        assertThat(Metric.REMEDY_CORRECTED.isCount()).isTrue();
    }

    private long request(long department, String state, String replyDue, Boolean repliedInTime) throws Exception {
        String sql = "INSERT INTO info_request (request_no, query_code_hash, query_code_salt, department_id, channel, "
                + "state, applicant_kind, applicant_name, description, form_wanted, delivery, arrived_at, arrived_on, "
                + "updated_at, reply_due, replied_in_time) VALUES (?, ?, ?, ?, 'ONLINE', ?, 'PERSON', '张三', '测试', "
                + "'PAPER', 'POST', '2019-02-01 02:00:00', '2019-02-01', '2019-02-01 02:00:00', ?, ?)";
        try (PreparedStatement s = jdbc.getConnection().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, "YS20190201-9" + String.format("%05d", ++seq));
            s.setString(2, "0".repeat(64));
            s.setString(3, "0".repeat(32));
            s.setLong(4, department);
            s.setString(5, state);
            s.setObject(6, LocalDate.parse(replyDue));
            s.setObject(7, repliedInTime);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void remedy(long request, String outcome, String decidedOn) throws Exception {
        String sql = "INSERT INTO info_request_remedy (request_id, kind, body, filed_on, outcome, decided_on, recorded_by, "
                + "recorded_at) VALUES (?, 'REVIEW', '盘锦市人民政府', '2019-03-01', ?, ?, 1, '2019-03-01 02:00:00')";
        try (PreparedStatement s = jdbc.getConnection().prepareStatement(sql)) {
            s.setLong(1, request);
            s.setString(2, outcome);
            s.setObject(3, decidedOn == null ? null : LocalDate.parse(decidedOn));
            s.executeUpdate();
        }
    }
}
