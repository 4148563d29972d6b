package org.sunshine.demo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sunshine.base.i18n.Messages;
import org.sunshine.calendar.WorkingDayCalendar;
import org.sunshine.complaint.ComplaintAction;
import org.sunshine.complaint.Channel;
import org.sunshine.complaint.ComplaintSettings;
import org.sunshine.complaint.ComplaintState;
import org.sunshine.complaint.ComplaintType;
import org.sunshine.complaint.ComplaintWorkflow;
import org.sunshine.complaint.Rating;
import org.sunshine.workflow.Actor;
import org.sunshine.finding.FindingAction;
import org.sunshine.finding.FindingSettings;
import org.sunshine.finding.FindingSource;
import org.sunshine.finding.FindingState;
import org.sunshine.finding.FindingWorkflow;
import org.sunshine.finding.IssueType;
import org.sunshine.rectification.RectificationAction;
import org.sunshine.rectification.RectificationSettings;
import org.sunshine.rectification.RectificationState;
import org.sunshine.rectification.RectificationWorkflow;
import org.sunshine.rectification.Report;
import org.sunshine.finding.Severity;
import org.sunshine.supervision.ReviewAction;
import org.sunshine.supervision.ReviewState;
import org.sunshine.supervision.ReviewWorkflow;
import org.sunshine.supervision.Scope;
import org.sunshine.supervision.SupervisionSettings;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Writes a realistic history of complaints — and, if asked, their timelines, review tasks, findings and
 * rectification reports — for the demo (a year of the demo city, {@link DemoActivity}) and for benchmarks
 * (a million complaints over 200 departments).
 * <p>
 * <b>Not through the services.</b> The history lies in the past, and the services run on today's clock: every step
 * they take is dated now. Here every complaint is played through its life on the working-day calendar from the
 * day it was submitted — accepted, assigned, received, perhaps returned and re-routed, perhaps extended, replied
 * on time or late, rated, reopened once, closed as not rated when the window ran out — checking each step against
 * {@link ComplaintWorkflow} (and {@link FindingWorkflow} for findings), and the result as it stood at
 * {@link Spec#asOf()} (default: now) is written with batched multi-row JDBC inserts on a connection of the pool
 * itself: {@value #ROWS_PER_STATEMENT} rows per INSERT statement and one transaction per batch of
 * {@value #ROWS_PER_STATEMENT} complaints (with their events and review tasks), one per month of findings. A
 * failure leaves the batches already committed.
 * <p>
 * <b>What a complaint looks like.</b> Submitted on a day of [from, to] (fewer on weekends and holidays, a mild
 * seasonal curve) mostly in office hours, by the web form, the API (12345 hotline, mayor's mailbox), phone or letter
 * (entered by an inspector); anonymous — no name, phone or address, not even made-up ones; the query code's hash
 * and salt are random (nobody can look the item up). Deadlines are {@link WorkingDayCalendar#plus} of the start
 * dates by the configured days ({@code sunshine.complaints.*}), as {@code ComplaintDeadlines} computes them. Each
 * department has a quality level drawn from the seed, so that some are late a lot and some rarely, and
 * satisfaction differs too. Subjects, contents and replies are Chinese templates per key area ({@link HistoryTexts}).
 * <p>
 * <b>Tracking codes</b> keep the real format {@code yyyyMMdd-NNNNNN} (the submission's business date): per day, the
 * six digits run through a fixed permutation of 000000–999999 starting at a point drawn from the seed, skipping
 * every code of that day already in the table, so generated codes look random, never collide with real ones or an
 * earlier run, and stay unique.
 * <p>
 * Deterministic: the same spec (seed, lists, dates, asOf) on the same calendar and users gives the same rows,
 * except for tracking codes skipped because they were taken. The ids are the database's.
 */
@Singleton
public class HistoryGenerator {

    public static final int ROWS_PER_STATEMENT = 1000;
    /** The share (%) of replied complaints in a supervisor's scope given for review (capped by the setting). */
    static final int REVIEW_PERCENT = 30;
    /** Findings filed per department and month, on average (weak departments get more). */
    static final double FINDINGS_PER_DEPARTMENT_MONTH = 2.5;

    private static final Logger LOG = LoggerFactory.getLogger(HistoryGenerator.class);
    /** Coprime with 10^6: k -> (STEP * k + start) mod 10^6 visits every six-digit number once. */
    private static final long TRACKING_STEP = 740_773;
    private static final int MILLION = 1_000_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final List<String> API_CLIENTS = List.of("12345政务服务便民热线", "12345政务服务便民热线",
            "12345政务服务便民热线", "市长信箱");
    private static final Person PUBLIC = new Person(null, "");
    private static final int OPEN = 8 * 3600 + 1800;
    private static final int CLOSE = 17 * 3600 + 1800;

    /**
     * What to generate.
     *
     * @param from          the first day complaints are submitted on
     * @param to            the last day (before the day of {@code asOf})
     * @param complaints    how many complaints
     * @param departmentIds the departments complaints go to (existing ones)
     * @param keyAreaIds    the key areas complaints are about (one in five has none); may be empty
     * @param withEvents    write every complaint's timeline ({@code workflow_event})
     * @param withFindings  write review tasks for replied complaints (to supervisors in office whose scope covers
     *                      them, if any), findings by inspectors and supervisors each month (if there are
     *                      inspectors) with their timelines and rectification reports, and the findings opened by low
     *                      review scores
     * @param seed          the same seed gives the same history
     * @param asOf          the moment the history is written as of: later steps have not happened yet (null: now)
     */
    public record Spec(LocalDate from, LocalDate to, int complaints, List<Long> departmentIds, List<Long> keyAreaIds,
                       boolean withEvents, boolean withFindings, long seed, @Nullable Instant asOf) {

        public Spec {
            departmentIds = List.copyOf(departmentIds);
            keyAreaIds = List.copyOf(keyAreaIds);
        }

        /** As of now. */
        public Spec(LocalDate from, LocalDate to, int complaints, List<Long> departmentIds, List<Long> keyAreaIds,
                    boolean withEvents, boolean withFindings, long seed) {
            this(from, to, complaints, departmentIds, keyAreaIds, withEvents, withFindings, seed, null);
        }
    }

    /** What was written, and how long it took. */
    public record Summary(int complaints, Map<ComplaintState, Integer> byState, int events, int reviews, int findings,
                          int findingEvents, int reports, Duration took) {

        public double complaintsPerSecond() {
            return complaints / Math.max(0.001, took.toNanos() / 1e9);
        }
    }

    private final DataSource dataSource;
    private final WorkingDayCalendar calendar;
    private final ComplaintSettings complaintSettings;
    private final FindingSettings findingSettings;
    private final RectificationSettings rectificationSettings;
    private final SupervisionSettings supervisionSettings;
    private final Messages messages;
    private final Clock clock;

    public HistoryGenerator(DataSource dataSource, WorkingDayCalendar calendar, ComplaintSettings complaintSettings,
                            FindingSettings findingSettings, RectificationSettings rectificationSettings,
                            SupervisionSettings supervisionSettings, Messages messages, Clock clock) {
        this.dataSource = dataSource;
        this.calendar = calendar;
        this.complaintSettings = complaintSettings;
        this.findingSettings = findingSettings;
        this.rectificationSettings = rectificationSettings;
        this.supervisionSettings = supervisionSettings;
        this.messages = messages;
        this.clock = clock;
    }

    public Summary generate(Spec spec) {
        Instant asOf = (spec.asOf() == null ? Instant.now(clock) : spec.asOf()).truncatedTo(ChronoUnit.SECONDS);
        if (spec.from().isAfter(spec.to()) || spec.complaints() < 0) {
            throw new IllegalArgumentException("No such history: " + spec);
        }
        if (!spec.to().isBefore(LocalDate.ofInstant(asOf, clock.getZone()))) {
            throw new IllegalArgumentException("A history must end before the day it is written as of: " + spec.to() + ", " + asOf);
        }
        if (spec.complaints() > 0 && spec.departmentIds().isEmpty()) {
            throw new IllegalArgumentException("Complaints need departments");
        }
        long started = System.nanoTime();
        // the pool itself, not the bean that joins the caller's transaction: each batch commits on its own
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                Run run = new Run(spec, asOf, c);
                run.complaints();
                long complaintsDone = System.nanoTime();
                if (spec.withFindings()) {
                    run.findings();
                }
                LOG.debug("Complaints in {} ms, findings in {} ms", (complaintsDone - started) / 1_000_000,
                        (System.nanoTime() - complaintsDone) / 1_000_000);
                Summary summary = new Summary(run.written, Collections.unmodifiableMap(run.byState), run.eventCount,
                        run.reviewCount, run.findingCount, run.findingEventCount, run.reportCount,
                        Duration.ofNanos(System.nanoTime() - started));
                LOG.info("Generated {} complaints from {} to {} ({} events, {} reviews, {} findings, {} reports) in {} ms, "
                                + "{} complaints/s", summary.complaints(), spec.from(), spec.to(), summary.events(),
                        summary.reviews(), summary.findings(), summary.reports(), summary.took().toMillis(),
                        Math.round(summary.complaintsPerSecond()));
                return summary;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback(); // the batch under way; the ones before it stay
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Generating the history failed: " + e.getMessage(), e);
        }
    }

    /** A member of staff (or nobody: the public, the platform). */
    private record Person(@Nullable Long id, String name) {
    }

    private record Department(long id, String code, String name, double quality, double weight) {
    }

    private record Area(long id, String code, @Nullable Long lead) {
    }

    private record Item(long id, @Nullable Long areaId, String areaCode) {
    }

    private record Sup(long id, Person person, String name, LocalDate from, LocalDate last, Scope scope) {

        boolean inOffice(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(last);
        }
    }

    private record Event(Instant at, ComplaintAction action, @Nullable ComplaintState from, ComplaintState to, Actor kind,
                         Person who, @Nullable Long department, String note) {
    }

    /** A complaint while it is played through. */
    private static final class Row {
        final SplittableRandom r;
        long id;
        String code;
        String hash;
        String salt;
        ComplaintType type;
        Channel channel;
        ComplaintState state;
        Long areaId;
        String areaCode;
        Long requestedDepartment;
        Long department;
        String subject;
        String content;
        HistoryTexts.Text text;
        HistoryTexts.Topic topic;
        Instant submittedAt;
        LocalDate acceptStart;
        LocalDate acceptDue;
        LocalDate handleStart;
        LocalDate handleDue;
        int extensionDays;
        Integer requestedExtension;
        boolean reopened;
        String replyText;
        Instant repliedAt;
        LocalDate ratingStart;
        LocalDate ratingDue;
        Rating rating;
        String ratingComment;
        String rejectReason;
        Instant closedAt;
        Long enteredBy;
        String apiClient;
        Instant updatedAt;
        int version = -1;
        boolean cut;
        Instant firstReplyAt;
        boolean firstReplyLate;
        final List<Event> events = new ArrayList<>();

        Row(SplittableRandom r) {
            this.r = r;
        }
    }

    /** A review task of a batch, and the finding its low score opens. */
    private record Review(Row complaint, Sup supervisor, ReviewState state, LocalDate assignedOn, LocalDate dueOn,
                         Integer timeliness, Integer quality, Integer attitude, String comment,
                         @Nullable Instant reviewedAt, Instant updatedAt, int version) {
    }

    /** A finding to file: by an inspector or a supervisor, or opened by a low review score. */
    private record Plan(Instant filedAt, long department, IssueType issue, @Nullable Long areaId, @Nullable Long itemId,
                        String description, @Nullable String evidenceUrl, Severity severity, FindingSource source,
                        Person filer, @Nullable Long complaintId, @Nullable Long supervisorId, HistoryTexts.Topic topic,
                        long seed) {
    }

    /** A finding filed, for the duplicate and repeat marks of the later ones. */
    private record Filed(long id, long department, IssueType issue, @Nullable Long itemId, @Nullable Long areaId,
                         Instant filedAt, @Nullable Instant endedAt, @Nullable LocalDate confirmedOn,
                         @Nullable Long rectificationId) {
    }

    /** One generation. */
    private final class Run {

        final Spec spec;
        final Instant asOf;
        final Connection c;
        final ZoneId zone = clock.getZone();
        final Map<Long, LocalDate> plusCache = new ConcurrentHashMap<>();
        final List<Department> departments = new ArrayList<>();
        final Map<Long, Department> departmentById = new HashMap<>();
        final double[] cumulativeWeight;
        final List<Area> areas = new ArrayList<>();
        final Map<Long, Area> areaById = new HashMap<>();
        final Map<Long, List<Area>> ledAreas = new HashMap<>();
        final Map<Long, List<Item>> itemsByLead = new HashMap<>();
        final List<Person> inspectors = new ArrayList<>();
        final Map<Long, List<Person>> handlers = new HashMap<>();
        final List<Sup> supervisors = new ArrayList<>();
        final long[] takenCodes;
        final List<Plan> reviewPlans = new ArrayList<>();
        final Map<ComplaintState, Integer> byState = new EnumMap<>(ComplaintState.class);
        final int reviewPercent = Math.min(REVIEW_PERCENT, supervisionSettings.samplePercent());
        int written;
        int eventCount;
        int reviewCount;
        int findingCount;
        int findingEventCount;
        int reportCount;

        Run(Spec spec, Instant asOf, Connection c) throws SQLException {
            this.spec = spec;
            this.asOf = asOf;
            this.c = c;
            readDirectory();
            cumulativeWeight = new double[departments.size()];
            double sum = 0;
            for (int i = 0; i < departments.size(); i++) {
                // the lead departments of key areas hear more from the public
                sum += departments.get(i).weight() * (ledAreas.containsKey(departments.get(i).id()) ? 2 : 1);
                cumulativeWeight[i] = sum;
            }
            readPeople();
            takenCodes = takenCodes();
        }

        // ---------------------------------------------------------------- what is there already

        private void readDirectory() throws SQLException {
            Map<Long, String[]> all = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, code, name FROM department")) {
                while (r.next()) {
                    all.put(r.getLong(1), new String[]{r.getString(2), r.getString(3)});
                }
            }
            for (long id : spec.departmentIds()) {
                String[] d = all.get(id);
                if (d == null) {
                    throw new IllegalArgumentException("No department " + id);
                }
                SplittableRandom r = new SplittableRandom(mix(spec.seed(), 0x5EED_DE9L, id));
                // most departments good, a few weak: lateness from 2 % to about 40 %
                double quality = 1 - 0.9 * Math.pow(r.nextDouble(), 1.7);
                // a long tail of load: a few departments get many complaints
                double weight = Math.exp(0.5 * gaussian(r));
                Department department = new Department(id, d[0], d[1], quality, weight);
                if (departmentById.putIfAbsent(id, department) == null) {
                    departments.add(department);
                }
            }
            Map<Long, Area> allAreas = new HashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT id, code, lead_department_id FROM key_area")) {
                while (r.next()) {
                    long lead = r.getLong(3);
                    allAreas.put(r.getLong(1), new Area(r.getLong(1), r.getString(2), r.wasNull() ? null : lead));
                }
            }
            for (long id : spec.keyAreaIds()) {
                Area area = allAreas.get(id);
                if (area == null) {
                    throw new IllegalArgumentException("No key area " + id);
                }
                if (areaById.putIfAbsent(id, area) == null) {
                    areas.add(area);
                    if (area.lead() != null && departmentById.containsKey(area.lead())) {
                        ledAreas.computeIfAbsent(area.lead(), k -> new ArrayList<>()).add(area);
                    }
                }
            }
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT i.id, i.key_area_id, d.department_id FROM responsibility_item i "
                            + "JOIN responsibility_department d ON d.item_id = i.id "
                            + "WHERE i.active AND d.duty = 'LEAD' ORDER BY i.seq_no, d.department_id")) {
                while (r.next()) {
                    long area = r.getLong(2);
                    Long areaId = r.wasNull() ? null : area;
                    Area a = areaId == null ? null : allAreas.get(areaId);
                    itemsByLead.computeIfAbsent(r.getLong(3), k -> new ArrayList<>())
                            .add(new Item(r.getLong(1), areaId, a == null ? "" : a.code()));
                }
            }
        }

        private void readPeople() throws SQLException {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT id, display_name, role, department_id FROM app_user WHERE enabled ORDER BY id")) {
                while (r.next()) {
                    Person p = new Person(r.getLong(1), r.getString(2));
                    long department = r.getLong(4);
                    boolean inDepartment = !r.wasNull();
                    switch (r.getString(3)) {
                        case "INSPECTOR" -> inspectors.add(p);
                        case "HANDLER" -> {
                            if (inDepartment) {
                                handlers.computeIfAbsent(department, k -> new ArrayList<>()).add(p);
                            }
                        }
                        default -> {
                        }
                    }
                }
            }
            Map<Long, Set<Long>> scopeDepartments = new HashMap<>();
            Map<Long, Set<Long>> scopeAreas = new HashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT supervisor_id, department_id FROM supervisor_department")) {
                while (r.next()) {
                    scopeDepartments.computeIfAbsent(r.getLong(1), k -> new HashSet<>()).add(r.getLong(2));
                }
            }
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT supervisor_id, key_area_id FROM supervisor_key_area")) {
                while (r.next()) {
                    scopeAreas.computeIfAbsent(r.getLong(1), k -> new HashSet<>()).add(r.getLong(2));
                }
            }
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT s.id, s.user_id, u.display_name, s.name, s.term_start, s.term_end, s.ended_on "
                            + "FROM supervisor s JOIN app_user u ON u.id = s.user_id WHERE u.enabled ORDER BY s.id")) {
                while (r.next()) {
                    long id = r.getLong(1);
                    LocalDate end = r.getObject(6, LocalDate.class);
                    LocalDate ended = r.getObject(7, LocalDate.class);
                    // in office up to the term's end, or up to the day before an early end
                    LocalDate last = ended != null && !ended.isAfter(end) ? ended.minusDays(1) : end;
                    supervisors.add(new Sup(id, new Person(r.getLong(2), r.getString(3)), r.getString(4),
                            r.getObject(5, LocalDate.class), last, new Scope(scopeDepartments.getOrDefault(id, Set.of()),
                            scopeAreas.getOrDefault(id, Set.of()))));
                }
            }
        }

        /** The codes of the range's days already in the table, as yyyyMMdd × 10^6 + the six digits, sorted. */
        private long[] takenCodes() throws SQLException {
            long[] codes = new long[1024];
            int n = 0;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT tracking_code FROM complaint WHERE tracking_code >= ? AND tracking_code <= ?")) {
                s.setString(1, spec.from().format(DAY) + "-000000");
                s.setString(2, spec.to().format(DAY) + "-999999");
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        String code = r.getString(1);
                        if (code.length() == 15 && code.charAt(8) == '-') {
                            if (n == codes.length) {
                                codes = Arrays.copyOf(codes, n * 2);
                            }
                            codes[n++] = Long.parseLong(code.substring(0, 8)) * MILLION + Long.parseLong(code.substring(9));
                        }
                    }
                }
            }
            long[] sorted = Arrays.copyOf(codes, n);
            Arrays.sort(sorted);
            return sorted;
        }

        // ---------------------------------------------------------------- complaints

        /**
         * Plays the complaints day by day in a thread of its own while this one writes the batches it hands over
         * (on two cores, the database and the generation overlap).
         */
        void complaints() throws SQLException {
            BlockingQueue<List<Row>> queue = new ArrayBlockingQueue<>(4);
            List<Row> end = new ArrayList<>();
            Throwable[] failure = new Throwable[1];
            Thread producer = new Thread(() -> {
                try {
                    produce(queue);
                } catch (InterruptedException stopped) {
                    return;
                } catch (Throwable t) {
                    failure[0] = t;
                }
                try {
                    queue.put(end);
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
            }, "history-generator");
            producer.setDaemon(true);
            producer.start();
            boolean done = false;
            try (Writer writer = new Writer()) {
                while (true) {
                    List<Row> batch = queue.take();
                    if (batch == end) {
                        break;
                    }
                    writer.write(batch);
                }
                done = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while generating the history", e);
            } finally {
                if (!done) {
                    producer.interrupt();
                }
            }
            if (failure[0] instanceof RuntimeException e) {
                throw e;
            }
            if (failure[0] != null) {
                throw new IllegalStateException("Generating the history failed", failure[0]);
            }
        }

        private void produce(BlockingQueue<List<Row>> queue) throws InterruptedException {
            List<LocalDate> days = spec.from().datesUntil(spec.to().plusDays(1)).toList();
            int[] perDay = perDay(days);
            List<Row> batch = new ArrayList<>(ROWS_PER_STATEMENT);
            int index = 0;
            for (int d = 0; d < days.size(); d++) {
                LocalDate day = days.get(d);
                if (perDay[d] == 0) {
                    continue;
                }
                SplittableRandom dayRandom = new SplittableRandom(mix(spec.seed(), 0xDA7L, day.toEpochDay()));
                int[] seconds = new int[perDay[d]];
                boolean working = calendar.isWorkingDay(day);
                for (int i = 0; i < seconds.length; i++) {
                    seconds[i] = submissionSecond(working, dayRandom);
                }
                Arrays.sort(seconds);
                String prefix = day.format(DAY) + "-";
                long dayCode = Long.parseLong(day.format(DAY));
                long next = Math.floorMod(mix(spec.seed(), 0xC0DEL, day.toEpochDay()), (long) MILLION);
                for (int second : seconds) {
                    Row row = new Row(new SplittableRandom(mix(spec.seed(), 0xC0A1L, index++)));
                    // the next free code of the day in the permutation
                    while (Arrays.binarySearch(takenCodes, dayCode * MILLION + next) >= 0) {
                        next = (next + TRACKING_STEP) % MILLION;
                    }
                    row.code = prefix + sixDigits(next);
                    next = (next + TRACKING_STEP) % MILLION;
                    play(row, day, second, working);
                    batch.add(row);
                    if (batch.size() == ROWS_PER_STATEMENT) {
                        queue.put(batch);
                        batch = new ArrayList<>(ROWS_PER_STATEMENT);
                    }
                }
            }
            if (!batch.isEmpty()) {
                queue.put(batch);
            }
        }

        /** Complaints per day: weekdays and the season weigh, rounded so that they add up to the number asked. */
        private int[] perDay(List<LocalDate> days) {
            double[] weights = new double[days.size()];
            double sum = 0;
            for (int i = 0; i < weights.length; i++) {
                LocalDate day = days.get(i);
                double season = 1 + 0.15 * Math.sin(2 * Math.PI * (day.getDayOfYear() - 45) / 365.0);
                weights[i] = (calendar.isWorkingDay(day) ? 1.0 : 0.3) * season;
                sum += weights[i];
            }
            int[] counts = new int[days.size()];
            Integer[] order = new Integer[days.size()];
            double[] rest = new double[days.size()];
            int total = 0;
            for (int i = 0; i < weights.length; i++) {
                double exact = spec.complaints() * weights[i] / sum;
                counts[i] = (int) Math.floor(exact);
                rest[i] = exact - counts[i];
                total += counts[i];
                order[i] = i;
            }
            Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -rest[i]).thenComparingInt(i -> i));
            for (int i = 0; total < spec.complaints(); i++, total++) {
                counts[order[i % order.length]]++;
            }
            return counts;
        }

        private int submissionSecond(boolean working, SplittableRandom r) {
            if (!working) {
                return 8 * 3600 + r.nextInt(14 * 3600);
            }
            if (r.nextInt(100) < 80) {
                return workSecond(r);
            }
            return r.nextBoolean() ? 7 * 3600 + r.nextInt(5400) : 18 * 3600 + r.nextInt(5 * 3600);
        }

        /** Draws a complaint and plays it through its life up to {@code asOf}. */
        private void play(Row c, LocalDate day, int second, boolean working) {
            SplittableRandom r = c.r;
            c.submittedAt = at(day, second);
            boolean officeHours = working && second >= OPEN && second < CLOSE;
            int channel = r.nextInt(100);
            if (channel < 55 || (!officeHours && channel >= 75) || (inspectors.isEmpty() && channel >= 75)) {
                c.channel = Channel.WEB;
            } else if (channel < 75) {
                c.channel = Channel.API;
                c.apiClient = HistoryTexts.pick(API_CLIENTS, r);
            } else {
                c.channel = channel < 92 ? Channel.PHONE : Channel.LETTER;
            }
            int type = r.nextInt(100);
            c.type = type < 70 ? ComplaintType.COMPLAINT : type < 80 ? ComplaintType.REPORT
                    : type < 90 ? ComplaintType.SUGGESTION : ComplaintType.INQUIRY;
            // the department first; a department that leads a key area mostly hears about that area
            Department target = weighted(r);
            List<Area> led = ledAreas.getOrDefault(target.id(), List.of());
            // a complaint names a key area only if it is one the department leads: never another's
            boolean own = !led.isEmpty() && r.nextInt(100) < 75;
            Area area = own ? led.get(r.nextInt(led.size())) : null;
            c.areaId = area == null ? null : area.id();
            c.areaCode = area == null ? null : area.code();
            // one in twenty is asked back: four times in five it was sent to the wrong department, which hands it
            // back to the right one; else the department asks to hand back its own complaint and is refused
            boolean askedBack = departments.size() > 1 && r.nextInt(1000) < 50;
            boolean misrouted = askedBack && r.nextInt(100) < 80;
            Department first = misrouted ? other(target, r) : target;
            if (r.nextInt(100) < 40) {
                c.requestedDepartment = r.nextInt(100) < 85 ? first.id() : other(first, r).id();
            }
            // about the area's own information when the department leads it, else about its general duties
            c.topic = HistoryTexts.topic(own ? c.areaCode : null, r);
            c.text = HistoryTexts.complaint(c.type, c.topic, target.name(), day, r);
            c.subject = c.text.subject();
            c.content = c.text.content();
            c.hash = hex(r, 64);
            c.salt = hex(r, 32);
            c.acceptStart = day;
            c.acceptDue = plus(day, complaintSettings.acceptDays());

            Person submitter = PUBLIC;
            Actor submittedBy = Actor.PUBLIC;
            if (c.channel == Channel.PHONE || c.channel == Channel.LETTER) {
                submitter = inspector(r);
                submittedBy = Actor.INSPECTOR;
                c.enteredBy = submitter.id();
            }
            step(c, c.submittedAt, ComplaintAction.SUBMIT, submittedBy, submitter, c.channel.name(), x -> { });

            if (r.nextInt(1000) < 8) {
                Instant t = publicAfter(c.submittedAt, plus(day, 1), r);
                step(c, t, ComplaintAction.WITHDRAW, Actor.PUBLIC, PUBLIC, HistoryTexts.pick(HistoryTexts.WITHDRAW_REASONS, r),
                        x -> x.closedAt = t);
                return;
            }
            Instant decided = staffAfter(c.submittedAt, pick(r, 55, 30, 12, 3), r);
            Person inspector = inspector(r);
            if (r.nextInt(100) < 4) {
                String reason = HistoryTexts.pick(HistoryTexts.REJECT_REASONS, r);
                step(c, decided, ComplaintAction.REJECT, Actor.INSPECTOR, inspector, reason, x -> {
                    x.rejectReason = reason;
                    x.closedAt = decided;
                });
                return;
            }
            if (!step(c, decided, ComplaintAction.ACCEPT, Actor.INSPECTOR, inspector, "", x -> { })) {
                return;
            }
            Instant assigned = r.nextInt(100) < 75 ? decided.plusSeconds(60 + r.nextInt(3600)) : staffAfter(decided, 1, r);
            if (!assign(c, assigned, first, inspector) || !receive(c, first, r)) {
                return;
            }
            Department handling = first;
            if (askedBack) {
                Person handler = handler(first, r);
                Instant asked = staffAfter(c.updatedAt, pick(r, 60, 40), r);
                String rightOne = misrouted ? target.name() : other(target, r).name();
                if (!step(c, asked, ComplaintAction.REQUEST_RETURN, Actor.HANDLER, handler,
                        HistoryTexts.returnReason(rightOne), x -> { })) {
                    return;
                }
                Instant answered = staffAfter(asked, pick(r, 10, 40, 30, 20), r);
                Person decider = inspector(r);
                if (misrouted) {
                    if (!step(c, answered, ComplaintAction.APPROVE_RETURN, Actor.INSPECTOR, decider, "", x -> {
                        x.department = null;
                        x.handleStart = null;
                        x.handleDue = null;
                    })) {
                        return;
                    }
                    if (!assign(c, answered.plusSeconds(60 + r.nextInt(1800)), target, decider) || !receive(c, target, r)) {
                        return;
                    }
                    handling = target;
                } else if (!step(c, answered, ComplaintAction.REFUSE_RETURN, Actor.INSPECTOR, decider,
                        HistoryTexts.pick(HistoryTexts.RETURN_REFUSALS, r), x -> { })) {
                    return;
                }
            }
            if (!handle(c, handling, false)) {
                return;
            }
            afterReply(c, handling);
        }

        private boolean assign(Row c, Instant at, Department department, Person inspector) {
            LocalDate day = date(at);
            return step(c, at, ComplaintAction.ASSIGN, Actor.INSPECTOR, inspector, HistoryTexts.pick(HistoryTexts.ASSIGN_NOTES, c.r),
                    x -> {
                        x.department = department.id();
                        x.handleStart = day;
                        x.extensionDays = 0;
                        x.requestedExtension = null;
                        x.handleDue = plus(day, complaintSettings.handleDays());
                    });
        }

        private boolean receive(Row c, Department department, SplittableRandom r) {
            Instant at = staffAfter(c.updatedAt, pick(r, 60, 35, 5), r);
            return step(c, at, ComplaintAction.RECEIVE, Actor.HANDLER, handler(department, r), "", x -> { });
        }

        /**
         * The department at work, from the handling clock's start: perhaps an extension, reminders when it runs
         * late, then the reply (or the complainant withdraws first). False if the story ends here.
         */
        private boolean handle(Row c, Department department, boolean again) {
            SplittableRandom r = c.r;
            Person handler = handler(department, r);
            int days = complaintSettings.handleDays();
            double lateShare = 0.02 + 0.45 * Math.pow(1 - department.quality(), 2) * (again ? 0.5 : 1);
            boolean late = r.nextDouble() < lateShare;
            boolean extend = c.requestedExtension == null && days > 3 && r.nextInt(100) < (late ? 25 : 6);
            int requested = extend ? Math.min(complaintSettings.maxExtensionDays(), HistoryTexts.pick(List.of(3, 5, 5, 7, 10, 10), r)) : 0;
            boolean granted = extend && r.nextInt(100) < 85;
            int allowed = days + (granted ? requested : 0);
            int n = late ? allowed + 1 + Math.min(r.nextInt(6), r.nextInt(13))
                    : Math.max(1, Math.min(allowed, (int) Math.ceil(allowed * (r.nextDouble() + r.nextDouble()) / 2)));
            LocalDate start = c.handleStart;
            if (extend) {
                int askedOn = 2 + r.nextInt(Math.max(1, days - 3));
                n = Math.max(n, askedOn + 2);
                Instant asked = later(c, at(plus(start, askedOn), workSecond(r)), r);
                if (!step(c, asked, ComplaintAction.REQUEST_EXTENSION, Actor.HANDLER, handler,
                        HistoryTexts.pick(HistoryTexts.EXTENSION_REASONS, r) + " (+" + requested + ")",
                        x -> x.requestedExtension = requested)) {
                    return false;
                }
                Instant decided = staffAfter(asked, pick(r, 20, 40, 25, 15), r);
                Person inspector = inspector(r);
                boolean ok = granted ? step(c, decided, ComplaintAction.APPROVE_EXTENSION, Actor.INSPECTOR, inspector, "", x -> {
                    x.extensionDays = requested;
                    x.handleDue = plus(start, days + requested);
                }) : step(c, decided, ComplaintAction.REFUSE_EXTENSION, Actor.INSPECTOR, inspector,
                        HistoryTexts.pick(HistoryTexts.EXTENSION_REFUSALS, r), x -> { });
                if (!ok) {
                    return false;
                }
            }
            Instant replied = later(c, at(plus(start, n), workSecond(r)), r);
            if (r.nextInt(1000) < 12) {
                Instant withdrawn = publicAfter(c.updatedAt, date(replied), r);
                if (withdrawn.isBefore(replied)) {
                    step(c, withdrawn, ComplaintAction.WITHDRAW, Actor.PUBLIC, PUBLIC,
                            HistoryTexts.pick(HistoryTexts.WITHDRAW_REASONS, r), x -> x.closedAt = withdrawn);
                    return false;
                }
            }
            // 催办: on the last day, and again once it is overdue
            if (n >= allowed - 1 && r.nextInt(100) < (late ? 70 : 15)) {
                Instant reminded = later(c, at(plus(start, allowed - 1 < 1 ? 1 : allowed - 1), workSecond(r)), r);
                if (reminded.isBefore(replied) && !step(c, reminded, ComplaintAction.REMIND, Actor.INSPECTOR, inspector(r),
                        HistoryTexts.REMINDERS.get(r.nextInt(2)), x -> { })) {
                    return false;
                }
                if (late && n > allowed + 1) {
                    Instant again2 = later(c, at(plus(start, allowed + 1), workSecond(r)), r);
                    if (again2.isBefore(replied) && !step(c, again2, ComplaintAction.REMIND, Actor.INSPECTOR, inspector(r),
                            HistoryTexts.REMINDERS.get(2), x -> { })) {
                        return false;
                    }
                }
            }
            String reply = HistoryTexts.reply(c.text, c.topic, department.name(), date(replied), r);
            LocalDate day = date(replied);
            boolean first = c.firstReplyAt == null;
            if (!step(c, replied, ComplaintAction.REPLY, Actor.HANDLER, handler, "", x -> {
                x.replyText = reply;
                x.repliedAt = replied;
                x.ratingStart = day;
                x.ratingDue = plus(day, complaintSettings.ratingDays());
            })) {
                return false;
            }
            if (first) {
                c.firstReplyAt = replied;
                c.firstReplyLate = day.isAfter(c.handleDue);
            }
            return true;
        }

        /** The complainant rates the reply, reopens it (once), or lets the window pass. */
        private void afterReply(Row c, Department department) {
            SplittableRandom r = c.r;
            boolean late = c.ratingStart.isAfter(c.handleDue);
            double reopen = c.reopened ? 0 : 0.015 + 0.04 * (1 - department.quality()) + (late ? 0.03 : 0);
            double u = r.nextDouble();
            LocalDate due = c.ratingDue;
            if (u < reopen) {
                Instant at = publicAfter(c.repliedAt, due, r);
                String reason = HistoryTexts.pick(HistoryTexts.REOPEN_REASONS, r);
                LocalDate day = date(at);
                if (!step(c, at, ComplaintAction.REOPEN, Actor.PUBLIC, PUBLIC, reason, x -> {
                    x.reopened = true;
                    x.rating = Rating.DISSATISFIED;
                    x.ratingComment = reason;
                    x.ratingStart = null;
                    x.ratingDue = null;
                    x.handleStart = day;
                    x.extensionDays = 0;
                    x.handleDue = plus(day, complaintSettings.handleDays());
                })) {
                    return;
                }
                if (handle(c, department, true)) {
                    afterReply(c, department);
                }
            } else if (u < reopen + 0.68) {
                Instant at = publicAfter(c.repliedAt, due, r);
                Rating rating = rating(department, late, c.reopened, r);
                String comment = HistoryTexts.ratingComment(rating, r);
                step(c, at, ComplaintAction.RATE, Actor.PUBLIC, PUBLIC, comment == null ? "" : comment, x -> {
                    x.rating = rating;
                    x.ratingComment = comment;
                    x.closedAt = at;
                });
            } else {
                // the job that closes unrated replies runs every ten minutes: just after midnight
                Instant at = at(due.plusDays(1), 60 + r.nextInt(540));
                step(c, at, ComplaintAction.EXPIRE, Actor.SYSTEM, PUBLIC, "", x -> {
                    x.rating = Rating.NOT_RATED;
                    x.closedAt = at;
                });
            }
        }

        private Rating rating(Department department, boolean late, boolean reopened, SplittableRandom r) {
            double satisfied = 0.35 + 0.45 * department.quality() - (late ? 0.2 : 0) - (reopened ? 0.15 : 0);
            double basic = 0.3;
            double u = r.nextDouble();
            return u < satisfied ? Rating.SATISFIED : u < satisfied + basic ? Rating.BASICALLY_SATISFIED : Rating.DISSATISFIED;
        }

        /**
         * One step of the complaint's life, if it happened by {@code asOf}: the workflow says where it leads (and
         * refuses what a real complaint could not do), the change is applied and the event recorded.
         */
        private boolean step(Row c, Instant at, ComplaintAction action, Actor actor, Person who, String note, Consumer<Row> change) {
            if (c.cut || at.isAfter(asOf)) {
                c.cut = true;
                return false;
            }
            ComplaintState from = c.state;
            ComplaintState to = from == null ? ComplaintState.SUBMITTED
                    : ComplaintWorkflow.next(from, action, actor, c.requestedExtension != null, c.reopened)
                    .orElseThrow(() -> new IllegalStateException(action + " by " + actor + " from " + from));
            change.accept(c);
            c.state = to;
            c.updatedAt = at;
            c.version++;
            if (spec.withEvents()) {
                c.events.add(new Event(at, action, from, to, actor, who, c.department, note));
            }
            return true;
        }

        // ---------------------------------------------------------------- reviews

        @Nullable
        private Review review(Row c) {
            if (c.firstReplyAt == null || supervisors.isEmpty()) {
                return null;
            }
            SplittableRandom r = new SplittableRandom(mix(spec.seed(), 0x4E71L, c.r.nextLong()));
            LocalDate day = date(c.firstReplyAt);
            List<Sup> covering = supervisors.stream()
                    .filter(s -> s.inOffice(day) && s.scope().covers(c.department, c.areaId)).toList();
            if (covering.isEmpty() || r.nextInt(100) >= reviewPercent) {
                return null;
            }
            Sup s = covering.get(r.nextInt(covering.size()));
            int days = supervisionSettings.reviewDays();
            LocalDate due = plus(day, days);
            int k = r.nextInt(100) < 88 ? 1 + r.nextInt(days) : days + 1 + r.nextInt(4);
            Instant reviewed = at(plus(day, k), 8 * 3600 + r.nextInt(14 * 3600));
            if (date(reviewed).isAfter(s.last())) {
                Instant cancelled = at(s.last().plusDays(1), 60 + r.nextInt(540));
                if (cancelled.isAfter(asOf)) {
                    return pending(c, s, day, due);
                }
                return new Review(c, s, ReviewState.CANCELLED, day, due, null, null, null,
                        messages.chinese("review.cancelled.termOver", s.name()), null, cancelled, 1);
            }
            if (reviewed.isAfter(asOf)) {
                return pending(c, s, day, due);
            }
            if (r.nextInt(100) < 10) {
                return new Review(c, s, ReviewState.UNVERIFIABLE, day, due, null, null, null,
                        HistoryTexts.pick(HistoryTexts.UNVERIFIABLE_REASONS, r), reviewed, reviewed, 1);
            }
            Department department = departmentById.get(c.department);
            int timeliness = c.firstReplyLate ? 1 + pick(r, 5, 25, 45, 25) : 5 - pick(r, 55, 35, 10);
            double q = department.quality();
            int quality = clamp((int) Math.round(3 + 2 * q + 0.8 * gaussian(r)));
            int attitude = clamp(5 - pick(r, 60, 30, 8, 2));
            int lowest = Math.min(timeliness, Math.min(quality, attitude));
            boolean low = lowest <= supervisionSettings.lowScore();
            String comment = HistoryTexts.reviewComment(low, r);
            Review review = new Review(c, s, ReviewState.REVIEWED, day, due, timeliness, quality, attitude, comment,
                    reviewed, reviewed, 1);
            if (low) {
                IssueType issue = timeliness == lowest ? IssueType.LATE : quality == lowest ? IssueType.INCOMPLETE : IssueType.OTHER;
                String description = messages.chinese("review.autoFinding", c.code, c.subject, timeliness, quality,
                        attitude, comment);
                reviewPlans.add(new Plan(reviewed, c.department, issue, c.areaId, null, description, null,
                        lowest <= 1 ? Severity.MAJOR : Severity.MINOR, FindingSource.REVIEW, s.person(), c.id, s.id(),
                        c.topic, r.nextLong()));
            }
            return review;
        }

        private Review pending(Row c, Sup s, LocalDate day, LocalDate due) {
            return new Review(c, s, ReviewState.PENDING, day, due, null, null, null, "", null, c.firstReplyAt, 0);
        }

        // ---------------------------------------------------------------- findings

        void findings() throws SQLException {
            if (inspectors.isEmpty()) {
                LOG.info("No inspectors: the history has no findings");
                return;
            }
            List<Plan> plans = new ArrayList<>(reviewPlans);
            LocalDate month = spec.from().withDayOfMonth(1);
            while (!month.isAfter(spec.to())) {
                LocalDate first = month.isBefore(spec.from()) ? spec.from() : month;
                LocalDate last = month.plusMonths(1).minusDays(1).isAfter(spec.to()) ? spec.to() : month.plusMonths(1).minusDays(1);
                List<LocalDate> workingDays = first.datesUntil(last.plusDays(1)).filter(calendar::isWorkingDay).toList();
                double share = (ChronoUnit.DAYS.between(first, last) + 1) / (double) month.lengthOfMonth();
                for (Department d : departments) {
                    if (!handlers.containsKey(d.id()) || workingDays.isEmpty()) {
                        continue; // nobody in the department could rectify
                    }
                    SplittableRandom r = new SplittableRandom(mix(spec.seed(), 0xF1D1L, d.id() * 10_000 + month.getYear() * 12L
                            + month.getMonthValue()));
                    int count = poisson(FINDINGS_PER_DEPARTMENT_MONTH * (0.7 + 0.6 * (1 - d.quality())) * share, r);
                    for (int i = 0; i < count; i++) {
                        Plan plan = plan(d, workingDays, r);
                        if (plan != null) {
                            plans.add(plan);
                        }
                    }
                }
                month = month.plusMonths(1);
            }
            plans.sort(Comparator.comparing(Plan::filedAt).thenComparingLong(Plan::seed));
            List<Filed> filed = new ArrayList<>();
            try (FindingWriter writer = new FindingWriter()) {
                LocalDate batchMonth = null;
                for (Plan plan : plans) {
                    if (plan.filedAt().isAfter(asOf)) {
                        continue;
                    }
                    LocalDate planMonth = date(plan.filedAt()).withDayOfMonth(1);
                    if (batchMonth != null && !batchMonth.equals(planMonth)) {
                        writer.commit();
                    }
                    batchMonth = planMonth;
                    file(plan, filed, writer);
                }
                writer.commit();
            }
        }

        /** A finding by an inspector or a supervisor who covers it, on a working day of the month. */
        @Nullable
        private Plan plan(Department d, List<LocalDate> workingDays, SplittableRandom r) {
            // a finding is about a responsibility item or a key area (the form demands one), and only about one the
            // department leads: a department that leads neither gets none
            List<Item> items = itemsByLead.getOrDefault(d.id(), List.of());
            List<Area> led = ledAreas.getOrDefault(d.id(), List.of());
            Long itemId = null;
            Long areaId;
            String areaCode;
            if (!items.isEmpty() && (led.isEmpty() || r.nextBoolean())) {
                Item item = items.get(r.nextInt(items.size()));
                itemId = item.id();
                areaId = item.areaId();
                areaCode = item.areaCode();
            } else if (!led.isEmpty()) {
                Area area = led.get(r.nextInt(led.size()));
                areaId = area.id();
                areaCode = area.code();
            } else {
                return null;
            }
            LocalDate day = workingDays.get(r.nextInt(workingDays.size()));
            Long a = areaId;
            List<Sup> covering = supervisors.stream().filter(s -> s.inOffice(day) && s.scope().covers(d.id(), a)).toList();
            boolean bySupervisor = !covering.isEmpty() && r.nextInt(100) < 40;
            Sup supervisor = bySupervisor ? covering.get(r.nextInt(covering.size())) : null;
            Instant filedAt = at(day, bySupervisor && r.nextInt(100) < 30 ? 18 * 3600 + r.nextInt(4 * 3600) : workSecond(r));
            IssueType issue = IssueType.values()[pick(r, 25, 20, 20, 12, 15, 8)];
            Severity severity = Severity.values()[pick(r, 65, 28, 7)];
            HistoryTexts.Topic topic = HistoryTexts.topic(areaCode, r);
            return new Plan(filedAt, d.id(), issue, areaId, itemId, HistoryTexts.finding(issue, topic, d.name(), day, r),
                    HistoryTexts.evidenceUrl(d.code(), r), severity,
                    bySupervisor ? FindingSource.SUPERVISOR : FindingSource.INSPECTOR,
                    bySupervisor ? supervisor.person() : inspector(r), null, null, topic, r.nextLong());
        }

        /** Plays a finding through: confirmed or dismissed, reported on time or late, returned once or accepted. */
        private void file(Plan p, List<Filed> filed, FindingWriter writer) throws SQLException {
            SplittableRandom r = new SplittableRandom(p.seed());
            Department department = departmentById.get(p.department());
            FindingLife f = new FindingLife();
            Long duplicateOf = null;
            if (p.itemId() != null || p.areaId() != null) {
                for (Filed e : filed) {
                    boolean alike = e.department() == p.department() && e.issue() == p.issue()
                            && (p.itemId() != null ? p.itemId().equals(e.itemId())
                            : e.itemId() == null && p.areaId().equals(e.areaId()));
                    if (alike && (e.endedAt() == null || e.endedAt().isAfter(p.filedAt()))) {
                        duplicateOf = e.id();
                        break;
                    }
                }
            }
            Actor filer = p.source() == FindingSource.INSPECTOR ? Actor.INSPECTOR : Actor.SUPERVISOR;
            f.step(p.filedAt(), FindingAction.FILE, filer, p.filer(), "", () -> { });
            Instant decided = staffAfter(p.filedAt(), pick(r, 20, 40, 25, 10, 5), r);
            Person inspector = inspector(r);
            boolean dismiss = duplicateOf != null ? r.nextInt(100) < 70
                    : r.nextInt(100) < (p.source() == FindingSource.REVIEW ? 5 : 10);
            Long repeatOf = null;
            List<PlayedReport> reports = new ArrayList<>();
            if (dismiss) {
                String reason = duplicateOf != null ? HistoryTexts.duplicateReason(duplicateOf)
                        : HistoryTexts.pick(HistoryTexts.DISMISS_REASONS, r);
                f.step(decided, FindingAction.DISMISS, Actor.INSPECTOR, inspector, reason, () -> {
                    f.dismissReason = reason;
                    f.ended = decided;
                });
            } else {
                LocalDate confirmedOn = date(decided);
                LocalDate due = plus(confirmedOn, findingSettings.rectifyDays());
                String note = HistoryTexts.pick(HistoryTexts.CONFIRM_NOTES, r);
                if (p.itemId() != null && !decided.isAfter(asOf)) {
                    LocalDate since = confirmedOn.minusDays(rectificationSettings.repeatWindowDays());
                    repeatOf = filed.stream().filter(e -> e.department() == p.department() && p.itemId().equals(e.itemId())
                                    && e.confirmedOn() != null && !e.confirmedOn().isBefore(since)
                                    && !e.confirmedOn().isAfter(confirmedOn))
                            .max(Comparator.comparing(Filed::confirmedOn).thenComparingLong(Filed::id))
                            .map(Filed::rectificationId).orElse(null);
                }
                if (f.step(decided, FindingAction.CONFIRM, Actor.INSPECTOR, inspector, note, () -> {
                            f.confirmedOn = confirmedOn;
                            f.rectifyDue = due;
                        })) {
                    f.rectification(decided, RectificationAction.OPEN, Actor.INSPECTOR, inspector, "→ " + due);
                    rectify(p, department, f, reports, r);
                }
            }
            long id = writer.finding(p, f, duplicateOf);
            Long rectificationId = f.confirmedOn == null ? null
                    : writer.rectification(id, p, f, repeatOf, findingSettings.rectifyDays());
            filed.add(new Filed(id, p.department(), p.issue(), p.itemId(), p.areaId(), p.filedAt(), f.ended,
                    f.confirmedOn, rectificationId));
            for (FindingEventRow e : f.events) {
                writer.event(e.rectification() ? rectificationId : id, p.department(), e);
            }
            for (PlayedReport report : reports) {
                writer.report(rectificationId, report);
            }
            if (p.supervisorId() != null) {
                writer.linkReview(id, p.complaintId(), p.supervisorId());
            }
        }

        private void rectify(Plan p, Department department, FindingLife f, List<PlayedReport> reports, SplittableRandom r) {
            List<Person> people = handlers.get(p.department());
            if (people == null || people.isEmpty()) {
                return; // nobody to report: the clock runs out
            }
            Person handler = people.get(r.nextInt(people.size()));
            int days = findingSettings.rectifyDays();
            boolean onTime = r.nextDouble() < 0.5 + 0.45 * department.quality();
            LocalDate reportDay = onTime ? plus(f.confirmedOn, Math.max(1, days - r.nextInt(Math.min(days, 12))))
                    : plus(f.rectifyDue, 1 + r.nextInt(10));
            Instant reported = f.later(at(reportDay, workSecond(r)), r);
            LocalDate dueThen = f.rectifyDue;
            String text = HistoryTexts.report(p.topic(), false, r);
            if (!f.rectification(reported, RectificationAction.REPORT, Actor.HANDLER, handler, "")) {
                return;
            }
            PlayedReport first = new PlayedReport(text, handler, reported, !date(reported).isAfter(dueThen));
            reports.add(first);
            Instant judged = staffAfter(reported, 1 + r.nextInt(4), r);
            Person inspector = inspector(r);
            if (r.nextInt(100) < 18) {
                String reason = HistoryTexts.pick(HistoryTexts.REPORT_RETURNS, r);
                LocalDate returnedOn = date(judged);
                LocalDate again = plus(returnedOn, rectificationSettings.returnDays());
                LocalDate due = again.isAfter(f.rectifyDue) ? again : f.rectifyDue;
                if (!f.rectification(judged, RectificationAction.RETURN, Actor.INSPECTOR, inspector, reason + " → " + due)) {
                    return;
                }
                f.returnedOn = returnedOn;
                f.rectifyDue = due;
                first.judge(Report.Verdict.RETURNED, reason, inspector.name(), judged);
                boolean secondOnTime = r.nextInt(100) < 85;
                LocalDate secondDay = secondOnTime ? plus(returnedOn, 1 + r.nextInt(rectificationSettings.returnDays()))
                        : plus(due, 1 + r.nextInt(5));
                if (secondDay.isAfter(due) == secondOnTime) {
                    secondDay = secondOnTime ? due : plus(due, 1);
                }
                Instant reportedAgain = f.later(at(secondDay, workSecond(r)), r);
                String again2 = HistoryTexts.report(p.topic(), true, r);
                if (!f.rectification(reportedAgain, RectificationAction.REPORT, Actor.HANDLER, handler, "")) {
                    return;
                }
                PlayedReport second = new PlayedReport(again2, handler, reportedAgain, !date(reportedAgain).isAfter(due));
                reports.add(second);
                judged = staffAfter(reportedAgain, 1 + r.nextInt(3), r);
                inspector = inspector(r);
                first = second;
            }
            String note = HistoryTexts.pick(HistoryTexts.ACCEPT_NOTES, r);
            Instant closed = judged;
            if (f.rectification(closed, RectificationAction.ACCEPT, Actor.INSPECTOR, inspector, note)) {
                f.step(closed, FindingAction.CLOSE, Actor.SYSTEM, PUBLIC, "", () -> {
                    f.closedAt = closed;
                    f.ended = closed;
                });
                first.judge(Report.Verdict.ACCEPTED, note, inspector.name(), closed);
            }
        }

        /** A finding while it is played through. */
        private final class FindingLife {
            FindingState state;
            LocalDate confirmedOn;
            LocalDate returnedOn;
            LocalDate rectifyDue;
            String dismissReason;
            Instant closedAt;
            Instant ended;
            Instant updatedAt;
            int version = -1;
            boolean cut;
            final List<FindingEventRow> events = new ArrayList<>();

            RectificationState rectificationState;
            int rectificationVersion = -1;

            boolean step(Instant at, FindingAction action, Actor actor, Person who, String note, Runnable change) {
                if (cut || at.isAfter(asOf)) {
                    cut = true;
                    return false;
                }
                FindingState from = state;
                FindingState to = from == null ? FindingState.SUBMITTED : FindingWorkflow.TABLE.next(from, action, actor)
                        .orElseThrow(() -> new IllegalStateException(action + " by " + actor + " from " + from));
                change.run();
                state = to;
                updatedAt = at;
                version++;
                events.add(new FindingEventRow(at, FindingWorkflow.TABLE.name(), action.name(),
                        from == null ? null : from.name(), to.name(), actor, who, note));
                return true;
            }

            /** A step of the finding's rectification, checked against its own machine. */
            boolean rectification(Instant at, RectificationAction action, Actor actor, Person who, String note) {
                if (cut || at.isAfter(asOf)) {
                    cut = true;
                    return false;
                }
                RectificationState from = rectificationState;
                RectificationState to = action == RectificationAction.OPEN ? RectificationState.RECTIFYING
                        : RectificationWorkflow.TABLE.next(from, action, actor)
                        .orElseThrow(() -> new IllegalStateException(action + " by " + actor + " from " + from));
                rectificationState = to;
                updatedAt = at;
                rectificationVersion++;
                events.add(new FindingEventRow(at, RectificationWorkflow.TABLE.name(), action.name(),
                        from == null ? null : from.name(), to.name(), actor, who, note));
                return true;
            }

            Instant later(Instant at, SplittableRandom r) {
                return updatedAt != null && !at.isAfter(updatedAt) ? updatedAt.plusSeconds(600 + r.nextInt(3600)) : at;
            }
        }

        // ---------------------------------------------------------------- time

        private LocalDate plus(LocalDate start, int workingDays) {
            return plusCache.computeIfAbsent(start.toEpochDay() * 256 + workingDays, k -> calendar.plus(start, workingDays));
        }

        private Instant at(LocalDate day, int secondOfDay) {
            return day.atTime(LocalTime.ofSecondOfDay(secondOfDay)).atZone(zone).toInstant();
        }

        private LocalDate date(Instant at) {
            return LocalDate.ofInstant(at, zone);
        }

        /**
         * When staff act, {@code workingDays} after {@code t}: with 0, later the same day if {@code t} is in office
         * hours of a working day (else the next working day); otherwise in office hours of that working day.
         */
        private Instant staffAfter(Instant t, int workingDays, SplittableRandom r) {
            LocalDateTime local = LocalDateTime.ofInstant(t, zone);
            LocalDate day = local.toLocalDate();
            int second = local.toLocalTime().toSecondOfDay();
            if (workingDays == 0 && calendar.isWorkingDay(day) && second < CLOSE - 900) {
                int from = Math.max(second + 300, OPEN);
                return at(day, from + r.nextInt(Math.max(1, Math.min(4 * 3600, CLOSE - from))));
            }
            return at(plus(day, Math.max(1, workingDays)), workSecond(r));
        }

        /** A moment after the complaint's last step, or the one given if it is later. */
        private Instant later(Row c, Instant at, SplittableRandom r) {
            return at.isAfter(c.updatedAt) ? at : c.updatedAt.plusSeconds(600 + r.nextInt(3600));
        }

        /** When a member of the public acts: a day from {@code t} to {@code last} (early ones likelier), 7:00–23:00. */
        private Instant publicAfter(Instant t, LocalDate last, SplittableRandom r) {
            LocalDate first = date(t);
            long span = Math.max(0, ChronoUnit.DAYS.between(first, last));
            LocalDate day = first.plusDays((long) Math.floor((span + 1) * r.nextDouble() * r.nextDouble()));
            Instant at = at(day, 7 * 3600 + r.nextInt(16 * 3600));
            return at.isAfter(t) ? at : t.plusSeconds(300 + r.nextInt(3600));
        }

        // ---------------------------------------------------------------- people and places

        private Person inspector(SplittableRandom r) {
            return inspectors.isEmpty() ? new Person(null, "督查人员") : inspectors.get(r.nextInt(inspectors.size()));
        }

        private Person handler(Department department, SplittableRandom r) {
            List<Person> people = handlers.get(department.id());
            return people == null || people.isEmpty() ? new Person(null, department.name() + "经办人")
                    : people.get(r.nextInt(people.size()));
        }

        private Department weighted(SplittableRandom r) {
            double u = r.nextDouble() * cumulativeWeight[cumulativeWeight.length - 1];
            int i = Arrays.binarySearch(cumulativeWeight, u);
            return departments.get(Math.min(departments.size() - 1, i < 0 ? -i - 1 : i));
        }

        private Department other(Department not, SplittableRandom r) {
            Department d = weighted(r);
            return d.id() != not.id() ? d : departments.get((departments.indexOf(d) + 1) % departments.size());
        }

        // ---------------------------------------------------------------- writing

        /** Complaints of a batch, their events and review tasks: one transaction. */
        private final class Writer implements AutoCloseable {

            final Bulk complaints = new Bulk(c, "complaint", "tracking_code", "query_code_hash", "query_code_salt",
                    "type", "channel", "state", "key_area_id", "requested_department_id", "department_id", "subject",
                    "content", "submitted_at", "accept_start", "accept_due", "handle_start", "handle_due",
                    "extension_days", "requested_extension_days", "reopened", "reply_text", "replied_at",
                    "rating_start", "rating_due", "rating", "rating_comment", "reject_reason", "closed_at",
                    "entered_by", "api_client", "client_ip", "updated_at", "version");
            final Bulk events = new Bulk(c, "workflow_event", "machine", "record_id", "occurred_at", "action",
                    "from_state", "to_state", "actor", "actor_id", "actor_name", "department_id", "note");
            final Bulk reviews = new Bulk(c, "review_task", "complaint_id", "supervisor_id", "state", "assigned_on",
                    "due_on", "timeliness", "quality", "attitude", "comment", "reviewed_at", "created_at", "updated_at",
                    "version");
            PreparedStatement ids;
            final List<Review> given = new ArrayList<>();

            void write(List<Row> batch) throws SQLException {
                if (batch.isEmpty()) {
                    return;
                }
                for (Row r : batch) {
                    complaints.add(r.code, r.hash, r.salt, r.type, r.channel, r.state, r.areaId, r.requestedDepartment,
                            r.department, r.subject, r.content, r.submittedAt, r.acceptStart, r.acceptDue,
                            r.handleStart, r.handleDue, r.extensionDays, r.requestedExtension, r.reopened, r.replyText,
                            r.repliedAt, r.ratingStart, r.ratingDue, r.rating, r.ratingComment, r.rejectReason,
                            r.closedAt, r.enteredBy, r.apiClient, "", r.updatedAt, r.version);
                    byState.merge(r.state, 1, Integer::sum);
                }
                complaints.flush();
                if (spec.withEvents() || spec.withFindings()) {
                    readIds(batch);
                }
                for (Row r : batch) {
                    for (Event e : r.events) {
                        events.add(ComplaintWorkflow.TABLE.name(), r.id, e.at(), e.action(), e.from(), e.to(), e.kind(),
                                e.who().id(), e.who().name(),
                                e.department(), e.note());
                    }
                    eventCount += r.events.size();
                    if (spec.withFindings()) {
                        Review v = review(r);
                        if (v != null) {
                            reviews.add(r.id, v.supervisor().id(), v.state(), v.assignedOn(), v.dueOn(), v.timeliness(),
                                    v.quality(), v.attitude(), v.comment(), v.reviewedAt(), r.firstReplyAt, v.updatedAt(),
                                    v.version());
                            given.add(v);
                            reviewCount++;
                        }
                    }
                }
                reviews.flush();
                if (spec.withEvents() && !given.isEmpty()) {
                    reviewEvents(given);
                }
                given.clear();
                events.flush();
                c.commit();
                written += batch.size();
                if (written % 100_000 == 0) {
                    LOG.info("Generated {} complaints", written);
                }
            }

            /** The ids the database gave, by tracking code (safe whatever the auto-increment lock mode). */
            /**
             * Each review task's steps as {@link ReviewWorkflow} records them: given by the platform when the reply
             * came, then reviewed or marked unverifiable by its supervisor, or cancelled by the platform when the term
             * ran out.
             */
            private void reviewEvents(List<Review> batch) throws SQLException {
                Map<Long, Long> taskOf = new HashMap<>();
                try (PreparedStatement s = c.prepareStatement("SELECT id, complaint_id FROM review_task WHERE "
                        + "complaint_id IN (" + String.join(", ", Collections.nCopies(batch.size(), "?")) + ")")) {
                    int p = 1;
                    for (Review v : batch) {
                        s.setLong(p++, v.complaint().id);
                    }
                    try (ResultSet result = s.executeQuery()) {
                        while (result.next()) {
                            taskOf.put(result.getLong(2), result.getLong(1));
                        }
                    }
                }
                String machine = ReviewWorkflow.TABLE.name();
                for (Review v : batch) {
                    long task = taskOf.get(v.complaint().id);
                    events.add(machine, task, v.complaint().firstReplyAt, ReviewAction.ASSIGN, null,
                            ReviewState.PENDING, Actor.SYSTEM, null, "", null,
                            messages.chinese("review.note.assigned", v.supervisor().name()));
                    if (v.state() == ReviewState.PENDING) {
                        continue;
                    }
                    boolean cancelled = v.state() == ReviewState.CANCELLED;
                    ReviewAction action = cancelled ? ReviewAction.CANCEL
                            : v.state() == ReviewState.REVIEWED ? ReviewAction.REVIEW : ReviewAction.MARK_UNVERIFIABLE;
                    Actor actor = cancelled ? Actor.SYSTEM : Actor.SUPERVISOR;
                    ReviewState to = ReviewWorkflow.TABLE.move(ReviewState.PENDING, action, actor);
                    Person who = cancelled ? PUBLIC : v.supervisor().person();
                    events.add(machine, task, cancelled ? v.updatedAt() : v.reviewedAt(), action, ReviewState.PENDING,
                            to, actor, who.id(), who.name(), null, v.comment());
                }
            }

            private void readIds(List<Row> batch) throws SQLException {
                PreparedStatement s = batch.size() == ROWS_PER_STATEMENT && ids != null ? ids
                        : c.prepareStatement("SELECT id, tracking_code FROM complaint WHERE tracking_code IN ("
                        + String.join(", ", Collections.nCopies(batch.size(), "?")) + ")");
                if (batch.size() == ROWS_PER_STATEMENT) {
                    ids = s;
                }
                Map<String, Row> byCode = new HashMap<>();
                int p = 1;
                for (Row r : batch) {
                    byCode.put(r.code, r);
                    s.setString(p++, r.code);
                }
                try (ResultSet result = s.executeQuery()) {
                    while (result.next()) {
                        byCode.get(result.getString(2)).id = result.getLong(1);
                    }
                }
                if (s != ids) {
                    s.close();
                }
            }

            @Override
            public void close() throws SQLException {
                complaints.close();
                events.close();
                reviews.close();
                if (ids != null) {
                    ids.close();
                }
            }
        }

        /** A step of a finding's or of its rectification's history. */
        private record FindingEventRow(Instant at, String machine, String action, @Nullable String from, String to,
                                       Actor kind, Person who, String note) {

            boolean rectification() {
                return RectificationWorkflow.TABLE.name().equals(machine);
            }
        }

        private static final class PlayedReport {
            final String text;
            final Person by;
            final Instant at;
            final boolean onTime;
            Report.Verdict verdict;
            String note;
            String judgedBy;
            Instant judgedAt;

            PlayedReport(String text, Person by, Instant at, boolean onTime) {
                this.text = text;
                this.by = by;
                this.at = at;
                this.onTime = onTime;
            }

            void judge(Report.Verdict verdict, String note, String by, Instant at) {
                this.verdict = verdict;
                this.note = note;
                this.judgedBy = by;
                this.judgedAt = at;
            }
        }

        /** Findings one by one (their ids mark later duplicates), their events and reports in bulk; a month a transaction. */
        private final class FindingWriter implements AutoCloseable {

            final PreparedStatement insert;
            final PreparedStatement link;
            final PreparedStatement rectification;
            final Bulk events = new Bulk(c, "workflow_event", "machine", "record_id", "occurred_at", "action",
                    "from_state", "to_state", "actor", "actor_id", "actor_name", "department_id", "note");
            final Bulk reports = new Bulk(c, "rectification_report", "rectification_id", "text", "submitted_by",
                    "submitted_by_name", "submitted_at", "on_time", "verdict", "verdict_note", "verdict_by_name",
                    "verdict_at");

            FindingWriter() throws SQLException {
                insert = c.prepareStatement("INSERT INTO finding (department_id, issue_type, key_area_id, "
                        + "responsibility_item_id, description, evidence_url, severity, state, source, filed_by, "
                        + "filed_by_name, filed_at, complaint_id, duplicate_of, dismiss_reason, closed_at, updated_at, "
                        + "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS);
                rectification = c.prepareStatement("INSERT INTO rectification (subject_kind, subject_id, department_id, "
                        + "state, started_on, days, returned_on, due_on, topic, repeat_of, closed_at, created_at, "
                        + "updated_at, version) VALUES ('finding', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS);
                link = c.prepareStatement("UPDATE review_task SET finding_id = ? WHERE complaint_id = ? AND supervisor_id = ?");
            }

            long finding(Plan p, FindingLife f, @Nullable Long duplicateOf) throws SQLException {
                Object[] values = {p.department(), p.issue(), p.areaId(), p.itemId(), p.description(), p.evidenceUrl(),
                        p.severity(), f.state, p.source(), p.filer().id(), p.filer().name(), p.filedAt(), p.complaintId(),
                        duplicateOf, f.dismissReason, f.closedAt, f.updatedAt, f.version};
                for (int i = 0; i < values.length; i++) {
                    bind(insert, i + 1, values[i]);
                }
                insert.executeUpdate();
                findingCount++;
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }

            /** The confirmed finding's rectification, as {@code Rectifications.open} and its steps would leave it. */
            long rectification(long findingId, Plan p, FindingLife f, @Nullable Long repeatOf, int days)
                    throws SQLException {
                Object[] values = {findingId, p.department(), f.rectificationState, f.confirmedOn, days, f.returnedOn,
                        f.rectifyDue, p.itemId() == null ? null : "item:" + p.itemId(), repeatOf, f.closedAt,
                        f.updatedAt, f.updatedAt, Math.max(0, f.rectificationVersion)};
                for (int i = 0; i < values.length; i++) {
                    bind(rectification, i + 1, values[i]);
                }
                rectification.executeUpdate();
                try (ResultSet keys = rectification.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }

            void event(long recordId, long departmentId, FindingEventRow e) throws SQLException {
                events.add(e.machine(), recordId, e.at(), e.action(), e.from(), e.to(), e.kind(), e.who().id(),
                        e.who().name(), departmentId, e.note());
                findingEventCount++;
            }

            void report(long rectificationId, PlayedReport r) throws SQLException {
                reports.add(rectificationId, r.text, r.by.id(), r.by.name(), r.at, r.onTime, r.verdict, r.note,
                        r.judgedBy, r.judgedAt);
                reportCount++;
            }

            void linkReview(long findingId, long complaintId, long supervisorId) throws SQLException {
                link.setLong(1, findingId);
                link.setLong(2, complaintId);
                link.setLong(3, supervisorId);
                link.addBatch();
            }

            void commit() throws SQLException {
                events.flush();
                reports.flush();
                link.executeBatch();
                c.commit();
            }

            @Override
            public void close() throws SQLException {
                insert.close();
                rectification.close();
                link.close();
                events.close();
                reports.close();
            }
        }
    }

    /**
     * Multi-row INSERTs of {@value #ROWS_PER_STATEMENT} rows each, in the caller's transaction; the statement for a
     * full batch is prepared once.
     */
    private static final class Bulk implements AutoCloseable {

        private final Connection connection;
        private final String prefix;
        private final String row;
        private final int columns;
        private final List<Object[]> pending = new ArrayList<>(ROWS_PER_STATEMENT);
        private PreparedStatement full;

        Bulk(Connection connection, String table, String... columns) {
            this.connection = connection;
            this.prefix = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
            this.row = "(" + String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
            this.columns = columns.length;
        }

        void add(Object... values) throws SQLException {
            if (values.length != columns) {
                throw new IllegalArgumentException(values.length + " values for " + columns + " columns: " + prefix);
            }
            pending.add(values);
            if (pending.size() == ROWS_PER_STATEMENT) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending.isEmpty()) {
                return;
            }
            boolean isFull = pending.size() == ROWS_PER_STATEMENT;
            PreparedStatement insert = isFull && full != null ? full
                    : connection.prepareStatement(prefix + String.join(", ", Collections.nCopies(pending.size(), row)));
            if (isFull) {
                full = insert;
            }
            int p = 1;
            for (Object[] values : pending) {
                for (Object value : values) {
                    bind(insert, p++, value);
                }
            }
            insert.executeUpdate();
            if (!isFull) {
                insert.close();
            }
            pending.clear();
        }

        @Override
        public void close() throws SQLException {
            flush();
            if (full != null) {
                full.close();
            }
        }
    }

    private static void bind(PreparedStatement s, int p, @Nullable Object value) throws SQLException {
        if (value == null) {
            s.setNull(p, Types.NULL);
        } else if (value instanceof String text) {
            s.setString(p, text);
        } else if (value instanceof Long number) {
            s.setLong(p, number);
        } else if (value instanceof Integer number) {
            s.setInt(p, number);
        } else if (value instanceof Boolean flag) {
            s.setBoolean(p, flag);
        } else if (value instanceof Instant instant) {
            s.setTimestamp(p, Timestamp.from(instant));
        } else if (value instanceof LocalDate date) {
            s.setObject(p, date);
        } else if (value instanceof Enum<?> e) {
            s.setString(p, e.name());
        } else {
            throw new IllegalArgumentException("Cannot bind " + value.getClass());
        }
    }

    // ---------------------------------------------------------------- randomness

    /** A seed for one thing (a complaint, a day, a department) of one generation. */
    private static long mix(long seed, long kind, long n) {
        long z = seed * 0x9E3779B97F4A7C15L + kind * 0xBF58476D1CE4E5B9L + n * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** An index drawn with the given weights (in any unit). */
    private static int pick(SplittableRandom r, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int u = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A time in office hours: 8:30–12:00 or 13:30–17:30. */
    private static int workSecond(SplittableRandom r) {
        return r.nextInt(100) < 55 ? OPEN + r.nextInt(3 * 3600 + 1800) : 13 * 3600 + 1800 + r.nextInt(4 * 3600);
    }

    private static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private static int poisson(double mean, SplittableRandom r) {
        double limit = Math.exp(-mean);
        double product = r.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= r.nextDouble();
            n++;
        }
        return n;
    }

    private static String sixDigits(long n) {
        char[] digits = new char[6];
        for (int i = 5; i >= 0; i--) {
            digits[i] = (char) ('0' + n % 10);
            n /= 10;
        }
        return new String(digits);
    }

    private static int clamp(int score) {
        return Math.max(1, Math.min(5, score));
    }

    private static String hex(SplittableRandom r, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i += 16) {
            long bits = r.nextLong();
            for (int j = 0; j < 16 && i + j < length; j++) {
                chars[i + j] = HEX[(int) (bits >>> (4 * j)) & 0xF];
            }
        }
        return new String(chars);
    }

    /** For the logs and the demo: counts by state in the order of the states. */
    static String describe(Summary summary) {
        Map<ComplaintState, Integer> ordered = new LinkedHashMap<>();
        for (ComplaintState s : ComplaintState.values()) {
            if (summary.byState().containsKey(s)) {
                ordered.put(s, summary.byState().get(s));
            }
        }
        return ordered.toString();
    }
}
