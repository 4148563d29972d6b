package org.sunshine.demo;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sunshine.workflow.Step;
import org.sunshine.calendar.WorkingDayCalendar;
import org.sunshine.complaint.ComplaintAction;
import org.sunshine.workflow.Actor;
import org.sunshine.complaint.ComplaintDetail;
import org.sunshine.complaint.ComplaintQueries;
import org.sunshine.complaint.ComplaintRepository;
import org.sunshine.complaint.ComplaintSettings;
import org.sunshine.complaint.ComplaintTracking;
import org.sunshine.complaint.PublicView;
import org.sunshine.complaint.ComplaintState;
import org.sunshine.complaint.ComplaintWorkflow;
import org.sunshine.finding.FindingSettings;
import org.sunshine.security.SignedInUser;
import org.sunshine.security.UserRepository;
import org.sunshine.supervision.SupervisionSettings;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated history, checked as a reviewer would check a real one: deadlines by the calendar, states that match
 * their fields, timelines the workflow allows, tracking codes, no personal data, the same history for the same seed,
 * findings and reviews by the rules. The history is of the first half of 2019, which no other test uses, written as
 * of Monday 1 July 2019 10:30 in Beijing; it is committed (the generator commits its own batches) and deleted at the
 * end, with the supervisor appointed for it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryGeneratorTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate FROM = LocalDate.of(2019, 1, 1);
    private static final LocalDate TO = LocalDate.of(2019, 6, 30);
    private static final Instant AS_OF = LocalDateTime.of(2019, 7, 1, 10, 30).atZone(ZONE).toInstant();
    private static final int COMPLAINTS = 1500;
    private static final Pattern CODE = Pattern.compile("\\d{8}-\\d{6}");
    private static final String DEMO_DEPARTMENTS = "'YJB', 'FGW', 'JYJ', 'GXW', 'GAJ', 'MZJ', 'CZJ', 'RSJ', 'GTJ', 'HBJ', "
            + "'ZJW', 'JTJ', 'NW', 'SLJ', 'LYJ', 'WGJ', 'WJW', 'SJJ', 'GZW', 'SCJ', 'AJJ', 'TYJ', 'DZJ', 'FPB', 'SPB', 'QXJ', 'CL'";

    @Inject
    HistoryGenerator generator;
    @Inject
    DataSource pool;
    @Inject
    WorkingDayCalendar calendar;
    @Inject
    ComplaintSettings complaintSettings;
    @Inject
    FindingSettings findingSettings;
    @Inject
    org.sunshine.rectification.RectificationSettings rectificationSettings;
    @Inject
    SupervisionSettings supervisionSettings;
    @Inject
    ComplaintQueries queries;
    @Inject
    ComplaintTracking tracking;
    @Inject
    ComplaintRepository complaints;
    @Inject
    UserRepository users;

    private DataSource dataSource;
    private final List<Long> departments = new ArrayList<>();
    private final List<Long> areas = new ArrayList<>();
    private long supervisorUser;
    private long supervisor;
    private long complaintsBefore;
    private long findingsBefore;
    private HistoryGenerator.Summary first;
    private List<Row> firstRun;
    private HistoryGenerator.Summary again;
    private List<Row> secondRun;
    private List<Row> otherSeed;

    /** A complaint as read back. */
    record Row(long id, String code, String state, String subject, Instant submittedAt, LocalDate acceptStart,
               LocalDate acceptDue, Long department, LocalDate handleStart, LocalDate handleDue, int extensionDays,
               Integer requestedExtension, boolean reopened, String replyText, Instant repliedAt,
               LocalDate ratingStart, LocalDate ratingDue, String rating, String rejectReason, Instant closedAt,
               String name, String phone, boolean consent, String clientIp, String channel, Long enteredBy,
               String apiClient, Instant updatedAt, int version) {
    }

    @BeforeAll
    void generate() throws SQLException {
        dataSource = DelegatingDataSource.unwrapDataSource(pool);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // the demo city's, whatever other tests have added
            try (ResultSet r = s.executeQuery("SELECT id FROM department WHERE code IN (" + DEMO_DEPARTMENTS + ") ORDER BY id")) {
                while (r.next()) {
                    departments.add(r.getLong(1));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT id FROM key_area WHERE code IN ('TPGJ', 'SHJZ', 'JY', 'YLWS', 'HJBH', "
                    + "'ZHJY', 'WHTY') ORDER BY id")) {
                while (r.next()) {
                    areas.add(r.getLong(1));
                }
            }
            complaintsBefore = maxId(s, "complaint");
            findingsBefore = maxId(s, "finding");
            // a supervisor in office in 2019 (the demo roster's terms are later), its end already recorded
            s.executeUpdate("INSERT INTO app_user (username, display_name, role, password_hash, password_changed_at, "
                    + "created_at, updated_at) VALUES ('sup.history2019', '历史监督员', 'SUPERVISOR', 'x', NOW(), NOW(), NOW())",
                    Statement.RETURN_GENERATED_KEYS);
            supervisorUser = key(s);
            s.executeUpdate("INSERT INTO supervisor (user_id, name, background, term_start, term_end, state, "
                    + "created_at, updated_at) VALUES (" + supervisorUser + ", '历史监督员', 'CITIZEN', '2019-01-01', "
                    + "'2019-12-31', 'EXPIRED', NOW(), NOW())", Statement.RETURN_GENERATED_KEYS);
            supervisor = key(s);
            s.executeUpdate("INSERT INTO supervisor_department (supervisor_id, department_id) SELECT " + supervisor
                    + ", id FROM department WHERE code IN ('MZJ', 'JYJ', 'HBJ', 'WJW', 'FPB', 'GTJ')");
            s.executeUpdate("INSERT INTO supervisor_key_area (supervisor_id, key_area_id) SELECT " + supervisor
                    + ", id FROM key_area WHERE code IN ('JY', 'SHJZ')");
        }
        first = generator.generate(spec(COMPLAINTS, true, true, 7L));
        firstRun = complaints();
        again = generator.generate(spec(COMPLAINTS, false, false, 7L));
        secondRun = complaints().subList(COMPLAINTS, 2 * COMPLAINTS);
        generator.generate(spec(300, false, false, 8L));
        otherSeed = complaints().subList(2 * COMPLAINTS, 2 * COMPLAINTS + 300);
    }

    @AfterAll
    void deleteTheHistory() throws SQLException {
        String complaints = "SELECT id FROM complaint WHERE id > " + complaintsBefore + " AND tracking_code LIKE '2019%'";
        String findings = "SELECT id FROM finding WHERE id > " + findingsBefore + " AND filed_at < '2020-01-01'";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("DELETE FROM workflow_event WHERE machine = 'review' AND record_id IN (SELECT id FROM "
                    + "review_task WHERE complaint_id IN (" + complaints + "))");
            s.executeUpdate("DELETE FROM review_task WHERE complaint_id IN (" + complaints + ")");
            String rectifications = "SELECT id FROM rectification WHERE subject_kind = 'finding' AND subject_id IN ("
                    + findings + ")";
            s.executeUpdate("DELETE FROM workflow_event WHERE machine = 'finding' AND record_id IN (" + findings + ")");
            s.executeUpdate("DELETE FROM workflow_event WHERE machine = 'rectification' AND record_id IN ("
                    + rectifications + ")");
            s.executeUpdate("DELETE FROM rectification_report WHERE rectification_id IN (" + rectifications + ")");
            s.executeUpdate("UPDATE rectification SET repeat_of = NULL WHERE id IN (SELECT id FROM (" + rectifications
                    + ") r)");
            s.executeUpdate("DELETE FROM rectification WHERE id IN (SELECT id FROM (" + rectifications + ") r)");
            s.executeUpdate("UPDATE finding SET duplicate_of = NULL WHERE id IN (SELECT id FROM (" + findings + ") f)");
            s.executeUpdate("DELETE FROM finding WHERE id IN (SELECT id FROM (" + findings + ") f)");
            s.executeUpdate("DELETE FROM workflow_event WHERE machine = 'complaint' AND record_id IN (" + complaints + ")");
            s.executeUpdate("DELETE FROM complaint WHERE id IN (SELECT id FROM (" + complaints + ") c)");
            s.executeUpdate("DELETE FROM supervisor_key_area WHERE supervisor_id = " + supervisor);
            s.executeUpdate("DELETE FROM supervisor_department WHERE supervisor_id = " + supervisor);
            s.executeUpdate("DELETE FROM supervisor WHERE id = " + supervisor);
            s.executeUpdate("DELETE FROM app_user WHERE id = " + supervisorUser);
            c.commit();
        }
    }

    private HistoryGenerator.Spec spec(int complaints, boolean events, boolean findings, long seed) {
        return new HistoryGenerator.Spec(FROM, TO, complaints, departments, areas, events, findings, seed, AS_OF);
    }

    @Test
    void theSummaryIsWhatWasWritten() throws SQLException {
        assertThat(first.complaints()).isEqualTo(COMPLAINTS);
        assertThat(firstRun).hasSize(COMPLAINTS);
        Map<ComplaintState, Integer> states = new EnumMap<>(ComplaintState.class);
        firstRun.forEach(r -> states.merge(ComplaintState.valueOf(r.state()), 1, Integer::sum));
        assertThat(states).isEqualTo(first.byState());
        assertThat(count("SELECT COUNT(*) FROM workflow_event WHERE machine = 'complaint' AND record_id BETWEEN ? AND ?", ids(firstRun)))
                .isEqualTo(first.events());
        assertThat(count("SELECT COUNT(*) FROM review_task WHERE complaint_id BETWEEN ? AND ?", ids(firstRun)))
                .isEqualTo(first.reviews()).isPositive();
        // every task given, and every one done or cancelled, has its steps in the task's history
        assertThat(count("SELECT COUNT(*) FROM workflow_event e JOIN review_task t ON t.id = e.record_id "
                + "WHERE e.machine = 'review' AND t.complaint_id BETWEEN ? AND ?", ids(firstRun)))
                .isEqualTo(count("SELECT COUNT(*) + SUM(CASE WHEN state = 'PENDING' THEN 0 ELSE 1 END) FROM review_task "
                        + "WHERE complaint_id BETWEEN ? AND ?", ids(firstRun)));
        assertThat(count("SELECT COUNT(*) FROM finding WHERE id > ? AND id <= ?", findingsBefore, Long.MAX_VALUE))
                .isEqualTo(first.findings()).isPositive();
        assertThat(first.reports()).isPositive();
        assertThat(firstRun).allSatisfy(r -> assertThat(r.submittedAt()).isBetween(
                FROM.atStartOfDay(ZONE).toInstant(), TO.plusDays(1).atStartOfDay(ZONE).toInstant()));
    }

    @Test
    void deadlinesFollowTheWorkingDayCalendar() {
        for (Row r : firstRun) {
            assertThat(r.acceptStart()).as(r.code()).isEqualTo(date(r.submittedAt()));
            assertThat(r.acceptDue()).as(r.code()).isEqualTo(calendar.plus(r.acceptStart(), complaintSettings.acceptDays()));
            assertThat(r.handleDue() == null).as(r.code()).isEqualTo(r.handleStart() == null);
            if (r.handleStart() != null) {
                assertThat(r.handleDue()).as(r.code())
                        .isEqualTo(calendar.plus(r.handleStart(), complaintSettings.handleDays() + r.extensionDays()));
            }
            assertThat(r.ratingDue() == null).as(r.code()).isEqualTo(r.ratingStart() == null);
            if (r.ratingStart() != null) {
                assertThat(r.ratingStart()).as(r.code()).isEqualTo(date(r.repliedAt()));
                assertThat(r.ratingDue()).as(r.code()).isEqualTo(calendar.plus(r.ratingStart(), complaintSettings.ratingDays()));
            }
            if (r.extensionDays() > 0) {
                assertThat(r.requestedExtension()).as(r.code()).isEqualTo(r.extensionDays());
            }
        }
        // some replied after their handling deadline, some not replied although it has passed
        assertThat(firstRun).anyMatch(r -> r.ratingStart() != null && r.ratingStart().isAfter(r.handleDue()));
        assertThat(firstRun).anyMatch(r -> r.ratingStart() == null && r.handleDue() != null
                && r.handleDue().isBefore(date(AS_OF)) && ComplaintState.valueOf(r.state()).withDepartment());
        assertThat(firstRun).anyMatch(r -> r.extensionDays() > 0);
    }

    @Test
    void statesMatchTheirFields() {
        for (Row r : firstRun) {
            ComplaintState state = ComplaintState.valueOf(r.state());
            String code = r.code() + " " + state;
            assertThat(r.closedAt() != null).as(code).isEqualTo(!state.open());
            assertThat(r.department() != null).as(code).isEqualTo(r.handleStart() != null);
            if (state.beforeRouting() || state == ComplaintState.REJECTED) {
                assertThat(r.department()).as(code).isNull();
            }
            if (state.withDepartment()) {
                assertThat(r.department()).as(code).isNotNull();
            }
            assertThat(r.rejectReason() != null).as(code).isEqualTo(state == ComplaintState.REJECTED);
            if (r.reopened()) {
                assertThat(r.repliedAt()).as(code).isNotNull();
                assertThat(r.rating()).as(code).isNotNull();
            } else if (state == ComplaintState.REPLIED || state.open()) {
                assertThat(r.rating()).as(code).isNull();
            }
            switch (state) {
                case REPLIED -> {
                    assertThat(r.replyText()).as(code).isNotBlank();
                    assertThat(r.ratingDue()).as(code).isAfterOrEqualTo(date(AS_OF));
                }
                case REOPENED -> {
                    assertThat(r.reopened()).as(code).isTrue();
                    assertThat(r.rating()).as(code).isEqualTo("DISSATISFIED");
                    assertThat(r.ratingStart()).as(code).isNull();
                    assertThat(r.handleStart()).as(code).isAfterOrEqualTo(date(r.repliedAt()));
                }
                case CLOSED -> {
                    assertThat(r.replyText()).as(code).isNotBlank();
                    assertThat(r.rating()).as(code).isNotNull();
                    assertThat(r.closedAt()).as(code).isAfter(r.repliedAt());
                    if (r.rating().equals("NOT_RATED")) {
                        assertThat(date(r.closedAt())).as(code).isAfter(r.ratingDue());
                    } else {
                        assertThat(date(r.closedAt())).as(code).isBeforeOrEqualTo(r.ratingDue());
                    }
                }
                case EXTENSION_REQUESTED -> assertThat(r.requestedExtension()).as(code).isNotNull();
                case SUBMITTED, ACCEPTED, ASSIGNED, IN_PROGRESS, RETURN_REQUESTED, REJECTED, WITHDRAWN -> {
                    if (!r.reopened()) {
                        assertThat(r.repliedAt()).as(code).isNull();
                        assertThat(r.replyText()).as(code).isNull();
                    }
                }
            }
            assertThat(r.updatedAt()).as(code).isBeforeOrEqualTo(AS_OF).isAfterOrEqualTo(r.submittedAt());
        }
    }

    @Test
    void oldOnesAreOverAndRecentOnesInEveryOpenState() {
        Instant fourMonthsBefore = AS_OF.atZone(ZONE).minusMonths(4).toInstant();
        assertThat(firstRun).filteredOn(r -> r.submittedAt().isBefore(fourMonthsBefore))
                .allSatisfy(r -> assertThat(ComplaintState.valueOf(r.state()).open()).as(r.code()).isFalse());
        Set<String> open = new HashSet<>();
        firstRun.stream().filter(r -> ComplaintState.valueOf(r.state()).open()).forEach(r -> open.add(r.state()));
        assertThat(open).contains("SUBMITTED", "ASSIGNED", "IN_PROGRESS", "REPLIED").hasSizeGreaterThanOrEqualTo(5);
        Map<String, Integer> ends = new HashMap<>();
        firstRun.stream().filter(r -> !ComplaintState.valueOf(r.state()).open()).forEach(r -> ends.merge(
                r.state().equals("CLOSED") ? r.rating() : r.state(), 1, Integer::sum));
        assertThat(ends).containsKeys("SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED", "NOT_RATED", "REJECTED", "WITHDRAWN");
        long replied = firstRun.stream().filter(r -> r.repliedAt() != null).count();
        long reopened = firstRun.stream().filter(Row::reopened).count();
        assertThat((double) reopened / replied).isBetween(0.01, 0.07);
    }

    @Test
    void departmentsDiffer() {
        Map<Long, int[]> byDepartment = new HashMap<>();
        for (Row r : firstRun) {
            if (r.ratingStart() != null) {
                int[] counts = byDepartment.computeIfAbsent(r.department(), k -> new int[2]);
                counts[0]++;
                counts[1] += r.ratingStart().isAfter(r.handleDue()) ? 1 : 0;
            }
        }
        List<Double> lateShares = byDepartment.values().stream().filter(c -> c[0] >= 20).map(c -> (double) c[1] / c[0])
                .sorted().toList();
        assertThat(lateShares).hasSizeGreaterThan(5);
        assertThat(lateShares.get(0)).isLessThan(0.05);
        assertThat(lateShares.get(lateShares.size() - 1)).isGreaterThan(0.15);
    }

    @Test
    void trackingCodesAreUniqueAndInTheRealFormat() {
        List<Row> all = new ArrayList<>(firstRun);
        all.addAll(secondRun);
        all.addAll(otherSeed);
        assertThat(all).allSatisfy(r -> {
            assertThat(r.code()).matches(CODE);
            assertThat(r.code()).startsWith(date(r.submittedAt()).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
        });
        assertThat(all.stream().map(Row::code).distinct().count()).isEqualTo(all.size());
    }

    @Test
    void noPersonalData() throws SQLException {
        List<Row> all = new ArrayList<>(firstRun);
        all.addAll(secondRun);
        assertThat(all).allSatisfy(r -> {
            assertThat(r.name()).isNull();
            assertThat(r.phone()).isNull();
            assertThat(r.consent()).isFalse();
            assertThat(r.clientIp()).isEmpty();
        });
        // the staff entered calls and letters; API items name their client
        assertThat(all).filteredOn(r -> r.channel().equals("PHONE") || r.channel().equals("LETTER"))
                .isNotEmpty().allSatisfy(r -> assertThat(r.enteredBy()).isNotNull());
        assertThat(all).filteredOn(r -> r.channel().equals("API")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.apiClient()).isNotBlank());
        assertThat(count("SELECT COUNT(*) FROM complaint WHERE id BETWEEN ? AND ? AND (CHAR_LENGTH(query_code_hash) <> 64 "
                + "OR CHAR_LENGTH(query_code_salt) <> 32)", ids(all))).isZero();
    }

    @Test
    void theSameSeedGivesTheSameHistory() throws SQLException {
        assertThat(again.byState()).isEqualTo(first.byState());
        for (int i = 0; i < COMPLAINTS; i++) {
            Row a = firstRun.get(i);
            Row b = secondRun.get(i);
            assertThat(List.of(b.subject(), b.state(), b.submittedAt(), String.valueOf(b.handleDue()), String.valueOf(b.rating())))
                    .isEqualTo(List.of(a.subject(), a.state(), a.submittedAt(), String.valueOf(a.handleDue()), String.valueOf(a.rating())));
            assertThat(b.code()).isNotEqualTo(a.code()); // taken by the first run
        }
        assertThat(otherSeed.stream().map(Row::subject).toList())
                .isNotEqualTo(firstRun.subList(0, 300).stream().map(Row::subject).toList());
        // without events and findings when not asked
        assertThat(again.events()).isZero();
        assertThat(count("SELECT COUNT(*) FROM workflow_event WHERE machine = 'complaint' AND record_id BETWEEN ? AND ?", ids(secondRun))).isZero();
        assertThat(count("SELECT COUNT(*) FROM review_task WHERE complaint_id BETWEEN ? AND ?", ids(secondRun))).isZero();
    }

    @Test
    void everyComplaintHasTheTimelineTheWorkflowAllows() throws SQLException {
        Map<Long, List<Object[]>> events = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT record_id, occurred_at, action, from_state, to_state, actor, actor_id, actor_name, department_id "
                        + "FROM workflow_event WHERE machine = 'complaint' AND record_id BETWEEN ? AND ? ORDER BY record_id, id")) {
            s.setLong(1, firstRun.get(0).id());
            s.setLong(2, firstRun.get(firstRun.size() - 1).id());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long department = r.getLong(9);
                    events.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new Object[]{
                            r.getTimestamp(2).toInstant(), ComplaintAction.valueOf(r.getString(3)), r.getString(4),
                            ComplaintState.valueOf(r.getString(5)), Actor.valueOf(r.getString(6)), r.getObject(7),
                            r.getString(8), r.wasNull() ? null : department});
                }
            }
        }
        Map<ComplaintAction, Integer> actions = new TreeMap<>();
        for (Row row : firstRun) {
            List<Object[]> timeline = events.get(row.id());
            assertThat(timeline).as(row.code()).hasSize(row.version() + 1);
            assertThat(timeline.get(0)[1]).isEqualTo(ComplaintAction.SUBMIT);
            assertThat(timeline.get(0)[2]).isNull();
            ComplaintState state = null;
            boolean extensionUsed = false;
            boolean reopened = false;
            Instant last = row.submittedAt();
            for (Object[] e : timeline) {
                Instant at = (Instant) e[0];
                ComplaintAction action = (ComplaintAction) e[1];
                Actor actor = (Actor) e[4];
                actions.merge(action, 1, Integer::sum);
                assertThat(at).as(row.code()).isAfterOrEqualTo(last);
                assertThat(e[2]).as(row.code()).isEqualTo(state == null ? null : state.name());
                if (state != null) {
                    assertThat(ComplaintWorkflow.next(state, action, actor, extensionUsed, reopened))
                            .as(row.code() + " " + action).contains((ComplaintState) e[3]);
                }
                if (actor == Actor.HANDLER) {
                    assertThat(e[7]).as(row.code()).isNotNull();
                    assertThat(e[5]).as("a handler of the department").isNotNull();
                }
                if (actor == Actor.PUBLIC) {
                    assertThat(e[5]).isNull();
                    assertThat(e[6]).isEqualTo("");
                }
                extensionUsed = action == ComplaintAction.ASSIGN ? false : extensionUsed || action == ComplaintAction.REQUEST_EXTENSION;
                reopened |= action == ComplaintAction.REOPEN;
                state = (ComplaintState) e[3];
                last = at;
            }
            assertThat(state).as(row.code()).isEqualTo(ComplaintState.valueOf(row.state()));
            assertThat(last).as(row.code()).isEqualTo(row.updatedAt());
            assertThat(reopened).isEqualTo(row.reopened());
        }
        assertThat(actions.keySet()).contains(ComplaintAction.SUBMIT, ComplaintAction.ACCEPT, ComplaintAction.REJECT, ComplaintAction.ASSIGN, ComplaintAction.RECEIVE,
                ComplaintAction.REQUEST_RETURN, ComplaintAction.APPROVE_RETURN, ComplaintAction.REQUEST_EXTENSION, ComplaintAction.APPROVE_EXTENSION,
                ComplaintAction.REPLY, ComplaintAction.RATE, ComplaintAction.REOPEN, ComplaintAction.EXPIRE, ComplaintAction.WITHDRAW, ComplaintAction.REMIND);
    }

    @Test
    void aGeneratedComplaintReadsLikeARealOne() {
        Row row = firstRun.stream().filter(r -> r.reopened() && r.state().equals("CLOSED")).findFirst().orElseThrow();
        var u = users.findByUsername("inspector").orElseThrow();
        SignedInUser inspector = new SignedInUser(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDepartmentId());
        ComplaintDetail detail = queries.detail(row.id(), inspector);
        assertThat(detail.anonymous()).isTrue();
        assertThat(detail.steps()).hasSize(row.version() + 1);
        assertThat(detail.steps()).extracting(Step::action)
                .contains(ComplaintAction.SUBMIT, ComplaintAction.ACCEPT, ComplaintAction.ASSIGN, ComplaintAction.RECEIVE, ComplaintAction.REOPEN);
        assertThat(detail.steps()).filteredOn(e -> e.action() == ComplaintAction.REPLY).hasSize(2)
                .allSatisfy(e -> assertThat(e.departmentId()).isNotNull());
        PublicView view = tracking.view(complaints.findById(row.id()).orElseThrow());
        assertThat(view.steps()).hasSize(row.version() + 1);
        assertThat(view.state()).isEqualTo(ComplaintState.CLOSED);
        assertThat(view.actions()).isEmpty();
    }

    /**
     * The stories hang together: a complaint names only a key area its department leads (or none: its general duties),
     * and a finding concerns a responsibility item its department leads or a key area it leads.
     */
    @Test
    void everyStoryConcernsItsDepartmentsOwnDuties() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT COUNT(*) FROM complaint c JOIN key_area a ON a.id = c.key_area_id "
                    + "WHERE c.id > " + complaintsBefore + " AND c.tracking_code LIKE '2019%' "
                    + "AND c.department_id IS NOT NULL AND NOT (a.lead_department_id <=> c.department_id) "
                    // sent to the wrong department first and not yet handed back: the only story where it may be
                    + "AND (c.replied_at IS NOT NULL "
                    + "OR c.state NOT IN ('ASSIGNED', 'IN_PROGRESS', 'RETURN_REQUESTED', 'WITHDRAWN'))"))
                    .as("complaints about a key area another department leads").isZero();
            assertThat(count(s, "SELECT COUNT(*) FROM complaint c WHERE c.id > " + complaintsBefore
                    + " AND c.tracking_code LIKE '2019%' AND c.key_area_id IS NOT NULL")).isPositive();
            String own = "SELECT COUNT(*) FROM finding f LEFT JOIN key_area a ON a.id = f.key_area_id "
                    + "WHERE f.id > " + findingsBefore + " AND f.filed_at < '2020-01-01' AND %s";
            assertThat(count(s, own.formatted("f.responsibility_item_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                    + "responsibility_department d WHERE d.item_id = f.responsibility_item_id "
                    + "AND d.department_id = f.department_id AND d.duty = 'LEAD')")))
                    .as("findings about an item the department does not lead").isZero();
            assertThat(count(s, own.formatted("f.responsibility_item_id IS NULL AND f.complaint_id IS NULL "
                    + "AND NOT (a.lead_department_id <=> f.department_id)")))
                    .as("findings about a key area another department leads").isZero();
            assertThat(count(s, own.formatted("f.department_id IN (SELECT id FROM department WHERE code IN "
                    + "('DZJ', 'QXJ', 'TYJ', 'CL')) AND f.complaint_id IS NULL")))
                    .as("findings against departments that lead neither an area nor an item").isZero();
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void findingsFollowTheirRules() throws SQLException {
        Map<Long, List<Object[]>> reports = new HashMap<>();
        Map<String, Integer> states = new TreeMap<>();
        Set<Long> staff = new HashSet<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT id FROM app_user WHERE role = 'INSPECTOR' OR id = " + supervisorUser)) {
                while (r.next()) {
                    staff.add(r.getLong(1));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT x.subject_id, p.submitted_at, p.on_time, p.verdict "
                    + "FROM rectification_report p JOIN rectification x ON x.id = p.rectification_id "
                    + "AND x.subject_kind = 'finding' WHERE x.subject_id > " + findingsBefore + " ORDER BY x.subject_id, p.id")) {
                while (r.next()) {
                    reports.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                            .add(new Object[]{r.getTimestamp(2).toInstant(), r.getBoolean(3), r.getString(4)});
                }
            }
            // a finding's own steps and its rectification's: as many as each record's version says it was changed
            try (ResultSet r = s.executeQuery("SELECT f.id, l.stage, f.source, f.filed_by, f.filed_at, x.started_on, "
                    + "x.returned_on, x.due_on, f.dismiss_reason, f.closed_at, f.complaint_id, f.key_area_id, "
                    + "f.responsibility_item_id, f.evidence_url, f.version + COALESCE(x.version + 1, 0), "
                    + "(SELECT COUNT(*) FROM workflow_event e WHERE (e.machine = 'finding' AND e.record_id = f.id) "
                    + "OR (e.machine = 'rectification' AND e.record_id = x.id)), "
                    + "(SELECT COUNT(*) FROM review_task t WHERE t.finding_id = f.id) "
                    + "FROM finding f JOIN finding_list l ON l.id = f.id "
                    + "LEFT JOIN rectification x ON x.subject_kind = 'finding' AND x.subject_id = f.id "
                    + "WHERE f.id > " + findingsBefore)) {
                while (r.next()) {
                    long id = r.getLong(1);
                    String state = r.getString(2);
                    states.merge(state, 1, Integer::sum);
                    Instant filed = r.getTimestamp(5).toInstant();
                    LocalDate confirmed = r.getObject(6, LocalDate.class);
                    LocalDate returned = r.getObject(7, LocalDate.class);
                    LocalDate due = r.getObject(8, LocalDate.class);
                    List<Object[]> own = reports.getOrDefault(id, List.of());
                    String what = "finding " + id + " " + state;
                    assertThat(filed).as(what).isBetween(FROM.atStartOfDay(ZONE).toInstant(), AS_OF);
                    assertThat(staff).as(what).contains(r.getLong(4));
                    assertThat(r.getObject(12) != null || r.getObject(13) != null || r.getString(3).equals("REVIEW")).as(what).isTrue();
                    assertThat(r.getInt(16)).as(what).isEqualTo(r.getInt(15) + 1);
                    if (r.getString(3).equals("REVIEW")) {
                        assertThat(r.getObject(11)).as(what).isNotNull();
                        assertThat(r.getInt(17)).as(what).isEqualTo(1);
                    } else {
                        assertThat(r.getString(14)).as(what).startsWith("http://");
                    }
                    assertThat(confirmed != null).as(what).isEqualTo(!state.equals("SUBMITTED") && !state.equals("DISMISSED"));
                    assertThat(r.getString(9) != null).as(what).isEqualTo(state.equals("DISMISSED"));
                    assertThat(r.getTimestamp(10) != null).as(what).isEqualTo(state.equals("CLOSED"));
                    if (confirmed == null) {
                        assertThat(due).as(what).isNull();
                        assertThat(own).as(what).isEmpty();
                        continue;
                    }
                    LocalDate firstDue = calendar.plus(confirmed, findingSettings.rectifyDays());
                    LocalDate expected = firstDue;
                    if (returned != null) {
                        LocalDate again = calendar.plus(returned, rectificationSettings.returnDays());
                        expected = again.isAfter(firstDue) ? again : firstDue;
                    }
                    assertThat(due).as(what).isEqualTo(expected);
                    for (int i = 0; i < own.size(); i++) {
                        LocalDate runningDue = i == 0 ? firstDue : due;
                        assertThat(own.get(i)[1]).as(what + " report " + i)
                                .isEqualTo(!date((Instant) own.get(i)[0]).isAfter(runningDue));
                    }
                    String lastVerdict = own.isEmpty() ? "none" : String.valueOf(own.get(own.size() - 1)[2]);
                    switch (state) {
                        case "RECTIFYING" -> assertThat(own).as(what).isEmpty();
                        case "REPORTED" -> assertThat(lastVerdict).as(what).isEqualTo("null");
                        case "RETURNED" -> assertThat(lastVerdict).as(what).isEqualTo("RETURNED");
                        case "CLOSED" -> assertThat(lastVerdict).as(what).isEqualTo("ACCEPTED");
                        default -> throw new AssertionError(what);
                    }
                }
            }
        }
        assertThat(states).containsKeys("CLOSED", "DISMISSED", "RECTIFYING");
        assertThat(reports.values().stream().flatMap(List::stream).map(r -> (Boolean) r[1]).distinct().toList())
                .as("reports on time and late").containsExactlyInAnyOrder(true, false);
        assertThat(reports.values()).as("a report returned").anyMatch(l -> "RETURNED".equals(l.get(0)[2]));
    }

    @Test
    void reviewTasksAreGivenOnTheReplyDayToTheSupervisorInOffice() throws SQLException {
        Map<Long, LocalDate> firstReply = new HashMap<>();
        Map<Long, Row> byId = new HashMap<>();
        firstRun.forEach(r -> byId.put(r.id(), r));
        Map<String, Integer> states = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT record_id, MIN(occurred_at) FROM workflow_event WHERE machine = 'complaint' AND action = 'REPLY' "
                    + "AND record_id > " + complaintsBefore + " GROUP BY record_id")) {
                while (r.next()) {
                    firstReply.put(r.getLong(1), date(r.getTimestamp(2).toInstant()));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT complaint_id, supervisor_id, state, assigned_on, due_on, timeliness, "
                    + "quality, attitude, comment, reviewed_at, finding_id FROM review_task WHERE complaint_id > " + complaintsBefore)) {
                while (r.next()) {
                    Row complaint = byId.get(r.getLong(1));
                    String state = r.getString(3);
                    states.merge(state, 1, Integer::sum);
                    LocalDate assigned = r.getObject(4, LocalDate.class);
                    assertThat(complaint).isNotNull();
                    assertThat(r.getLong(2)).isEqualTo(supervisor);
                    assertThat(assigned).isEqualTo(firstReply.get(complaint.id()));
                    assertThat(r.getObject(5, LocalDate.class)).isEqualTo(calendar.plus(assigned, supervisionSettings.reviewDays()));
                    Timestamp reviewed = r.getTimestamp(10);
                    switch (state) {
                        case "PENDING" -> assertThat(reviewed).isNull();
                        case "UNVERIFIABLE" -> {
                            assertThat(reviewed).isNotNull();
                            assertThat(r.getString(9)).isNotBlank();
                        }
                        case "REVIEWED" -> {
                            int lowest = 5;
                            for (int i = 6; i <= 8; i++) {
                                assertThat(r.getInt(i)).isBetween(1, 5);
                                lowest = Math.min(lowest, r.getInt(i));
                            }
                            assertThat(reviewed.toInstant()).isAfter(complaint.submittedAt()).isBeforeOrEqualTo(AS_OF);
                            boolean low = lowest <= supervisionSettings.lowScore();
                            assertThat(r.getObject(11) != null).isEqualTo(low);
                            if (low) {
                                assertThat(r.getString(9)).isNotBlank();
                            }
                        }
                        default -> throw new AssertionError(state);
                    }
                }
            }
        }
        assertThat(states).containsKeys("REVIEWED", "UNVERIFIABLE", "PENDING");
    }

    // ---------------------------------------------------------------- reading back

    private List<Row> complaints() throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT id, tracking_code, state, subject, submitted_at, accept_start, accept_due, department_id, "
                        + "handle_start, handle_due, extension_days, requested_extension_days, reopened, reply_text, "
                        + "replied_at, rating_start, rating_due, rating, reject_reason, closed_at, complainant_name, "
                        + "complainant_phone, consent_disclose, client_ip, channel, entered_by, api_client, updated_at, "
                        + "version FROM complaint WHERE id > " + complaintsBefore + " AND tracking_code LIKE '2019%' ORDER BY id")) {
            while (r.next()) {
                rows.add(new Row(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), instant(r, 5),
                        r.getObject(6, LocalDate.class), r.getObject(7, LocalDate.class), r.getObject(8, Long.class),
                        r.getObject(9, LocalDate.class), r.getObject(10, LocalDate.class), r.getInt(11),
                        r.getObject(12, Integer.class), r.getBoolean(13), r.getString(14), instant(r, 15),
                        r.getObject(16, LocalDate.class), r.getObject(17, LocalDate.class), r.getString(18),
                        r.getString(19), instant(r, 20), r.getString(21), r.getString(22), r.getBoolean(23),
                        r.getString(24), r.getString(25), r.getObject(26, Long.class), r.getString(27), instant(r, 28),
                        r.getInt(29)));
            }
        }
        return rows;
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        if (t != null) {
            assertThat(t.getNanos()).as("whole seconds").isZero();
        }
        return t == null ? null : t.toInstant();
    }

    private static LocalDate date(Instant at) {
        return LocalDate.ofInstant(at, ZONE);
    }

    private static long[] ids(List<Row> rows) {
        return new long[]{rows.get(0).id(), rows.get(rows.size() - 1).id()};
    }

    private long count(String sql, long... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setLong(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static long maxId(Statement s, String table) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long key(Statement s) throws SQLException {
        try (ResultSet r = s.getGeneratedKeys()) {
            r.next();
            return r.getLong(1);
        }
    }
}
