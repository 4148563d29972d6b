package org.sunshine.inforequest;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sunshine.directory.DepartmentRow;
import org.sunshine.directory.DepartmentService;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables 三 and 四 of 市民政局's 2021 report against hand-built applications (2021: no other test uses it): carried in
 * from 2020, received and finished in 2021, received in 2021 and carried into 2022, one not yet confirmed, one to the
 * city government (not the bureau's), by applicant kind; remedies decided in the year, decided after it, filed before
 * it. Deleted after each test.
 */
@MicronautTest(startApplication = false)
class RequestYearFiguresTest {

    private static final int PERSON = 0, BUSINESS = 1, RESEARCH = 2, LEGAL = 4, TOTAL = 6;

    @Inject
    RequestYearFigures figures;
    @Inject
    JdbcOperations jdbc;
    @Inject
    DepartmentService departments;

    private long mzj;
    private int n;

    @BeforeEach
    void applications() {
        mzj = departments.active().stream().filter(d -> d.code().equals("MZJ")).mapToLong(DepartmentRow::id)
                .findFirst().orElseThrow();
        long a = request("PERSON", null, "2020-12-20", "2021-01-10", "REPLIED", "DISCLOSED", false);
        request("PERSON", null, "2020-11-01", "2020-12-01", "REPLIED", "DISCLOSED", false);
        long c = request("ORGANIZATION", "BUSINESS", "2021-03-01", "2021-03-20", "REPLIED", "PARTIAL", false);
        request("ORGANIZATION", "LEGAL_SERVICE", "2021-12-28", null, "REGISTERED", null, false);
        long e = request("PERSON", null, "2021-06-01", "2021-06-10", "REPLIED", "NOT_THIS_ORGAN", false);
        request("PERSON", null, "2021-06-02", "2021-06-12", "REPLIED", "NOT_HELD", false);
        request("ORGANIZATION", "RESEARCH", "2021-12-30", "2022-01-05", "REPLIED", "DISCLOSED", false);
        request("PERSON", null, "2020-12-31", "2021-01-02", "WITHDRAWN", "OTHER", false);
        request("PERSON", null, "2021-05-01", null, "REGISTERED", null, true);
        request("PERSON", null, "2021-12-31", null, "SUBMITTED", null, false);
        remedy(c, "REVIEW", "2021-04-01", "CORRECTED", "2021-05-01");
        remedy(e, "SUIT_DIRECT", "2021-11-01", "MAINTAINED", "2022-02-01");
        remedy(a, "REVIEW", "2020-12-25", "MAINTAINED", "2021-02-01");
    }

    /** The rows are written outside the test's transaction (JDBC in the set-up): delete them. */
    @org.junit.jupiter.api.AfterEach
    void delete() {
        jdbc.prepareStatement("DELETE FROM info_request_remedy WHERE request_id IN "
                + "(SELECT id FROM info_request WHERE request_no LIKE 'YSTEST2021-%')", java.sql.PreparedStatement::executeUpdate);
        jdbc.prepareStatement("DELETE FROM info_request WHERE request_no LIKE 'YSTEST2021-%'",
                java.sql.PreparedStatement::executeUpdate);
    }

    @Test
    void tableThreeCountsEachApplicationOnceAndBalances() {
        RequestYearFigures.TableThree t = figures.tableThree(mzj, false, 2021);
        assertThat(t.received()).containsExactly(3, 1, 1, 0, 1, 0, 6);
        assertThat(t.carried()).containsExactly(2, 0, 0, 0, 0, 0, 2);
        assertThat(t.results()[RequestYearFigures.RESULT_ROWS.indexOf("1")]).containsExactly(1, 0, 0, 0, 0, 0, 1);
        assertThat(t.results()[RequestYearFigures.RESULT_ROWS.indexOf("2")]).containsExactly(0, 1, 0, 0, 0, 0, 1);
        assertThat(t.results()[RequestYearFigures.RESULT_ROWS.indexOf("4.1")][PERSON])
                .as("not held and not this organ's share 三(四)1").isEqualTo(2);
        assertThat(t.results()[RequestYearFigures.RESULT_ROWS.indexOf("6.3")][PERSON]).isEqualTo(1);
        assertThat(t.finished()).containsExactly(4, 1, 0, 0, 0, 0, 5);
        assertThat(t.carriedOver()).containsExactly(1, 0, 1, 0, 1, 0, 3);
        assertThat(t.carriedOver()[LEGAL]).isEqualTo(1);
        assertThat(t.carriedOver()[RESEARCH]).isEqualTo(1);
        assertThat(t.received()[BUSINESS] + t.carried()[BUSINESS]).isEqualTo(t.finished()[BUSINESS] + t.carriedOver()[BUSINESS]);
        assertThat(t.balanced()).isTrue();
        assertThat(figures.tableThree(mzj, true, 2021).received()[TOTAL]).as("the government's own").isEqualTo(1);
    }

    @Test
    void tableFourCountsTheYearsRemediesByTheirOutcomeAtItsEnd() {
        long[][] four = figures.tableFour(mzj, false, 2021).byKind();
        assertThat(four[RemedyKind.REVIEW.ordinal()]).containsExactly(0, 1, 0, 0, 1);
        assertThat(four[RemedyKind.SUIT_DIRECT.ordinal()]).as("decided only in 2022: pending at the year's end")
                .containsExactly(0, 0, 0, 1, 1);
        assertThat(four[RemedyKind.SUIT_AFTER_REVIEW.ordinal()]).containsExactly(0, 0, 0, 0, 0);
    }

    private long request(String kind, String orgType, String received, String closed, String state, String result,
                         boolean government) {
        n++;
        LocalDate on = LocalDate.parse(received);
        boolean confirmed = !state.equals("SUBMITTED");
        jdbc.prepareStatement("INSERT INTO info_request (request_no, query_code_hash, query_code_salt, department_id, "
                + "to_government, channel, state, applicant_kind, applicant_name, org_type, description, form_wanted, "
                + "delivery, arrived_at, arrived_on, received_on, reply_start, closed_at, result, updated_at) "
                + "VALUES (?, REPEAT('0', 64), REPEAT('0', 32), ?, ?, 'ONLINE', ?, ?, '测试', ?, '测试用申请', 'EMAIL', "
                + "'EMAIL', ?, ?, ?, ?, ?, ?, ?)", s -> {
            s.setString(1, "YSTEST2021-" + String.format("%06d", n));
            s.setLong(2, mzj);
            s.setBoolean(3, government);
            s.setString(4, state);
            s.setString(5, kind);
            s.setString(6, orgType);
            s.setTimestamp(7, at(on));
            s.setDate(8, Date.valueOf(on));
            s.setDate(9, confirmed ? Date.valueOf(on) : null);
            s.setDate(10, confirmed ? Date.valueOf(on) : null);
            s.setTimestamp(11, closed == null ? null : at(LocalDate.parse(closed)));
            s.setString(12, result);
            s.setTimestamp(13, at(on));
            return s.executeUpdate();
        });
        return jdbc.prepareStatement("SELECT id FROM info_request WHERE request_no = ?", s -> {
            s.setString(1, "YSTEST2021-" + String.format("%06d", n));
            try (var r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    private void remedy(long requestId, String kind, String filed, String outcome, String decided) {
        jdbc.prepareStatement("INSERT INTO info_request_remedy (request_id, kind, body, filed_on, outcome, decided_on, "
                + "recorded_by, recorded_at) VALUES (?, ?, '盘锦市人民政府', ?, ?, ?, 0, ?)", s -> {
            s.setLong(1, requestId);
            s.setString(2, kind);
            s.setDate(3, Date.valueOf(filed));
            s.setString(4, outcome);
            s.setDate(5, Date.valueOf(decided));
            s.setTimestamp(6, at(LocalDate.parse(filed)));
            return s.executeUpdate();
        });
    }

    /** Ten in the morning in Beijing. */
    private static Timestamp at(LocalDate day) {
        return Timestamp.from(LocalDateTime.of(day, java.time.LocalTime.of(10, 0)).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }
}
