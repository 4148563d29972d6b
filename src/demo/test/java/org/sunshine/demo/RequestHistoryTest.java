package org.sunshine.demo;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sunshine.calendar.WorkingDayCalendar;
import org.sunshine.directory.DepartmentService;
import org.sunshine.directory.DepartmentType;
import org.sunshine.inforequest.RequestClock;
import org.sunshine.inforequest.RequestState;
import org.sunshine.inforequest.RequestWorkflow;
import org.sunshine.workflow.Actor;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated applications, checked as a reviewer would: every channel, applicant kind and open and ended state,
 * almost every result row; reply deadlines that are the clock's own over the stored start, extension and letters;
 * timelines the table allows; valid identity numbers; the same rows for the same seed. Written for 2018 as of
 * 15 January 2019 (no other test uses those dates), committed by the generator and deleted at the end.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestHistoryTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant AS_OF = LocalDateTime.of(2019, 1, 15, 10, 0).atZone(ZONE).toInstant();
    private static final int COUNT = 800;

    @Inject
    RequestHistory history;
    @Inject
    DepartmentService departments;
    @Inject
    WorkingDayCalendar calendar;
    @Inject
    DataSource pool;

    private RequestHistory.Summary summary;

    @BeforeAll
    void generate() {
        var active = departments.active();
        Long office = active.stream().filter(d -> d.type() == DepartmentType.GOVERNMENT_OFFICE).findFirst().orElseThrow().id();
        summary = history.generate(new RequestHistory.Spec(LocalDate.of(2018, 1, 1), LocalDate.of(2019, 1, 14), COUNT,
                active.stream().map(d -> new RequestHistory.Department(d.id(), d.code(), d.shortName())).toList(),
                office, 7L, AS_OF));
    }

    @AfterAll
    void delete() throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(pool).getConnection(); Statement s = c.createStatement()) {
            String mine = "SELECT id FROM info_request WHERE arrived_on < '2019-01-15'";
            s.executeUpdate("DELETE FROM workflow_event WHERE machine = 'inforequest' AND record_id IN (" + mine + ")");
            s.executeUpdate("DELETE FROM info_request_consultation WHERE request_id IN (" + mine + ")");
            s.executeUpdate("DELETE FROM info_request_remedy WHERE request_id IN (" + mine + ")");
            s.executeUpdate("DELETE FROM info_request WHERE arrived_on < '2019-01-15'");
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }

    private List<Map<String, Object>> rows(String sql) throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(pool).getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    @Test
    void everyChannelKindStateAndAlmostEveryResultIsThere() throws SQLException {
        assertThat(summary.requests()).isEqualTo(COUNT);
        Set<Object> channels = new HashSet<>(), kinds = new HashSet<>(), states = new HashSet<>(), results = new HashSet<>();
        for (var r : rows("SELECT channel, applicant_kind, state, result FROM info_request WHERE arrived_on < '2019-01-15'")) {
            channels.add(r.get("channel"));
            kinds.add(r.get("applicant_kind"));
            states.add(r.get("state"));
            results.add(r.get("result"));
        }
        assertThat(channels).containsExactlyInAnyOrder("ONLINE", "PARTNER", "IN_PERSON", "POST", "FAX", "ORAL");
        assertThat(kinds).containsExactlyInAnyOrder("PERSON", "ORGANIZATION");
        assertThat(states).contains("SUBMITTED", "REGISTERED", "CORRECTION_REQUESTED", "REPLIED", "TERMINATED", "WITHDRAWN");
        assertThat(results).contains("DISCLOSED", "ALREADY_PUBLIC", "PARTIAL", "NOT_HELD", "NOT_THIS_ORGAN",
                "NO_CORRECTION", "OTHER", "THIRD_PARTY", "COMPLAINT_TYPE");
    }

    @Test
    void replyDeadlinesAreTheClocksOwn() throws SQLException {
        Map<Long, List<RequestClock.Pause>> pauses = new HashMap<>();
        for (var l : rows("SELECT request_id, sent_on, answer_due, answered_on FROM info_request_consultation")) {
            LocalDate end = l.get("answered_on") == null ? date(l.get("answer_due")) : date(l.get("answered_on"));
            pauses.computeIfAbsent((Long) l.get("request_id"), k -> new ArrayList<>())
                    .add(new RequestClock.Pause(date(l.get("sent_on")), end));
        }
        int checked = 0;
        for (var r : rows("SELECT id, reply_start, base_days, extension_days, reply_due, state FROM info_request "
                + "WHERE arrived_on < '2019-01-15' AND reply_due IS NOT NULL")) {
            RequestClock.Due due = RequestClock.due(calendar, date(r.get("reply_start")),
                    (Integer) r.get("base_days") + (Integer) r.get("extension_days"),
                    pauses.getOrDefault((Long) r.get("id"), List.of()));
            assertThat(date(r.get("reply_due"))).as("application " + r.get("id")).isEqualTo(due.date());
            checked++;
        }
        assertThat(checked).isGreaterThan(COUNT * 8 / 10);
    }

    @Test
    void everyTimelineFollowsTheTable() throws SQLException {
        Map<Long, String> last = new HashMap<>();
        for (var e : rows("SELECT e.record_id, e.action, e.from_state, e.to_state, e.actor FROM workflow_event e "
                + "JOIN info_request r ON r.id = e.record_id WHERE e.machine = 'inforequest' AND r.arrived_on < '2019-01-15' "
                + "ORDER BY e.record_id, e.occurred_at, e.id")) {
            long id = (Long) e.get("record_id");
            String from = (String) e.get("from_state");
            if (from == null) {
                assertThat(last).doesNotContainKey(id);
            } else {
                assertThat(from).as("application " + id).isEqualTo(last.get(id));
                assertThat(RequestWorkflow.TABLE.next(RequestState.valueOf(from),
                        RequestWorkflow.TABLE.action((String) e.get("action")), Actor.valueOf((String) e.get("actor"))))
                        .as("application " + id + " " + e.get("action")).contains(RequestState.valueOf((String) e.get("to_state")));
            }
            last.put(id, (String) e.get("to_state"));
        }
        for (var r : rows("SELECT id, state FROM info_request WHERE arrived_on < '2019-01-15'")) {
            assertThat(last.get((Long) r.get("id"))).as("the last step is the state").isEqualTo(r.get("state"));
        }
    }

    @Test
    void identityNumbersHaveValidCheckCharacters() throws SQLException {
        for (var r : rows("SELECT id_number FROM info_request WHERE arrived_on < '2019-01-15' AND id_type = 'RESIDENT_ID'")) {
            String n = (String) r.get("id_number");
            assertThat(org.sunshine.inforequest.IdentityNumbers.residentId(n)).as(n).isTrue();
        }
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
